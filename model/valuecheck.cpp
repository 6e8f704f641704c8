#include "valuecheck.h"

#include "jsonfields.h"

namespace Fortegnelse {

namespace {

/// "$x.purposes[0].legalBasis" as the reader spells it from an empty root, without the dot.
QString fieldPath(const QString &path)
{
    return path.startsWith(QLatin1Char('.')) ? path.mid(1) : path;
}

} // namespace

QStringList refusedValues(const AnyItem &item)
{
    return std::visit(
        [](const auto &value) {
            using T = std::decay_t<decltype(value)>;
            Json::ReadContext ctx;
            // Unknown codes are collected apart, to be named with the list they miss.
            ctx.lenientCodes = true;
            const QString root;
            T back;
            Json::Reader::readObject(QJsonValue(Json::Writer::write(value)), back, root, ctx);
            QStringList out;
            for (const Json::ReadContext::UnknownCode &c : std::as_const(ctx.unknownCodes))
                out.append(QStringLiteral("%1 (%2)").arg(ReferenceData::unknownCodeMessage(c.list, c.value),
                                                         fieldPath(c.path)));
            for (const Json::Error &e : std::as_const(ctx.errors))
                out.append(QStringLiteral("%1 (%2)").arg(e.message, fieldPath(e.path)));
            return out;
        },
        item);
}

} // namespace Fortegnelse

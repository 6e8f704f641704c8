#include "recordvoice.h"

#include <QRegularExpression>

namespace Fortegnelse {

namespace {

const QRegularExpression &readerWords(const QString &language)
{
    static const QRegularExpression da(QStringLiteral("\\b(du|dig|din|dit|dine)\\b"),
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression nb(QStringLiteral("\\b(du|deg|din|ditt|dine)\\b"),
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression sv(QStringLiteral("\\b(du|dig|din|ditt|dina)\\b"),
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression en(QStringLiteral("\\b(you|your|yours)\\b"),
                                       QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return language == u"da" ? da : language == u"nb" ? nb
        : language == u"sv"                           ? sv
                                                      : en;
}

} // namespace

QString toTheAuthority(const QString &text, const QString &language, bool mayEmpty)
{
    const QRegularExpression &reader = readerWords(language);
    if (!text.contains(reader))
        return text;
    // Split after ". " and "; ", keeping each separator with the clause before it.
    static const QRegularExpression boundary(QStringLiteral("(?<=[.;])\\s+"));
    QStringList kept;
    for (const QString &clause : text.split(boundary, Qt::SkipEmptyParts))
        if (!clause.contains(reader))
            kept.append(clause);
    if (kept.isEmpty() && !mayEmpty)
        return text;
    QString out = kept.join(QLatin1Char(' ')).trimmed();
    if (out.endsWith(QLatin1Char(';')))
        out.back() = QLatin1Char('.');
    return out;
}

} // namespace Fortegnelse

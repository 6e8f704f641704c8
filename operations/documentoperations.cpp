#include "documentoperations.h"

#include "checks.h"
#include "document.h"
#include "policydrift.h"
#include "policyodt.h"
#include "printable.h"
#include "recordgenerator.h"
#include "recordpainter.h"
#include "registeroperations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fortegnelse {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::Operations)
};

QString severityCode(Severity s)
{
    return s == Severity::Error  ? QStringLiteral("error")
        : s == Severity::Warning ? QStringLiteral("warning")
                                 : QStringLiteral("advice");
}

QByteArray problemsAsJson(const Register &reg, const QList<Problem> &problems, const CheckReport &counts)
{
    QJsonArray list;
    for (const Problem &p : problems)
        list.append(QJsonObject{
            {QStringLiteral("severity"), severityCode(p.severity)},
            {QStringLiteral("rule"), p.rule},
            {QStringLiteral("kind"), idPrefix(p.kind)},
            {QStringLiteral("item"), p.itemId},
            {QStringLiteral("itemName"), p.itemId.isEmpty() ? QString() : displayName(reg, p.kind, p.itemId)},
            {QStringLiteral("field"), p.field},
            {QStringLiteral("message"), p.message}});
    return QJsonDocument(QJsonObject{{QStringLiteral("errors"), counts.errors},
                                     {QStringLiteral("warnings"), counts.warnings},
                                     {QStringLiteral("advice"), counts.advice},
                                     {QStringLiteral("problems"), list}})
        .toJson(QJsonDocument::Indented);
}

/// One line per problem; whatever an item id or a message quotes is made printable.
QByteArray problemsAsText(const QList<Problem> &problems, const CheckReport &counts)
{
    QString text;
    for (const Problem &p : problems) {
        QStringList where{idPrefix(p.kind)};
        if (!p.itemId.isEmpty())
            where.append(p.itemId);
        if (!p.field.isEmpty())
            where.append(p.field);
        text += printable(QStringLiteral("%1: %2: %3")
                              .arg(severityLabel(p.severity), where.join(QLatin1Char(' ')), p.message))
            + QLatin1Char('\n');
    }
    text += Messages::tr("%1 errors, %2 warnings, %3 advice\n")
                .arg(counts.errors)
                .arg(counts.warnings)
                .arg(counts.advice);
    return text.toUtf8();
}

} // namespace

OperationResult writePolicyFile(const QString &registerPath, const PolicyOptions &options,
                                PolicyFormat format, const Destination &out)
{
    if (OperationResult checked = checkDestination(out, {registerPath}); !checked)
        return checked;
    Register reg;
    if (OperationResult read = readRegister(registerPath, &reg); !read)
        return read;
    return writePolicyOf(reg, options, format, out, {registerPath});
}

OperationResult writePolicyOf(const Register &reg, const PolicyOptions &options, PolicyFormat format,
                              const Destination &out, const QStringList &inputs)
{
    if (OperationResult checked = checkDestination(out, inputs); !checked)
        return checked;
    PolicyDocument doc;
    QByteArray bytes;
    QString error;
    if (!PolicyGenerator::generate(reg, options, &doc, &error) || !writePolicy(doc, format, &bytes, &error))
        return OperationResult::refused(printable(error));
    return deliver(bytes, out, inputs);
}

OperationResult writeRecordFile(const QString &registerPath, const RecordOptions &options,
                                const Destination &out, RecordFileFormat format)
{
    if (OperationResult checked = checkDestination(out, {registerPath}); !checked)
        return checked;
    Register reg;
    if (OperationResult read = readRegister(registerPath, &reg); !read)
        return read;
    QByteArray bytes;
    QString error;
    if (format == RecordFileFormat::Odt) {
        // The same document tree the PDF is painted from, written with named styles.
        RecordDocument doc;
        if (!RecordGenerator::generate(reg, options, &doc, &error))
            return OperationResult::refused(printable(error));
        bytes = toOdt(doc.body);
    } else if (!writeRecordPdf(reg, options, &bytes, &error)) {
        return OperationResult::refused(printable(error));
    }
    return deliver(bytes, out, {registerPath});
}

OperationResult checkRegisterFile(const QString &registerPath, CheckReport::Format format,
                                  const QDate &today, CheckReport *report)
{
    Register reg;
    QDateTime lastChange;
    if (OperationResult read = readRegister(registerPath, &reg, &lastChange); !read)
        return read;
    QList<Problem> problems = checkRegister(reg, {today, lastChange});
    // "Changed since publishing" made precise: which sections would read differently.
    refineOutdatedPolicy(registerPath, reg, &problems);
    *report = CheckReport{};
    for (const Problem &p : problems) {
        if (p.severity == Severity::Error)
            ++report->errors;
        else if (p.severity == Severity::Warning)
            ++report->warnings;
        else
            ++report->advice;
    }
    report->bytes = format == CheckReport::Format::Json ? problemsAsJson(reg, problems, *report)
                                                        : problemsAsText(problems, *report);
    return OperationResult::done();
}

} // namespace Fortegnelse

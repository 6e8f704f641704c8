// The snapshot subcommands: snapshots and submit (issue 16).

#include "document.h"
#include "printable.h"
#include "recordpainter.h"
#include "registeroperations.h"
#include "snapshotoperations.h"
#include "subcommands.h"

#include <QIODevice>

namespace Fortegnelse::Subcommands {

QString snapshotUsage()
{
    return CommandLine::tr("  fortegnelse snapshots REG.ropa [--format text|json]\n"
                           "                                               list what was published and submitted\n"
                           "  fortegnelse snapshots REG.ropa --show N|published|submitted [--document LANG/FORMAT]\n"
                           "                                               print a snapshot's register (JSON) or a kept text\n"
                           "  fortegnelse submit REG.ropa --on DATE [--case NO] [--authority NAME]\n"
                           "                     [--lang da|nb|sv|en] [--record controller|processor|both] -o OUT.pdf\n"
                           "                                               write the record and keep it as submitted\n"
                           "A side of diff may also be REG.ropa@published or REG.ropa@submitted.");
}

int runSnapshots(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("snapshots");
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), CommandLine::tr("Format."),
                                          CommandLine::tr("format"), QStringLiteral("text"));
    const QCommandLineOption showOption(QStringLiteral("show"), CommandLine::tr("Snapshot."), CommandLine::tr("n"));
    const QCommandLineOption documentOption(QStringLiteral("document"), CommandLine::tr("Document."),
                                            CommandLine::tr("lang/format"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."),
                                        CommandLine::tr("lang"), QStringLiteral("en"));
    parser.addOptions({formatOption, showOption, documentOption, langOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, false, &input, &output, &error))
        return fail(io, command, error);
    const QString language = reportLanguage(parser.value(langOption), io, &error);
    if (language.isEmpty())
        return fail(io, command, error);
    if (!parser.isSet(showOption)) {
        if (parser.isSet(documentOption))
            return fail(io, command, CommandLine::tr("--document needs --show"));
        const QString format = parser.value(formatOption);
        if (format != u"text" && format != u"json")
            return fail(io, command, CommandLine::tr("unknown format \"%1\"; use text or json").arg(format));
        QList<Snapshot> list;
        if (OperationResult result = readSnapshotsOf(input, &list); !result)
            return failed(io, command, result);
        io.out->write(format == u"json" ? snapshotsAsJson(list) : snapshotsAsText(list));
        return ExitSuccess;
    }
    const QString show = parser.value(showOption);
    const auto kind = snapshotKindFromName(show);
    bool numeric = false;
    const qint64 seq = kind ? 0 : show.toLongLong(&numeric);
    if (!kind && (!numeric || seq <= 0))
        return fail(io, command, CommandLine::tr("\"%1\" is not a snapshot; give its number, published or submitted").arg(show));
    Snapshot snapshot;
    if (OperationResult result = readSnapshotOf(input, kind, seq, &snapshot); !result)
        return failed(io, command, result);
    if (!parser.isSet(documentOption)) {
        io.out->write(snapshot.registerJson);
        return ExitSuccess;
    }
    const QString key = parser.value(documentOption);
    if (!snapshot.documents.contains(key)) {
        const QStringList kept = snapshot.documents.keys();
        return fail(io, command, kept.isEmpty() ? CommandLine::tr("snapshot %1 keeps no texts").arg(snapshot.seq) : CommandLine::tr("snapshot %1 keeps no \"%2\"; it keeps %3").arg(snapshot.seq).arg(key, kept.join(QStringLiteral(", "))));
    }
    io.out->write(snapshot.documents.value(key));
    return ExitSuccess;
}

int runSubmit(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("submit");
    QCommandLineParser parser;
    const QCommandLineOption onOption(QStringLiteral("on"), CommandLine::tr("Date."), CommandLine::tr("date"));
    const QCommandLineOption caseOption(QStringLiteral("case"), CommandLine::tr("Case number."), CommandLine::tr("no"));
    const QCommandLineOption authorityOption(QStringLiteral("authority"), CommandLine::tr("Authority."),
                                             CommandLine::tr("name"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."),
                                        CommandLine::tr("lang"), QStringLiteral("da"));
    const QCommandLineOption recordOption(QStringLiteral("record"), CommandLine::tr("Record."),
                                          CommandLine::tr("record"), QStringLiteral("both"));
    parser.addOptions({onOption, caseOption, authorityOption, langOption, recordOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, true, &input, &output, &error))
        return fail(io, command, error);
    Submission submission;
    submission.on = QDate::fromString(parser.value(onOption), Qt::ISODate);
    if (!submission.on.isValid())
        return fail(io, command, CommandLine::tr("give the day the record is submitted with --on yyyy-mm-dd"));
    submission.caseNumber = parser.value(caseOption);
    submission.authority = parser.value(authorityOption);
    RecordOptions options;
    options.language = checkedLanguage(parser.value(langOption), &error);
    if (options.language.isEmpty())
        return fail(io, command, error);
    const auto kind = recordKindFromName(parser.value(recordOption));
    if (!kind)
        return fail(io, command,
                    CommandLine::tr("unknown record \"%1\"; use controller, processor or both").arg(parser.value(recordOption)));
    options.kind = *kind;
    options.today = io.today.isValid() ? io.today : QDate::currentDate();
    const Destination out = destination(output, io);
    if (OperationResult checked = checkDestination(out, {input}); !checked)
        return failed(io, command, checked);
    std::unique_ptr<Document> doc = Document::open(input, &error);
    if (!doc)
        return fail(io, command, printable(input) + QStringLiteral(": ") + error);
    QByteArray pdf;
    QString made;
    if (!writeRecordPdf(doc->reg(), options, &pdf, &made))
        return fail(io, command, printable(input) + QStringLiteral(": ") + made);
    // The record is written first: a snapshot is kept only of a record that exists.
    if (OperationResult result = deliver(pdf, out, {input}); !result)
        return failed(io, command, result);
    if (OperationResult result = keepSubmitted(*doc, pdf, submission); !result)
        return failed(io, command, result);
    return ExitSuccess;
}

} // namespace Fortegnelse::Subcommands

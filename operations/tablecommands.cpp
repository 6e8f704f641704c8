#include "tablecommands.h"

#include "document.h"
#include "printable.h"
#include "subcommands.h"
#include "tableexport.h"
#include "tableimport.h"

#include <QIODevice>

namespace Fortegnelse::Subcommands {

int runImportTable(const QStringList &arguments, const CommandLineIo &io)
{
    using namespace Tables;
    const QString command = QStringLiteral("import-table");
    QCommandLineParser parser;
    const QCommandLineOption layoutOption(QStringLiteral("layout"), CommandLine::tr("Layout."),
                                          CommandLine::tr("layout"), QStringLiteral("auto"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"), CommandLine::tr("Sheet."), CommandLine::tr("name"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language of the file."),
                                        CommandLine::tr("lang"), QStringLiteral("da"));
    const QCommandLineOption intoOption(QStringLiteral("into"), CommandLine::tr("Register to merge into."),
                                        CommandLine::tr("file"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), CommandLine::tr("Report only."));
    const QCommandLineOption formatOption(QStringLiteral("format"), CommandLine::tr("Format."),
                                          CommandLine::tr("format"), QStringLiteral("text"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CommandLine::tr("Output file."), CommandLine::tr("file"));
    const QCommandLineOption mapOption(QStringLiteral("map"), CommandLine::tr("Map a column to a field: C=purpose."),
                                       CommandLine::tr("column=field"));
    parser.addOptions({layoutOption, sheetOption, langOption, intoOption, dryRunOption, formatOption, outputOption,
                       mapOption});
    QString input, unused, error;
    if (!parseInvocation(parser, arguments, false, &input, &unused, &error))
        return fail(io, command, error);
    const std::optional<LayoutKind> layout = layoutFromKey(parser.value(layoutOption));
    if (!layout)
        return fail(io, command, CommandLine::tr("unknown layout \"%1\"; use auto, horizontal, vertical, ico or fortegnelse").arg(parser.value(layoutOption)));
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json")
        return fail(io, command, CommandLine::tr("unknown format \"%1\"; use text or json").arg(format));
    const QString language = checkedLanguage(parser.value(langOption), &error);
    if (language.isEmpty())
        return fail(io, command, error);
    const QString into = parser.value(intoOption);
    if (!into.isEmpty() && parser.isSet(outputOption))
        return fail(io, command, CommandLine::tr("--into writes into that register; leave out -o"));
    const bool dryRun = parser.isSet(dryRunOption);
    if (!dryRun && into.isEmpty() && parser.value(outputOption).isEmpty())
        return fail(io, command, CommandLine::tr("no output file given (-o FILE or --into REG), and no --dry-run"));
    // Merging opens the register for editing (one writer), plans on it, and writes one
    // step its history can undo; a dry run plans on it and writes nothing.
    std::unique_ptr<Document> doc;
    if (!into.isEmpty()) {
        doc = Document::open(into, &error, dryRun ? Document::Mode::ReadOnly : Document::Mode::Edit);
        if (!doc)
            return fail(io, command, printable(into) + QStringLiteral(": ") + error);
    }

    ImportOptions options;
    for (const QString &mapping : parser.values(mapOption)) {
        const QString letters = mapping.section(u'=', 0, 0).trimmed();
        const QString key = mapping.section(u'=', 1).trimmed();
        const int column = columnFromLetters(letters);
        const ImportField field = fieldFromKey(key);
        if (column < 0 || (field == ImportField::None && key != u"none"))
            return fail(io, command, CommandLine::tr("--map \"%1\": give a column and a field, such as C=purpose; the "
                                                     "fields are %2 and none")
                                         .arg(mapping, [] {
                                             QStringList keys;
                                             for (ImportField f : importFields())
                                                 keys.append(fieldKey(f));
                                             return keys.join(QStringLiteral(", "));
                                         }()));
        options.mapping.insert(column, field);
    }
    options.layout = *layout;
    options.sheet = parser.value(sheetOption);
    options.language = language;
    ImportReport report;
    const auto print = [&] {
        if (format == u"json")
            io.out->write(reportJson(report));
        else
            printText(io.out, reportText(report));
    };
    if (dryRun) {
        Register planned;
        if (!planImport(input, options, doc ? doc->reg() : Register::createEmpty(language), &planned, &report, &error))
            return fail(io, command, error);
        print();
        switch (report.worst()) {
        case RowStatus::Ok: return ExitSuccess;
        case RowStatus::Warning: return ExitProblemsFound;
        case RowStatus::Invalid: return ExitBadInput;
        }
        return ExitBadInput;
    }
    if (OperationResult result = doc ? importTableInto(*doc, input, options, &report)
                                     : importTable(input, options, parser.value(outputOption), &report);
        !result)
        return failed(io, command, result);
    print();
    return ExitSuccess;
}

int runExportTable(const QStringList &arguments, const CommandLineIo &io)
{
    const QString command = QStringLiteral("export-table");
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"), CommandLine::tr("Format."), CommandLine::tr("format"));
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."), CommandLine::tr("lang"));
    parser.addOptions({formatOption, langOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, true, &input, &output, &error))
        return fail(io, command, error);
    const QString format = parser.value(formatOption);
    if (format != u"xlsx" && format != u"ods" && format != u"csv")
        return fail(io, command, CommandLine::tr("unknown format \"%1\"; use xlsx, ods or csv").arg(format));
    QString language;
    if (parser.isSet(langOption)) {
        language = checkedLanguage(parser.value(langOption), &error);
        if (language.isEmpty())
            return fail(io, command, error);
    }
    if (OperationResult result = Tables::exportTable(input, format, language, destination(output, io)); !result)
        return failed(io, command, result);
    return ExitSuccess;
}

} // namespace Fortegnelse::Subcommands

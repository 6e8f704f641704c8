#include "commandline.h"

#include "checks.h"
#include "document.h"
#include "jsoncodec.h"
#include "uilanguage.h"
#include "policygenerator.h"
#include "recordpainter.h"
#include "policywriters.h"
#include "referencedata.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace Fortegnelse {

/// The translation context of the command line's messages.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::CommandLine)
};

namespace {

constexpr int ExitBadInput = 2;

void printText(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

/// Messages are one line, whatever the input they quote holds.
void printLine(FILE *stream, const QString &line)
{
    QString oneLine = line;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    printText(stream, oneLine);
}

/// The one-line message and exit code for bad input: "fortegnelse import: in.json: ...".
int fail(const QString &command, const QString &message)
{
    printLine(stderr, QStringLiteral("fortegnelse %1: %2").arg(command, message));
    return ExitBadInput;
}

QString usage()
{
    return CommandLine::tr("Usage:\n"
              "  fortegnelse [FILE.ropa]                      open the register in the app\n"
              "  fortegnelse import IN.json -o OUT.ropa       make a register from JSON\n"
              "  fortegnelse export-json IN.ropa -o OUT.json  write a register as JSON (-o - for "
              "standard output)\n"
              "  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf\n"
              "                     [--audience CATEGORY] [--templates FOLDER] -o OUT\n"
              "                                               write the privacy policy\n"
              "  fortegnelse ropa-pdf IN.ropa --lang da|nb|sv|en [--record controller|processor|both]\n"
              "                     -o OUT.pdf               write the Article 30 record as PDF\n"
              "  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]\n"
              "                                               check the register against the GDPR\n"
              "Exit status: 0 success, 2 bad arguments or bad input; check exits 1 when it finds "
              "errors.");
}

/// Parses "COMMAND INPUT [options] [-o OUTPUT]" with the options already added to
/// \a parser. Returns false with the one-line message in *error.
bool parseInvocation(QCommandLineParser &parser, const QStringList &arguments, bool needsOutput,
                     QString *input, QString *output, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          CommandLine::tr("Output file."), CommandLine::tr("file"));
    if (needsOutput)
        parser.addOption(outputOption);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    // The parser takes the first argument, the command, as the program name.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = positional.isEmpty() ? CommandLine::tr("no input file given")
                                      : CommandLine::tr("one input file expected, got %1").arg(positional.size());
        return false;
    }
    *input = positional.first();
    if (needsOutput) {
        if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty()) {
            *error = CommandLine::tr("no output file given (-o FILE)");
            return false;
        }
        *output = parser.value(outputOption);
    }
    return true;
}

/// The language option's value, checked; an empty string with *error set otherwise.
QString checkedLanguage(const QString &lang, QString *error)
{
    if (ReferenceData::languages().contains(lang))
        return lang;
    *error = CommandLine::tr("unknown language \"%1\"; use da, nb, sv or en").arg(lang);
    return {};
}

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        *error = CommandLine::tr("%1: cannot be read: %2")
                     .arg(path, QFileInfo(path).isDir() ? CommandLine::tr("it is a folder") : file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}

/// Writes all of \a data or nothing: a reader never sees half a file.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    if (path == u"-") {
        const size_t written = std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        if (written != size_t(data.size())) {
            *error = CommandLine::tr("standard output: write failed");
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = CommandLine::tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

int runImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QString input, output, error;
    QCommandLineParser parser;
    if (!parseInvocation(parser, arguments, true, &input, &output, &error))
        return fail(command, error);
    QByteArray json;
    if (!readFile(input, &json, &error))
        return fail(command, error);
    Register reg;
    QList<Json::Error> errors;
    if (!Json::read(json, &reg, &errors))
        return fail(command, input + QStringLiteral(": ") + Json::summarize(errors));
    if (QFileInfo(output).isDir())
        return fail(command, CommandLine::tr("%1: cannot be written: it is a folder").arg(output));
    if (output == u"-")
        return fail(command, CommandLine::tr("a register is a file; give its name with -o FILE.ropa"));
    if (!Store::create(output, reg, &error))
        return fail(command, output + QStringLiteral(": ") + error);
    return 0;
}

int runPolicy(const QStringList &arguments)
{
    const QString command = QStringLiteral("policy");
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."), CommandLine::tr("lang"), QStringLiteral("da"));
    const QCommandLineOption formatOption(QStringLiteral("format"), CommandLine::tr("Format."), CommandLine::tr("format"), QStringLiteral("html"));
    const QCommandLineOption audienceOption(QStringLiteral("audience"), CommandLine::tr("Subject category."), CommandLine::tr("category"));
    const QCommandLineOption templatesOption(QStringLiteral("templates"), CommandLine::tr("Template folder."), CommandLine::tr("folder"));
    parser.addOptions({langOption, formatOption, audienceOption, templatesOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, true, &input, &output, &error))
        return fail(command, error);
    const auto format = policyFormatFromName(parser.value(formatOption));
    if (!format)
        return fail(command, CommandLine::tr("unknown format \"%1\"; use html, snippet, md, txt, odt or pdf").arg(parser.value(formatOption)));
    PolicyOptions options;
    options.language = checkedLanguage(parser.value(langOption), &error);
    if (options.language.isEmpty())
        return fail(command, error);
    options.audience = parser.value(audienceOption);
    options.templateFolder = parser.value(templatesOption);

    Register reg;
    PolicyDocument doc;
    QByteArray bytes;
    if (!Store::read(input, &reg, &error))
        return fail(command, input + QStringLiteral(": ") + error);
    if (!PolicyGenerator::generate(reg, options, &doc, &error) || !writePolicy(doc, *format, &bytes, &error)
        || !writeFileAtomically(output, bytes, &error))
        return fail(command, error);
    return 0;
}

QString severityCode(Severity s)
{
    return s == Severity::Error ? QStringLiteral("error") : s == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("advice");
}

QByteArray problemsAsJson(const Register &reg, const QList<Problem> &problems, const int counts[3])
{
    QJsonArray list;
    for (const Problem &p : problems)
        list.append(QJsonObject{{QStringLiteral("severity"), severityCode(p.severity)},
                                {QStringLiteral("rule"), p.rule},
                                {QStringLiteral("kind"), idPrefix(p.kind)},
                                {QStringLiteral("item"), p.itemId},
                                {QStringLiteral("itemName"), p.itemId.isEmpty() ? QString() : displayName(reg, p.kind, p.itemId)},
                                {QStringLiteral("field"), p.field},
                                {QStringLiteral("message"), p.message}});
    return QJsonDocument(QJsonObject{{QStringLiteral("errors"), counts[0]},
                                     {QStringLiteral("warnings"), counts[1]},
                                     {QStringLiteral("advice"), counts[2]},
                                     {QStringLiteral("problems"), list}})
        .toJson(QJsonDocument::Indented);
}

QByteArray problemsAsText(const QList<Problem> &problems, const int counts[3])
{
    QString text;
    for (const Problem &p : problems) {
        QStringList where{idPrefix(p.kind)};
        if (!p.itemId.isEmpty())
            where.append(p.itemId);
        if (!p.field.isEmpty())
            where.append(p.field);
        text += QStringLiteral("%1: %2: %3\n").arg(severityLabel(p.severity), where.join(QLatin1Char(' ')), p.message);
    }
    text += CommandLine::tr("%1 errors, %2 warnings, %3 advice\n").arg(counts[0]).arg(counts[1]).arg(counts[2]);
    return text.toUtf8();
}

int runCheck(const QStringList &arguments)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."), CommandLine::tr("lang"), QStringLiteral("en"));
    const QCommandLineOption formatOption(QStringLiteral("format"), CommandLine::tr("Format."), CommandLine::tr("format"), QStringLiteral("text"));
    parser.addOptions({langOption, formatOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, false, &input, &output, &error))
        return fail(command, error);
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json")
        return fail(command, CommandLine::tr("unknown format \"%1\"; use text or json").arg(format));
    const QString lang = checkedLanguage(parser.value(langOption), &error);
    if (lang.isEmpty())
        return fail(command, error);
    installUiLanguage(lang);

    Register reg;
    QDateTime lastChange;
    if (!Store::read(input, &reg, &error, &lastChange))
        return fail(command, input + QStringLiteral(": ") + error);
    const QList<Problem> problems = checkRegister(reg, {QDate::currentDate(), lastChange});
    int counts[3] = {0, 0, 0};
    for (const Problem &p : problems)
        ++counts[int(p.severity)];
    const QByteArray out = format == u"json" ? problemsAsJson(reg, problems, counts) : problemsAsText(problems, counts);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return counts[0] > 0 ? 1 : 0;
}

int runRecordPdf(const QStringList &arguments)
{
    const QString command = QStringLiteral("ropa-pdf");
    QCommandLineParser parser;
    const QCommandLineOption langOption(QStringLiteral("lang"), CommandLine::tr("Language."), CommandLine::tr("lang"), QStringLiteral("da"));
    const QCommandLineOption recordOption(QStringLiteral("record"), CommandLine::tr("Record."), CommandLine::tr("record"), QStringLiteral("both"));
    parser.addOptions({langOption, recordOption});
    QString input, output, error;
    if (!parseInvocation(parser, arguments, true, &input, &output, &error))
        return fail(command, error);
    RecordOptions options;
    options.language = checkedLanguage(parser.value(langOption), &error);
    if (options.language.isEmpty())
        return fail(command, error);
    const auto kind = recordKindFromName(parser.value(recordOption));
    if (!kind)
        return fail(command, CommandLine::tr("unknown record \"%1\"; use controller, processor or both").arg(parser.value(recordOption)));
    options.kind = *kind;
    options.today = QDate::currentDate();

    Register reg;
    QByteArray pdf;
    if (!Store::read(input, &reg, &error))
        return fail(command, input + QStringLiteral(": ") + error);
    if (!writeRecordPdf(reg, options, &pdf, &error) || !writeFileAtomically(output, pdf, &error))
        return fail(command, error);
    return 0;
}

int runExportJson(const QStringList &arguments)
{
    const QString command = QStringLiteral("export-json");
    QString input, output, error;
    QCommandLineParser parser;
    if (!parseInvocation(parser, arguments, true, &input, &output, &error))
        return fail(command, error);
    Register reg;
    if (!Store::read(input, &reg, &error))
        return fail(command, input + QStringLiteral(": ") + error);
    if (!writeFileAtomically(output, Json::write(reg), &error))
        return fail(command, error);
    return 0;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    // Anything but one existing file to open is for the command line, which answers
    // an unknown word with a message rather than opening a window on it.
    return arguments.size() > 2 || !QFileInfo(arguments.at(1)).isFile();
}

int runCommandLine(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printText(stdout, usage());
        return 0;
    }
    if (first == u"--version") {
        printLine(stdout, QStringLiteral("fortegnelse ") + QCoreApplication::applicationVersion());
        return 0;
    }
    const QStringList rest = arguments.mid(1);
    if (first == u"import")
        return runImport(rest);
    if (first == u"export-json")
        return runExportJson(rest);
    if (first == u"policy")
        return runPolicy(rest);
    if (first == u"check")
        return runCheck(rest);
    if (first == u"ropa-pdf")
        return runRecordPdf(rest);
    if (first.startsWith(QLatin1Char('-')) || !first.contains(QLatin1Char('.')))
        return fail(first, CommandLine::tr("unknown command; see fortegnelse --help"));
    return fail(QStringLiteral("open"), CommandLine::tr("%1: no such file").arg(first));
}

} // namespace Fortegnelse

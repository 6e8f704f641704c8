#include "commandline.h"

#include "checks.h"
#include "document.h"
#include "jsoncodec.h"
#include "uilanguage.h"
#include "policygenerator.h"
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
    return QCoreApplication::translate("Fortegnelse::CommandLine", "Usage:\n"
              "  fortegnelse [FILE.ropa]                      open the register in the app\n"
              "  fortegnelse import IN.json -o OUT.ropa       make a register from JSON\n"
              "  fortegnelse export-json IN.ropa -o OUT.json  write a register as JSON (-o - for "
              "standard output)\n"
              "  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf\n"
              "                     [--audience CATEGORY] [--templates FOLDER] -o OUT\n"
              "                                               write the privacy policy\n"
              "  fortegnelse check IN.ropa [--lang da|nb|sv|en] [--format text|json]\n"
              "                                               check the register against the GDPR\n"
              "Exit status: 0 success, 2 bad arguments or bad input; check exits 1 when it finds "
              "errors.");
}

/// Parses "COMMAND INPUT -o OUTPUT"; on failure returns false with the message in *error.
bool parseInOut(const QStringList &arguments, QString *input, QString *output, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QCoreApplication::translate("Fortegnelse::CommandLine", "Output file."), QCoreApplication::translate("Fortegnelse::CommandLine", "file"));
    parser.addOption(outputOption);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    // The parser takes the first argument, the command, as the program name.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = positional.isEmpty() ? QCoreApplication::translate("Fortegnelse::CommandLine", "no input file given")
                                      : QCoreApplication::translate("Fortegnelse::CommandLine", "one input file expected, got %1").arg(positional.size());
        return false;
    }
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty()) {
        *error = QCoreApplication::translate("Fortegnelse::CommandLine", "no output file given (-o FILE)");
        return false;
    }
    *input = positional.first();
    *output = parser.value(outputOption);
    return true;
}

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Fortegnelse::CommandLine", "%1: cannot be read: %2")
                     .arg(path, QFileInfo(path).isDir() ? QCoreApplication::translate("Fortegnelse::CommandLine", "it is a folder") : file.errorString());
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
            *error = QCoreApplication::translate("Fortegnelse::CommandLine", "standard output: write failed");
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("Fortegnelse::CommandLine", "%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

int runImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QString input, output, error;
    if (!parseInOut(arguments, &input, &output, &error))
        return fail(command, error);
    QByteArray json;
    if (!readFile(input, &json, &error))
        return fail(command, error);
    Register reg;
    QList<Json::Error> errors;
    if (!Json::read(json, &reg, &errors))
        return fail(command, input + QStringLiteral(": ") + Json::summarize(errors));
    if (QFileInfo(output).isDir())
        return fail(command, QCoreApplication::translate("Fortegnelse::CommandLine", "%1: cannot be written: it is a folder").arg(output));
    if (output == u"-")
        return fail(command, QCoreApplication::translate("Fortegnelse::CommandLine", "a register is a file; give its name with -o FILE.ropa"));
    if (!Store::create(output, reg, &error))
        return fail(command, output + QStringLiteral(": ") + error);
    return 0;
}

int runPolicy(const QStringList &arguments)
{
    const QString command = QStringLiteral("policy");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QCoreApplication::translate("Fortegnelse::CommandLine", "Output file."), QCoreApplication::translate("Fortegnelse::CommandLine", "file"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QCoreApplication::translate("Fortegnelse::CommandLine", "Language."), QCoreApplication::translate("Fortegnelse::CommandLine", "lang"),
                                        QStringLiteral("da"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QCoreApplication::translate("Fortegnelse::CommandLine", "Format."), QCoreApplication::translate("Fortegnelse::CommandLine", "format"),
                                          QStringLiteral("html"));
    const QCommandLineOption audienceOption(QStringLiteral("audience"), QCoreApplication::translate("Fortegnelse::CommandLine", "Subject category."),
                                            QCoreApplication::translate("Fortegnelse::CommandLine", "category"));
    const QCommandLineOption templatesOption(QStringLiteral("templates"), QCoreApplication::translate("Fortegnelse::CommandLine", "Template folder."),
                                             QCoreApplication::translate("Fortegnelse::CommandLine", "folder"));
    parser.addOptions({outputOption, langOption, formatOption, audienceOption, templatesOption});
    if (!parser.parse(arguments))
        return fail(command, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(command, positional.isEmpty() ? QCoreApplication::translate("Fortegnelse::CommandLine", "no input file given")
                                                  : QCoreApplication::translate("Fortegnelse::CommandLine", "one input file expected, got %1").arg(positional.size()));
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return fail(command, QCoreApplication::translate("Fortegnelse::CommandLine", "no output file given (-o FILE)"));
    const auto format = policyFormatFromName(parser.value(formatOption));
    if (!format)
        return fail(command, QCoreApplication::translate("Fortegnelse::CommandLine", "unknown format \"%1\"; use html, snippet, md, txt, odt or pdf")
                                 .arg(parser.value(formatOption)));
    PolicyOptions options;
    options.language = parser.value(langOption);
    options.audience = parser.value(audienceOption);
    options.templateFolder = parser.value(templatesOption);
    if (!ReferenceData::languages().contains(options.language))
        return fail(command, QCoreApplication::translate("Fortegnelse::CommandLine", "unknown language \"%1\"; use da, nb, sv or en").arg(options.language));

    QString error;
    Register reg;
    if (!Store::read(positional.first(), &reg, &error))
        return fail(command, positional.first() + QStringLiteral(": ") + error);
    PolicyDocument doc;
    if (!PolicyGenerator::generate(reg, options, &doc, &error))
        return fail(command, error);
    QByteArray bytes;
    if (!writePolicy(doc, *format, &bytes, &error))
        return fail(command, error);
    if (!writeFileAtomically(parser.value(outputOption), bytes, &error))
        return fail(command, error);
    return 0;
}

QString severityCode(Severity s)
{
    return s == Severity::Error ? QStringLiteral("error") : s == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("advice");
}

int runCheck(const QStringList &arguments)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language."), QStringLiteral("lang"), QStringLiteral("en"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("Format."), QStringLiteral("format"), QStringLiteral("text"));
    parser.addOptions({langOption, formatOption});
    if (!parser.parse(arguments))
        return fail(command, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(command, positional.isEmpty() ? QCoreApplication::translate("Fortegnelse::CommandLine", "no input file given")
                                                  : QCoreApplication::translate("Fortegnelse::CommandLine", "one input file expected, got %1").arg(positional.size()));
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json")
        return fail(command, QCoreApplication::translate("Fortegnelse::CommandLine", "unknown format \"%1\"; use text or json").arg(format));
    const QString lang = parser.value(langOption);
    if (!ReferenceData::languages().contains(lang))
        return fail(command, QCoreApplication::translate("Fortegnelse::CommandLine", "unknown language \"%1\"; use da, nb, sv or en").arg(lang));
    installUiLanguage(lang);

    Register reg;
    QString error;
    QDateTime lastChange;
    if (!Store::read(positional.first(), &reg, &error, &lastChange))
        return fail(command, positional.first() + QStringLiteral(": ") + error);
    const QList<Problem> problems = checkRegister(reg, {QDate::currentDate(), lastChange});
    int counts[3] = {0, 0, 0};
    for (const Problem &p : problems)
        ++counts[int(p.severity)];

    QByteArray out;
    if (format == u"json") {
        QJsonArray list;
        for (const Problem &p : problems)
            list.append(QJsonObject{{QStringLiteral("severity"), severityCode(p.severity)},
                                    {QStringLiteral("rule"), p.rule},
                                    {QStringLiteral("item"), p.itemId},
                                    {QStringLiteral("itemName"), p.itemId.isEmpty() ? QString() : displayName(reg, p.kind, p.itemId)},
                                    {QStringLiteral("kind"), idPrefix(p.kind)},
                                    {QStringLiteral("field"), p.field},
                                    {QStringLiteral("message"), p.message}});
        const QJsonObject root{{QStringLiteral("errors"), counts[0]},
                               {QStringLiteral("warnings"), counts[1]},
                               {QStringLiteral("advice"), counts[2]},
                               {QStringLiteral("problems"), list}};
        out = QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        QString text;
        for (const Problem &p : problems) {
            QString where = idPrefix(p.kind);
            if (!p.itemId.isEmpty())
                where += QLatin1Char(' ') + p.itemId;
            if (!p.field.isEmpty())
                where += QLatin1Char(' ') + p.field;
            text += QStringLiteral("%1: %2: %3\n").arg(severityLabel(p.severity), where, p.message);
        }
        text += QCoreApplication::translate("Fortegnelse::CommandLine", "%1 errors, %2 warnings, %3 advice\n")
                    .arg(counts[0]).arg(counts[1]).arg(counts[2]);
        out = text.toUtf8();
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return counts[0] > 0 ? 1 : 0;
}

int runExportJson(const QStringList &arguments)
{
    const QString command = QStringLiteral("export-json");
    QString input, output, error;
    if (!parseInOut(arguments, &input, &output, &error))
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
    if (first.startsWith(QLatin1Char('-')) || !first.contains(QLatin1Char('.')))
        return fail(first, QCoreApplication::translate("Fortegnelse::CommandLine", "unknown command; see fortegnelse --help"));
    return fail(QStringLiteral("open"), QCoreApplication::translate("Fortegnelse::CommandLine", "%1: no such file").arg(first));
}

} // namespace Fortegnelse

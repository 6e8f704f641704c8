#include "commandline.h"

#include "jsoncodec.h"
#include "policygenerator.h"
#include "policywriters.h"
#include "referencedata.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace Fortegnelse {

namespace {

constexpr int ExitBadInput = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::CommandLine", text);
}

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
    return tr("Usage:\n"
              "  fortegnelse [FILE.ropa]                      open the register in the app\n"
              "  fortegnelse import IN.json -o OUT.ropa       make a register from JSON\n"
              "  fortegnelse export-json IN.ropa -o OUT.json  write a register as JSON (-o - for "
              "standard output)\n"
              "  fortegnelse policy IN.ropa --lang da|nb|sv|en --format html|snippet|md|txt|odt|pdf\n"
              "                     [--audience CATEGORY] [--templates FOLDER] -o OUT\n"
              "                                               write the privacy policy\n"
              "Exit status: 0 success, 2 bad arguments or bad input.");
}

/// Parses "COMMAND INPUT -o OUTPUT"; on failure returns false with the message in *error.
bool parseInOut(const QStringList &arguments, QString *input, QString *output, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Output file."), tr("file"));
    parser.addOption(outputOption);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    // The parser takes the first argument, the command, as the program name.
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *error = positional.isEmpty() ? tr("no input file given")
                                      : tr("one input file expected, got %1").arg(positional.size());
        return false;
    }
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty()) {
        *error = tr("no output file given (-o FILE)");
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
        *error = tr("%1: cannot be read: %2")
                     .arg(path, QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString());
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
            *error = tr("standard output: write failed");
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("%1: cannot be written: %2").arg(path, file.errorString());
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
        return fail(command, tr("%1: cannot be written: it is a folder").arg(output));
    if (output == u"-")
        return fail(command, tr("a register is a file; give its name with -o FILE.ropa"));
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
                                          tr("Output file."), tr("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language."), tr("lang"),
                                        QStringLiteral("da"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Format."), tr("format"),
                                          QStringLiteral("html"));
    const QCommandLineOption audienceOption(QStringLiteral("audience"), tr("Subject category."),
                                            tr("category"));
    const QCommandLineOption templatesOption(QStringLiteral("templates"), tr("Template folder."),
                                             tr("folder"));
    parser.addOptions({outputOption, langOption, formatOption, audienceOption, templatesOption});
    if (!parser.parse(arguments))
        return fail(command, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(command, positional.isEmpty() ? tr("no input file given")
                                                  : tr("one input file expected, got %1").arg(positional.size()));
    if (!parser.isSet(outputOption) || parser.value(outputOption).isEmpty())
        return fail(command, tr("no output file given (-o FILE)"));
    const auto format = policyFormatFromName(parser.value(formatOption));
    if (!format)
        return fail(command, tr("unknown format \"%1\"; use html, snippet, md, txt, odt or pdf")
                                 .arg(parser.value(formatOption)));
    PolicyOptions options;
    options.language = parser.value(langOption);
    options.audience = parser.value(audienceOption);
    options.templateFolder = parser.value(templatesOption);
    if (!ReferenceData::languages().contains(options.language))
        return fail(command, tr("unknown language \"%1\"; use da, nb, sv or en").arg(options.language));

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
    if (first.startsWith(QLatin1Char('-')) || !first.contains(QLatin1Char('.')))
        return fail(first, tr("unknown command; see fortegnelse --help"));
    return fail(QStringLiteral("open"), tr("%1: no such file").arg(first));
}

} // namespace Fortegnelse

// Fuzzes the template renderer two ways, chosen by the first byte of the input:
//  - even: the input is officer text, split at U+001E into the text fields of a small
//    register; both documents must then generate (officer text is data: no text can make
//    generation fail), and the policy must be written as HTML, Markdown and plain text;
//  - odd: the input is an officer's own template (the custom section, the document frame
//    or a standard section); generation may refuse it but must not crash or hang.

#include "jsoncodec.h"
#include "policygenerator.h"
#include "policywriters.h"
#include "recordgenerator.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Fortegnelse;

namespace {

Register example;
QTemporaryDir *folder = nullptr;
const QStringList languages{QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("en")};

[[noreturn]] void fail(const char *what, const QString &error)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(error));
    std::abort();
}

LocalText local(const QString &text)
{
    return LocalText(QStringLiteral("da"), text);
}

void setFields(Register &reg, const QStringList &pieces)
{
    using Setter = std::function<void(Register &, const QString &)>;
    static const QList<Setter> setters{
        [](Register &r, const QString &t) { r.organisation.name = t; },
        [](Register &r, const QString &t) { r.organisation.address = t; },
        [](Register &r, const QString &t) { r.organisation.email = t; },
        [](Register &r, const QString &t) { r.organisation.website = t; },
        [](Register &r, const QString &t) { r.policy.title = local(t); },
        [](Register &r, const QString &t) { r.policy.sections[0].title = local(t); },
        [](Register &r, const QString &t) { r.policy.sections[0].body = local(t); },
        [](Register &r, const QString &t) {
            ProcessingActivity a = r.activities.at(0);
            a.name = local(t);
            r.activities.replace(0, a);
        },
        [](Register &r, const QString &t) {
            ProcessingActivity a = r.activities.at(0);
            if (!a.purposes.isEmpty())
                a.purposes[0].description = local(t);
            r.activities.replace(0, a);
        },
        [](Register &r, const QString &t) {
            Party p = r.parties.at(0);
            p.name = t;
            r.parties.replace(0, p);
        },
        [](Register &r, const QString &t) {
            DataCategory c = r.dataCategories.at(0);
            c.name = local(t);
            r.dataCategories.replace(0, c);
        },
        [](Register &r, const QString &t) {
            SubjectCategory s = r.subjectCategories.at(0);
            s.name = local(t);
            r.subjectCategories.replace(0, s);
        },
    };
    for (qsizetype i = 0; i < pieces.size(); ++i)
        setters.at(i % setters.size())(reg, pieces.at(i));
}

void fuzzText(const QString &language, const QByteArray &input)
{
    Register reg = example;
    setFields(reg, QString::fromUtf8(input).split(QChar(0x1E)));
    PolicyOptions options;
    options.language = language;
    PolicyDocument doc;
    QString error;
    if (!PolicyGenerator::generate(reg, options, &doc, &error))
        fail("the policy failed on officer text", error);
    for (const PolicyFormat format : {PolicyFormat::Html, PolicyFormat::Markdown, PolicyFormat::Text}) {
        QByteArray out;
        if (!writePolicy(doc, format, &out, &error))
            fail("the policy could not be written", error);
    }
    RecordOptions record;
    record.language = language;
    record.today = QDate(2026, 6, 8);
    RecordDocument recordDoc;
    if (!RecordGenerator::generate(reg, record, &recordDoc, &error))
        fail("the record failed on officer text", error);
}

void fuzzTemplate(const QString &language, int which, const QByteArray &input)
{
    QStringList files{QStringLiteral("custom"), QStringLiteral("document")};
    files += ReferenceData::policySections();
    const QString name = files.at(which % files.size()) + QStringLiteral(".mustache");
    const QString dir = folder->filePath(language);
    QDir().mkpath(dir);
    {
        QFile file(dir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::WriteOnly))
            return;
        file.write(input);
    }
    PolicyOptions options;
    options.language = language;
    options.templateFolder = folder->path();
    PolicyDocument doc;
    QString error;
    if (PolicyGenerator::generate(example, options, &doc, &error)) {
        QByteArray out;
        writePolicy(doc, PolicyFormat::Markdown, &out, &error);
    }
    QFile::remove(dir + QLatin1Char('/') + name);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    folder = new QTemporaryDir;
    QFile file(QStringLiteral(FORTEGNELSE_SOURCE_DIR "/tests/fuzz/register.json"));
    QList<Json::Error> errors;
    if (!file.open(QIODevice::ReadOnly) || !Json::read(file.readAll(), &example, &errors))
        fail("the example register cannot be read", Json::summarize(errors));
    if (example.policy.sections.isEmpty())
        example.policy.sections.append({local(QStringLiteral("Own")), local(QStringLiteral("Text")),
                                        ReferenceData::policySections().first(), SectionPlacement::After});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString language = languages.at((data[0] >> 1) & 3);
    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    if (data[0] & 1)
        fuzzTemplate(language, data[0] >> 3, input);
    else
        fuzzText(language, input);
    return 0;
}

// Officer text is data: any string an officer can type, in any field, is written as text in
// every format of the privacy policy (html, snippet, md, txt, odt, pdf) in every language,
// and in the Article 30 record PDF; it never becomes template syntax or markup. Each output
// is read back the way a reader would see it (HTML and Markdown through QTextDocument, the
// ODT's content.xml, PDFs through QtPdf). Also: very long unbroken strings still make a PDF.

#include "hyphenation.h"
#include "policygenerator.h"
#include "policywriters.h"
#include "recordpainter.h"
#include "templatedata.h"
#include "testsupport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <functional>

using namespace Fortegnelse;

namespace {

const QStringList languages{QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("en")};
const QStringList policyFormats{QStringLiteral("html"), QStringLiteral("snippet"), QStringLiteral("md"),
                                QStringLiteral("txt"), QStringLiteral("odt"), QStringLiteral("pdf")};

using Setter = std::function<void(Register &, const QString &)>;

struct Field
{
    const char *name;
    bool inRecord;
    Setter set;
};

LocalText da(const QString &text)
{
    return LocalText(QStringLiteral("da"), text);
}

const QList<Field> &fields()
{
    static const QList<Field> all{
        {"organisation name", true, [](Register &r, const QString &t) { r.organisation.name = t; }},
        {"organisation address", true, [](Register &r, const QString &t) { r.organisation.address = t; }},
        {"activity name", true,
         [](Register &r, const QString &t) {
             ProcessingActivity a = r.activities.at(0);
             a.name = da(t);
             r.activities.replace(0, a);
         }},
        {"purpose", true,
         [](Register &r, const QString &t) {
             ProcessingActivity a = r.activities.at(0);
             a.purposes[0].description = da(t);
             r.activities.replace(0, a);
         }},
        {"party name", true,
         [](Register &r, const QString &t) {
             Party p = r.parties.at(0);
             p.name = t;
             r.parties.replace(0, p);
         }},
        {"data category", true,
         [](Register &r, const QString &t) {
             DataCategory c = r.dataCategories.at(0);
             c.name = da(t);
             r.dataCategories.replace(0, c);
         }},
        {"subject category", true,
         [](Register &r, const QString &t) {
             SubjectCategory s = r.subjectCategories.at(0);
             s.name = da(t);
             r.subjectCategories.replace(0, s);
         }},
        {"security measure", true,
         [](Register &r, const QString &t) {
             SecurityMeasure m = r.measures.at(0);
             m.name = da(t);
             r.measures.replace(0, m);
         }},
        {"own section title", false, [](Register &r, const QString &t) { r.policy.sections[0].title = da(t); }},
    };
    return all;
}

struct Hostile
{
    const char *name;
    QString typed;
};

const QList<Hostile> &hostileStrings()
{
    static const QList<Hostile> all{
        {"closing marker", QStringLiteral("ACME }} Ltd")},
        {"opening marker", QStringLiteral("ACME {{ Ltd")},
        {"triple mustache", QStringLiteral("Tri {{{org.name}}} ple")},
        {"sections", QStringLiteral("Sec {{#org}}Secret{{/org}} {{^x}}Inv{{/x}} {{! c }}")},
        {"partial and delimiters", QStringLiteral("Par {{>org.name}} {{=<% %>=}} <%org.name%>")},
        {"control characters", QStringLiteral("Ctl") + QChar(0) + QChar(1) + QChar(7) + QChar(0x1b) + QStringLiteral("[31mRed") + QChar(0x7f) + QChar(0x9b) + QStringLiteral("End")},
        {"bidi override", QStringLiteral("Left\u202Ethgir\u202C \u2067Iso\u2069 end")},
        {"html", QStringLiteral("<b>Bold</b> & <script>alert(1)</script> &amp; \" '")},
        {"markdown blocks", QStringLiteral("Street 1\n# Heading\n- item\n+ plus\n1. one\n2) two\n===\n---\n> quote\n    code")},
        {"markdown inline", QStringLiteral("**strong** _em_ [link](https://evil.example) `code` ~~gone~~ &copy; #tag")},
    };
    return all;
}

/// Text as a reader compares it: without white space and zero-width spaces, since layout
/// may break a line anywhere there is a break opportunity.
QString comparable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (!c.isSpace() && c != QChar(0x200B))
            out += c;
    return out;
}

QString pdfText(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    if (doc.status() != QPdfDocument::Status::Ready)
        return {};
    QString all;
    for (int i = 0; i < doc.pageCount(); ++i)
        all += doc.getAllText(i).text() + QLatin1Char('\n');
    return all;
}

QString odtText(const QByteArray &bytes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.odt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    file.close();
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    if (!unzip.waitForFinished(30000))
        return {};
    QXmlStreamReader xml(unzip.readAllStandardOutput());
    QString text;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    return xml.hasError() ? QString() : text;
}

/// What a reader of \a format sees of \a out.
QString readBack(const QString &format, const QByteArray &out)
{
    if (format == u"html" || format == u"snippet") {
        QTextDocument doc;
        doc.setHtml(QString::fromUtf8(out));
        return doc.toPlainText();
    }
    if (format == u"md") {
        QTextDocument doc;
        doc.setMarkdown(QString::fromUtf8(out), QTextDocument::MarkdownDialectGitHub);
        return doc.toPlainText();
    }
    if (format == u"odt")
        return odtText(out);
    if (format == u"pdf")
        return pdfText(out);
    return QString::fromUtf8(out);
}

} // namespace

class TestOfficerText : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteAnyTypedTextAsTextInEveryFormat_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("typed");
        for (int f = 0; f < fields().size(); ++f)
            for (const Hostile &h : hostileStrings())
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(fields().at(f).name), QLatin1String(h.name))))
                    << f << h.typed;
    }
    void shouldWriteAnyTypedTextAsTextInEveryFormat()
    {
        QFETCH(int, field);
        QFETCH(QString, typed);
        // GIVEN the hostile text typed into one field
        Register reg = Test::sampleRegister();
        fields().at(field).set(reg, typed);
        // The text a reader sees: control characters and bidi controls dropped (see
        // TemplateData::clean()), everything else as typed.
        const QString expected = comparable(TemplateData::clean(typed));
        for (const QString &lang : languages) {
            // WHEN the policy is generated and written in every format
            PolicyOptions options;
            options.language = lang;
            PolicyDocument doc;
            QString error;
            QVERIFY2(PolicyGenerator::generate(reg, options, &doc, &error), qPrintable(lang + QStringLiteral(": ") + error));
            for (const QString &format : policyFormats) {
                const QString where = lang + QLatin1Char(' ') + format;
                QByteArray out;
                QVERIFY2(writePolicy(doc, *policyFormatFromName(format), &out, &error), qPrintable(where + QStringLiteral(": ") + error));
                // THEN the reader sees the text as typed, markers and markup included
                const QString seen = readBack(format, out);
                QVERIFY2(!seen.isEmpty(), qPrintable(where + QStringLiteral(": nothing read back")));
                // Case aside: a category name in running text starts in lower case (issue 13).
                QVERIFY2(comparable(seen).contains(expected, Qt::CaseInsensitive),
                         qPrintable(where + QStringLiteral(": [") + expected + QStringLiteral("] not in: ") + comparable(seen).left(3000)));
                // and no markup from it reached the HTML
                if (format == u"html" || format == u"snippet")
                    QVERIFY2(!out.contains("<script") && !out.contains("<b>Bold"), qPrintable(where));
            }
            // AND the record states it as text, too
            if (!fields().at(field).inRecord)
                continue;
            RecordOptions record;
            record.language = lang;
            record.today = QDate(2026, 6, 8);
            QByteArray pdf;
            QVERIFY2(writeRecordPdf(reg, record, &pdf, &error), qPrintable(lang + QStringLiteral(" record: ") + error));
            const QString seen = comparable(pdfText(pdf));
            QVERIFY2(seen.contains(expected), qPrintable(lang + QStringLiteral(" record: [") + expected + QStringLiteral("] not in: ") + seen.left(3000)));
        }
    }

    void shouldCleanTextTheSameWayForEveryDocument_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("clean");
        QTest::newRow("plain") << QStringLiteral("Æble A/S") << QStringLiteral("Æble A/S");
        QTest::newRow("CR LF and lone CR") << QStringLiteral("a\r\nb\rc") << QStringLiteral("a\nb\nc");
        QTest::newRow("tab kept") << QStringLiteral("a\tb") << QStringLiteral("a\tb");
        QTest::newRow("C0 and C1 dropped") << (QChar(0) + QStringLiteral("a") + QChar(0x1f) + QChar(0x85) + QStringLiteral("b"))
                                           << QStringLiteral("ab");
        QTest::newRow("overrides and isolates removed") << QStringLiteral("\u202Aa\u202Bb\u202Dc\u202Ed\u202Ce\u2066f\u2067g\u2068h\u2069")
                                                        << QStringLiteral("abcdefgh");
        QTest::newRow("marks kept") << QStringLiteral("\u200Fשלום\u200E") << QStringLiteral("\u200Fשלום\u200E");
        QTest::newRow("unpaired surrogates dropped") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00))
                                                     << QStringLiteral("ab");
        QTest::newRow("pair kept") << QStringLiteral("a\U0001F600b") << QStringLiteral("a\U0001F600b");
        QTest::newRow("non-characters dropped") << (QStringLiteral("a") + QChar(0xFFFE) + QChar(0xFFFF) + QStringLiteral("b"))
                                                << QStringLiteral("ab");
    }
    void shouldCleanTextTheSameWayForEveryDocument()
    {
        QFETCH(QString, typed);
        QFETCH(QString, clean);
        QCOMPARE(TemplateData::clean(typed), clean);
    }

    void shouldRefuseTemplatesThatParseDataOrExplode_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::newRow("partial") << "custom.mustache"
                                 << "<h2>{{>title}}</h2>";
        QTest::newRow("partial with space") << "custom.mustache"
                                            << "<h2>{{ > title}}</h2>";
        QTest::newRow("delimiters") << "custom.mustache"
                                    << "{{=<% %>=}}<h2><%title%></h2>";
        // Crashes of fuzz_templates, on inputs written for it: 5,000 nested sections
        // overflowed the stack, and a list nested in itself 20,000 deep ran out of memory.
        QTest::newRow("sections 5,000 deep") << "custom.mustache"
                                             << QStringLiteral("{{#title}}").repeated(5000) + QStringLiteral("x")
                + QStringLiteral("{{/title}}").repeated(5000);
        QTest::newRow("a list inside itself") << "custom.mustache"
                                              << "{{#blocks}}{{#items}}{{#blocks}}<p>x</p>{{/blocks}}{{/items}}{{/blocks}}";
        QString deep;
        for (int i = 0; i < 17; ++i)
            deep += QStringLiteral("{{#s%1}}").arg(i);
        for (int i = 16; i >= 0; --i)
            deep += QStringLiteral("{{/s%1}}").arg(i);
        QTest::newRow("17 deep in a section template") << "purposes.mustache" << deep;
    }

    void shouldRefuseTemplatesThatParseDataOrExplode()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        // GIVEN an officer's template that would parse data as a template
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("da")));
        QFile f(dir.filePath(QStringLiteral("da/") + file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        PolicyOptions options;
        options.templateFolder = dir.path();
        PolicyDocument doc;
        QString error;
        // WHEN the policy is generated, THEN it is refused, naming the template
        QVERIFY(!PolicyGenerator::generate(Test::sampleRegister(), options, &doc, &error));
        QVERIFY2(error.contains(file), qPrintable(error));
    }

    void shouldGiveLongUnbrokenRunsBreakOpportunities()
    {
        const QString word(1000, QLatin1Char('x'));
        const QString broken = withBreakOpportunities(word, 60);
        QVERIFY(broken.size() > word.size());
        QCOMPARE(QString(broken).remove(QChar(0x200B)), word);
        qsizetype run = 0;
        for (const QChar c : broken) {
            run = c == QChar(0x200B) ? 0 : run + 1;
            QVERIFY(run <= 60);
        }
        // Text with its own break opportunities is left as it was.
        const QString sentence = QStringLiteral("a normal sentence with words");
        QCOMPARE(withBreakOpportunities(sentence), sentence);
        // A surrogate pair is never split.
        const QString emoji = QString(200, QLatin1Char('x')) + QStringLiteral("\U0001F600").repeated(100);
        const QString e = withBreakOpportunities(emoji, 7);
        for (qsizetype i = 0; i + 1 < e.size(); ++i)
            QVERIFY(!(e.at(i).isHighSurrogate() && !e.at(i + 1).isLowSurrogate()));
    }

    void shouldHyphenateOnlyWhereALanguageBreaksAWord_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hyphenated");
        QTest::newRow("a long Danish compound") << QStringLiteral("da") << QStringLiteral("Personoplysningskategorier") << true;
        QTest::newRow("Swedish, in a sentence") << QStringLiteral("sv") << QStringLiteral("Se personuppgiftsbiträdesavtalet, tack.") << true;
        QTest::newRow("a word under 14 letters") << QStringLiteral("da") << QStringLiteral("gennemgang") << false;
        QTest::newRow("a language without patterns") << QStringLiteral("fr") << QStringLiteral("Anticonstitutionnellement") << false;
        QTest::newRow("a letter whose lower case is longer") << QStringLiteral("en") << QStringLiteral("İnternationalisationproject") << false;
        QTest::newRow("letters beyond the BMP") << QStringLiteral("en") << QStringLiteral("𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋𝐌𝐍𝐎𝐏") << false;
        QTest::newRow("a run of 500 letters") << QStringLiteral("da") << QString(500, QLatin1Char('q')) << false;
    }
    void shouldHyphenateOnlyWhereALanguageBreaksAWord()
    {
        QFETCH(QString, lang);
        QFETCH(QString, text);
        QFETCH(bool, hyphenated);
        QVERIFY2(canHyphenate(QStringLiteral("da")), "the hyphen-* patterns are not installed (tools/debian-packages.txt)");
        const QString out = hyphenate(text, lang);
        // The text is the same but for soft hyphens, which stand only between two letters, at
        // least three letters from either end of a word
        QCOMPARE(QString(out).remove(QChar(0x00AD)), text);
        QCOMPARE(out.contains(QChar(0x00AD)), hyphenated);
        const auto lettersFrom = [&](qsizetype i, int step) {
            int letters = 0;
            for (qsizetype k = i + step; k >= 0 && k < out.size() && (out.at(k).isLetter() || out.at(k) == QChar(0x00AD)); k += step)
                letters += out.at(k).isLetter() ? 1 : 0;
            return letters;
        };
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out.at(i) != QChar(0x00AD))
                continue;
            QVERIFY2(i > 0 && i + 1 < out.size() && out.at(i - 1).isLetter() && out.at(i + 1).isLetter(), qPrintable(out));
            QVERIFY2(lettersFrom(i, -1) >= 3 && lettersFrom(i, 1) >= 3, qPrintable(out));
        }
    }

    void shouldPutAUtf8DictionarysPointsOnItsLetters()
    {
        // Debian's English patterns are UTF-8, and give their points per letter, not per
        // byte: "Ø" is two bytes, and reading bytes put the points one letter out.
        QVERIFY2(canHyphenate(QStringLiteral("en")), "hyphen-en-gb is not installed");
        QCOMPARE(hyphenate(QStringLiteral("Økonomistyrelsens"), QStringLiteral("en")),
                 QStringLiteral("Øko\u00ADnomistyrel\u00ADsens"));
        QCOMPARE(hyphenate(QStringLiteral("Okonomistyrelsens"), QStringLiteral("en")),
                 QStringLiteral("Oko\u00ADnomistyrel\u00ADsens"));
        // An address keeps its letters together: a hyphen would change it.
        for (const QString &address : {QStringLiteral("personoplysningsansvarlig@kommune.dk"),
                                       QStringLiteral("https://www.databeskyttelsesraadgivning.dk/vilkaar")})
            QCOMPARE(hyphenate(address, QStringLiteral("da")), address);
    }

    void shouldWriteTheDocumentsOfARegisterWithHugeStrings_data()
    {
        QTest::addColumn<int>("nameLength");
        QTest::addColumn<int>("addressLength");
        QTest::newRow("100,000-character name") << 100000 << 0;
        QTest::newRow("1 MB address") << 0 << (1 << 20);
    }
    void shouldWriteTheDocumentsOfARegisterWithHugeStrings()
    {
        QFETCH(int, nameLength);
        QFETCH(int, addressLength);
        // GIVEN a name or an address that is one enormous word
        Register reg = Test::sampleRegister();
        const int length = std::max(nameLength, addressLength);
        const QString huge = QStringLiteral("Begin") + QString(length, QLatin1Char('q')) + QStringLiteral("End");
        (nameLength > 0 ? reg.organisation.name : reg.organisation.address) = huge;
        // WHEN the policy and the record are written as PDF
        PolicyDocument doc;
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(PolicyGenerator::generate(reg, PolicyOptions(), &doc, &error), qPrintable(error));
        QByteArray policy;
        QVERIFY2(writePolicy(doc, PolicyFormat::Pdf, &policy, &error), qPrintable(error));
        const qint64 policyMs = timer.restart();
        RecordOptions options;
        options.today = QDate(2026, 6, 8);
        QByteArray record;
        QVERIFY2(writeRecordPdf(reg, options, &record, &error), qPrintable(error));
        const qint64 recordMs = timer.elapsed();
        qInfo("policy PDF %lld ms (%lld bytes), record PDF %lld ms (%lld bytes)", policyMs,
              qint64(policy.size()), recordMs, qint64(record.size()));
        // THEN each PDF states the string as text up to the bound of one run on pages,
        // where it says that it was cut (page headers and numbers come between the lines)
        for (const auto &[what, pdf] : {std::pair{"policy", policy}, std::pair{"record", record}}) {
            const QString text = comparable(pdfText(pdf));
            QVERIFY2(text.contains(QStringLiteral("Beginqqqq")), what);
            QVERIFY2(text.count(QLatin1Char('q')) >= 20000 - 5, what);
            QVERIFY2(text.contains(QStringLiteral("[\u2026]")), what);
        }
        // AND the other formats keep every character
        QByteArray html;
        QVERIFY(writePolicy(doc, PolicyFormat::Html, &html, &error));
        QVERIFY(QString::fromUtf8(html).contains(huge));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QGuiApplication app(argc, argv); // PDF and ODT lay out text with fonts
    TestOfficerText tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_officertext.moc"

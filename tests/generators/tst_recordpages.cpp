// The Article 30 record's pages, read back with QPdfDocument: page numbers on every page, a
// table of contents that points where the headings are, cancelling, the same pages at any
// resolution, in parts on several threads, for a register of 1,000 activities, and long
// words hyphenated in narrow columns.

#include "hyphenation.h"
#include "recordsupport.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>

using namespace Fortegnelse;
using namespace Fortegnelse::RecordTest;

class TestRecordPages : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // A template or style sheet mistake shows as a warning before it shows on paper.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^QString::arg|^record failed")));
        // Pieces are laid out and painted on several threads; Qt warns about timers or
        // objects used on the wrong one.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^QBasicTimer|^QObject|^QThread|^QFont")));
    }

    void shouldNumberEveryPage_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("lang");
        for (const QString &e : {QStringLiteral("sample"), QStringLiteral("oesyn"), QStringLiteral("octopus")})
            for (const QString &l : languages)
                QTest::newRow(qPrintable(e + QLatin1Char('-') + l)) << e << l;
    }
    void shouldNumberEveryPage()
    {
        QFETCH(QString, example);
        QFETCH(QString, lang);
        Register reg = Test::sampleRegister();
        if (example != u"sample" && !loadExample(example, &reg))
            QSKIP("example not present");
        const Pdf pdf = read(record(reg, lang));
        QVERIFY(pdf.pages.size() >= 6);
        const int n = int(pdf.pages.size());
        for (int i = 0; i < n; ++i) {
            const QString label = pageLabels.at(lang).arg(i + 1).arg(n);
            QVERIFY2(pdf.pages.at(i).contains(label), qPrintable(QStringLiteral("page %1 lacks \"%2\"").arg(i + 1).arg(label)));
            QVERIFY2(pdf.pages.at(i).contains(reg.organisation.name), qPrintable(QStringLiteral("page %1 header").arg(i + 1)));
        }
    }

    void shouldPointTheContentsAtTheHeadings_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("lang");
        for (const QString &e : {QStringLiteral("oesyn"), QStringLiteral("octopus")})
            for (const QString &l : {QStringLiteral("da"), QStringLiteral("en")})
                QTest::newRow(qPrintable(e + QLatin1Char('-') + l)) << e << l;
        QTest::newRow("sample-sv") << QStringLiteral("sample") << QStringLiteral("sv");
    }
    void shouldPointTheContentsAtTheHeadings()
    {
        QFETCH(QString, example);
        QFETCH(QString, lang);
        Register reg = Test::sampleRegister();
        if (example != u"sample" && !loadExample(example, &reg))
            QSKIP("example not present");
        RecordOptions options;
        options.language = lang;
        options.today = today;
        RecordDocument doc;
        QString error;
        QVERIFY2(RecordGenerator::generate(reg, options, &doc, &error), qPrintable(error));
        // The contents lists every heading of level 1 and 2 after it, with a page number.
        QStringList entries;
        bool afterContents = false;
        for (const Block &b : std::as_const(doc.body.blocks)) {
            afterContents = afterContents || b.kind == Block::Contents;
            if (afterContents && b.kind == Block::Heading && b.level <= 2)
                entries.append(plainText(b.content).simplified());
        }
        QVERIFY(entries.size() >= 6);
        const QByteArray bytes = record(reg, lang);
        const QMap<QString, int> listed = contentsPages(bytes, entries);
        int lastPage = 0;
        for (const QString &entry : std::as_const(entries)) {
            QVERIFY2(listed.contains(entry), qPrintable(QStringLiteral("no page number beside ") + entry));
            const int actual = headingPage(bytes, entry, 2);
            QVERIFY2(listed.value(entry) == actual,
                     qPrintable(QStringLiteral("%1: listed on page %2, is on %3").arg(entry).arg(listed.value(entry)).arg(actual)));
            QVERIFY2(actual >= lastPage, qPrintable(entry));
            lastPage = actual;
        }
    }

    void shouldCancelAndWriteNothing_data()
    {
        // Where to cancel, as the progress the record reports: generation runs to 25 %,
        // layout to 55 %, painting to 97 %. Not a count of calls: the layout's pieces go to
        // whichever core is free, so how often it reports differs from run to run.
        QTest::addColumn<int>("percent");
        QTest::newRow("at once") << 0;
        QTest::newRow("while generating") << 10;
        QTest::newRow("while laying out") << 40;
        QTest::newRow("while painting") << 90;
    }
    void shouldCancelAndWriteNothing()
    {
        QFETCH(int, percent);
        const Register reg = largeRegister(40);
        QString error;
        int seen = 0, lastDone = -1, refusedAt = 0;
        bool ordered = true;
        RecordOptions options;
        options.today = today;
        QByteArray out("untouched");
        const bool written = writeRecordPdf(reg, options, &out, &error, [&](int done, int total) {
            ordered = ordered && done >= lastDone && done <= total && total == 100;
            lastDone = done;
            ++seen;
            if (done < percent)
                return true;
            if (refusedAt == 0)
                refusedAt = seen;
            return false;
        });
        QVERIFY(!written);
        // THEN the record stopped at the first refusal, wrote nothing, and said so
        QVERIFY(refusedAt > 0);
        QCOMPARE(seen, refusedAt);
        QCOMPARE(out, QByteArray("untouched"));
        QVERIFY(!error.isEmpty());
        QVERIFY(ordered);
    }

    void shouldLayOutTheSameOnAnyResolution()
    {
        RecordOptions options;
        options.today = today;
        RecordDocument doc;
        QString error;
        Register reg;
        QVERIFY(loadExample(QStringLiteral("oesyn"), &reg));
        QVERIFY(RecordGenerator::generate(reg, options, &doc, &error));
        QList<Pdf> results;
        for (int dpi : {300, 1200, 96}) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            writer.setResolution(dpi);
            RecordPainter::setUpPage(&writer);
            int pages = 0;
            QVERIFY2(RecordPainter::paint(doc, &writer, &error, {}, &pages), qPrintable(error));
            buffer.close();
            results.append(read(bytes));
            QCOMPARE(int(results.last().pages.size()), pages);
        }
        QCOMPARE(results.at(1).pages.size(), results.at(0).pages.size());
        QCOMPARE(results.at(2).pages.size(), results.at(0).pages.size());
    }

    void shouldPrintEachLineOnOnePage_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("lang");
        for (const char *example : {"oesyn", "octopus", "deskhero"})
            for (const char *lang : {"da", "en"})
                QTest::newRow(QByteArray(example).append(' ').append(lang).constData()) << QString::fromLatin1(example) << QString::fromLatin1(lang);
    }
    void shouldPrintEachLineOnOnePage()
    {
        QFETCH(QString, example);
        QFETCH(QString, lang);
        // GIVEN an example's record (a paragraph line Qt left across a page boundary was
        // painted at the foot of one page and the head of the next: issue 13, item 7)
        Register reg;
        QVERIFY(loadExample(example, &reg));
        const Pdf pdf = read(record(reg, lang));
        // THEN the last line of a page is not the first of the next (the text layer gives
        // each page's header and footer first, then its body)
        for (qsizetype page = 0; page + 1 < pdf.lines.size(); ++page) {
            const QStringList &here = pdf.lines.at(page);
            const QStringList &next = pdf.lines.at(page + 1);
            if (here.size() < 3 || next.size() < 3)
                continue;
            QVERIFY2(here.last() != next.at(2),
                     qPrintable(QStringLiteral("page %1 ends and page %2 begins with “%3”").arg(page + 1).arg(page + 2).arg(here.last())));
        }
    }

    void shouldHyphenateALongWordInANarrowColumn_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("word");
        QTest::newRow("da") << QStringLiteral("da") << QStringLiteral("Lønadministrationssystemintegrationsopgaver");
        QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("Lønnsadministrasjonssystemintegrasjonsoppgaver");
        QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("Löneadministrationssystemintegrationsuppgifter");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Pneumonoultramicroscopicsilicovolcanoconiosis");
    }
    void shouldHyphenateALongWordInANarrowColumn()
    {
        QFETCH(QString, lang);
        QFETCH(QString, word);
        // GIVEN an activity whose name is one word wider than the overview's column (Qt
        // broke such a word anywhere, without a hyphen: issue 13, item 7)
        QVERIFY2(canHyphenate(lang), "the hyphen-* patterns are not installed (tools/debian-packages.txt)");
        const QString hyphenated = hyphenate(word, lang);
        QSet<qsizetype> points;
        for (qsizetype i = 0, letters = 0; i < hyphenated.size(); ++i)
            hyphenated.at(i) == QChar(0x00AD) ? void(points.insert(letters)) : void(++letters);
        QVERIFY2(points.size() > 3, qPrintable(hyphenated));
        Register reg = Test::sampleRegister();
        ProcessingActivity a = reg.activities.at(0);
        a.name.set(lang, word);
        reg.activities.replace(0, a);
        // WHEN its record is printed
        const Pdf pdf = read(record(reg, lang));
        // THEN where the word is split across lines, each line ends at one of the language's
        // hyphenation points, with a hyphen
        // The hyphen Qt paints at a soft hyphen reads back as U+00AD or U+FFFE, and the
        // lines of a table cell may read back as one run.
        static const QRegularExpression hyphens(QStringLiteral("(?<=[\\x{00AD}\\x{FFFE}])"));
        struct Piece
        {
            QString text;
            bool hyphen;
        };
        QList<Piece> pieces;
        for (const QStringList &page : pdf.lines)
            for (const QString &line : page)
                for (const QString &token : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    for (QString part : token.split(hyphens, Qt::SkipEmptyParts)) {
                        const bool hyphen = part.endsWith(QChar(0x00AD)) || part.endsWith(QChar(0xFFFE))
                            || part.endsWith(QLatin1Char('-'));
                        if (hyphen)
                            part.chop(1);
                        pieces.append({part, hyphen});
                    }
        int split = 0;
        qsizetype at = -1; // letters of the word already read, while reading a split word
        for (const Piece &piece : std::as_const(pieces)) {
            if (piece.text.size() < 3 || piece.text == word)
                continue;
            const qsizetype from = at < 0 ? 0 : at;
            if (!QStringView(word).mid(from).startsWith(piece.text))
                continue;
            at = from + piece.text.size();
            if (at == word.size()) {
                ++split;
                at = -1;
                continue;
            }
            QVERIFY2(piece.hyphen && points.contains(at),
                     qPrintable(QStringLiteral("“%1” breaks after “%2”, not at a hyphenation point (%3)").arg(word, word.left(at), hyphenated)));
        }
        QVERIFY2(split > 0, "the word was never split: make it longer");
    }

    void shouldWriteTheSameRecordTwice()
    {
        Register reg;
        QVERIFY(loadExample(QStringLiteral("octopus"), &reg));
        QCOMPARE(read(record(reg, QStringLiteral("en"))).pages, read(record(reg, QStringLiteral("en"))).pages);
    }

    void shouldPaintTheSameRecordInParts_data()
    {
        QTest::addColumn<int>("parts");
        for (int parts : {2, 3, 7})
            QTest::newRow(qPrintable(QStringLiteral("%1 parts").arg(parts))) << parts;
    }
    void shouldPaintTheSameRecordInParts()
    {
        // A long record is painted in parts on several threads and joined; it must read
        // exactly as the record painted in one: the same pages, page numbers, contents
        // numbers and metadata.
        QFETCH(int, parts);
        const Register reg = largeRegister(60);
        RecordOptions options;
        options.today = today;
        QByteArray whole, joined;
        QString error;
        QVERIFY2(writeRecordPdfInParts(reg, options, 1, &whole, &error), qPrintable(error));
        int lastDone = 0;
        QVERIFY2(writeRecordPdfInParts(reg, options, parts, &joined, &error, [&](int done, int) {
                     if (done < lastDone)
                         return false; // progress must not go back
                     lastDone = done;
                     return true;
                 }),
                 qPrintable(error));
        QCOMPARE(lastDone, 100);
        const Pdf one = read(whole), many = read(joined);
        QVERIFY(one.pages.size() > 100);
        QCOMPARE(many.pages.size(), one.pages.size());
        for (qsizetype i = 0; i < one.pages.size(); ++i)
            QVERIFY2(many.pages.at(i) == one.pages.at(i), qPrintable(QStringLiteral("page %1 differs").arg(i + 1)));
        QCOMPARE(many.title, one.title);
        QVERIFY(joined.contains("<dc:creator><rdf:Seq><rdf:li>"));
        QVERIFY(joined.contains("/FontFile2"));
    }

    void shouldWriteACorrectRecordOfAThousandActivities()
    {
        // How fast is measured by benchmarks/bench_register (docs/performance.md); this
        // proves a large record is whole: every activity, numbered pages, progress.
        const Register reg = largeRegister(1000);
        int calls = 0;
        const QByteArray bytes = record(reg, QStringLiteral("da"), RecordKind::Both, nullptr, [&](int, int) { return ++calls > 0; });
        if (qEnvironmentVariableIsSet("FORTEGNELSE_RECORD_OUT")) {
            QFile out(qEnvironmentVariable("FORTEGNELSE_RECORD_OUT") + QStringLiteral("/large-da.pdf"));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        const Pdf pdf = read(bytes);
        const int n = int(pdf.pages.size());
        QVERIFY(n > 1000);
        QVERIFY(pdf.pages.last().contains(QStringLiteral("Side %1 af %1").arg(n)));
        QVERIFY(pdf.all().contains(QStringLiteral("3.1000 Behandlingsaktivitet nummer 1000")));
        QVERIFY2(calls > 100, "progress was not reported while the record was made");
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QGuiApplication app(argc, argv); // laying out text needs fonts
    TestRecordPages tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_recordpages.moc"

// The ODT a DPO puts into the house template (issue 13, item 6): named paragraph styles,
// and LibreOffice reads it with the same headings as the PDF the application writes.
// Needs soffice (libreoffice-writer-nogui, in tools/debian-packages.txt); the test that
// converts with it is skipped where it is missing.

#include "jsoncodec.h"
#include "policygenerator.h"
#include "policywriters.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QPdfDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Fortegnelse;

namespace {

PolicyDocument generateExample(const QString &example, const QString &lang)
{
    Register reg;
    QFile f(Test::sourcePath(QStringLiteral("resources/examples/%1.json").arg(example)));
    QList<Json::Error> errors;
    if (!f.open(QIODevice::ReadOnly) || !Json::read(f.readAll(), &reg, &errors))
        return {};
    PolicyDocument doc;
    QString error;
    PolicyOptions options;
    options.language = lang;
    PolicyGenerator::generate(reg, options, &doc, &error);
    return doc;
}

/// Extracts one entry from a ZIP archive with unzip (in tools/debian-packages.txt).
QByteArray entry(const QString &zip, const QString &name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, name});
    unzip.waitForFinished(30000);
    return unzip.readAllStandardOutput();
}

QString pdfText(const QByteArray &pdf)
{
    QByteArray copy = pdf;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument reader;
    reader.load(&buffer);
    QString all;
    for (int i = 0; i < reader.pageCount(); ++i)
        all += reader.getAllText(i).text() + QLatin1Char('\n');
    return all.simplified();
}

/// Text without white space, since a heading may wrap at another place in each PDF.
QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace() && c != QChar(0x200B) && c != QChar(0xAD))
            out += c;
    return out;
}

/// Whether \a text holds each heading, in order.
bool inOrder(const QString &text, const QStringList &headings, QString *missing)
{
    const QString all = squeezed(text);
    qsizetype from = 0;
    for (const QString &h : headings) {
        const QString heading = squeezed(h);
        const qsizetype at = all.indexOf(heading, from);
        if (at < 0) {
            *missing = h;
            return false;
        }
        from = at + heading.size();
    }
    return true;
}

} // namespace

class TestPolicyOdt : public QObject
{
    Q_OBJECT

private slots:
    void shouldNameEveryParagraphStyle_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char *l : {"da", "nb", "sv", "en"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void shouldNameEveryParagraphStyle()
    {
        QFETCH(QString, lang);
        // GIVEN a generated policy written as ODT
        const PolicyDocument doc = generateExample(QStringLiteral("oesyn"), lang);
        QVERIFY(!doc.blocks.isEmpty());
        QByteArray odt;
        QString error;
        QVERIFY(writePolicy(doc, PolicyFormat::Odt, &odt, &error));
        QVERIFY(odt.startsWith("PK"));
        QCOMPARE(odt.mid(30, 8), QByteArray("mimetype")); // the first entry, stored
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.odt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(odt);
        file.close();
        // THEN its paragraphs carry the named styles a template restyles
        const QByteArray content = entry(path, QStringLiteral("content.xml"));
        const QByteArray styles = entry(path, QStringLiteral("styles.xml"));
        QVERIFY2(!content.isEmpty() && !styles.isEmpty(), "unzip could not read the ODT");
        for (const char *used : {"text:style-name=\"Title\"", "text:style-name=\"Heading_20_1\"",
                                 "text:outline-level=\"1\"", "text:style-name=\"List_20_Bullet\"",
                                 "text:style-name=\"Text_20_body\"", "text:style-name=\"Table_20_Heading\""})
            QVERIFY2(content.contains(used), used);
        for (const char *defined : {"style:display-name=\"Heading 1\"", "style:display-name=\"Heading 2\"",
                                    "style:display-name=\"Heading 3\"", "style:display-name=\"List Bullet\"",
                                    "style:name=\"Title\"", "style:display-name=\"Table Contents\""})
            QVERIFY2(styles.contains(defined), defined);
        // No automatic paragraph styles in place of named ones (Qt's writer names them P1...).
        QVERIFY(!content.contains("text:style-name=\"P1\""));
        // The same document gives the same bytes.
        QByteArray again;
        QVERIFY(writePolicy(doc, PolicyFormat::Odt, &again, &error));
        QCOMPARE(again, odt);
    }

    void shouldOpenInLibreOfficeWithTheHeadingsOfThePdf()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("soffice (libreoffice-writer-nogui) is not installed");
        // GIVEN the Danish policy as ODT and as the application's PDF
        const PolicyDocument doc = generateExample(QStringLiteral("oesyn"), QStringLiteral("da"));
        QByteArray odt, pdf;
        QString error;
        QVERIFY(writePolicy(doc, PolicyFormat::Odt, &odt, &error));
        QVERIFY(writePolicy(doc, PolicyFormat::Pdf, &pdf, &error));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("policy.odt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(odt);
        file.close();
        // WHEN LibreOffice converts the ODT to PDF (with a profile of its own, so it runs as
        // any user and next to an open LibreOffice)
        QProcess convert;
        convert.setWorkingDirectory(dir.path());
        convert.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")), QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), file.fileName()});
        QVERIFY(convert.waitForFinished(240000));
        QFile converted(dir.filePath(QStringLiteral("policy.pdf")));
        QVERIFY2(converted.open(QIODevice::ReadOnly), convert.readAllStandardError().constData());
        // For looking at: FORTEGNELSE_DUMP_DIR=/tmp/x keeps the ODT and both PDFs.
        if (const QString keep = qEnvironmentVariable("FORTEGNELSE_DUMP_DIR"); !keep.isEmpty()) {
            QFile::copy(file.fileName(), keep + QStringLiteral("/policy.odt"));
            QFile::copy(converted.fileName(), keep + QStringLiteral("/policy-libreoffice.pdf"));
            QFile app(keep + QStringLiteral("/policy-application.pdf"));
            if (app.open(QIODevice::WriteOnly))
                app.write(pdf);
        }
        // THEN both PDFs show every heading of the document, in the same order
        QStringList headings;
        for (const Block &b : doc.blocks)
            if (b.kind == Block::Heading)
                headings.append(plainText(b.content));
        QVERIFY(headings.size() > 10);
        QString missing;
        QVERIFY2(inOrder(pdfText(converted.readAll()), headings, &missing), qPrintable(QStringLiteral("LibreOffice: ") + missing));
        QVERIFY2(inOrder(pdfText(pdf), headings, &missing), qPrintable(QStringLiteral("application: ") + missing));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QGuiApplication app(argc, argv);
    TestPolicyOdt tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_policyodt.moc"

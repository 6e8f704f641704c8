// The record's annex of changes since the record last submitted (issue 16): made through the
// command line from a real register with a real submission, and read back from the PDF.

#include "commandlinesupport.h"
#include "commandline.h"
#include "document.h"
#include "jsoncodec.h"
#include "recordsupport.h"
#include "snapshotoperations.h"
#include "store.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Fortegnelse;

namespace {

using Run = Test::CommandRun;

Run run(const QStringList &arguments)
{
    CommandLineIo io;
    io.today = QDate(2026, 12, 3);
    return Test::runCommand(arguments, io);
}

QString createExample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("r.ropa"));
    QString error;
    if (!Store::create(path, Test::exampleRegister(QStringLiteral("oesyn")), &error))
        qFatal("%s", qPrintable(error));
    return path;
}

/// Keeps the register at \a path as submitted on 3 March 2026.
bool submit(const QString &path)
{
    QString error;
    auto doc = Document::open(path, &error);
    return doc && keepSubmitted(*doc, QByteArrayLiteral("%PDF-1.4 the record as sent"), {QDate(2026, 3, 3), {}, {}});
}

/// The record's PDF with the annex, or empty (and a warning) when it could not be made.
QByteArray recordWithAnnex(const QTemporaryDir &dir, const QString &path, const QString &lang)
{
    const QString pdf = dir.filePath(QStringLiteral("record-%1.pdf").arg(lang));
    const Run r = run({QStringLiteral("ropa-pdf"), path, QStringLiteral("--lang"), lang,
                       QStringLiteral("--changes-since-submitted"), QStringLiteral("-o"), pdf});
    if (r.exit != 0) {
        qWarning("%s", r.err.constData());
        return {};
    }
    // FORTEGNELSE_ANNEX_PDFS=<dir> keeps the records, to look at them.
    if (const QString keep = qEnvironmentVariable("FORTEGNELSE_ANNEX_PDFS"); !keep.isEmpty()) {
        QFile::remove(keep + QStringLiteral("/record-annex-%1.pdf").arg(lang));
        QFile::copy(pdf, keep + QStringLiteral("/record-annex-%1.pdf").arg(lang));
    }
    QFile file(pdf);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The text of the PDF from the last place \a heading stands (the annex, not its entry in
/// the contents) to the end, without the pages' headers and footers and the list's bullets,
/// each run of white space one space.
QString annexText(const QByteArray &pdf, const QString &heading)
{
    const RecordTest::Pdf read = RecordTest::read(pdf);
    static const QRegularExpression footer(QStringLiteral("(Side|Sida|Page) \\d+ (af|av|of) \\d+$"));
    QStringList all;
    for (const QStringList &page : read.lines)
        for (QString line : page) {
            if (line.contains(QStringLiteral(" · ")) || footer.match(line).hasMatch())
                continue; // the page's header and footer
            if (line.startsWith(QChar(0x2022)) || line.startsWith(QChar(0x25e6)))
                line = line.mid(1).trimmed();
            all.append(line);
        }
    const QString text = all.join(QLatin1Char(' ')).simplified();
    const qsizetype start = text.lastIndexOf(heading);
    return start < 0 ? QString() : text.mid(start);
}

} // namespace

class TestRecordAnnex : public QObject
{
    Q_OBJECT

private slots:
    void shouldListExactlyTheChangesSinceTheSubmission_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("da") << QStringLiteral("da")
                            << QStringList{QStringLiteral("Bilag E. Ændringer siden fortegnelsen af 3. marts 2026"),
                                           QStringLiteral("Organisation"), QStringLiteral("OESYN"),
                                           QStringLiteral("Telefon: ikke angivet → »+45 11 22 33 44«"),
                                           QStringLiteral("Sikkerhedsforanstaltninger"),
                                           QStringLiteral("Kryptering af sikkerhedskopier tilføjet"),
                                           QStringLiteral("Behandlingsaktiviteter"),
                                           QStringLiteral("3.1 Kundeadministration og levering af ydelser"),
                                           QStringLiteral("Afdeling: ikke angivet → »Salg«")};
        QTest::newRow("nb") << QStringLiteral("nb")
                            << QStringList{QStringLiteral("Vedlegg E. Endringer siden protokollen av 3. mars 2026"),
                                           QStringLiteral("Organisasjon"), QStringLiteral("OESYN"),
                                           QStringLiteral("Telefon: ikke oppgitt → «+45 11 22 33 44»"),
                                           QStringLiteral("Sikkerhetstiltak"),
                                           QStringLiteral("Kryptering av sikkerhetskopier lagt til"),
                                           QStringLiteral("Behandlingsaktiviteter"),
                                           QStringLiteral("3.1 Kundeadministrasjon og levering av tjenester"),
                                           QStringLiteral("Avdeling: ikke oppgitt → «Salg»")};
        QTest::newRow("sv") << QStringLiteral("sv")
                            << QStringList{QStringLiteral("Bilaga E. Ändringar sedan registret den 3 mars 2026"),
                                           QStringLiteral("Organisation"), QStringLiteral("OESYN"),
                                           QStringLiteral("Telefon: ej angivet → ”+45 11 22 33 44”"),
                                           QStringLiteral("Säkerhetsåtgärder"),
                                           QStringLiteral("Kryptering av säkerhetskopior tillagd"),
                                           QStringLiteral("Behandlingar"),
                                           QStringLiteral("3.1 Kundadministration och leverans av tjänster"),
                                           QStringLiteral("Avdelning: ej angivet → ”Salg”")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Annex E. Changes since the record of 3 March 2026"),
                                           QStringLiteral("Organisation"), QStringLiteral("OESYN"),
                                           QStringLiteral("Phone: not recorded → “+45 11 22 33 44”"),
                                           QStringLiteral("Security measures"),
                                           QStringLiteral("Encrypted backups added"),
                                           QStringLiteral("Processing activities"),
                                           QStringLiteral("3.1 Customer management and service delivery"),
                                           QStringLiteral("Department: not recorded → “Salg”")};
    }
    void shouldListExactlyTheChangesSinceTheSubmission()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        // GIVEN a register submitted on 3 March 2026
        QTemporaryDir dir;
        const QString path = createExample(dir);
        QVERIFY(submit(path));

        // WHEN exactly two fields are changed and one item is added, with the notes changed too
        {
            QString error;
            auto doc = Document::open(path, &error);
            QVERIFY2(doc, qPrintable(error));
            QVERIFY(doc->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 11 22 33 44"); }, {}));
            QVERIFY(doc->update<ProcessingActivity>(QStringLiteral("customer-admin"),
                                                    [](ProcessingActivity &a) { a.department = QStringLiteral("Salg"); }, {}));
            SecurityMeasure backups;
            backups.id = QStringLiteral("backup-encryption");
            backups.name.set(QStringLiteral("da"), QStringLiteral("Kryptering af sikkerhedskopier"));
            backups.name.set(QStringLiteral("nb"), QStringLiteral("Kryptering av sikkerhetskopier"));
            backups.name.set(QStringLiteral("sv"), QStringLiteral("Kryptering av säkerhetskopior"));
            backups.name.set(QStringLiteral("en"), QStringLiteral("Encrypted backups"));
            QVERIFY(!doc->add(backups).isEmpty());
            // The officer's own notes are not in the record, so not in its annex either.
            QVERIFY(doc->update<ProcessingActivity>(QStringLiteral("customer-admin"),
                                                    [](ProcessingActivity &a) { a.notes = QStringLiteral("Spørg Mette"); }, {}));
        }

        // THEN the record in this language ends with the annex, listing exactly those three changes
        const QByteArray pdf = recordWithAnnex(dir, path, lang);
        QVERIFY(pdf.startsWith("%PDF"));
        const QString annex = annexText(pdf, expected.first());
        QCOMPARE(annex, expected.join(QLatin1Char(' ')));
    }

    void shouldNameRemovedItemsAndSayOnlyThatAStructureChanged()
    {
        // GIVEN a register with one more measure, submitted
        QTemporaryDir dir;
        const QString path = createExample(dir);
        {
            QString error;
            auto doc = Document::open(path, &error);
            QVERIFY2(doc, qPrintable(error));
            SecurityMeasure backups;
            backups.id = QStringLiteral("backup-encryption");
            backups.name.set(QStringLiteral("da"), QStringLiteral("Kryptering af sikkerhedskopier"));
            QVERIFY(!doc->add(backups).isEmpty());
            QVERIFY(keepSubmitted(*doc, QByteArrayLiteral("%PDF-1.4"), {QDate(2026, 3, 3), {}, {}}));

            // WHEN the measure is removed and a purpose's legal basis changed
            QVERIFY(doc->remove<SecurityMeasure>(QStringLiteral("backup-encryption")));
            QVERIFY(doc->update<ProcessingActivity>(QStringLiteral("customer-admin"),
                                                    [](ProcessingActivity &a) { a.purposes[0].legalBasis = QStringLiteral("f"); }, {}));
        }

        // THEN the annex names the removed measure, and says only that the purposes changed (a
        // line cannot state a list of purposes; the activity's section gives them as they are)
        const QByteArray pdf = recordWithAnnex(dir, path, QStringLiteral("da"));
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(annexText(pdf, QStringLiteral("Bilag E. Ændringer siden fortegnelsen af 3. marts 2026")),
                 QStringLiteral("Bilag E. Ændringer siden fortegnelsen af 3. marts 2026 Sikkerhedsforanstaltninger "
                                "Kryptering af sikkerhedskopier fjernet Behandlingsaktiviteter 3.1 Kundeadministration og "
                                "levering af ydelser Formål og behandlingsgrundlag: ændret"));
    }

    void shouldSayInOneLineThatNothingChanged_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("da") << QStringLiteral("da")
                            << QStringList{QStringLiteral("Bilag E. Ændringer siden fortegnelsen af 3. marts 2026"),
                                           QStringLiteral("Der er ingen ændringer siden fortegnelsen af 3. marts 2026.")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Annex E. Changes since the record of 3 March 2026"),
                                           QStringLiteral("There are no changes since the record of 3 March 2026.")};
    }
    void shouldSayInOneLineThatNothingChanged()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        // GIVEN a register submitted and not changed since
        QTemporaryDir dir;
        const QString path = createExample(dir);
        QVERIFY(submit(path));

        // WHEN the record is made with the annex
        const QByteArray pdf = recordWithAnnex(dir, path, lang);

        // THEN the annex says there are no changes, in one line
        QVERIFY(pdf.startsWith("%PDF"));
        const QString annex = annexText(pdf, expected.first());
        QCOMPARE(annex, expected.join(QLatin1Char(' ')));
    }

    void shouldRefuseTheAnnexWithoutASubmissionAndOmitItUnasked()
    {
        // GIVEN a register never submitted
        QTemporaryDir dir;
        const QString path = createExample(dir);
        const QString pdf = dir.filePath(QStringLiteral("record.pdf"));

        // WHEN the record is asked for with the changes since the submission
        const Run refused = run({QStringLiteral("ropa-pdf"), path, QStringLiteral("--changes-since-submitted"),
                                 QStringLiteral("-o"), pdf});

        // THEN it is refused, says why, and writes nothing
        QCOMPARE(refused.exit, 2);
        QVERIFY2(refused.err.contains("not been marked as submitted"), refused.err.constData());
        QVERIFY(!QFile::exists(pdf));

        // AND a record not asked for the annex has none, submitted or not
        QVERIFY(submit(path));
        const Run plain = run({QStringLiteral("ropa-pdf"), path, QStringLiteral("-o"), pdf});
        QVERIFY2(plain.exit == 0, plain.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = RecordTest::read(file.readAll()).all();
        QVERIFY(text.contains(QStringLiteral("Bilag D.")));
        QVERIFY(!text.contains(QStringLiteral("Bilag E.")));
    }
};

QTEST_MAIN(TestRecordAnnex)
#include "tst_recordannex.moc"

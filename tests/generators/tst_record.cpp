// The Article 30 record as a PDF, read back with QPdfDocument: what it says. Headings in
// every language, the voice of an authority's document, every field of a known activity,
// the processor record's clients. Its pages are tst_recordpages.

#include "policyodt.h"
#include "recordgenerator.h"
#include "recordsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Fortegnelse;
using namespace Fortegnelse::RecordTest;

class TestRecord : public QObject
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

    void shouldCarryTitleAuthorAndSubject()
    {
        const QByteArray bytes = record(Test::sampleRegister(), QStringLiteral("da"));
        QCOMPARE(read(bytes).title, QStringLiteral("Fortegnelse over behandlingsaktiviteter – Eksempel ApS"));
        // Qt 6.4 writes only title and creator to the document information; author and
        // subject are in the XMP metadata, which Qt writes uncompressed.
        QVERIFY(bytes.contains("<dc:creator><rdf:Seq><rdf:li>Eksempel ApS</rdf:li>"));
        QVERIFY(bytes.contains(QStringLiteral("Fortegnelse efter artikel 30 i databeskyttelsesforordningen").toUtf8()));
        QVERIFY(bytes.contains("/FontFile2")); // the fonts are embedded
    }

    void shouldWriteTheRegulationsHeadingsInEachLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &l : languages)
            QTest::newRow(qPrintable(l)) << l;
    }
    void shouldWriteTheRegulationsHeadingsInEachLanguage()
    {
        QFETCH(QString, lang);
        const Pdf pdf = read(record(Test::sampleRegister(), lang));
        QVERIFY2(pdf.pages.size() >= 6, qPrintable(lang));
        for (const QString &heading : headings.at(lang))
            QVERIFY2(pdf.all().contains(heading), qPrintable(lang + QStringLiteral(": ") + heading));
        QVERIFY2(pdf.title.startsWith(headings.at(lang).first()), qPrintable(pdf.title));
        QVERIFY2(pdf.title.contains(QStringLiteral("Eksempel ApS")), qPrintable(pdf.title));
        QVERIFY(!pdf.all().contains(QStringLiteral("{{")));
        QVERIFY(!pdf.all().contains(QStringLiteral("}}")));
    }

    void shouldSpeakToTheAuthorityNotToTheDataSubject_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("absent");
        QTest::addColumn<QStringList>("present");
        // OESYN's officer texts, written for the policy's reader.
        QTest::newRow("da") << QStringLiteral("da")
                            << QStringList{QStringLiteral("du kan til enhver tid trække dit samtykke tilbage"),
                                           QStringLiteral("kan du ikke få adgang til platformen")}
                            << QStringList{QStringLiteral("Den enkelte cookie udløber efter den levetid"),
                                           QStringLiteral("indtil du frabeder dig markedsføring")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("you can withdraw consent and delete cookies"),
                                           QStringLiteral("you cannot access the platform")}
                            << QStringList{QStringLiteral("Each cookie expires after the lifetime"),
                                           QStringLiteral("until consent is withdrawn or you opt out of marketing")};
    }
    void shouldSpeakToTheAuthorityNotToTheDataSubject()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, absent);
        QFETCH(QStringList, present);
        // GIVEN an example whose retention and provision texts speak to the data subject
        Register reg;
        QVERIFY(loadExample(QStringLiteral("oesyn"), &reg));
        // WHEN the record is written
        const QString all = read(record(reg, lang)).all().simplified();
        // THEN the clauses addressed to the reader are left out (issue 13, item 7), and a
        // text that is nothing but such a clause keeps its fact
        for (const QString &a : std::as_const(absent))
            QVERIFY2(!all.contains(a), qPrintable(a));
        for (const QString &p : std::as_const(present))
            QVERIFY2(all.contains(p), qPrintable(p));
    }

    void shouldStateEveryFieldOfAKnownActivity_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("fact");
        const QStringList danish{
            // Art. 30(1)(a): the controller and its DPO.
            QStringLiteral("Eksempel ApS"), QStringLiteral("CVR-nr. 12345678"), QStringLiteral("Vestergade 1"),
            QStringLiteral("8000 Aarhus C"), QStringLiteral("privacy@eksempel.dk"), QStringLiteral("Ida Holm"),
            QStringLiteral("dpo@eksempel.dk"),
            // The activity and its overview row.
            QStringLiteral("3.1 Salg"), QStringLiteral("Rolle Dataansvarlig"), QStringLiteral("Status Aktiv"),
            QStringLiteral("Afdeling ikke angivet"),
            // (b) purposes and legal bases.
            QStringLiteral("Formål 1 Levere varer Retsgrundlag: art. 6, stk. 1, litra b (kontrakt)"),
            // (c) the subject-data matrix, and data outside it marked as special.
            QStringLiteral("Kunder Navn"), QStringLiteral("Helbred (følsom, art. 9)"),
            // (d) the recipient with the data and subjects it receives.
            QStringLiteral("Hosting A/S Databehandler, Danmark Registrerede: Kunder Personoplysninger: Navn"),
            // (e) the transfer, its mechanism and the DPF check.
            QStringLiteral("USA Cloud Inc."), QStringLiteral("Tilstrækkelighedsafgørelse (artikel 45)"),
            QStringLiteral("(kontrolleret 1. maj 2026)"),
            // (f) retention, (g) measures.
            QStringLiteral("Navn 5 år"), QStringLiteral("Hjemmel: bogføringslovens § 10"),
            QStringLiteral("Tofaktorgodkendelse (Teknisk)"), QStringLiteral("Adgangsstyring og kryptering."),
            // DPIA, automated decisions, provision and the dates.
            QStringLiteral("Konsekvensanalyse Ikke påkrævet"), QStringLiteral("Automatiske afgørelser Nej"),
            QStringLiteral("Oprettet 2. januar 2026"), QStringLiteral("Senest gennemgået ikke angivet"),
            QStringLiteral("Version 1.0"), QStringLiteral("Dato 8. juni 2026"),
            // Annex A: the processor and its sub-processor with the agreement.
            QStringLiteral("DPA-1"), QStringLiteral("Indgået: 15. januar 2025"), QStringLiteral("Underdatabehandler under Hosting A/S")};
        for (const QString &fact : danish)
            QTest::newRow(qPrintable(QStringLiteral("da: ") + fact)) << QStringLiteral("da") << fact;
        for (const QString &fact : {QStringLiteral("3.1 Sales"), QStringLiteral("Art. 6(1)(b) (contract)"),
                                    QStringLiteral("Role Controller"), QStringLiteral("Navn 5 years"),
                                    QStringLiteral("Adequacy decision (Article 45)"), QStringLiteral("Created 2 January 2026"),
                                    QStringLiteral("Data protection officer Ida Holm")})
            QTest::newRow(qPrintable(QStringLiteral("en: ") + fact)) << QStringLiteral("en") << fact;
    }
    void shouldStateEveryFieldOfAKnownActivity()
    {
        QFETCH(QString, lang);
        QFETCH(QString, fact);
        static std::map<QString, QString> texts;
        if (!texts.count(lang))
            texts[lang] = read(record(Test::sampleRegister(), lang)).all();
        QVERIFY2(texts[lang].contains(fact), qPrintable(fact));
    }

    void shouldShowWhatAnImportGeneratedAsNotStated()
    {
        // GIVEN a matrix row and a category of recipients an import generated (rule U1)
        Register reg = Test::sampleRegister();
        ProcessingActivity a = reg.activities.at(0);
        a.matrix[0].unconfirmed = true;
        Disclosure carrier{{}, LocalText(QStringLiteral("da"), QStringLiteral("Fragtfirma")), {QStringLiteral("name")}, {QStringLiteral("customers")}, {}, {}};
        carrier.unconfirmed = true;
        a.recipients.append(carrier);
        reg.activities.replace(0, a);
        // THEN the record names the subject and the recipient, and shows their data as not stated
        const QString text = read(record(reg, QStringLiteral("da"))).all();
        const QString gap = QStringLiteral("[ikke angivet: hvilke oplysninger der vedrører hvem]");
        QVERIFY2(text.contains(QStringLiteral("Kunder ") + gap), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Øvrige oplysninger Navn")));
        QVERIFY(text.contains(QStringLiteral("Fragtfirma Registrerede: ") + gap + QStringLiteral(" Personoplysninger: ") + gap));
    }

    void shouldWriteTheRecordAsAnOpenDocumentWithNamedStyles()
    {
        // GIVEN the Øsyn record, as the PDF's document tree written as ODT (issue 15, part 6)
        Register reg;
        QVERIFY(loadExample(QStringLiteral("oesyn"), &reg));
        RecordOptions options;
        options.language = QStringLiteral("da");
        options.today = QDate(2026, 6, 8);
        RecordDocument doc;
        QString error;
        QVERIFY2(RecordGenerator::generate(reg, options, &doc, &error), qPrintable(error));
        const QByteArray odt = toOdt(doc.body);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fortegnelse.odt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(odt) == odt.size());
        file.close();
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
        QVERIFY(unzip.waitForFinished(30000));
        const QString content = QString::fromUtf8(unzip.readAllStandardOutput());
        // THEN the title, the regulation's headings and every activity are there, each
        // heading in a style the navigator and a house template know, the tables as tables
        QVERIFY2(content.contains(QStringLiteral("text:style-name=\"Title\">Fortegnelse over behandlingsaktiviteter<")), qPrintable(content.left(2000)));
        QVERIFY(content.contains(QStringLiteral("text:style-name=\"Heading_20_1\"")));
        QVERIFY(content.contains(QStringLiteral("<table:table ")));
        for (const QString &heading : headings.at(QStringLiteral("da")).mid(1))
            QVERIFY2(content.contains(heading.toHtmlEscaped()), qPrintable(heading));
        for (const ProcessingActivity &a : reg.activities)
            QVERIFY2(content.contains(a.name.text(QStringLiteral("da")).toHtmlEscaped()), qPrintable(a.name.text(QStringLiteral("da"))));
        QVERIFY(!content.contains(QStringLiteral("text:style-name=\"P1\"")));
    }

    void shouldListEachClientController_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("firstClient");
        for (const QString &l : languages) {
            QTest::newRow(qPrintable(l + QStringLiteral(" processor"))) << l << int(RecordKind::Processor) << QStringLiteral("3.1");
            QTest::newRow(qPrintable(l + QStringLiteral(" both"))) << l << int(RecordKind::Both) << QStringLiteral("4.1");
        }
    }
    void shouldListEachClientController()
    {
        QFETCH(QString, lang);
        QFETCH(int, kind);
        QFETCH(QString, firstClient);
        const QByteArray bytes = record(processorRegister(), lang, RecordKind(kind));
        const QString all = read(bytes).all();
        QVERIFY2(all.contains(processorTitles.at(lang)), qPrintable(lang));
        const QString second = firstClient.left(2) + QLatin1Char('2');
        for (const QString &heading : {firstClient + QStringLiteral(" Kunde A/S"), firstClient + QStringLiteral(".1 Lønbehandling"),
                                       second + QStringLiteral(" Aarhus Kommune"), second + QStringLiteral(".1 Sagsbehandling")})
            QVERIFY2(headingPage(bytes, heading, 2) > 2, qPrintable(heading));
        QVERIFY(all.contains(QStringLiteral("DBA-kunde")));
        QVERIFY(all.contains(QStringLiteral("dpo@kommune.dk")));
        // The controller's own activity is in the controller record only.
        const QString sales = lang == u"en" ? QStringLiteral("Sales") : QStringLiteral("Salg");
        QCOMPARE(all.contains(sales), RecordKind(kind) == RecordKind::Both);
    }

    void shouldLeaveOutAnEmptyProcessorRecord()
    {
        const QString all = read(record(Test::sampleRegister(), QStringLiteral("da"))).all();
        QVERIFY(!all.contains(processorTitles.at(QStringLiteral("da"))));
        const QString alone = read(record(Test::sampleRegister(), QStringLiteral("da"), RecordKind::Processor)).all();
        QVERIFY(alone.contains(QStringLiteral("Eksempel ApS behandler ikke personoplysninger på vegne af dataansvarlige")));
    }

    void shouldRefuseWithoutADateOrLanguage()
    {
        QByteArray out;
        QString error;
        RecordOptions options;
        QVERIFY(!writeRecordPdf(Test::sampleRegister(), options, &out, &error));
        QVERIFY(!error.isEmpty());
        options.today = today;
        options.language = QStringLiteral("de");
        QVERIFY(!writeRecordPdf(Test::sampleRegister(), options, &out, &error));
        QVERIFY(error.contains(QStringLiteral("de")));
        QVERIFY(out.isEmpty());
    }

    void writeExamplesForInspection()
    {
        // FORTEGNELSE_RECORD_OUT=dir writes each example's record, to look at the pages.
        const QString dir = qEnvironmentVariable("FORTEGNELSE_RECORD_OUT");
        if (dir.isEmpty())
            QSKIP("set FORTEGNELSE_RECORD_OUT to write the examples");
        for (const QString &name : {QStringLiteral("oesyn"), QStringLiteral("octopus"), QStringLiteral("sample")}) {
            Register reg = Test::sampleRegister();
            if (name != u"sample")
                QVERIFY(loadExample(name, &reg));
            for (const QString &lang : languages) {
                QFile out(dir + QStringLiteral("/%1-%2.pdf").arg(name, lang));
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(record(reg, lang));
            }
        }
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QGuiApplication app(argc, argv); // laying out text needs fonts
    TestRecord tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_record.moc"

// Issue 15, parts 2 and 4: the layouts, the import and its report. Every fixture is built
// here in the layout of a template officers keep (none is copied), imported, and its facts
// asserted field by field. import-table on the command line is tst_tableimportcli.

#include "checks.h"
#include "document.h"
#include "jsoncodec.h"
#include "importsupport.h"
#include "tablefixtures.h"
#include "tableimport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Fortegnelse;
using namespace Fortegnelse::Tables;
using namespace Fortegnelse::ImportTest;
using namespace Qt::StringLiterals;

namespace {

const QList<QStringList> DanishForm1 = {
    {QStringLiteral("Dataansvarlig"), QStringLiteral("Egebjerg Kommune")},
    {QStringLiteral("Behandlingsaktivitet"), QStringLiteral("Lønudbetaling")},
    {QStringLiteral("Formål med behandlingen"), QStringLiteral("Udbetaling af løn\nIndberetning til Skattestyrelsen")},
    {QStringLiteral("Behandlingsgrundlag"),
     QStringLiteral("Art. 6, stk. 1, litra b og c; databeskyttelseslovens § 11, stk. 2, nr. 1")},
    {QStringLiteral("Kategorier af registrerede"), QStringLiteral("Medarbejdere")},
    {QStringLiteral("Kategorier af personoplysninger"), QStringLiteral("• Navn\n• CPR-nummer\n• Bankkontooplysninger")},
    {QStringLiteral("Modtagere"), QStringLiteral("Skattestyrelsen; Pensionsselskab")},
    {QStringLiteral("Tredjelande"), QStringLiteral("Ingen")},
    {QStringLiteral("Tidsfrister for sletning"), QStringLiteral("5 år fra udgangen af regnskabsåret")},
    {QStringLiteral("Tekniske og organisatoriske sikkerhedsforanstaltninger"), QStringLiteral("Adgangsstyring; Logning")},
};
const QList<QStringList> DanishForm2 = {
    {QStringLiteral("Behandlingsaktivitet"), QStringLiteral("Rekruttering")},
    {QStringLiteral("Formål"), QStringLiteral("Vurdering af ansøgere")},
    {QStringLiteral("Behandlingsgrundlag"), QStringLiteral("Samtykke")},
    {QStringLiteral("Kategorier af registrerede"), QStringLiteral("Jobansøgere")},
    {QStringLiteral("Kategorier af personoplysninger"), QStringLiteral("Ansøgning og CV")},
    {QStringLiteral("Tidsfrister for sletning"), QStringLiteral("6 mdr.")},
};

} // namespace

class TestTableImport : public QObject
{
    Q_OBJECT

private slots:
    void shouldImportADanishWordTableInDatatilsynetsFieldOrder()
    {
        // GIVEN two Word tables, one per activity, labels in Datatilsynet's order
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Fortegnelse.docx"));
        QVERIFY(Test::writeZip(path, Test::docxParts("<w:p><w:r><w:t>Fortegnelse</w:t></w:r></w:p>" + Test::docxTable(DanishForm1) + Test::docxTable(DanishForm2))));
        // WHEN it is planned
        const Planned planned = plan(path);
        QVERIFY2(planned.ok, qPrintable(planned.error));
        // THEN both forms are activities, their facts read field by field
        QCOMPARE(planned.report.layout.kind, LayoutKind::Vertical);
        QCOMPARE(planned.report.rows.size(), 2);
        QCOMPARE(planned.reg.organisation.name, QStringLiteral("Egebjerg Kommune"));
        QCOMPARE(planned.report.block.organisation.place, QStringLiteral("Table 1, B1"));
        const Register &reg = planned.reg;
        const ProcessingActivity *pay = activityNamed(reg, QStringLiteral("Lønudbetaling"));
        QVERIFY(pay);
        QCOMPARE(pay->status, ActivityStatus::Draft);
        QCOMPARE(purposeBases(*pay), (QStringList{QStringLiteral("Udbetaling af løn=b"), QStringLiteral("Indberetning til Skattestyrelsen=c")}));
        QCOMPARE(pay->purposes.first().cprGround, QStringLiteral("dbl-11-2-1"));
        QCOMPARE(namesOf(reg.subjectCategories, pay->subjects()), QStringList{QStringLiteral("Medarbejdere")});
        QCOMPARE(reg.subjectCategories.find(pay->subjects().first())->ref, QStringLiteral("employees"));
        QCOMPARE(namesOf(reg.dataCategories, pay->data),
                 (QStringList{QStringLiteral("Navn"), QStringLiteral("CPR-nummer"), QStringLiteral("Bankkontooplysninger")}));
        QCOMPARE(reg.dataCategories.find(QStringLiteral("cpr-number"))->dataKind, DataKind::NationalId);
        QCOMPARE(reg.dataCategories.find(QStringLiteral("bank-account"))->ref, QStringLiteral("bank-account"));
        QCOMPARE(pay->matrix.size(), 1);
        QCOMPARE(pay->matrix.first().data, pay->data);
        QVERIFY(!pay->matrix.first().unconfirmed); // one category of data subjects: every data is theirs
        QCOMPARE(pay->recipients.size(), 2);
        QVERIFY(pay->recipients.at(0).unconfirmed); // three data categories: what it receives is a guess
        QCOMPARE(pay->recipients.at(1).recipientCategory.text(QStringLiteral("da")), QStringLiteral("Pensionsselskab"));
        QCOMPARE(pay->thirdCountryTransfers, Answer::No);
        QCOMPARE(pay->retention.size(), 1);
        QCOMPARE(pay->retention.first().amount, 5);
        QCOMPARE(pay->retention.first().unit, PeriodUnit::Years);
        QCOMPARE(pay->retention.first().trigger.text(QStringLiteral("da")), QStringLiteral("udgangen af regnskabsåret"));
        QCOMPARE(namesOf(reg.measures, pay->measures), (QStringList{QStringLiteral("Adgangsstyring"), QStringLiteral("Logning")}));
        QVERIFY2(pay->notes.contains(QStringLiteral("Imported from Fortegnelse.docx")), qPrintable(pay->notes));
        QVERIFY2(pay->notes.contains(QStringLiteral("Purposes: Table 1, B3")), qPrintable(pay->notes));
        const ProcessingActivity *hiring = activityNamed(reg, QStringLiteral("Rekruttering"));
        QVERIFY(hiring);
        QCOMPARE(purposeBases(*hiring), QStringList{QStringLiteral("Vurdering af ansøgere=a")});
        QCOMPARE(reg.subjectCategories.find(hiring->subjects().first())->ref, QStringLiteral("applicants"));
        QCOMPARE(hiring->retention.first().amount, 6);
        QCOMPARE(hiring->retention.first().unit, PeriodUnit::Months);
        // AND every generated link is reported for the officer to confirm
        QCOMPARE(planned.report.rows.first().status, RowStatus::Warning);
        QVERIFY2(planned.report.rows.first().messages.join(u'\n').contains(QStringLiteral("Each recipient is given every category")),
                 qPrintable(planned.report.rows.first().messages.join(u'\n')));
    }

    void shouldImportTheIcoTemplateWithItsContactBlock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ropa.xlsx"));
        QList<QStringList> rows = {
            {QStringLiteral("Organisation name"), QStringLiteral("Acme Ltd")},
            {QStringLiteral("Data Protection Officer"), QStringLiteral("Jo Bloggs")},
            {QStringLiteral("Representative"), QStringLiteral("")},
            {},
            {},
            {},
            {},
            {},
            {QStringLiteral("Business function"), QStringLiteral("Purpose of processing"),
             QStringLiteral("Name and contact details of joint controller (if applicable)"),
             QStringLiteral("Categories of individuals"), QStringLiteral("Categories of personal data"),
             QStringLiteral("Categories of recipients"), QStringLiteral("Link to contract with processor"),
             QStringLiteral("Names of third countries or international organisations that personal data are transferred to (if applicable)"),
             QStringLiteral("Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)"),
             QStringLiteral("Retention schedule (if possible)"),
             QStringLiteral("General description of technical and organisational security measures (if possible)"),
             QStringLiteral("Article 6 lawful basis for processing personal data"),
             QStringLiteral("Article 9 basis for processing special category data"),
             QStringLiteral("Source of personal data")},
            {QStringLiteral("HR"), QStringLiteral("Payroll"), QString(), QStringLiteral("Employees"),
             QStringLiteral("Name; Bank account details"), QStringLiteral("HMRC"), QString(),
             QStringLiteral("United States (Privacy Shield)"), QStringLiteral("Privacy Shield"),
             QStringLiteral("6 years after end of employment"), QStringLiteral("Access control"),
             QStringLiteral("Article 6(1)(c)"), QString(), QStringLiteral("The employee")},
            {QStringLiteral("Marketing"), QStringLiteral("Newsletter"), QString(), QStringLiteral("Newsletter subscribers"),
             QStringLiteral("Email address"), QStringLiteral("Email service provider"), QString(), QStringLiteral("USA"),
             QStringLiteral("Standard contractual clauses"), QStringLiteral("Until consent is withdrawn"), QString(),
             QStringLiteral("Consent"), QString(), QString()},
        };
        QVERIFY(Test::writeZip(path, Test::xlsxParts({{QStringLiteral("Template"), Test::xlsxSheet(rows)}})));
        ImportOptions options;
        options.language = QStringLiteral("en");
        const Planned planned = plan(path, options);
        QVERIFY2(planned.ok, qPrintable(planned.error));
        QCOMPARE(planned.report.layout.kind, LayoutKind::Ico);
        QCOMPARE(planned.report.layout.headerRow, 8);
        QCOMPARE(planned.reg.organisation.name, QStringLiteral("Acme Ltd"));
        QCOMPARE(planned.reg.organisation.dpo.name, QStringLiteral("Jo Bloggs"));
        const auto field = [&](int column) {
            for (const ColumnMapping &mapping : planned.report.layout.columns) {
                if (mapping.column == column)
                    return fieldKey(mapping.field);
            }
            return QStringLiteral("?");
        };
        QCOMPARE(field(0), QStringLiteral("department"));
        QCOMPARE(field(4), QStringLiteral("data"));
        QCOMPARE(field(7), QStringLiteral("thirdCountries"));
        QCOMPARE(field(8), QStringLiteral("safeguards"));
        QCOMPARE(field(11), QStringLiteral("legalBasis"));
        QCOMPARE(field(12), QStringLiteral("specialCondition"));
        QCOMPARE(field(13), QStringLiteral("none")); // "Source of personal data": data is taken
        const ProcessingActivity *payroll = activityNamed(planned.reg, QStringLiteral("Payroll"));
        QVERIFY(payroll);
        QCOMPARE(payroll->department, QStringLiteral("HR"));
        QCOMPARE(purposeBases(*payroll), QStringList{QStringLiteral("Payroll=c")});
        QCOMPARE(planned.reg.dataCategories.find(payroll->data.at(1))->ref, QStringLiteral("bank-account"));
        // The Privacy Shield is a transfer to review, never a mechanism
        QCOMPARE(transfersOf(planned.reg, *payroll), QStringList{QStringLiteral("US:")});
        QVERIFY(planned.reg.transfers.at(0).notes.text(QStringLiteral("en")).contains(QStringLiteral("Privacy Shield")));
        QCOMPARE(payroll->retention.first().trigger.text(QStringLiteral("en")), QStringLiteral("end of employment"));
        const ProcessingActivity *newsletter = activityNamed(planned.reg, QStringLiteral("Newsletter"));
        QVERIFY(newsletter);
        QCOMPARE(purposeBases(*newsletter), QStringList{QStringLiteral("Newsletter=a")});
        QCOMPARE(transfersOf(planned.reg, *newsletter), QStringList{QStringLiteral("US:art46-2-c")});
        QCOMPARE(newsletter->retention.first().amount, 0);
        QCOMPARE(newsletter->retention.first().criterion.text(QStringLiteral("en")), QStringLiteral("Until consent is withdrawn"));
        QVERIFY(planned.report.rows.first().messages.join(u'\n').contains(QStringLiteral("Template, H10: The transfer to US relies on the Privacy Shield")));
    }

    void shouldImportNativeHeadersOfEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("bases");
        QTest::addColumn<QStringList>("transfers");
        QTest::addColumn<int>("retentionYears");
        QTest::newRow("nb, with a header block") << QStringLiteral("nb")
                                                 << QList<QStringList>{{QStringLiteral("Virksomhet"), QStringLiteral("Fjord AS")},
                                                                       {QStringLiteral("Personvernombud"), QStringLiteral("Kari Nordmann")},
                                                                       {},
                                                                       {QStringLiteral("Behandlingsaktivitet"), QStringLiteral("Formålet med behandlingen"),
                                                                        QStringLiteral("Behandlingsgrunnlag"), QStringLiteral("Kategorier av registrerte"),
                                                                        QStringLiteral("Kategorier av personopplysninger"), QStringLiteral("Mottakere"),
                                                                        QStringLiteral("Overføring til tredjeland"), QStringLiteral("Lagringstid")},
                                                                       {QStringLiteral("Kundeoppfølging"), QStringLiteral("Oppfølging av kundeforhold"),
                                                                        QStringLiteral("artikkel 6 nr. 1 bokstav b"), QStringLiteral("Kunder"),
                                                                        QStringLiteral("Navn; E-postadresse"), QStringLiteral("Regnskapsbyrå"), QStringLiteral("Ingen"),
                                                                        QStringLiteral("3 år etter avsluttet kundeforhold")}}
                                                 << QStringLiteral("Fjord AS") << QStringLiteral("Kundeoppfølging")
                                                 << QStringList{QStringLiteral("Oppfølging av kundeforhold=b")} << QStringList{} << 3;
        QTest::newRow("sv") << QStringLiteral("sv")
                            << QList<QStringList>{{QStringLiteral("Behandling"), QStringLiteral("Ändamål"), QStringLiteral("Rättslig grund"),
                                                   QStringLiteral("Kategorier av registrerade"), QStringLiteral("Kategorier av personuppgifter"),
                                                   QStringLiteral("Mottagare"), QStringLiteral("Tredjeland"), QStringLiteral("Gallringsfrist")},
                                                  {QStringLiteral("Nyhetsbrev"), QStringLiteral("Utskick av nyhetsbrev"), QStringLiteral("Samtycke"),
                                                   QStringLiteral("Prenumeranter"), QStringLiteral("E-postadress"),
                                                   QStringLiteral("Leverantör av e-posttjänst"), QStringLiteral("Förenta staterna"),
                                                   QStringLiteral("2 år efter senaste utskick")}}
                            << QString() << QStringLiteral("Nyhetsbrev") << QStringList{QStringLiteral("Utskick av nyhetsbrev=a")}
                            << QStringList{QStringLiteral("US:")} << 2;
    }
    void shouldImportNativeHeadersOfEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QString, organisation);
        QFETCH(QString, name);
        QFETCH(QStringList, bases);
        QFETCH(QStringList, transfers);
        QFETCH(int, retentionYears);
        QTemporaryDir dir;
        const QString path = dir.filePath(language + QStringLiteral(".xlsx"));
        QVERIFY(Test::writeZip(path, Test::xlsxParts({{QStringLiteral("Protokoll"), Test::xlsxSheet(rows)}})));
        ImportOptions options;
        options.language = language;
        const Planned planned = plan(path, options);
        QVERIFY2(planned.ok, qPrintable(planned.error));
        QCOMPARE(planned.report.layout.kind, LayoutKind::Horizontal);
        for (const ColumnMapping &mapping : planned.report.layout.columns)
            QVERIFY2(mapping.field != ImportField::None, qPrintable(mapping.header));
        QCOMPARE(planned.reg.organisation.name, organisation);
        const ProcessingActivity *activity = activityNamed(planned.reg, name);
        QVERIFY(activity);
        QCOMPARE(activity->name.texts().firstKey(), language);
        QCOMPARE(purposeBases(*activity), bases);
        QCOMPARE(transfersOf(planned.reg, *activity), transfers);
        QCOMPARE(activity->retention.first().amount, retentionYears);
        QCOMPARE(activity->recipients.size(), 1);
    }

    void shouldImportAMessyCsvInWindows1252()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("liste.csv"));
        const QString text = Test::csvText({{QStringLiteral("Behandlingsaktivitet"), QStringLiteral("Formål"),
                                             QStringLiteral("Retsgrundlag"), QStringLiteral("Registrerede"),
                                             QStringLiteral("Personoplysninger")},
                                            {},
                                            {QStringLiteral("Løn"), QStringLiteral("Lønudbetaling"),
                                             QStringLiteral("art. 6, stk. 1, litra b"), QStringLiteral("Medarbejdere"),
                                             QStringLiteral("Navn")},
                                            {QString(), QString(), QString(), QString(), QString()},
                                            {},
                                            {QStringLiteral("Kundeservice"), QStringLiteral("Besvarelse af henvendelser"),
                                             QStringLiteral("Berettiget interesse"), QStringLiteral("Kunder"),
                                             QStringLiteral("Navn; E-mailadresse")}},
                                           u';');
        QVERIFY(Test::writeFile(path, text.toLatin1()));
        const Planned planned = plan(path);
        QVERIFY2(planned.ok, qPrintable(planned.error));
        QCOMPARE(planned.report.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(planned.report.rows.size(), 2);
        QCOMPARE(planned.report.rows.at(1).place, QStringLiteral("liste, A6"));
        const ProcessingActivity *service = activityNamed(planned.reg, QStringLiteral("Kundeservice"));
        QVERIFY(service);
        QCOMPARE(purposeBases(*service), QStringList{QStringLiteral("Besvarelse af henvendelser=f")});
        QCOMPARE(namesOf(planned.reg.dataCategories, service->data),
                 (QStringList{QStringLiteral("Navn"), QStringLiteral("E-mailadresse")}));
        // "Navn" is one data category, shared by both activities
        QCOMPARE(planned.reg.dataCategories.size(), 2);
    }

    void shouldContinueAnActivityWhoseNameIsMergedDown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("merged.xlsx"));
        const QList<QStringList> rows = {
            {QStringLiteral("Behandlingsaktivitet"), QStringLiteral("Formål"), QStringLiteral("Kategorier af registrerede"),
             QStringLiteral("Kategorier af personoplysninger")},
            {QStringLiteral("Løn"), QStringLiteral("Udbetaling af løn"), QStringLiteral("Medarbejdere"), QStringLiteral("Navn")},
            {QString(), QStringLiteral("Indberetning"), QStringLiteral("Tidligere medarbejdere"), QString()},
            {QStringLiteral("Rekruttering"), QStringLiteral("Ansættelse"), QStringLiteral("Jobansøgere"), QStringLiteral("Navn")},
        };
        QVERIFY(Test::writeZip(path, Test::xlsxParts({{QStringLiteral("Ark1"), Test::xlsxSheet(rows, {QStringLiteral("A2:A3"), QStringLiteral("D2:D3")})}})));
        const Planned planned = plan(path);
        QVERIFY2(planned.ok, qPrintable(planned.error));
        QCOMPARE(planned.reg.activities.size(), 2);
        const ProcessingActivity *pay = activityNamed(planned.reg, QStringLiteral("Løn"));
        QVERIFY(pay);
        QCOMPARE(purposeBases(*pay), (QStringList{QStringLiteral("Udbetaling af løn="), QStringLiteral("Indberetning=")}));
        QCOMPARE(namesOf(planned.reg.subjectCategories, pay->subjects()),
                 (QStringList{QStringLiteral("Medarbejdere"), QStringLiteral("Tidligere medarbejdere")}));
        QCOMPARE(namesOf(planned.reg.dataCategories, pay->data), QStringList{QStringLiteral("Navn")});
        QVERIFY(!pay->matrix.first().unconfirmed); // one data category: it concerns both
    }

    // Rule U1: the importer marks a link unconfirmed exactly when the file's lists do not
    // settle it, and the check asks for exactly those.
    void shouldMarkOnlyTheLinksTheListsDoNotSettle_data()
    {
        QTest::addColumn<QString>("subjects");
        QTest::addColumn<QString>("data");
        QTest::addColumn<bool>("matrixGuessed");
        QTest::addColumn<bool>("recipientGuessed");
        QTest::newRow("one subject, one data") << u"Kunder"_s << u"Navn"_s << false << false;
        QTest::newRow("one subject, two data") << u"Kunder"_s << u"Navn; E-mailadresse"_s << false << true;
        QTest::newRow("two subjects, one data") << u"Kunder; Leverandører"_s << u"Navn"_s << false << true;
        QTest::newRow("two subjects, two data") << u"Kunder; Leverandører"_s << u"Navn; E-mailadresse"_s << true << true;
    }
    void shouldMarkOnlyTheLinksTheListsDoNotSettle()
    {
        QFETCH(QString, subjects);
        QFETCH(QString, data);
        QFETCH(bool, matrixGuessed);
        QFETCH(bool, recipientGuessed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("liste.csv"));
        const QString text = Test::csvText({{u"Behandlingsaktivitet"_s, u"Formål"_s, u"Registrerede"_s, u"Personoplysninger"_s, u"Modtagere"_s},
                                            {u"Salg"_s, u"Ordrer"_s, subjects, data, u"Fragtfirma"_s}},
                                           u';');
        QVERIFY(Test::writeFile(path, text.toUtf8()));
        const Planned planned = plan(path);
        QVERIFY2(planned.ok, qPrintable(planned.error));
        const ProcessingActivity &sales = planned.reg.activities.at(0);
        for (const MatrixRow &row : sales.matrix)
            QCOMPARE(row.unconfirmed, matrixGuessed);
        QCOMPARE(sales.recipients.size(), 1);
        QCOMPARE(sales.recipients.first().unconfirmed, recipientGuessed);
        QStringList rules;
        for (const Problem &p : checkRegister(planned.reg, CheckContext{QDate(2026, 12, 4), {}}))
            rules.append(p.rule);
        QCOMPARE(rules.contains(u"links-unconfirmed"_s), matrixGuessed);
        QCOMPARE(rules.contains(u"recipients-unconfirmed"_s), recipientGuessed);
    }

    void shouldReadTheLinksOfItsOwnExport()
    {
        // GIVEN Fortegnelse's export: the activity, and on "Links" which data concern whom
        // and what the recipient receives, one link not confirmed and one naming a category
        // the activity does not list
        QTemporaryDir dir;
        const QString path = dir.filePath(u"record.xlsx"_s);
        const QList<QStringList> activities = {
            {u"Processing activity"_s, u"Description"_s, u"Department"_s, u"Purposes"_s, u"Legal basis"_s,
             u"Categories of data subjects"_s, u"Categories of personal data"_s, u"Recipients"_s},
            {u"Salg"_s, QString(), QString(), u"Levere varer"_s, u"b"_s, u"Kunder\nBørn"_s, u"Navn\nAdresse"_s, u"Fragtfirma"_s}};
        const QList<QStringList> links = {
            {u"Processing activity"_s, u"Category of data subjects"_s, u"Category of personal data"_s, u"Recipient"_s, u"Confirmed"_s},
            {u"Salg"_s, u"Kunder"_s, u"Navn"_s, u"Fragtfirma"_s, u"ja"_s},
            {u"Salg"_s, u"Kunder"_s, u"Adresse"_s, u"Fragtfirma"_s, u"ja"_s},
            {u"Salg"_s, u"Børn"_s, u"Navn"_s, QString(), u"nej"_s},
            {u"Salg"_s, u"Kunder"_s, u"Helbred"_s, QString(), u"ja"_s}};
        QVERIFY(Test::writeZip(path, Test::xlsxParts({{u"Activities"_s, Test::xlsxSheet(activities)}, {u"Links"_s, Test::xlsxSheet(links)}})));
        const Planned planned = plan(path);
        QVERIFY2(planned.ok, qPrintable(planned.error));
        QCOMPARE(planned.report.layout.kind, LayoutKind::Fortegnelse);
        const ProcessingActivity &sales = planned.reg.activities.at(0);
        // THEN the matrix is the file's, not every pair: children's names only, not confirmed
        QCOMPARE(sales.matrix.size(), 2);
        QCOMPARE(namesOf(planned.reg.dataCategories, sales.matrix.at(0).data), (QStringList{u"Navn"_s, u"Adresse"_s}));
        QVERIFY(!sales.matrix.at(0).unconfirmed);
        QCOMPARE(namesOf(planned.reg.dataCategories, sales.matrix.at(1).data), QStringList{u"Navn"_s});
        QVERIFY(sales.matrix.at(1).unconfirmed);
        // AND the carrier receives the customers' name and address, confirmed
        QCOMPARE(namesOf(planned.reg.subjectCategories, sales.recipients.at(0).subjects), QStringList{u"Kunder"_s});
        QCOMPARE(sales.recipients.at(0).data.size(), 2);
        QVERIFY(!sales.recipients.at(0).unconfirmed);
        // AND the link to a category the activity does not list is reported with its cell
        QVERIFY2(planned.report.rows.at(0).messages.join(u'\n').contains(u"Links, A5: "_s),
                 qPrintable(planned.report.rows.at(0).messages.join(u'\n')));
        QVERIFY(planned.report.notices.isEmpty()); // nothing was generated
    }

    void shouldImportTheCnilRegisterWithARetentionPeriodPerCategory()
    {
        // GIVEN the CNIL's simplified register: its list, the blank model, the CNIL's own
        // example, and one fiche the officer filled in (built here in its layout)
        QTemporaryDir dir;
        const QString path = dir.filePath(u"registre-traitement-simplifie.ods"_s);
        const QList<QStringList> model = {
            {u"Modèle de fiche de registre"_s}, {u"Nom du traitement"_s}, {u"Finalité principale"_s}, {u"Catégories de données personnelles concernées"_s, u"Description"_s, QString(), u"Durée de conservation"_s}, {u"Vie personnelle (habitudes de vie, situation familiale, etc.)"_s}};
        const QList<QStringList> example = {
            {u"Nom du traitement"_s, u"Gestion de la paie"_s}, {u"Finalité principale"_s, u"Paie des salariés"_s}, {u"Catégories de données personnelles concernées"_s, u"Description"_s, QString(), u"Durée de conservation"_s}, {u"État civil, identité, données d'identification, images…"_s, u"Nom"_s, QString(), u"5 ans"_s}};
        const QList<QStringList> fiche = {
            {u"Modèle de fiche de registre"_s, u"T-02"_s},
            {u"Nom du traitement"_s, u"Gestion des candidatures"_s},
            {u"Acteurs"_s, u"Nom"_s, u"Adresse"_s, u"CP"_s, u"Ville"_s},
            {u"Responsable du traitement"_s, u"Boulangerie Dupont SARL"_s, u"1 rue de la Paix"_s, u"75002"_s, u"Paris"_s},
            {u"Délégué à la protection des données"_s, u"Marie Martin"_s},
            {u"Finalité(s) du traitement effectué"_s},
            {u"Finalité principale"_s, u"Recrutement"_s},
            {u"Sous-finalité 1"_s, u"Gestion des entretiens"_s},
            {u"Sous-finalité 2"_s},
            {u"Catégories de données personnelles concernées"_s, u"Description"_s, QString(), u"Durée de conservation"_s},
            {u"État civil, identité, données d'identification, images…"_s, u"Nom, prénom, CV"_s, QString(), u"2 ans"_s},
            {u"Vie personnelle (habitudes de vie, situation familiale, etc.)"_s},
            {u"Informations d'ordre économique et financier (revenus, situation financière, etc.)"_s, u"Prétentions salariales"_s, QString(), u"6 mois"_s},
            {u"Numéro de Sécurité Sociale (ou NIR)"_s},
            {u"Données sensibles"_s, u"Description"_s, QString(), u"Durée de conservation"_s},
            {u"Données concernant la santé"_s, u"Reconnaissance de handicap"_s, QString(), u"2 ans"_s},
            {u"Données relatives à des condamnations pénales ou  infractions"_s},
            {u"Catégories de personnes concernées"_s, u"Description"_s, u"Précisions"_s},
            {u"Catégorie 1"_s, u"Candidats"_s},
            {u"Catégorie 2"_s, u"Autres (préciser)"_s, u"Stagiaires"_s},
            {u"Destinataires"_s, u"Type de destinataire"_s, u"Précisions"_s},
            {u"Destinataire 1"_s, u"Service interne qui traite les données"_s, u"Service RH"_s},
            {u"Destinataire 2"_s, u"Sous-traitants"_s, u"Hébergeur du site carrière"_s},
            {u"Mesures de sécurité"_s, u"Type"_s, u"Précisions"_s},
            {u"Mesure 1"_s, u"Contrôle d'accès des utilisateurs"_s},
            {u"Mesure 2"_s, u"Chiffrement des données"_s, u"Chiffrement des sauvegardes"_s},
            {u"Transferts hors UE"_s, u"Destinataire"_s, u"Pays"_s, u"Garanties"_s},
            {u"Organisme 1"_s, u"Jobboard Inc."_s, u"États-Unis"_s, u"Pays adéquat"_s},
            {u"Organisme 2"_s, u"Outsourcing Ltd"_s, u"Inde"_s, u"Clauses contractuelles types (CCT)"_s}};
        QVERIFY(Test::writeZip(path, Test::odfParts(Test::odsTable(u"Tutoriel"_s, {{u"Comment remplir le registre"_s}}) + Test::odsTable(u"2 - Liste des traitements"_s, {{u"Nom du traitement"_s, u"N° / REF"_s}, {u"Gestion des candidatures"_s, u"T-02"_s}}) + Test::odsTable(u"3 - Modèle de fiche de registre"_s, model) + Test::odsTable(u"4 - Exemple de fiche"_s, example) + Test::odsTable(u"Candidatures"_s, fiche))));
        ImportOptions options;
        options.language = u"en"_s;
        const Planned planned = plan(path, options);
        QVERIFY2(planned.ok, qPrintable(planned.error));
        // THEN the fiche is found by its labels; the model and the example are not activities
        QCOMPARE(planned.report.layout.kind, LayoutKind::Cnil);
        QCOMPARE(planned.reg.activities.size(), 1);
        const Register &reg = planned.reg;
        const ProcessingActivity &a = reg.activities.at(0);
        QCOMPARE(a.name.text(u"en"_s), u"Gestion des candidatures"_s);
        QCOMPARE(reg.organisation.name, u"Boulangerie Dupont SARL"_s);
        QCOMPARE(reg.organisation.dpo.name, u"Marie Martin"_s);
        QCOMPARE(purposeBases(a), (QStringList{u"Recrutement="_s, u"Gestion des entretiens="_s}));
        // AND the categories the officer described, each with its own retention period; the
        // categories left empty are not imported; health data is Art. 9 data
        QCOMPARE(namesOf(reg.dataCategories, a.data),
                 (QStringList{u"État civil, identité, données d'identification, images…"_s,
                              u"Informations d'ordre économique et financier"_s, u"Données concernant la santé"_s}));
        const auto kindOf = [&](int i) { return reg.dataCategories.find(a.data.at(i))->dataKind; };
        QCOMPARE(kindOf(2), DataKind::Special);
        QCOMPARE(a.retention.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(a.retention.at(i).data, QStringList{a.data.at(i)});
        QCOMPARE(a.retention.at(0).amount, 2);
        QCOMPARE(a.retention.at(0).unit, PeriodUnit::Years);
        QCOMPARE(a.retention.at(1).amount, 6);
        QCOMPARE(a.retention.at(1).unit, PeriodUnit::Months);
        // AND the people, recipients and measures by the officer's precision where given
        QCOMPARE(namesOf(reg.subjectCategories, a.subjects()), (QStringList{u"Candidats"_s, u"Stagiaires"_s}));
        QStringList recipients;
        for (const Disclosure &d : a.recipients)
            recipients.append(d.recipientCategory.text(u"en"_s));
        QCOMPARE(recipients, (QStringList{u"Service RH"_s, u"Hébergeur du site carrière"_s}));
        QCOMPARE(namesOf(reg.measures, a.measures), (QStringList{u"Contrôle d'accès des utilisateurs"_s, u"Chiffrement des sauvegardes"_s}));
        // AND the CNIL's "Pays adéquat" for the United States is not taken as a mechanism
        QCOMPARE(reg.transfers.size(), 2);
        QCOMPARE(reg.transfers.at(0).destination, u"US"_s);
        QVERIFY(reg.transfers.at(0).mechanism.isEmpty());
        QCOMPARE(reg.transfers.at(1).destination, u"IN"_s);
        QCOMPARE(reg.transfers.at(1).mechanism, u"art46-2-c"_s);
        QVERIFY2(planned.report.rows.at(0).messages.join(u'\n').contains(u"Candidatures, D28: \"Pays adéquat\" is not taken"_s),
                 qPrintable(planned.report.rows.at(0).messages.join(u'\n')));
    }

    void shouldMergeIntoTheOpenRegisterAsOneUndoableStep()
    {
        // GIVEN the open register and a file with one activity for its customers
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"r.ropa"_s), Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        const QByteArray before = Json::write(doc->reg());
        const QString csv = dir.filePath(u"liste.csv"_s);
        QVERIFY(Test::writeFile(csv, Test::csvText({{u"Behandlingsaktivitet"_s, u"Formål"_s, u"Registrerede"_s, u"Personoplysninger"_s}, {u"Nyhedsbrev"_s, u"Udsendelse"_s, u"Kunder; Leverandører"_s, u"Navn; E-mail"_s}}, u';').toUtf8()));
        // WHEN it is planned on the register as it stands (the preview) and then merged
        const Register base = doc->reg();
        Register planned;
        ImportReport report;
        QVERIFY2(planImport(csv, {}, base, &planned, &report, &error), qPrintable(error));
        const int steps = doc->undoStack()->count();
        const OperationResult merged = applyImport(*doc, base, planned, report);
        QVERIFY2(merged, qPrintable(merged.message));
        // THEN it is one step: the activity, the register's own "Kunder", and the new categories
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(doc->undoStack()->text(steps).contains(u"from liste.csv"_s));
        QCOMPARE(doc->reg().activities.size(), base.activities.size() + 1);
        const ProcessingActivity &added = doc->reg().activities.at(doc->reg().activities.size() - 1);
        QCOMPARE(added.subjects().first(), u"customers"_s);
        QCOMPARE(doc->reg().subjectCategories.size(), base.subjectCategories.size() + 1); // Leverandører
        QVERIFY(added.matrix.first().unconfirmed);
        // AND one undo takes all of it back, and redo brings it again
        QVERIFY(doc->undo());
        QCOMPARE(Json::write(doc->reg()), before);
        QVERIFY(doc->redo());
        QCOMPARE(doc->reg().activities.size(), base.activities.size() + 1);
        // AND a plan made before the register changed is refused, changing nothing
        QVERIFY(doc->undo());
        QVERIFY(doc->update<ProcessingActivity>(u"sales"_s, [](ProcessingActivity &a) { a.department = u"Salg"_s; }, {}));
        const QByteArray changed = Json::write(doc->reg());
        const OperationResult stale = applyImport(*doc, base, planned, report);
        QVERIFY(!stale);
        QVERIFY2(stale.message.contains(u"changed after the preview"_s), qPrintable(stale.message));
        QCOMPARE(Json::write(doc->reg()), changed);
    }

    void shouldImportFrenchFormsOneSheetPerActivity()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("registre.ods"));
        const QList<QStringList> form = {
            {QStringLiteral("Nom du traitement"), QStringLiteral("Gestion de la paie")},
            {QStringLiteral("Finalité(s)"), QStringLiteral("Paie des salariés")},
            {QStringLiteral("Base légale"), QStringLiteral("Obligation légale")},
            {QStringLiteral("Catégories de personnes concernées"), QStringLiteral("Salariés")},
            {QStringLiteral("Catégories de données"), QStringLiteral("Identité; Coordonnées bancaires")},
            {QStringLiteral("Destinataires"), QStringLiteral("Expert-comptable")},
            {QStringLiteral("Transferts hors UE"), QStringLiteral("États-Unis")},
            {QStringLiteral("Garanties"), QStringLiteral("Clauses contractuelles types")},
            {QStringLiteral("Durée de conservation"), QStringLiteral("5 ans à compter de la fin du contrat")},
        };
        QVERIFY(Test::writeZip(path, Test::odfParts(Test::odsTable(QStringLiteral("Liste"), {{QStringLiteral("Sommaire")}}) + Test::odsTable(QStringLiteral("Fiche 1"), form))));
        ImportOptions options;
        options.language = QStringLiteral("en");
        const Planned planned = plan(path, options);
        QVERIFY2(planned.ok, qPrintable(planned.error));
        QCOMPARE(planned.report.layout.kind, LayoutKind::Vertical);
        QCOMPARE(planned.report.sheet, QStringLiteral("Fiche 1"));
        QCOMPARE(planned.reg.activities.size(), 1);
        const ProcessingActivity &pay = planned.reg.activities.at(0);
        QCOMPARE(pay.name.text(QStringLiteral("en")), QStringLiteral("Gestion de la paie"));
        QCOMPARE(purposeBases(pay), QStringList{QStringLiteral("Paie des salariés=c")});
        QCOMPARE(transfersOf(planned.reg, pay), QStringList{QStringLiteral("US:art46-2-c")});
        QCOMPARE(pay.retention.first().amount, 5);
        QCOMPARE(pay.retention.first().trigger.text(QStringLiteral("en")), QStringLiteral("la fin du contrat"));
    }
};

FORTEGNELSE_TEST_MAIN(TestTableImport)
#include "tst_tableimport.moc"

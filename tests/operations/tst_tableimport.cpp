// Issue 15, parts 2 and 4: the layouts, the import and its report. Every fixture is built
// here in the layout of a template officers keep (none is copied), imported, and its facts
// asserted field by field. The known templates (ICO, CNIL, Fortegnelse's own export) are
// tst_tableprofiles; import-table on the command line is tst_tableimportcli.

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
};

FORTEGNELSE_TEST_MAIN(TestTableImport)
#include "tst_tableimport.moc"

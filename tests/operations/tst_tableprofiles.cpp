// Issue 15, part 2: the known templates, recognised by their fingerprint or labels: the
// ICO's controller template, the CNIL's simplified register (and French forms), and
// Fortegnelse's own export with its Links sheet. Every fixture is built here in the
// template's layout (none is copied), imported, and its facts asserted field by field.
// The generic layouts are tst_tableimport.

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

class TestTableProfiles : public QObject
{
    Q_OBJECT

private slots:
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
};

FORTEGNELSE_TEST_MAIN(TestTableProfiles)
#include "tst_tableprofiles.moc"

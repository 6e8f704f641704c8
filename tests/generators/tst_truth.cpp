// Issue 12: a document never states what the register does not know. Each row builds a
// minimal register, generates the policy in all four languages and the record, reads them
// back, and asserts that the false sentence is absent, the honest one (or the gap marker)
// present, and that the checks report the gap. The rules are in docs/truth.md.

#include "testsupport.h"
#include "truthsupport.h"

#include <functional>

using namespace Fortegnelse;
using namespace Fortegnelse::TruthTest;
using namespace Qt::StringLiterals;

namespace {

using Build = std::function<void(Register &)>;

struct Expect
{
    QList<Phrase> policyAbsent, policyPresent, recordAbsent, recordPresent;
    QStringList rules, rulesAbsent;
};

} // namespace

Q_DECLARE_METATYPE(Build)
Q_DECLARE_METATYPE(Expect)
Q_DECLARE_METATYPE(Fortegnelse::TruthTest::Phrase)

class TestTruth : public QObject
{
    Q_OBJECT

private slots:
    void shouldStateOnlyWhatTheRegisterKnows_data()
    {
        QTest::addColumn<Build>("build");
        QTest::addColumn<Expect>("expect");
        const auto row = [](const char *name, Build b, Expect e) { QTest::newRow(name) << b << e; };

        // Item 1: three states of transfers.
        row("transfers: every recipient in the EEA, none confirmed", [](Register &) {},
            {{}, {policyNoTransfers, policyNoAutomated}, {}, {recordNoTransfers, recordDpiaNo}, {}, {u"transfers-unknown"_s, u"automated-not-assessed"_s, u"dpia-not-assessed"_s, u"provision-not-assessed"_s}});
        row("transfers: processor without country, unknown", [](Register &r) { host(r).country.clear(); },
            {{policyNoTransfers}, {}, {recordNoTransfers}, {gap(Gap::Transfers)}, {u"transfers-unknown"_s}, {}});
        row("transfers: category recipient without country, unknown", [](Register &r) {
            sales(r).recipients.append({{}, da(u"Nyhedsbrevsudbyder"_s), {u"name"_s}, {u"customers"_s}, {}, {}});
        },
            {{policyNoTransfers}, {}, {recordNoTransfers}, {gap(Gap::Transfers)}, {u"transfers-unknown"_s}, {}});
        row("transfers: sub-processor in the US, none recorded", [](Register &r) {
            Party g;
            g.id = u"google"_s;
            g.name = u"Google LLC"_s;
            g.role = PartyRole::SubProcessor;
            g.parent = u"host"_s;
            g.country = u"US"_s;
            r.parties.append(g);
        },
            {{policyNoTransfers}, {gap(Gap::Mechanism)}, {recordNoTransfers}, {gap(Gap::Mechanism)}, {u"recipient-transfer-missing"_s}, {}});
        row("transfers: cookie provider in the US, none recorded", [](Register &r) {
            Cookie c;
            c.id = u"ga"_s;
            c.name = u"_ga"_s;
            c.provider = u"Google"_s;
            c.country = u"US"_s;
            r.cookies.append(c);
        },
            {{policyNoTransfers}, {gap(Gap::Mechanism)}, {}, {}, {u"cookie-transfer-missing"_s}, {}});
        row("transfers: cookie provider without country, unknown", [](Register &r) {
            Cookie c;
            c.id = u"ga"_s;
            c.name = u"_ga"_s;
            c.provider = u"Webbureau"_s;
            r.cookies.append(c);
        },
            {{policyNoTransfers}, {}, {}, {}, {u"cookie-country-missing"_s}, {}});
        row("transfers: officer confirms none, country unknown", [](Register &r) {
            host(r).country.clear();
            sales(r).thirdCountryTransfers = Answer::No;
        },
            {{}, {policyNoTransfers}, {}, {recordNoTransfers}, {}, {u"transfers-unknown"_s}});
        row("transfers: officer says none, recipient in the US", [](Register &r) {
            host(r).country = u"US"_s;
            sales(r).thirdCountryTransfers = Answer::No;
        },
            {{policyNoTransfers}, {gap(Gap::Mechanism)}, {recordNoTransfers}, {}, {u"transfers-contradicted"_s}, {}});
        row("transfers: officer says yes, none recorded", [](Register &r) { sales(r).thirdCountryTransfers = Answer::Yes; },
            {{policyNoTransfers}, {gap(Gap::ThirdCountry), gap(Gap::Mechanism)}, {recordNoTransfers}, {gap(Gap::ThirdCountry), gap(Gap::Mechanism)}, {u"transfers-not-recorded"_s}, {}});
        // Item 5: a transfer without its third country.
        row("transfer without country", [](Register &r) {
            Transfer t;
            t.id = u"t"_s;
            t.party = u"host"_s;
            t.mechanism = u"art45"_s;
            t.activities = {u"sales"_s};
            r.transfers.append(t);
        },
            {{policyNoTransfers, policyUnknownCountry, policyAdequacy}, {gap(Gap::ThirdCountry)}, {recordNoTransfers}, {gap(Gap::ThirdCountry)}, {u"transfer-without-destination"_s}, {}});
        // Item 3: answers with an explicit "not assessed".
        row("DPIA not assessed", [](Register &r) { sales(r).dpia = {}; },
            {{}, {}, {recordDpiaNo}, {gap(Gap::Dpia)}, {u"dpia-not-assessed"_s}, {}});
        row("automated decisions not assessed", [](Register &r) { sales(r).automated = {}; },
            {{policyNoAutomated}, {gap(Gap::Automated)}, {}, {gap(Gap::Automated)}, {u"automated-not-assessed"_s}, {}});
        row("provision not assessed", [](Register &r) { sales(r).provision = ProvisionRequirement::NotAssessed; },
            {{policyVoluntary}, {gap(Gap::Provision)}, {}, {gap(Gap::Provision)}, {u"provision-not-assessed"_s}, {}});
        row("profiling credit score, DPIA not assessed", [](Register &r) {
            sales(r).automated = {Answer::Yes, true, da(u"Score"_s), da(u"Afslag"_s), {}, {}};
            sales(r).dpia = {};
        },
            {{policyNoAutomated}, {}, {recordDpiaNo}, {gap(Gap::Dpia)}, {u"dpia-likely-required"_s}, {}});
        // Item 2: agreements only where recorded.
        row("processor without agreement", [](Register &r) { host(r).agreement = {}; },
            {{policyAgreements}, {}, {}, {gap(Gap::Agreement)}, {}, {}});
        row("processor with agreement", [](Register &) {},
            {{}, {policyAgreements}, {gap(Gap::Agreement)}, {}, {}, {}});
        // Item 4: "certified" only with a recorded check date.
        row("DPF certified, never checked", [](Register &r) {
            host(r).country = u"US"_s;
            host(r).dpfCertified = true;
            Transfer t;
            t.id = u"t"_s;
            t.party = u"host"_s;
            t.destination = u"US"_s;
            t.mechanism = u"art45"_s;
            r.transfers.append(t);
        },
            {{policyCertified, policyNoTransfers}, {}, {}, {}, {}, {}});
        row("DPF certified and checked", [](Register &r) {
            host(r).country = u"US"_s;
            host(r).dpfCertified = true;
            host(r).dpfChecked = QDate(2026, 5, 1);
            Transfer t;
            t.id = u"t"_s;
            t.party = u"host"_s;
            t.destination = u"US"_s;
            t.mechanism = u"art45"_s;
            r.transfers.append(t);
        },
            {{policyNoTransfers}, {policyCertified}, {}, {}, {}, {}});
        row("US adequacy names the Data Privacy Framework, never the country alone", [](Register &r) {
            host(r).country = u"US"_s;
            Transfer t;
            t.id = u"t"_s;
            t.party = u"host"_s;
            t.destination = u"US"_s;
            t.mechanism = u"art45"_s;
            r.transfers.append(t);
        },
            {{policyCertified, phrase("beskyttelsesniveau (artikel 45)", "beskyttelsesnivå (artikkel 45)", "skyddsnivå (artikel 45)", "level of protection (Article 45)"), phrase("og/eller", "og/eller", "och/eller", "and/or")}, {phrase("for virksomheder, der er certificeret under EU-U.S. Data Privacy Framework", "for virksomheter som er sertifisert under EU-U.S. Data Privacy Framework", "för företag som är certifierade enligt EU-U.S. Data Privacy Framework", "for organisations certified under the EU-U.S. Data Privacy Framework")}, {}, {}, {u"dpf-not-certified"_s}, {}});
        row("SCC without an e-mail: a copy by contacting us", [](Register &r) {
            r.organisation.email.clear();
            r.organisation.phone = u"+45 12 34 56 78"_s;
            host(r).country = u"IN"_s;
            Transfer t;
            t.id = u"t"_s;
            t.party = u"host"_s;
            t.destination = u"IN"_s;
            t.mechanism = u"art46-2-c"_s;
            r.transfers.append(t);
        },
            {{brokenContact}, {phrase("kopi af garantierne ved at kontakte os.", "kopi av garantiene ved å kontakte oss.", "kopia av skyddsåtgärderna genom att kontakta oss.", "copy of the safeguards by contacting us.")}, {}, {}, {}, {}});
        row("SCC cite their decision and how to get a copy", [](Register &r) {
            host(r).country = u"US"_s;
            Transfer t;
            t.id = u"t"_s;
            t.party = u"host"_s;
            t.destination = u"US"_s;
            t.mechanism = u"art46-2-c"_s;
            r.transfers.append(t);
        },
            {{policyNoTransfers}, {phrase("(EU) 2021/914", "(EU) 2021/914", "(EU) 2021/914", "(EU) 2021/914"), sccCopy}, {}, {}, {}, {u"recipient-transfer-missing"_s}});
        // Item 10: no broken sentence when a field is empty; a contact page; no contact at all.
        row("phone only, no e-mail", [](Register &r) {
            r.organisation.email.clear();
            r.organisation.phone = u"+45 12 34 56 78"_s;
        },
            {{brokenContact}, {}, {}, {}, {}, {u"controller-unreachable"_s}});
        row("contact page only", [](Register &r) {
            r.organisation.email.clear();
            r.organisation.contactPage = u"https://eksempel.dk/kontakt"_s;
        },
            {{brokenContact}, {contactPage}, {}, {}, {}, {u"controller-unreachable"_s}});
        row("no way to contact the controller", [](Register &r) { r.organisation.email.clear(); },
            {{brokenContact}, {}, {}, {}, {u"controller-unreachable"_s}, {}});
        // Item 11: withdrawal of consent follows every consent ground.
        row("CPR numbers on consent, DBL 11(2) nr. 2", [](Register &r) { sales(r).purposes[0].cprGround = u"dbl-11-2-2"_s; },
            {{}, {withdraw}, {}, {}, {}, {}});
        row("criminal offences on consent, DBL 8(3)", [](Register &r) { sales(r).purposes[0].criminalBasis = u"dbl-8-3-consent"_s; },
            {{}, {withdraw}, {}, {}, {}, {}});
        row("transfer on explicit consent, Art. 49(1)(a)", [](Register &r) {
            host(r).country = u"US"_s;
            Transfer t;
            t.id = u"t"_s;
            t.party = u"host"_s;
            t.destination = u"US"_s;
            t.mechanism = u"art49-1-a"_s;
            r.transfers.append(t);
        },
            {{}, {withdraw}, {}, {}, {}, {}});
        row("no consent ground", [](Register &) {}, {{withdraw}, {}, {}, {}, {}, {}});
        row("no version and no dates: no version", [](Register &) {},
            {{}, {}, {phrase("Version 2026-06-08", "Versjon 2026-06-08", "Version 2026-06-08", "Version 2026-06-08")}, {}, {}, {}});
        row("a review date stands for the version", [](Register &r) { sales(r).lastReviewed = QDate(2026, 3, 1); },
            {{}, {}, {}, {phrase("Version 2026-03-01", "Versjon 2026-03-01", "Version 2026-03-01", "Version 2026-03-01")}, {}, {}});
        row("a statutory period reaches the text", [](Register &r) {
            RetentionRule &rule = sales(r).retention[0];
            rule.amount = 0;
            rule.lawReferences = {u"bogforingsloven-10"_s};
        },
            {{}, {phrase("§ 10 (5 år)", "§ 10 (5 år)", "(5 år)", "(5 years)")}, {}, {phrase("§ 10 (5 år)", "§ 10 (5 år)", "(5 år)", "(5 years)")}, {}, {}});
        // Item 9: a Norwegian or Swedish controller gets its own national law, never the Danish act.
        row("NO: national identity number on personopplysningsloven § 12", [](Register &r) {
            r.organisation.country = u"NO"_s;
            nationalId(r);
            sales(r).purposes[0].cprGround = u"popplyl-12"_s;
        },
            {{danishAct, danishCpr}, {phrase("den norske personopplysningslovs § 12", "personopplysningsloven § 12", "12 § i den norska personopplysningsloven", "section 12 of the Norwegian Personal Data Act"), phrase("Norsk fødselsnummer", "Fødselsnummer:", "Norskt födelsenummer", "Norwegian national identity number")}, {danishAct}, {phrase("personopplysningslovs § 12", "personopplysningsloven § 12", "personopplysningsloven", "Norwegian Personal Data Act")}, {}, {u"cpr-without-ground"_s, u"ground-of-another-country"_s}});
        row("NO: national identity number without a ground", [](Register &r) {
            r.organisation.country = u"NO"_s;
            nationalId(r);
        },
            {{danishAct}, {}, {danishAct}, {}, {u"cpr-without-ground"_s}, {}});
        row("NO: a Danish CPR ground is the wrong law", [](Register &r) {
            r.organisation.country = u"NO"_s;
            nationalId(r);
            sales(r).purposes[0].cprGround = u"dbl-11-2-1"_s;
        },
            {{}, {}, {}, {}, {u"ground-of-another-country"_s}, {}});
        row("SE: criminal offences on 3 kap. 8 § and förordning (2018:219)", [](Register &r) {
            r.organisation.country = u"SE"_s;
            r.dataCategories.append({u"crime"_s, {}, da(u"Straffeattest"_s), DataKind::Criminal, {}});
            sales(r).data.append(u"crime"_s);
            sales(r).matrix[0].data.append(u"crime"_s);
            sales(r).retention[0].data.append(u"crime"_s);
            sales(r).purposes[0].criminalBasis = u"dataskyddslagen-3-8"_s;
        },
            {{danishAct}, {phrase("kapitel 3, § 8, i den svenske dataskyddslag (2018:218) og förordning (2018:219)", "kapittel 3 § 8 i den svenske dataskyddslagen (2018:218) og förordning (2018:219)", "3 kap. 8 § dataskyddslagen (2018:218) och förordningen (2018:219)", "Chapter 3, section 8 of the Swedish Data Protection Act (2018:218) and Ordinance (2018:219)")}, {danishAct}, {phrase("förordning (2018:219)", "förordning (2018:219)", "förordningen (2018:219)", "Ordinance (2018:219)")}, {}, {u"criminal-without-basis"_s, u"ground-of-another-country"_s}});
        row("SE: personnummer on 3 kap. 10 §", [](Register &r) {
            r.organisation.country = u"SE"_s;
            nationalId(r);
            sales(r).purposes[0].cprGround = u"dataskyddslagen-3-10"_s;
        },
            {{danishAct, danishCpr}, {phrase("Svensk personnummer", "Svensk personnummer", "Personnummer:", "Swedish personal identity number"), phrase("dataskyddslag (2018:218)", "dataskyddslagen (2018:218)", "3 kap. 10 § dataskyddslagen (2018:218)", "Swedish Data Protection Act (2018:218)")}, {danishAct}, {}, {}, {u"cpr-without-ground"_s, u"ground-of-another-country"_s}});
        row("DK: the record cites the Danish act for Art. 9", [](Register &r) { sales(r).purposes[0].specialCondition = u"b"_s; },
            {{}, {}, {}, {danishAct}, {}, {}});
        row("NO: the record cites no Danish act for Art. 9", [](Register &r) {
            r.organisation.country = u"NO"_s;
            sales(r).purposes[0].specialCondition = u"b"_s;
        },
            {{danishAct}, {}, {danishAct}, {}, {}, {}});
        row("NO exporter: Brazil's adequacy is not yet in the EEA Agreement", [](Register &r) {
            r.organisation.country = u"NO"_s;
            brazil(r);
        },
            {{policyAdequacy}, {gap(Gap::Mechanism)}, {}, {gap(Gap::Mechanism)}, {u"adequacy-not-in-eea"_s}, {}});
        row("DK exporter: Brazil's adequacy applies", [](Register &r) { brazil(r); },
            {{gap(Gap::Mechanism)}, {policyAdequacy}, {gap(Gap::Mechanism)}, {}, {}, {u"adequacy-not-in-eea"_s}});
        row("a rule's own period: no statutory period added", [](Register &r) {
            sales(r).retention[0].lawReferences = {u"bogforingsloven-10"_s};
        },
            {{phrase("(5 år)", "(5 år)", "(5 år)", "(5 years)")}, {}, {phrase("(5 år)", "(5 år)", "(5 år)", "(5 years)")}, {}, {}, {}});
        // Item 7: the role belongs to the relationship: our processor in our own activities, a
        // sub-processor in the chain for client data.
        row("a party is our processor and a sub-processor for client data", [](Register &r) {
            host(r).role = PartyRole::SubProcessor; // as the OESYN example records GoHighLevel
            Party client;
            client.id = u"client"_s;
            client.name = u"Kunde A/S"_s;
            client.role = PartyRole::ClientController;
            r.parties.append(client);
            ProcessingActivity pa;
            pa.id = u"hosting"_s;
            pa.name = da(u"Hosting for kunder"_s);
            pa.role = ActivityRole::Processor;
            pa.client = u"client"_s;
            pa.data = {u"name"_s};
            pa.matrix.append({u"customers"_s, {u"name"_s}});
            pa.recipients.append({u"host"_s, {}, {u"name"_s}, {u"customers"_s}, da(u"Drift"_s), {}});
            r.activities.append(pa);
        },
            {{}, {policyAgreements}, {}, {phrase("Hosting ApS Databehandler, Danmark", "Hosting ApS Databehandler, Danmark", "Hosting ApS Personuppgiftsbiträde, Danmark", "Hosting ApS Processor, Denmark"), phrase("Hosting ApS Underdatabehandler", "Hosting ApS Underdatabehandler", "Hosting ApS Underbiträde", "Hosting ApS Sub-processor"), phrase("Databehandler / Underdatabehandler", "Databehandler / Underdatabehandler", "Personuppgiftsbiträde / Underbiträde", "Processor / Sub-processor")}, {}, {}});
        row("our processor only: one role", [](Register &) {},
            {{}, {}, {phrase("Underdatabehandler", "Underdatabehandler", "Underbiträde", "Sub-processor")}, {phrase("Hosting ApS Databehandler, Danmark", "Hosting ApS Databehandler, Danmark", "Hosting ApS Personuppgiftsbiträde, Danmark", "Hosting ApS Processor, Denmark")}, {}, {}});
        // Item 8: a class of clients is printed as a class, with where each client is named.
        const Phrase clientClass = phrase("en gruppe af kunder, der hver især er dataansvarlig", "en gruppe kunder som hver for seg er behandlingsansvarlig",
                                          "en grupp kunder som var och en är personuppgiftsansvarig", "a class of clients, each of them a controller");
        const Phrase namedClient = phrase("Dataansvarlig Kunde A/S", "Behandlingsansvarlig Kunde A/S", "Personuppgiftsansvarig Kunde A/S",
                                          "Controller Kunde A/S");
        row("a class of clients without its list", [](Register &r) { clientActivity(r, true, {}); },
            {{}, {}, {namedClient}, {clientClass, gap(Gap::ClientList)}, {u"client-list-missing"_s}, {}});
        row("a class of clients with its list", [](Register &r) { clientActivity(r, true, u"CRM"_s); },
            {{}, {}, {namedClient, gap(Gap::ClientList)}, {clientClass, phrase("fremgår af: CRM", "finnes i: CRM", "finns i: CRM", "kept in: CRM")}, {}, {u"client-list-missing"_s}});
        row("a named client", [](Register &r) { clientActivity(r, false, {}); },
            {{}, {}, {clientClass, gap(Gap::ClientList)}, {namedClient}, {}, {u"client-list-missing"_s}});
        // Rule U1: links an import generated are not stated as fact.
        row("matrix row generated by an import", [](Register &r) { sales(r).matrix[0].unconfirmed = true; },
            {{}, {}, {}, {gap(Gap::Links)}, {u"links-unconfirmed"_s}, {u"recipients-unconfirmed"_s}});
        row("recipient's data generated by an import", [](Register &r) { sales(r).recipients[0].unconfirmed = true; },
            {{}, {}, {}, {gap(Gap::Links)}, {u"recipients-unconfirmed"_s}, {u"links-unconfirmed"_s}});
        row("a category of recipients given everything by an import", [](Register &r) {
            Disclosure d{{}, da(u"Fragtfirma"_s), {u"name"_s}, {u"customers"_s}, {}, {}};
            d.unconfirmed = true;
            sales(r).recipients.append(d);
        },
            {{}, {}, {}, {phrase("Registrerede: [ikke angivet", "Registrerte: [ikke oppgitt", "Registrerade: [ej angivet", "Data subjects: [not recorded")}, {u"recipients-unconfirmed"_s}, {}});
        row("links confirmed", [](Register &) {},
            {{}, {}, {gap(Gap::Links)}, {}, {}, {u"links-unconfirmed"_s, u"recipients-unconfirmed"_s}});
        // Item 12: no silent omissions.
        row("data category without a retention rule", [](Register &r) {
            r.dataCategories.append({u"email"_s, u"email"_s, da(u"E-mail"_s), DataKind::Ordinary, {}});
            sales(r).data.append(u"email"_s);
            sales(r).matrix[0].data.append(u"email"_s);
        },
            {{}, {gap(Gap::Retention)}, {}, {}, {u"retention-missing"_s}, {}});
        row("joint controller named with its activities", [](Register &r) {
            Party j;
            j.id = u"partner"_s;
            j.name = u"Partner A/S"_s;
            j.role = PartyRole::JointController;
            j.country = u"DK"_s;
            r.parties.append(j);
            sales(r).jointControllers = {u"partner"_s};
        },
            {{}, {phrase("Det gælder: Salg", "Det gjelder: Salg", "Det gäller: Salg", "This applies to: Salg")}, {}, {}, {}, {}});
    }
    void shouldStateOnlyWhatTheRegisterKnows()
    {
        QFETCH(Build, build);
        QFETCH(Expect, expect);
        Register reg = baseRegister();
        build(reg);
        for (const QString &lang : languages) {
            const QString policy = policyText(reg, lang);
            const QString record = recordText(reg, lang);
            QVERIFY2(!policy.startsWith(u"GENERATION FAILED"_s), qPrintable(policy));
            QVERIFY2(!record.startsWith(u"GENERATION FAILED"_s), qPrintable(record));
            for (const Phrase &p : expect.policyAbsent)
                QVERIFY2(!policy.contains(p.in(lang)), qPrintable(lang + u": policy states “"_s + p.in(lang) + u"”"_s));
            for (const Phrase &p : expect.policyPresent)
                QVERIFY2(policy.contains(p.in(lang)), qPrintable(lang + u": policy lacks “"_s + p.in(lang) + u"”"_s));
            for (const Phrase &p : expect.recordAbsent)
                QVERIFY2(!record.contains(p.in(lang)), qPrintable(lang + u": record states “"_s + p.in(lang) + u"”"_s));
            for (const Phrase &p : expect.recordPresent)
                QVERIFY2(record.contains(p.in(lang)), qPrintable(lang + u": record lacks “"_s + p.in(lang) + u"”"_s));
        }
        const QStringList rules = rulesOf(reg);
        for (const QString &rule : expect.rules)
            QVERIFY2(rules.contains(rule), qPrintable(u"the checks do not report "_s + rule + u": "_s + rules.join(u", "_s)));
        for (const QString &rule : expect.rulesAbsent)
            QVERIFY2(!rules.contains(rule), qPrintable(u"the checks report "_s + rule));
    }

    // Item 9: the checks cite the controller's own authority's DPIA list (Art. 35(4)).
    void shouldCiteTheControllersOwnDpiaList_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("notList");
        QTest::newRow("Denmark") << u"DK"_s << u"the Danish Datatilsynet’s list"_s << u"IMY"_s;
        QTest::newRow("Norway") << u"NO"_s << u"the Norwegian Datatilsynet’s list"_s << u"Danish"_s;
        QTest::newRow("Sweden") << u"SE"_s << u"IMY’s list"_s << u"Datatilsynet"_s;
        QTest::newRow("Germany") << u"DE"_s << u"your supervisory authority’s list"_s << u"Datatilsynet"_s;
    }
    void shouldCiteTheControllersOwnDpiaList()
    {
        QFETCH(QString, country);
        QFETCH(QString, list);
        QFETCH(QString, notList);
        Register reg = baseRegister();
        reg.organisation.country = country;
        sales(reg).automated = {Answer::Yes, true, da(u"Score"_s), da(u"Afslag"_s), {}, {}};
        sales(reg).dpia = {};
        QString message;
        for (const Problem &p : checkRegister(reg, {QDate(2026, 6, 8), {}}))
            if (p.rule == u"dpia-likely-required")
                message = p.message;
        QVERIFY2(message.contains(list), qPrintable(message));
        QVERIFY2(!message.contains(notList), qPrintable(message));
    }

    // Item 6: for people we only process for as processor, the short notice a processor can
    // honestly give: for whom we process, and whom to contact; none of the controller's duties.
    void shouldGiveTheProcessorNoticeToPeopleWeOnlyProcessFor_data()
    {
        QTest::addColumn<QString>("audience");
        QTest::addColumn<bool>("named");
        QTest::addColumn<QList<Phrase>>("present");
        QTest::addColumn<QList<Phrase>>("absent");
        const Phrase processorNotice = phrase("som databehandler for Kunde A/S, der er dataansvarlig",
                                              "som databehandler for Kunde A/S, som er behandlingsansvarlig",
                                              "som personuppgiftsbiträde åt Kunde A/S, som är personuppgiftsansvarig",
                                              "as a processor for Kunde A/S, the controller");
        const Phrase contactController = phrase("Kontakt den dataansvarlige", "Kontakt den behandlingsansvarlige",
                                                "Kontakta den personuppgiftsansvarige", "please contact the controller");
        const Phrase weAreController = phrase("Vi er den dataansvarlige", "Vi er behandlingsansvarlig",
                                              "Vi är personuppgiftsansvariga", "We are the controller");
        const Phrase complaint = phrase("klage til ", "klage til ", "klagomål till ", "complain to ");
        QTest::newRow("a category of our own activities: the full policy")
            << u"customers"_s << true << QList<Phrase>{} << QList<Phrase>{processorNotice, contactController};
        QTest::newRow("a category only in processor activities: the processor notice")
            << u"clients-customers"_s << true << QList<Phrase>{processorNotice, contactController}
            << QList<Phrase>{weAreController, complaint, policyNoTransfers, withdraw};
        QTest::newRow("a processor activity without its client: the controller is a gap")
            << u"clients-customers"_s << false << QList<Phrase>{gap(Gap::ClientController), contactController}
            << QList<Phrase>{weAreController, complaint, policyNoTransfers};
    }
    void shouldGiveTheProcessorNoticeToPeopleWeOnlyProcessFor()
    {
        QFETCH(QString, audience);
        QFETCH(bool, named);
        QFETCH(QList<Phrase>, present);
        QFETCH(QList<Phrase>, absent);
        Register reg = baseRegister();
        reg.subjectCategories.append({u"clients-customers"_s, {}, da(u"Kundens kunder"_s), {}, false});
        Party client;
        client.id = u"client"_s;
        client.name = u"Kunde A/S"_s;
        client.role = PartyRole::ClientController;
        client.email = u"privacy@kunde.dk"_s;
        reg.parties.append(client);
        ProcessingActivity pa;
        pa.id = u"hosting"_s;
        pa.name = da(u"Hosting for kunder"_s);
        pa.role = ActivityRole::Processor;
        if (named)
            pa.client = u"client"_s;
        pa.matrix.append({u"clients-customers"_s, {u"name"_s}});
        reg.activities.append(pa);
        for (const QString &lang : languages) {
            PolicyDocument doc;
            QString error;
            PolicyOptions options;
            options.language = lang;
            options.audience = audience;
            QVERIFY2(PolicyGenerator::generate(reg, options, &doc, &error), qPrintable(error));
            const QString text = doc.plainText().simplified();
            for (const Phrase &p : present)
                if (!p.in(lang).isEmpty())
                    QVERIFY2(text.contains(p.in(lang)), qPrintable(lang + u": notice lacks “"_s + p.in(lang) + u"”: "_s + text));
            for (const Phrase &p : absent)
                QVERIFY2(!text.contains(p.in(lang)), qPrintable(lang + u": notice states “"_s + p.in(lang) + u"”"_s));
            if (named && audience == u"clients-customers")
                QVERIFY2(text.contains(u"privacy@kunde.dk"_s), qPrintable(text));
        }
    }
};

FORTEGNELSE_TEST_MAIN(TestTruth)
#include "tst_truth.moc"

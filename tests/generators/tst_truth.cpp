// Issue 12: a document never states what the register does not know. Each row builds a
// minimal register, generates the policy in all four languages and the record, reads them
// back, and asserts that the false sentence is absent, the honest one (or the gap marker)
// present, and that the checks report the gap. The rules are in docs/truth.md.

#include "checks.h"
#include "gapmarker.h"
#include "jsoncodec.h"
#include "policygenerator.h"
#include "recordgenerator.h"
#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>

#include <functional>

using namespace Fortegnelse;
using namespace Qt::StringLiterals;

namespace {

const QStringList languages{u"da"_s, u"nb"_s, u"sv"_s, u"en"_s};

/// One sentence in the four languages, in the order of `languages`.
struct Phrase
{
    QStringList texts;
    QString in(const QString &lang) const { return texts.value(languages.indexOf(lang)); }
};

Phrase phrase(const char *da, const char *nb, const char *sv, const char *en)
{
    return {{QString::fromUtf8(da), QString::fromUtf8(nb), QString::fromUtf8(sv), QString::fromUtf8(en)}};
}

Phrase gap(Gap g)
{
    Phrase p;
    for (const QString &lang : languages)
        p.texts.append(gapMarker(g, lang));
    return p;
}

// The false sentences of the issue, and their honest counterparts.
const Phrase policyNoTransfers = phrase("Vi overfører ikke dine oplysninger til lande uden for EU/EØS",
                                        "Vi overfører ikke opplysningene dine til land utenfor EU/EØS",
                                        "Vi överför inte dina uppgifter till länder utanför EU/EES",
                                        "We do not transfer your data to countries outside the EU/EEA");
const Phrase recordNoTransfers = phrase("overføres ikke til tredjelande", "overføres ikke til tredjestater",
                                        "överförs inte till tredjeländer", "not transferred to third countries");
const Phrase policyUnknownCountry = phrase("Land uden for EU/EØS", "Land utenfor EU/EØS", "Land utanför EU/EES",
                                           "Country outside the EU/EEA");
const Phrase policyAdequacy = phrase("EU-Kommissionen har fastslået", "Europakommisjonen har fastslått",
                                     "EU-kommissionen har beslutat", "The European Commission has decided");
const Phrase policyNoAutomated = phrase("Vi træffer ikke afgørelser om dig", "Vi tar ikke avgjørelser om deg",
                                        "Vi fattar inga beslut om dig", "We do not make decisions about you");
const Phrase policyVoluntary = phrase("I andre tilfælde er det frivilligt", "I andre tilfeller er det frivillig",
                                      "I övriga fall är det frivilligt", "In all other cases, it is up to you");
const Phrase policyAgreements = phrase("vi har indgået databehandleraftaler med dem",
                                       "vi har inngått databehandleravtaler med dem",
                                       "vi har ingått personuppgiftsbiträdesavtal med dem",
                                       "we have entered into data processing agreements with them");
const Phrase policyCertified = phrase("og modtageren er certificeret", "og mottakeren er sertifisert",
                                      "och mottagaren är certifierad", "and the recipient is certified");
const Phrase brokenContact = phrase("skrive til .", "skrive til .", "skriva till .", "write to .");
const Phrase contactPage = phrase("https://eksempel.dk/kontakt", "https://eksempel.dk/kontakt",
                                  "https://eksempel.dk/kontakt", "https://eksempel.dk/kontakt");
const Phrase sccCopy = phrase("kopi af garantierne ved at kontakte os på privacy@eksempel.dk",
                              "kopi av garantiene ved å kontakte oss på privacy@eksempel.dk",
                              "kopia av skyddsåtgärderna genom att kontakta oss på privacy@eksempel.dk",
                              "copy of the safeguards by contacting us at privacy@eksempel.dk");
const Phrase withdraw = phrase("du kan altid trække et samtykke tilbage", "Har du gitt samtykke, kan du når som helst trekke det tilbake",
                               "Har du lämnat ett samtycke kan du när som helst återkalla det",
                               "If you have given consent, you can withdraw it at any time");
const Phrase recordDpiaNo = phrase("Ikke påkrævet", "Ikke påkrevd", "Krävs inte", "Not required");

LocalText da(const QString &s)
{
    return LocalText(u"da"_s, s);
}

/// A register where everything the issue is about is answered: one activity, one
/// processor in Denmark with an agreement, all answers recorded. Every row changes one thing.
Register baseRegister()
{
    Register reg = Register::createEmpty(u"da"_s);
    reg.organisation.name = u"Eksempel ApS"_s;
    reg.organisation.address = u"Vestergade 1\n8000 Aarhus C"_s;
    reg.organisation.email = u"privacy@eksempel.dk"_s;
    reg.subjectCategories.append({u"customers"_s, u"customers"_s, da(u"Kunder"_s), {}, false});
    reg.dataCategories.append({u"name"_s, u"name"_s, da(u"Navn"_s), DataKind::Ordinary, {}});
    Party host;
    host.id = u"host"_s;
    host.name = u"Hosting ApS"_s;
    host.country = u"DK"_s;
    host.agreement.reference = u"DPA-1"_s;
    host.agreement.signed_ = QDate(2025, 1, 10);
    reg.parties.append(host);
    ProcessingActivity a;
    a.id = u"sales"_s;
    a.name = da(u"Salg"_s);
    a.purposes.append({da(u"Levering af varer"_s), u"b"_s, {}, false, {}, {}, {}, {}, {}});
    a.data = {u"name"_s};
    a.matrix.append({u"customers"_s, {u"name"_s}});
    a.recipients.append({u"host"_s, {}, {u"name"_s}, {u"customers"_s}, da(u"Drift"_s), {}});
    a.provision = ProvisionRequirement::Contractual;
    a.automated.used = Answer::No;
    a.automated.assessed = QDate(2026, 1, 5);
    a.dpia.required = Answer::No;
    a.dpia.reason = da(u"Almindelige kundeoplysninger"_s);
    a.dpia.assessed = QDate(2026, 1, 5);
    RetentionRule r;
    r.data = {u"name"_s};
    r.amount = 5;
    r.trigger = da(u"udgangen af regnskabsåret"_s);
    a.retention.append(r);
    reg.activities.append(a);
    return reg;
}

ProcessingActivity &sales(Register &reg)
{
    return const_cast<ProcessingActivity &>(*reg.activities.find(u"sales"_s));
}
Party &host(Register &reg)
{
    return const_cast<Party &>(*reg.parties.find(u"host"_s));
}

QString policyText(const Register &reg, const QString &lang)
{
    PolicyDocument doc;
    QString error;
    PolicyOptions options;
    options.language = lang;
    if (!PolicyGenerator::generate(reg, options, &doc, &error))
        return u"GENERATION FAILED: "_s + error;
    return doc.plainText().simplified();
}

QString recordText(const Register &reg, const QString &lang)
{
    RecordDocument doc;
    QString error;
    RecordOptions options;
    options.language = lang;
    options.today = QDate(2026, 6, 8);
    if (!RecordGenerator::generate(reg, options, &doc, &error))
        return u"GENERATION FAILED: "_s + error;
    return doc.body.plainText().simplified();
}

QStringList rulesOf(const Register &reg)
{
    QStringList out;
    for (const Problem &p : checkRegister(reg, {QDate(2026, 6, 8), {}}))
        out.append(p.rule);
    return out;
}

using Build = std::function<void(Register &)>;

struct Expect
{
    QList<Phrase> policyAbsent, policyPresent, recordAbsent, recordPresent;
    QStringList rules, rulesAbsent;
};

} // namespace

Q_DECLARE_METATYPE(Build)
Q_DECLARE_METATYPE(Expect)

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
            {{}, {policyNoTransfers, policyNoAutomated}, {}, {recordNoTransfers, recordDpiaNo}, {},
             {u"transfers-unknown"_s, u"automated-not-assessed"_s, u"dpia-not-assessed"_s, u"provision-not-assessed"_s}});
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
            {{policyNoTransfers}, {gap(Gap::Mechanism)}, {recordNoTransfers}, {gap(Gap::Mechanism)},
             {u"recipient-transfer-missing"_s}, {}});
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
        // Item 5: a transfer without its third country.
        row("transfer without country", [](Register &r) {
                Transfer t;
                t.id = u"t"_s;
                t.party = u"host"_s;
                t.mechanism = u"art45"_s;
                t.activities = {u"sales"_s};
                r.transfers.append(t);
            },
            {{policyNoTransfers, policyUnknownCountry, policyAdequacy}, {gap(Gap::ThirdCountry)}, {recordNoTransfers},
             {gap(Gap::ThirdCountry)}, {u"transfer-without-destination"_s}, {}});
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
        row("SCC cite their decision and how to get a copy", [](Register &r) {
                host(r).country = u"US"_s;
                Transfer t;
                t.id = u"t"_s;
                t.party = u"host"_s;
                t.destination = u"US"_s;
                t.mechanism = u"art46-2-c"_s;
                r.transfers.append(t);
            },
            {{policyNoTransfers}, {phrase("(EU) 2021/914", "(EU) 2021/914", "(EU) 2021/914", "(EU) 2021/914"), sccCopy},
             {}, {}, {}, {u"recipient-transfer-missing"_s}});
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

    // The property: for random registers, each statement of the policy and the record on
    // transfers, agreements, automated decisions, DPIAs and consent withdrawal is backed by
    // the register, as a second derivation written here from the rules in docs/truth.md finds.
    void shouldBackEveryStatementByTheRegister_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 40; ++seed)
            QTest::newRow(qPrintable(u"random register %1"_s.arg(seed))) << seed;
    }
    void shouldBackEveryStatementByTheRegister()
    {
        QFETCH(int, seed);
        QRandomGenerator rng{quint32(seed)};
        const auto pick = [&](const QStringList &from) { return from.at(int(rng.bounded(from.size()))); };
        const QStringList countries{u"DK"_s, u"SE"_s, u"DE"_s, u"US"_s, u"IN"_s, QString()};
        const QSet<QString> eea{u"DK"_s, u"SE"_s, u"DE"_s};
        Register reg = baseRegister();
        reg.parties.clear();
        reg.activities.clear();
        const int parties = 1 + int(rng.bounded(5));
        for (int i = 0; i < parties; ++i) {
            Party p;
            p.id = u"p%1"_s.arg(i);
            p.name = u"Part %1"_s.arg(i);
            p.country = pick(countries);
            p.role = i > 0 && rng.bounded(3) == 0 ? PartyRole::SubProcessor : PartyRole::Processor;
            if (p.role == PartyRole::SubProcessor)
                p.parent = u"p%1"_s.arg(rng.bounded(i));
            if (rng.bounded(2))
                p.agreement.reference = u"DPA"_s;
            p.dpfCertified = p.country == u"US" && rng.bounded(2);
            if (p.dpfCertified && rng.bounded(2))
                p.dpfChecked = QDate(2026, 1, 1);
            reg.parties.append(p);
        }
        const QList<Answer> answers{Answer::NotAssessed, Answer::No, Answer::Yes};
        const int activities = 1 + int(rng.bounded(3));
        for (int i = 0; i < activities; ++i) {
            ProcessingActivity a;
            a.id = u"a%1"_s.arg(i);
            a.name = da(u"Aktivitet %1"_s.arg(i));
            a.purposes.append({da(u"Formål"_s), rng.bounded(2) ? u"a"_s : u"b"_s, {}, false, {}, {}, {}, {}, {}});
            a.data = {u"name"_s};
            a.matrix.append({u"customers"_s, {u"name"_s}});
            const int recipients = int(rng.bounded(3));
            for (int r = 0; r < recipients; ++r)
                a.recipients.append({u"p%1"_s.arg(rng.bounded(parties)), {}, {u"name"_s}, {u"customers"_s}, {}, {}});
            a.thirdCountryTransfers = rng.bounded(4) == 0 ? Answer::No : Answer::NotAssessed;
            a.automated.used = answers.at(int(rng.bounded(2))); // Yes needs logic; not asked here
            a.dpia.required = answers.at(int(rng.bounded(3)));
            reg.activities.append(a);
        }
        if (rng.bounded(2)) {
            Transfer t;
            t.id = u"t"_s;
            t.party = u"p%1"_s.arg(rng.bounded(parties));
            t.destination = reg.parties.find(t.party)->country;
            t.mechanism = u"art45"_s;
            t.activities = {u"a0"_s};
            reg.transfers.append(t);
        }

        // The second derivation: the parties each activity's data reaches, and their countries.
        bool exist = !reg.transfers.isEmpty(), unknown = false;
        for (const ProcessingActivity &a : reg.activities) {
            QStringList reached;
            for (const Disclosure &d : a.recipients) {
                for (QString id = d.party; !id.isEmpty() && !reached.contains(id); id = reg.parties.find(id)->parent)
                    reached.append(id);
                QStringList below{d.party};
                for (int k = 0; k < below.size(); ++k)
                    for (const Party &p : reg.parties)
                        if (p.parent == below.at(k) && !below.contains(p.id))
                            below.append(p.id);
                reached += below;
            }
            for (const QString &id : reached) {
                const QString country = reg.parties.find(id)->country;
                exist |= !country.isEmpty() && !eea.contains(country);
                unknown |= country.isEmpty() && a.thirdCountryTransfers != Answer::No;
            }
        }
        bool allAgreed = true, noAutomated = true, consent = false;
        int dpiaNo = 0;
        QSet<QString> processors;
        for (const ProcessingActivity &a : reg.activities) {
            for (const Disclosure &d : a.recipients)
                processors.insert(d.party);
            noAutomated &= a.automated.used == Answer::No;
            dpiaNo += a.dpia.required == Answer::No;
            consent |= a.purposes.at(0).legalBasis == u"a";
        }
        for (const QString &id : processors)
            allAgreed &= reg.parties.find(id)->agreement.isRecorded();
        bool certifiedAndChecked = false;
        for (const Transfer &t : reg.transfers)
            if (const Party *p = reg.parties.find(t.party); p && p->country == u"US" && p->dpfCertified && p->dpfChecked.isValid())
                certifiedAndChecked = true;

        const QString policy = policyText(reg, u"da"_s);
        const QString record = recordText(reg, u"da"_s);
        const QString why = u"seed %1"_s.arg(seed);
        QVERIFY2(policy.contains(policyNoTransfers.in(u"da"_s)) == (!exist && !unknown), qPrintable(why));
        QVERIFY2(policy.contains(u"Overførsel til lande uden for EU/EØS"_s) == exist, qPrintable(why));
        QVERIFY2(policy.contains(policyAgreements.in(u"da"_s)) == (!processors.isEmpty() && allAgreed), qPrintable(why));
        QVERIFY2(policy.contains(policyNoAutomated.in(u"da"_s)) == noAutomated, qPrintable(why));
        QVERIFY2(policy.contains(policyCertified.in(u"da"_s)) == certifiedAndChecked, qPrintable(why));
        QVERIFY2(policy.contains(u"du kan altid trække et samtykke tilbage"_s) == consent, qPrintable(why));
        QVERIFY2(record.count(u"Konsekvensanalyse Ikke påkrævet"_s) == dpiaNo, qPrintable(why + u": "_s + record));
    }

    void shouldMigrateFormatOneAnswersToNotAssessed_data()
    {
        QTest::addColumn<QString>("activity");
        QTest::addColumn<int>("dpia");
        QTest::addColumn<int>("automated");
        QTest::addColumn<int>("provision");
        // Format 1 wrote its defaults as if they were answers; they say nothing.
        QTest::newRow("defaults written as answers") << u"defaults"_s << int(Answer::NotAssessed)
                                                     << int(Answer::NotAssessed) << int(ProvisionRequirement::NotAssessed);
        QTest::newRow("nothing written") << u"empty"_s << int(Answer::NotAssessed) << int(Answer::NotAssessed)
                                         << int(ProvisionRequirement::NotAssessed);
        QTest::newRow("answers that were given") << u"answered"_s << int(Answer::Yes) << int(Answer::Yes)
                                                 << int(ProvisionRequirement::Statutory);
    }
    void shouldMigrateFormatOneAnswersToNotAssessed()
    {
        QFETCH(QString, activity);
        QFETCH(int, dpia);
        QFETCH(int, automated);
        QFETCH(int, provision);
        QFile file(Test::sourcePath(u"tests/data/format1.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Register reg;
        QList<Json::Error> errors;
        QVERIFY2(Json::read(file.readAll(), &reg, &errors), qPrintable(Json::summarize(errors)));
        const ProcessingActivity *a = reg.activities.find(activity);
        QVERIFY(a);
        QCOMPARE(int(a->dpia.required), dpia);
        QCOMPARE(int(a->automated.used), automated);
        QCOMPARE(int(a->provision), provision);
        QCOMPARE(int(a->thirdCountryTransfers), int(Answer::NotAssessed));
        // Written again, it is format 2 and reads back the same.
        Register again;
        QVERIFY(Json::read(Json::write(reg), &again, &errors));
        QCOMPARE(*again.activities.find(activity), *a);
    }
};

FORTEGNELSE_TEST_MAIN(TestTruth)
#include "tst_truth.moc"

#pragma once

// Shared by the tests of issue 12 (tst_truth, tst_truthproperty): the minimal register
// every case starts from, the false sentences and their honest counterparts in the four
// languages, and the generated documents as text.

#include "checks.h"
#include "gapmarker.h"
#include "policygenerator.h"
#include "recordgenerator.h"

#include <QStringList>

namespace Fortegnelse::TruthTest {

using namespace Qt::StringLiterals;

inline const QStringList languages{u"da"_s, u"nb"_s, u"sv"_s, u"en"_s};

/// One sentence in the four languages, in the order of `languages`.
struct Phrase
{
    QStringList texts;
    QString in(const QString &lang) const { return texts.value(languages.indexOf(lang)); }
};

inline Phrase phrase(const char *da, const char *nb, const char *sv, const char *en)
{
    return {{QString::fromUtf8(da), QString::fromUtf8(nb), QString::fromUtf8(sv), QString::fromUtf8(en)}};
}

inline Phrase gap(Gap g)
{
    Phrase p;
    for (const QString &lang : languages)
        p.texts.append(gapMarker(g, lang));
    return p;
}

// The false sentences of the issue, and their honest counterparts.
inline const Phrase policyNoTransfers = phrase("Vi overfører ikke oplysninger til lande uden for EU/EØS",
                                               "Vi overfører ikke opplysninger til land utenfor EU/EØS",
                                               "Vi överför inte uppgifter till länder utanför EU/EES",
                                               "We do not transfer data to countries outside the EU/EEA");
inline const Phrase recordNoTransfers = phrase("overføres ikke til tredjelande", "overføres ikke til tredjestater",
                                               "överförs inte till tredjeländer", "not transferred to third countries");
inline const Phrase policyUnknownCountry = phrase("Land uden for EU/EØS", "Land utenfor EU/EØS", "Land utanför EU/EES",
                                                  "Country outside the EU/EEA");
inline const Phrase policyAdequacy = phrase("EU-Kommissionen har fastslået", "Europakommisjonen har fastslått",
                                            "EU-kommissionen har beslutat", "The European Commission has decided");
inline const Phrase policyNoAutomated = phrase("Vi træffer ikke afgørelser om dig", "Vi tar ikke avgjørelser om deg",
                                               "Vi fattar inga beslut om dig", "We do not make decisions about you");
inline const Phrase policyVoluntary = phrase("I andre tilfælde er det frivilligt", "I andre tilfeller er det frivillig",
                                             "I övriga fall är det frivilligt", "In all other cases, it is up to you");
inline const Phrase policyAgreements = phrase("Vi har databehandleraftaler med dem",
                                              "Vi har databehandleravtaler med dem",
                                              "Vi har personuppgiftsbiträdesavtal med dem",
                                              "We have data processing agreements with them");
inline const Phrase policyCertified = phrase("og modtageren er certificeret", "og mottakeren er sertifisert",
                                             "och mottagaren är certifierad", "and the recipient is certified");
inline const Phrase brokenContact = phrase("skrive til .", "skrive til .", "skriva till .", "write to .");
inline const Phrase contactPage = phrase("https://eksempel.dk/kontakt", "https://eksempel.dk/kontakt",
                                         "https://eksempel.dk/kontakt", "https://eksempel.dk/kontakt");
inline const Phrase sccCopy = phrase("kopi af garantierne ved at kontakte os på privacy@eksempel.dk",
                                     "kopi av garantiene ved å kontakte oss på privacy@eksempel.dk",
                                     "kopia av skyddsåtgärderna genom att kontakta oss på privacy@eksempel.dk",
                                     "copy of the safeguards by contacting us at privacy@eksempel.dk");
inline const Phrase withdraw = phrase("til at trække samtykke tilbage", "til å trekke tilbake samtykke",
                                      "att återkalla samtycke", "to withdraw consent");
inline const Phrase recordDpiaNo = phrase("Ikke påkrævet", "Ikke påkrevd", "Krävs inte", "Not required");

// A Norwegian or Swedish controller's documents never cite the Danish act (item 9).
inline const Phrase danishAct = phrase("databeskyttelseslovens", "den danske databeskyttelsesloven",
                                       "den danska databeskyttelsesloven", "Danish Data Protection Act");
inline const Phrase danishCpr = phrase("CPR-nummer", "CPR-nummeret", "CPR-numret", "CPR number");

inline LocalText da(const QString &s)
{
    return LocalText(u"da"_s, s);
}

/// A register where everything the issue is about is answered: one activity, one
/// processor in Denmark with an agreement, all answers recorded. Every row changes one thing.
inline Register baseRegister()
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

inline ProcessingActivity &sales(Register &reg)
{
    return const_cast<ProcessingActivity &>(*reg.activities.find(u"sales"_s));
}
inline Party &host(Register &reg)
{
    return const_cast<Party &>(*reg.parties.find(u"host"_s));
}

/// A national identity number among the data of "sales", covered by its retention rule.
inline void nationalId(Register &reg)
{
    reg.dataCategories.append({u"national-id"_s, {}, da(u"Personnummer"_s), DataKind::NationalId, {}});
    sales(reg).data.append(u"national-id"_s);
    sales(reg).matrix[0].data.append(u"national-id"_s);
    sales(reg).retention[0].data.append(u"national-id"_s);
}

/// The processor is in Brazil, and its transfer relies on the adequacy decision.
inline void brazil(Register &reg)
{
    host(reg).country = u"BR"_s;
    Transfer t;
    t.id = u"t"_s;
    t.party = u"host"_s;
    t.destination = u"BR"_s;
    t.mechanism = u"art45"_s;
    t.activities = {u"sales"_s};
    reg.transfers.append(t);
}

/// A processor activity for a client controller: one named client, or a class of clients
/// with \a list saying where each is named (item 8).
inline void clientActivity(Register &reg, bool isClass, const QString &list)
{
    Party client;
    client.id = u"client"_s;
    client.name = isClass ? u"Platformkunder"_s : u"Kunde A/S"_s;
    client.role = PartyRole::ClientController;
    client.clientClass = isClass;
    client.clientList = list;
    reg.parties.append(client);
    ProcessingActivity pa;
    pa.id = u"hosting"_s;
    pa.name = da(u"Hosting for kunder"_s);
    pa.role = ActivityRole::Processor;
    pa.client = u"client"_s;
    pa.data = {u"name"_s};
    pa.matrix.append({u"customers"_s, {u"name"_s}});
    reg.activities.append(pa);
}

inline QString policyText(const Register &reg, const QString &lang)
{
    PolicyDocument doc;
    QString error;
    PolicyOptions options;
    options.language = lang;
    if (!PolicyGenerator::generate(reg, options, &doc, &error))
        return u"GENERATION FAILED: "_s + error;
    return doc.plainText().simplified();
}

inline QString recordText(const Register &reg, const QString &lang)
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

inline QStringList rulesOf(const Register &reg)
{
    QStringList out;
    for (const Problem &p : checkRegister(reg, {QDate(2026, 6, 8), {}}))
        out.append(p.rule);
    return out;
}

} // namespace Fortegnelse::TruthTest

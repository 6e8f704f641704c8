#include "syntheticregister.h"

#include "syntheticwords.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <span>

namespace Fortegnelse::Bench {

namespace {

using namespace Words;

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

LocalText da(const QString &text)
{
    return LocalText(QStringLiteral("da"), text);
}

bool isEea(const QString &country)
{
    static const QSet<QString> eea{QStringLiteral("DK"), QStringLiteral("SE"),
                                   QStringLiteral("DE"), QStringLiteral("NL"),
                                   QStringLiteral("IE"), QStringLiteral("FI")};
    return eea.contains(country);
}

/// The 100 KLE numbers (the municipal subject classification) the activities are filed
/// under, one per hundredth of the activities. Fixed width, so none is part of another.
QString kleNumber(int k)
{
    return QStringLiteral("%1.%2.%3")
        .arg(k / 10 * 3 + 13, 2, 10, QLatin1Char('0'))
        .arg(k % 10 * 7 + 2, 2, 10, QLatin1Char('0'))
        .arg(k % 7 + 1, 2, 10, QLatin1Char('0'));
}

constexpr int filterKle = 37;

class Generator
{
public:
    explicit Generator(int activities)
        : m_rng(0x5eed2024u)
        , m_activities(activities)
    {
    }

    Register make()
    {
        Register reg = Register::createEmpty(QStringLiteral("da"));
        organisation(reg);
        catalogues(reg);
        parties(reg);
        activities(reg);
        transfers(reg);
        cookies(reg);
        return reg;
    }

private:
    int between(int lo, int hi) { return int(m_rng.bounded(lo, hi + 1)); }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    template <class C> auto pick(const C &c) -> decltype(c[0])
    {
        return c[m_rng.bounded(int(std::size(c)))];
    }
    QDate dateBetween(const QDate &from, int days) { return from.addDays(between(0, days)); }

    /// \a n distinct ids drawn from \a pool (all of them when it is smaller).
    QStringList distinct(const QStringList &pool, int n)
    {
        QStringList out;
        n = std::min<int>(n, int(pool.size()));
        while (out.size() < n) {
            const QString &id = pool.at(m_rng.bounded(int(pool.size())));
            if (!out.contains(id))
                out.append(id);
        }
        return out;
    }
    /// A non-empty subset of \a from, in its order.
    QStringList subset(const QStringList &from)
    {
        QStringList out;
        for (const QString &id : from)
            if (chance(60))
                out.append(id);
        if (out.isEmpty())
            out.append(from.at(m_rng.bounded(int(from.size()))));
        return out;
    }

    void organisation(Register &reg)
    {
        Organisation &o = reg.organisation;
        o.name = QStringLiteral("Syntetisk Kommune");
        o.registrationNumber = QStringLiteral("29189897");
        o.address = QStringLiteral("Rådhustorvet 1\n9999 Syntetisk");
        o.email = QStringLiteral("post@syntetisk.dk");
        o.phone = QStringLiteral("+45 70 00 00 00");
        o.website = QStringLiteral("https://www.syntetisk.dk");
        o.dpo = {QStringLiteral("Databeskyttelsesrådgiver"), QStringLiteral("dpo@syntetisk.dk"), QStringLiteral("+45 70 00 00 01"), {}};
        o.securityOverview = da(QStringLiteral(
            "Kommunen har gennemført tekniske og organisatoriske foranstaltninger efter en "
            "risikovurdering, herunder adgangsstyring, logning, kryptering og løbende "
            "awareness-træning af medarbejderne."));
        PolicySettings &p = reg.policy;
        p.title = da(QStringLiteral("Privatlivspolitik for Syntetisk Kommune"));
        p.scope = da(QStringLiteral("Politikken gælder kommunens behandling af personoplysninger "
                                    "om borgere, medarbejdere og samarbejdspartnere."));
        p.version = QStringLiteral("3.2");
        p.lastUpdated = QDate(2025, 1, 15);
        p.published = QDateTime(QDate(2025, 1, 15), QTime(9, 0), Qt::UTC);
        p.venue = da(QStringLiteral("Retten i Syntetisk"));
        p.changeNotice = da(QStringLiteral("Vi offentliggør ændringer på kommunens hjemmeside."));
    }

    void catalogues(Register &reg)
    {
        for (int i = 0; i < int(std::size(subjectNames)); ++i) {
            SubjectCategory s;
            s.id = QStringLiteral("subject-%1").arg(i + 1);
            s.name = da(utf8(subjectNames[i]));
            s.description = da(QStringLiteral("Personer i kategorien %1.").arg(utf8(subjectNames[i])));
            s.children = std::find(std::begin(childSubjects), std::end(childSubjects), i)
                != std::end(childSubjects);
            reg.subjectCategories.append(std::move(s));
            m_subjects.append(reg.subjectCategories.at(i).id);
        }
        const auto addData = [&](std::span<const char *const> names, DataKind kind,
                                 QStringList &ids) {
            for (const char *name : names) {
                DataCategory d;
                d.id = QStringLiteral("data-%1").arg(reg.dataCategories.size() + 1);
                d.name = da(utf8(name));
                d.dataKind = kind;
                d.description = da(QStringLiteral("Oplysninger af typen %1.").arg(utf8(name)));
                if (qstrcmp(name, "Videooptagelser") == 0)
                    d.ref = QStringLiteral("cctv-footage");
                else if (qstrcmp(name, "Lokationsdata") == 0)
                    d.ref = QStringLiteral("location");
                ids.append(d.id);
                reg.dataCategories.append(std::move(d));
            }
        };
        addData(ordinaryData, DataKind::Ordinary, m_ordinary);
        addData(specialData, DataKind::Special, m_special);
        addData(criminalData, DataKind::Criminal, m_criminal);
        addData(nationalIdData, DataKind::NationalId, m_nationalId);
        for (int i = 0; i < 40; ++i) {
            SecurityMeasure m;
            m.id = QStringLiteral("measure-%1").arg(i + 1);
            const QString base = utf8(measureNames[i % std::size(measureNames)]);
            m.name = da(i < int(std::size(measureNames)) ? base
                                                         : base + QStringLiteral(" (fagsystemer)"));
            m.type = i % 20 < 10 ? MeasureType::Technical : MeasureType::Organisational;
            m.description = da(QStringLiteral("%1 efter kommunens informationssikkerhedspolitik.")
                                   .arg(base));
            m_measures.append(m.id);
            reg.measures.append(std::move(m));
        }
    }

    void parties(Register &reg)
    {
        const int count = std::max(5, m_activities / 5);
        int totalWeight = 0;
        for (const Place &p : places)
            totalWeight += p.weight;
        QHash<QString, int> depth; // processors 0, their sub-processors 1..3
        for (int i = 0; i < count; ++i) {
            Party p;
            p.id = QStringLiteral("party-%1").arg(i + 1);
            int w = between(0, totalWeight - 1);
            const Place *place = places;
            while (w >= place->weight)
                w -= place++->weight;
            p.country = QLatin1String(place->country);
            p.name = QStringLiteral("%1%2 %3 %4")
                         .arg(utf8(pick(namePrefixes)), utf8(pick(nameSuffixes)))
                         .arg(i + 1)
                         .arg(utf8(place->legalForm));
            const int r = i == 0 ? 0 : between(0, 99);
            p.role = r < 55 ? PartyRole::Processor
                : r < 80    ? PartyRole::SubProcessor
                : r < 88    ? PartyRole::Controller
                : r < 92    ? PartyRole::JointController
                : r < 96    ? PartyRole::ClientController
                            : PartyRole::PublicAuthority;
            if (p.role == PartyRole::SubProcessor) {
                p.parent = m_chainable.at(m_rng.bounded(int(m_chainable.size())));
                depth.insert(p.id, depth.value(p.parent) + 1);
            }
            p.registrationNumber = QString::number(10000000 + i * 7919);
            p.address = QStringLiteral("Erhvervsvej %1\n%2 By").arg(i % 200 + 1).arg(1000 + i % 8000);
            p.contactName = QStringLiteral("Kontaktperson %1").arg(i + 1);
            p.email = QStringLiteral("privacy@party%1.example").arg(i + 1);
            p.website = QStringLiteral("https://party%1.example").arg(i + 1);
            p.service = da(QStringLiteral("Leverer %1 til kommunen og behandler oplysninger på "
                                          "vores vegne efter instruks.")
                               .arg(utf8(pick(systems))));
            const bool processor =
                p.role == PartyRole::Processor || p.role == PartyRole::SubProcessor;
            if (processor) {
                p.dpaUrl = QStringLiteral("https://party%1.example/dpa").arg(i + 1);
                if (chance(95)) {
                    p.agreement.reference = QStringLiteral("DBA-%1").arg(2018 + i % 7);
                    p.agreement.signed_ = dateBetween(QDate(2018, 5, 25), 2000);
                    p.agreement.nextReview = p.agreement.signed_.addYears(between(2, 6));
                }
                if (depth.value(p.id) < 3)
                    m_chainable.append(p.id);
                m_recipientParties.append(p.id);
            }
            if (p.country == u"US") {
                p.dpfCertified = chance(85);
                if (p.dpfCertified && chance(90))
                    p.dpfChecked = dateBetween(QDate(2024, 1, 1), 500);
            }
            switch (p.role) {
            case PartyRole::JointController:
                p.arrangement = da(QStringLiteral("Parterne har aftalt, hvem der besvarer "
                                                  "henvendelser fra de registrerede."));
                m_jointControllers.append(p.id);
                break;
            case PartyRole::ClientController:
                p.processing = da(QStringLiteral("Lønadministration og drift af fælles systemer."));
                m_clients.append(p.id);
                break;
            case PartyRole::Controller:
            case PartyRole::PublicAuthority: m_recipientParties.append(p.id); break;
            default: break;
            }
            if (chance(20))
                p.notes = QStringLiteral("Sidst gennemgået ved leverandørtilsyn.");
            m_parentOf.insert(p.id, p.parent);
            const bool outside = !p.country.isEmpty() && !isEea(p.country);
            for (QString id = p.id; outside && !id.isEmpty(); id = m_parentOf.value(id))
                m_reachesOutside.insert(id);
            reg.parties.append(std::move(p));
        }
    }

    void activities(Register &reg)
    {
        for (int i = 0; i < m_activities; ++i) {
            ProcessingActivity a;
            a.id = QStringLiteral("activity-%1").arg(i + 1);
            const QString object = utf8(pick(objects));
            a.name = da(QStringLiteral("%1 – %2 (KLE %3)")
                            .arg(object, utf8(pick(phases)), kleNumber(i % 100)));
            a.department = utf8(pick(departments));
            a.description = da(QStringLiteral(
                                   "%1 i %2. Vi behandler oplysningerne for at kunne træffe afgørelse, yde hjælp "
                                   "og dokumentere sagens forløb efter forvaltningsloven og offentlighedsloven.")
                                   .arg(object, a.department));
            const int role = between(0, 99);
            if (role < 8 && !m_clients.isEmpty()) {
                a.role = ActivityRole::Processor;
                a.client = m_clients.at(m_rng.bounded(int(m_clients.size())));
            } else if (role < 15 && !m_jointControllers.isEmpty()) {
                a.role = ActivityRole::JointController;
                a.jointControllers = distinct(m_jointControllers, 1);
            }
            const int status = between(0, 99);
            a.status = status < 85 ? ActivityStatus::Active
                : status < 95      ? ActivityStatus::Draft
                                   : ActivityStatus::Retired;

            a.data = distinct(m_ordinary, between(3, 7));
            const bool special = chance(15), criminal = chance(5), cpr = chance(25);
            if (special)
                a.data.append(distinct(m_special, 1));
            if (criminal)
                a.data.append(distinct(m_criminal, 1));
            if (cpr)
                a.data.append(m_nationalId.first());
            while (a.data.size() > 8)
                a.data.removeAt(0);

            const int purposes = between(1, 3);
            for (int k = 0; k < purposes; ++k) {
                Purpose p;
                p.description = da(QStringLiteral("At %1 (formål %2)")
                                       .arg(utf8(pick(phases)))
                                       .arg(k + 1));
                static const char *const bases[] = {"e", "e", "c", "c", "b", "f", "a"};
                p.legalBasis = QLatin1String(pick(bases));
                if (p.legalBasis == u"f")
                    p.legitimateInterest = da(QStringLiteral("Effektiv drift og dokumentation."));
                if (p.legalBasis == u"a" && chance(90))
                    p.consentRecord = QStringLiteral("Samtykket gemmes på sagen i ESDH.");
                if (k == 0 && special && chance(95))
                    p.specialCondition = QStringLiteral("h");
                if (k == 0 && criminal && chance(95))
                    p.criminalBasis = QStringLiteral("dbl-8-1");
                if (k == 0 && cpr && chance(95))
                    p.cprGround = QStringLiteral("dbl-11-1");
                if (chance(30))
                    p.lawReferences.append(QStringLiteral("bogforingsloven-10"));
                a.purposes.append(std::move(p));
            }

            const QStringList subjects = distinct(m_subjects, between(1, 3));
            QSet<QString> covered;
            for (const QString &subject : subjects) {
                MatrixRow row{subject, subset(a.data)};
                for (const QString &d : row.data)
                    covered.insert(d);
                a.matrix.append(std::move(row));
            }
            if (chance(95)) // most registers link every data category to someone
                for (const QString &d : a.data)
                    if (!covered.contains(d))
                        a.matrix.first().data.append(d);

            const int recipients = between(1, 3);
            for (int k = 0; k < recipients; ++k) {
                Disclosure d;
                if (chance(75) && !m_recipientParties.isEmpty()) {
                    d.party = m_recipientParties.at(m_rng.bounded(int(m_recipientParties.size())));
                    const auto sameParty = [&](const Disclosure &x) { return x.party == d.party; };
                    if (std::any_of(a.recipients.cbegin(), a.recipients.cend(), sameParty))
                        continue;
                    m_activitiesOf[d.party].append(a.id);
                } else {
                    d.recipientCategory = da(QStringLiteral("Andre offentlige myndigheder"));
                }
                d.data = subset(a.data);
                d.subjects = subset(subjects);
                d.purpose = da(QStringLiteral("Til brug for sagens behandling."));
                a.recipients.append(std::move(d));
            }

            // Retention rules split the data between them.
            const int rules = std::min<int>(between(1, 3), int(a.data.size()));
            for (int k = 0; k < rules; ++k) {
                RetentionRule r;
                for (int d = k; d < a.data.size(); d += rules)
                    r.data.append(a.data.at(d));
                if (chance(80)) {
                    r.amount = between(1, 10);
                    r.unit = PeriodUnit::Years;
                    r.trigger = da(QStringLiteral("Sagens afslutning"));
                } else {
                    r.criterion = da(chance(85)
                                         ? QStringLiteral("Indtil barnet fylder 18 år, derefter 5 år")
                                         : QStringLiteral("Så længe det er nødvendigt"));
                }
                r.deletion = da(QStringLiteral("Slettes automatisk i fagsystemet."));
                if (chance(20))
                    r.lawReferences.append(QStringLiteral("bogforingsloven-10"));
                a.retention.append(std::move(r));
            }

            a.measures = distinct(m_measures, between(2, 5));
            a.systems = QStringList{utf8(pick(systems))};
            if (chance(30))
                a.sources.append({da(QStringLiteral("Andre myndigheder via fællesoffentlige registre")), false});
            a.provision = chance(50) ? ProvisionRequirement::Statutory : ProvisionRequirement::NotRequired;
            if (a.provision == ProvisionRequirement::Statutory)
                a.provisionConsequence = da(QStringLiteral("Uden oplysningerne kan vi ikke behandle sagen."));
            if (chance(10)) {
                a.dpia.required = Answer::Yes;
                a.dpia.done = chance(80);
                if (a.dpia.done)
                    a.dpia.date = dateBetween(QDate(2019, 1, 1), 2000);
            } else if (chance(70)) {
                a.dpia.required = Answer::No;
                a.dpia.reason = da(QStringLiteral("Ikke påkrævet: almindelige oplysninger og ingen "
                                                  "systematisk overvågning."));
            }
            // A kept register answers what stop 22 made explicit (automated decisions,
            // third-country transfers) and reviews its activities yearly; a few are left
            // unanswered or overdue, so the checks have something to find (about one problem
            // per activity, as docs/performance.md measures).
            a.automated.used = chance(97) ? Answer::No : Answer::NotAssessed;
            // Data reach a recipient's sub-processors too, as the checks follow them.
            bool outside = false;
            for (const Disclosure &d : std::as_const(a.recipients))
                outside = outside || m_reachesOutside.contains(d.party);
            if (outside)
                a.thirdCountryTransfers = Answer::Yes;
            else if (chance(95))
                a.thirdCountryTransfers = Answer::No;
            a.created = dateBetween(QDate(2018, 5, 25), 2000);
            a.lastReviewed = chance(90) ? dateBetween(QDate(2024, 6, 10), 330) : dateBetween(a.created, 1500);
            if (a.lastReviewed < a.created)
                a.lastReviewed = a.created;
            a.nextReview = a.lastReviewed.addYears(1);
            if (chance(30))
                a.notes = QStringLiteral("Gennemgået med fagområdet; se referat i ESDH.");
            reg.activities.append(std::move(a));
        }
    }

    void transfers(Register &reg)
    {
        for (const Party &p : reg.parties) {
            if (p.country.isEmpty() || isEea(p.country) || !chance(92))
                continue; // a few missing on purpose, so the checks have something to find
            Transfer t;
            t.id = QStringLiteral("transfer-%1").arg(reg.transfers.size() + 1);
            t.destination = p.country;
            t.party = p.id;
            const bool adequate = p.country == u"GB" || p.country == u"CH" || p.country == u"JP";
            const bool dpf = p.country == u"US" && p.dpfCertified;
            t.mechanism = adequate || dpf ? QStringLiteral("art45") : QStringLiteral("art46-2-c");
            if (t.mechanism == u"art46-2-c") {
                t.safeguards = da(QStringLiteral("EU-Kommissionens standardkontraktbestemmelser "
                                                 "(2021/914), modul 3, med supplerende kryptering."));
                t.documentReference = QStringLiteral("SCC-%1").arg(p.id);
                t.assessmentDate = dateBetween(QDate(2022, 1, 1), 900);
            }
            // The activities whose data reaches the party: through it, or a processor above.
            QStringList activities;
            for (QString id = p.id; !id.isEmpty(); id = m_parentOf.value(id))
                for (const QString &a : m_activitiesOf.value(id))
                    if (!activities.contains(a))
                        activities.append(a);
            t.activities = activities;
            reg.transfers.append(std::move(t));
        }
    }

    void cookies(Register &reg)
    {
        for (int i = 0; i < 15; ++i) {
            Cookie c;
            c.id = QStringLiteral("cookie-%1").arg(i + 1);
            c.name = QStringLiteral("_syn%1").arg(i + 1);
            c.category = CookieCategory(i % 4);
            c.provider = QStringLiteral("Syntetisk Kommune");
            c.purpose = da(QStringLiteral("Husker dine valg på hjemmesiden."));
            c.session = i % 3 == 0;
            if (!c.session) {
                c.durationAmount = 1 + i % 12;
                c.durationUnit = PeriodUnit::Months;
            }
            c.country = QStringLiteral("DK");
            reg.cookies.append(std::move(c));
        }
    }

    QRandomGenerator m_rng;
    int m_activities;
    QStringList m_subjects, m_ordinary, m_special, m_criminal, m_nationalId, m_measures;
    QStringList m_chainable; ///< processors and sub-processors less than 3 deep
    QStringList m_recipientParties; ///< parties an activity may disclose to
    QStringList m_jointControllers, m_clients;
    QHash<QString, QString> m_parentOf; ///< party -> the processor above it
    QSet<QString> m_reachesOutside; ///< parties at or above one outside the EU/EEA
    QHash<QString, QStringList> m_activitiesOf; ///< party -> activities disclosing to it
};

} // namespace

Register syntheticRegister(int activities)
{
    return Generator(activities).make();
}

QString onePercentFilterTerm()
{
    return QStringLiteral("KLE ") + kleNumber(filterKle);
}

QDate benchmarkToday()
{
    return QDate(2025, 6, 1);
}

} // namespace Fortegnelse::Bench

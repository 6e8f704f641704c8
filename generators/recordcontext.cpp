#include "recordcontext.h"

#include "recordvoice.h"

#include "gapmarker.h"
#include "recordfacts.h"
#include "recordformats.h"
#include "referencedata.h"
#include "relationshiprole.h"
#include "templatedata.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cctype>

namespace Fortegnelse {

namespace {

using List = kainjow::mustache::list;
using Data = RecordContext::Data;

Data str(const QString &s)
{
    return TemplateData::text(s);
}

using TemplateData::lines;
using TemplateData::list;

/// Sets a list and, as "hasName", whether it has items: a template can then put words
/// around a list once, not once per item.
void setList(Data &d, const char *key, List &&items)
{
    std::string flag = std::string("has") + key;
    flag[3] = char(std::toupper(flag[3]));
    d.set(flag, !items.empty());
    d.set(key, list(std::move(items)));
}

using Fields = std::initializer_list<std::pair<const char *, QString>>;

/// Sets text fields on template data in one go.
Data fields(Fields values, Data d = Data())
{
    for (const auto &[key, value] : values)
        d.set(key, str(value));
    return d;
}

class ContextBuilder
{
public:
    ContextBuilder(const Register &reg, const RecordFacts &facts, const RecordFormats &f, const RecordOptions &o)
        : m_reg(reg)
        , m_facts(facts)
        , m_f(f)
        , m_options(o)
    {
    }

    QString dataNames(const QStringList &ids) const
    {
        QStringList out;
        for (const QString &id : ids)
            if (const DataCategory *c = m_reg.dataCategories.find(id)) {
                const QString name = m_f.text(c->name);
                QString kind = c->dataKind == DataKind::Ordinary ? QString() : m_f.label("dataKinds", c->dataKind);
                // "CPR-nummer", never "CPR-nummer (CPR-nummer)": the kind only where the name
                // does not already say it (issue 13, item 7).
                if (name.contains(kind, Qt::CaseInsensitive))
                    kind.clear();
                out.append(kind.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, kind));
            }
        return out.join(QStringLiteral(", "));
    }
    QString subjectNames(const QStringList &ids) const
    {
        QStringList out;
        for (const QString &id : ids)
            if (const SubjectCategory *s = m_reg.subjectCategories.find(id))
                out.append(m_f.text(s->name));
        return out.join(QStringLiteral(", "));
    }
    QString title(const ProcessingActivity *a) const
    {
        return m_facts.numbers.value(a->id) + QLatin1Char(' ') + m_f.text(a->name);
    }
    QString partyName(const QString &id) const
    {
        const Party *p = m_reg.parties.find(id);
        return p ? m_f.party(*p) : QString();
    }
    QString citations(const QStringList &keys) const
    {
        QStringList out;
        for (const QString &key : keys)
            out.append(m_f.citation(key));
        return m_f.join(out);
    }
    /// The EU-US Data Privacy Framework status of a US party; empty elsewhere.
    QString dpfStatus(const Party &p) const
    {
        if (p.country != u"US")
            return {};
        if (!p.dpfCertified)
            return m_f.string(QStringLiteral("dpf.no"));
        return p.dpfChecked.isValid() ? m_f.string(QStringLiteral("dpf.checked")).arg(m_f.date(p.dpfChecked))
                                      : m_f.string(QStringLiteral("dpf.unchecked"));
    }
    QStringList bases(const ProcessingActivity &a) const
    {
        QStringList out;
        for (const Purpose &p : a.purposes)
            for (const QString &c : {m_f.article("art6", p.legalBasis), m_f.article("art9", p.specialCondition),
                                     m_f.citation(p.criminalBasis), m_f.citation(p.cprGround)})
                if (!c.isEmpty() && !out.contains(c))
                    out.append(c);
        return out;
    }

    Data purpose(const Purpose &p) const
    {
        const auto *art9 = ReferenceData::instance().entry(CodeList::Art9, p.specialCondition);
        Data d = fields({{"description", m_f.text(p.description)}, {"art6", m_f.article("art6", p.legalBasis)}, {"art6Label", m_f.entry(CodeList::Art6, p.legalBasis)}, {"legitimateInterest", m_f.text(p.legitimateInterest)}, {"art9", m_f.article("art9", p.specialCondition)}, {"art9Label", m_f.entry(CodeList::Art9, p.specialCondition)},
                         // The Danish act's Art. 9 provisions, for a Danish controller only (item 9).
                         {"art9Law", art9 && ReferenceData::nationalLaw(m_reg.organisation.country) == u"DK" ? m_f.citation(art9->extra) : QString()},
                         {"criminal", m_f.citation(p.criminalBasis)},
                         {"criminalLabel", m_f.entry(CodeList::Art10, p.criminalBasis)},
                         {"cpr", m_f.citation(p.cprGround)},
                         {"cprLabel", m_f.entry(CodeList::Cpr, p.cprGround)},
                         {"law", citations(p.lawReferences)},
                         {"consentRecord", p.consentRecord}});
        d.set("directMarketing", p.directMarketing);
        return d;
    }

    Data transfer(const Transfer &t) const
    {
        QStringList activities;
        for (const QString &id : t.activities)
            if (const ProcessingActivity *a = m_reg.activities.find(id); a && m_facts.numbers.contains(id))
                activities.append(title(a));
        const Party *party = m_reg.parties.find(t.party);
        return fields({{"country", t.destination.isEmpty() ? gap(Gap::ThirdCountry) : m_f.country(t.destination)},
                       {"recipient", party ? m_f.party(*party) : m_f.text(t.recipient)},
                       {"dpf", party ? dpfStatus(*party) : QString()},
                       {"mechanism", t.mechanism.isEmpty() || unusableAdequacy(t) ? gap(Gap::Mechanism) : m_f.entry(CodeList::Mechanism, t.mechanism)},
                       {"safeguards", m_f.text(t.safeguards)},
                       {"documentReference", t.documentReference},
                       {"assessmentDate", m_f.date(t.assessmentDate)},
                       {"activities", activities.join(QStringLiteral("; "))},
                       {"notes", m_options.includeNotes ? m_f.text(t.notes) : QString()}});
    }

    QString gap(Gap g) const { return gapMarker(g, m_options.language); }

    /// An adequacy decision an exporter in Norway, Iceland or Liechtenstein cannot rely on
    /// yet, since the EEA Agreement has not incorporated it (Brazil; item 9).
    bool unusableAdequacy(const Transfer &t) const
    {
        const auto *c = ReferenceData::instance().country(t.destination);
        return t.mechanism == u"art45" && c && c->notInEea && ReferenceData::isEeaEfta(m_reg.organisation.country);
    }

    /// The transfers of \a findings' scope: the recorded ones, then each recipient outside
    /// the EU/EEA with none recorded; and what may be said when there are none.
    void setTransfers(Data &d, const QList<const Transfer *> &recorded, const TransferFindings &findings) const
    {
        List items;
        for (const Transfer *t : recorded)
            items.push_back(transfer(*t));
        for (const ReachedRecipient &r : findings.unrecorded) {
            const ProcessingActivity *a = m_reg.activities.find(r.activity);
            const Party *party = r.party.isEmpty() ? nullptr : m_reg.parties.find(r.party);
            items.push_back(fields({{"country", m_f.country(r.country)}, {"recipient", party ? m_f.party(*party) : r.name}, {"mechanism", gap(Gap::Mechanism)}, {"assessmentDate", QString()}, {"dpf", QString()}, {"safeguards", QString()}, {"documentReference", QString()}, {"notes", QString()}, {"activities", a ? title(a) : QString()}}));
        }
        if (findings.state == TransferState::Exist && items.empty()) // the officer said yes, nothing more
            items.push_back(fields({{"country", gap(Gap::ThirdCountry)}, {"recipient", QString()}, {"mechanism", gap(Gap::Mechanism)}, {"assessmentDate", QString()}, {"dpf", QString()}, {"safeguards", QString()}, {"documentReference", QString()}, {"notes", QString()}, {"activities", QString()}}));
        setList(d, "transfers", std::move(items));
        d.set("noTransfers", findings.state == TransferState::NoneConfirmed);
        d.set("transfersGap", str(findings.state == TransferState::Unknown ? gap(Gap::Transfers) : QString()));
    }

    /// The provisions of a retention rule; where the rule states no period, each with the
    /// statutory period the reference data knows, as the policy does (item 11).
    QString retentionLaws(const RetentionRule &r) const
    {
        QStringList out;
        for (const QString &key : r.lawReferences) {
            QString law = m_f.citation(key);
            if (const auto *t = ReferenceData::instance().statutoryPeriod(key); t && r.amount == 0)
                law += QStringLiteral(" (%1)").arg(m_f.period(t->amount, t->unit));
            out.append(law);
        }
        return m_f.join(out);
    }

    Data retention(const RetentionRule &r) const
    {
        return fields({{"data", dataNames(r.data)}, {"period", m_f.period(r.amount, r.unit)}, {"trigger", m_f.text(r.trigger)}, {"criterion", m_f.toAuthority(r.criterion)}, {"law", retentionLaws(r)}, {"deletion", m_f.toAuthority(r.deletion)}});
    }

    Data activity(const ProcessingActivity &a, bool first) const
    {
        QStringList joint;
        for (const QString &id : a.jointControllers)
            joint.append(partyName(id));
        Data d = fields({{"number", m_facts.numbers.value(a.id)}, {"name", m_f.text(a.name)}, {"description", m_f.text(a.description)}, {"role", m_f.label("roles", a.role)}, {"status", m_f.label("statuses", a.status)}, {"department", a.department}, {"client", partyName(a.client)}, {"jointControllers", m_f.join(joint)}, {"systems", a.systems.join(QStringLiteral(", "))}, {"created", m_f.date(a.created)}, {"lastReviewed", m_f.date(a.lastReviewed)}, {"nextReview", m_f.date(a.nextReview)}, {"notes", m_options.includeNotes ? a.notes : QString()}, {"provision", a.provision == ProvisionRequirement::NotAssessed ? QString() : m_f.label("provision", a.provision)}, {"provisionGap", a.provision == ProvisionRequirement::NotAssessed ? gap(Gap::Provision) : QString()}, {"provisionReason", m_f.text(a.provisionReason)}, {"provisionAssessed", m_f.date(a.provisionAssessed)}, {"provisionConsequence", m_f.toAuthority(a.provisionConsequence, true)}});
        d.set("processor", a.role == ActivityRole::Processor);
        d.set("indirectOnly", a.indirectOnly);
        d.set("first", first); // the first of a group follows its heading on the same page

        List purposes, matrix, sources, recipients, retention, measures;
        for (const Purpose &p : a.purposes)
            purposes.push_back(fields({{"index", QString::number(purposes.size() + 1)}}, purpose(p)));
        QStringList inMatrix;
        for (const MatrixRow &row : a.matrix) {
            // A row an import generated is not stated as fact: its subject is the file's,
            // its data a guess, so they show as a gap and the data among the others (U1).
            const SubjectCategory *s = m_reg.subjectCategories.find(row.subject);
            Data r = fields({{"subject", s ? m_f.text(s->name) : row.subject}, {"data", row.unconfirmed ? QString() : dataNames(row.data)}, {"linkGap", row.unconfirmed ? gap(Gap::Links) : QString()}});
            r.set("children", s && s->children);
            matrix.push_back(r);
            if (!row.unconfirmed)
                inMatrix += row.data;
        }
        QStringList other;
        for (const QString &id : a.data)
            if (!inMatrix.contains(id))
                other.append(id);
        for (const Source &s : a.sources) {
            Data r = fields({{"description", m_f.text(s.description)}});
            r.set("publiclyAvailable", s.publiclyAvailable);
            sources.push_back(r);
        }
        for (const Disclosure &r : a.recipients) {
            const Party *p = m_reg.parties.find(r.party);
            const auto *c = p ? ReferenceData::instance().country(p->country) : nullptr;
            Data x = fields({{"name", p ? m_f.party(*p) : m_f.text(r.recipientCategory)},
                             // The role of this relationship, not of the party (item 7).
                             {"role", p ? m_f.label("partyRoles", relationshipRole(a, *p)) : QString()},
                             {"country", p ? m_f.country(p->country) : QString()},
                             {"subjects", r.unconfirmed ? QString() : subjectNames(r.subjects)},
                             {"data", r.unconfirmed ? QString() : dataNames(r.data)},
                             {"linkGap", r.unconfirmed ? gap(Gap::Links) : QString()},
                             {"purpose", m_f.text(r.purpose)}});
            x.set("thirdCountry", c && !c->isEea());
            recipients.push_back(x);
        }
        setTransfers(d, m_facts.transfersOf.value(a.id), m_facts.transferFindingsOf.value(a.id));
        for (const RetentionRule &r : a.retention)
            retention.push_back(this->retention(r));
        for (const QString &id : a.measures)
            if (const SecurityMeasure *m = m_reg.measures.find(id))
                measures.push_back(fields({{"name", m_f.text(m->name)}, {"type", m_f.label("measureTypes", m->type)}}));
        d.set("otherData", str(dataNames(other)));
        for (auto &[key, items] : {std::pair{"purposes", &purposes}, std::pair{"matrix", &matrix},
                                   std::pair{"sources", &sources}, std::pair{"recipients", &recipients},
                                   std::pair{"retention", &retention},
                                   std::pair{"measures", &measures}})
            setList(d, key, std::move(*items));

        // Answers only where the officer gave one; "not assessed" is a gap (item 3),
        // except as processor, where the client controller answers.
        const bool own = a.role != ActivityRole::Processor;
        Data dpia = fields({{"date", m_f.date(a.dpia.date)}, {"reference", a.dpia.reference}, {"reason", m_f.text(a.dpia.reason)}, {"assessed", m_f.date(a.dpia.assessed)}, {"gap", own && a.dpia.required == Answer::NotAssessed ? gap(Gap::Dpia) : QString()}});
        dpia.set("required", a.dpia.required == Answer::Yes);
        dpia.set("notRequired", a.dpia.required == Answer::No);
        dpia.set("done", a.dpia.done);
        d.set("dpia", dpia);
        Data automated = fields({{"logic", m_f.text(a.automated.logic)},
                                 {"significance", m_f.text(a.automated.significance)},
                                 {"reason", m_f.text(a.automated.reason)},
                                 {"assessed", m_f.date(a.automated.assessed)},
                                 {"gap", own && a.automated.used == Answer::NotAssessed ? gap(Gap::Automated) : QString()}});
        automated.set("used", a.automated.used == Answer::Yes);
        automated.set("notUsed", a.automated.used == Answer::No);
        automated.set("profiling", a.automated.profiling);
        d.set("automated", automated);
        return d;
    }

    Data party(const Party *p) const
    {
        const Party none;
        if (!p)
            p = &none;
        Data d = fields({{"name", m_f.party(*p)}, {"registrationNumber", p->registrationNumber}, {"country", m_f.country(p->country)}, {"contactName", p->contactName}, {"email", p->email}, {"phone", p->phone}, {"service", m_f.text(p->service)}, {"processing", m_f.text(p->processing)}, {"dpf", dpfStatus(*p)}, {"role", p->id.isEmpty() ? QString() : m_f.label("partyRoles", p->role)}, {"agreementReference", p->agreement.reference}, {"agreementSigned", m_f.date(p->agreement.signed_)}, {"agreementNextReview", m_f.date(p->agreement.nextReview)}, {"agreementGap", p->agreement.isRecorded() ? QString() : gap(Gap::Agreement)}});
        d.set("agreement", p->agreement.isRecorded()); // an agreement is printed only where recorded (item 2)
        d.set("address", lines(p->address));
        return d;
    }

    Data client(const RecordFacts::Client &c, int index) const
    {
        Data d = party(c.party);
        // A class of clients is not a controller with an address and a signed agreement: the
        // record says where each client is named (Art. 30(2)(a); item 8).
        const bool isClass = c.party && c.party->clientClass;
        d.set("clientClass", isClass);
        d.set("clientListGap", isClass && c.party->clientList.isEmpty());
        d.set("clientList", str(isClass && c.party->clientList.isEmpty() ? gap(Gap::ClientList) : (c.party ? c.party->clientList : QString())));
        d.set("number", str(QStringLiteral("%1.%2").arg(m_facts.sections.value(QStringLiteral("processor"))).arg(index + 1)));
        List activities;
        for (const ProcessingActivity *a : c.activities)
            activities.push_back(fields({{"title", title(a)}}));
        d.set("activities", list(std::move(activities)));
        return d;
    }

    Data document() const
    {
        const Organisation &o = m_reg.organisation;
        const QString label = m_f.string(QStringLiteral("registrationLabels.") + o.country);
        Data org = fields({{"name", o.name}, {"registrationNumber", o.registrationNumber}, {"registrationLabel", label.isEmpty() ? m_f.string(QStringLiteral("registrationLabels.default")) : label}, {"country", m_f.country(o.country)}, {"email", o.email}, {"phone", o.phone}, {"website", o.website}});
        org.set("address", lines(o.address));
        const auto person = [&](const ContactPerson &c) -> Data {
            if (c.name.isEmpty() && c.email.isEmpty() && c.phone.isEmpty())
                return false;
            Data d = fields({{"name", c.name}, {"email", c.email}, {"phone", c.phone}});
            d.set("address", lines(c.address));
            return d;
        };
        Data ctx = fields({{"version", m_facts.version}, {"date", m_f.date(m_options.today)}, {"securityOverview", m_f.text(o.securityOverview)}, {"controllerCount", QString::number(m_facts.controllerActivities.size())}, {"processorCount", QString::number(m_facts.all.size() - m_facts.controllerActivities.size())}, {"clientCount", QString::number(m_facts.clients.size())}});
        ctx.set("org", org);
        ctx.set("dpo", person(o.dpo));
        ctx.set("representative", person(o.representative));
        ctx.set("controllerRecord", m_facts.controller);
        ctx.set("processorRecord", m_facts.processor);
        ctx.set("both", m_facts.controller && m_facts.processor);
        Data n;
        for (auto it = m_facts.sections.begin(); it != m_facts.sections.end(); ++it)
            n.set(it.key().toStdString(), it.value().toStdString());
        ctx.set("n", n);

        List joint, overview, retention, processors, measures;
        for (const Party *p : m_facts.jointControllers) {
            QStringList activities;
            for (const ProcessingActivity *a : m_facts.all)
                if (a->jointControllers.contains(p->id))
                    activities.append(title(a));
            Data d = party(p);
            d.set("arrangement", str(m_f.text(p->arrangement)));
            d.set("activities", str(activities.join(QStringLiteral("; "))));
            joint.push_back(d);
        }
        for (const ProcessingActivity *a : m_facts.all) {
            Data d = fields({{"number", m_facts.numbers.value(a->id)}, {"name", m_f.text(a->name)}, {"role", m_f.label("roles", a->role)}, {"department", a->department}, {"status", m_f.label("statuses", a->status)}, {"bases", bases(*a).join(QStringLiteral("; "))}, {"nextReview", m_f.date(a->nextReview)}});
            d.set("processor", a->role == ActivityRole::Processor);
            overview.push_back(d);
            for (const RetentionRule &r : a->retention)
                retention.push_back(fields({{"activity", title(a)}}, this->retention(r)));
        }
        for (const auto &[p, depth] : m_facts.processors) {
            Data d = party(p);
            // A party can be our processor and a sub-processor for client data at once (item 7).
            QStringList roles;
            for (const PartyRole role : relationshipRoles(m_reg, *p))
                roles.append(m_f.label("partyRoles", role));
            d.set("role", str(roles.join(QStringLiteral(" / "))));
            d.set("sub", depth > 0);
            d.set("parent", str(depth > 0 ? partyName(p->parent) : QString()));
            processors.push_back(d);
        }
        setTransfers(ctx, m_facts.transfers, m_facts.transferFindings);
        for (const SecurityMeasure &m : m_reg.measures)
            measures.push_back(fields({{"name", m_f.text(m.name)}, {"type", m_f.label("measureTypes", m.type)}, {"description", m_f.text(m.description)}}));
        for (auto &[key, items] : {std::pair{"jointControllers", &joint}, std::pair{"overview", &overview},
                                   std::pair{"retention", &retention}, std::pair{"processors", &processors},
                                   std::pair{"measures", &measures}})
            setList(ctx, key, std::move(*items));
        return ctx;
    }

private:
    const Register &m_reg;
    const RecordFacts &m_facts;
    const RecordFormats &m_f;
    const RecordOptions &m_options;
};

} // namespace

struct RecordContext::Private
{
    Private(const Register &reg, const RecordOptions &options, const QJsonObject &strings)
        : formats(strings, options.language, reg.organisation.language)
        , facts(RecordFacts::derive(reg, options))
        , builder(reg, facts, formats, options)
    {
    }
    RecordFormats formats;
    RecordFacts facts;
    ContextBuilder builder;
    QList<Item> items;
};

RecordContext::RecordContext(const Register &reg, const RecordOptions &options, const QJsonObject &strings)
    : d(std::make_unique<Private>(reg, options, strings))
{
    const RecordFacts &f = d->facts;
    for (const ProcessingActivity *a : f.controllerActivities)
        d->items.append({a, -1, a == f.controllerActivities.first()});
    for (int i = 0; i < f.clients.size(); ++i) {
        d->items.append({nullptr, i, i == 0});
        for (const ProcessingActivity *a : f.clients.at(i).activities)
            d->items.append({a, i, a == f.clients.at(i).activities.first()});
    }
}

RecordContext::~RecordContext() = default;

const QList<RecordContext::Item> &RecordContext::items() const
{
    return d->items;
}

RecordContext::Data RecordContext::itemData(const Item &item) const
{
    if (item.activity)
        return d->builder.activity(*item.activity, item.first);
    Data data = d->builder.client(d->facts.clients.at(item.client), item.client);
    data.set("first", item.first);
    return data;
}

RecordContext::Data RecordContext::documentData() const
{
    return d->builder.document();
}

QString RecordContext::version() const
{
    return d->facts.version;
}

QString RecordContext::activityNumber(const QString &id) const
{
    return d->facts.numbers.value(id);
}

QString RecordContext::date(const QDate &date) const
{
    return d->formats.date(date);
}

QString RecordContext::string(const QString &path) const
{
    return d->formats.string(path);
}

} // namespace Fortegnelse

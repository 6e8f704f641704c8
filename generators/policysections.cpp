#include "policysections.h"

#include "gapmarker.h"

#include "referencedata.h"
#include "templatedata.h"

#include <QSet>

namespace Fortegnelse::PolicySections {

namespace {

using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;

using TemplateData::clause;
using TemplateData::lines;
using TemplateData::list;

Data str(const QString &s)
{
    return TemplateData::text(s);
}

Data basisData(CodeList codes, const QString &code, const QString &citation, const LanguageFormats &f)
{
    if (code.isEmpty())
        return false;
    const auto *e = ReferenceData::instance().entry(codes, code);
    Data d;
    d.set("label", str(e ? f.text(e->label) : code));
    d.set("citation", str(citation));
    return d;
}

/// One purpose inside its basis group: what it is for and what only it adds (the
/// legitimate interest, the law, the Art. 9/10 and national-number grounds).
Data purposeData(const ProcessingActivity &a, const Purpose &p, const LanguageFormats &f)
{
    Data d;
    const QString description = f.text(p.description);
    d.set("description", clause(description.isEmpty() ? f.text(a.name) : description));
    d.set("activity", str(f.text(a.name)));
    d.set("legitimateInterest", clause(f.text(p.legitimateInterest)));
    d.set("directMarketing", p.directMarketing);
    d.set("special", basisData(CodeList::Art9, p.specialCondition, f.art9(p.specialCondition), f));
    d.set("criminal", basisData(CodeList::Art10, p.criminalBasis, f.citation(p.criminalBasis), f));
    Data cpr = basisData(CodeList::Cpr, p.cprGround, f.citation(p.cprGround), f);
    if (!p.cprGround.isEmpty()) {
        // The number is named by the country whose law the ground is (item 9).
        const QString country = ReferenceData::instance().groundCountry(CodeList::Cpr, p.cprGround);
        cpr.set("dk", country == u"DK");
        cpr.set("no", country == u"NO");
        cpr.set("se", country == u"SE");
        cpr.set("other", country != u"DK" && country != u"NO" && country != u"SE");
    }
    d.set("cpr", cpr);
    QStringList laws;
    for (const QString &key : p.lawReferences)
        laws.append(f.citation(key));
    d.set("law", str(f.join(laws)));
    return d;
}

Data partyData(const Register &reg, const Party &p, const LanguageFormats &f)
{
    Data d;
    d.set("name", str(f.party(p)));
    d.set("country", str(p.country.isEmpty() ? QString() : f.country(p.country)));
    const auto *c = ReferenceData::instance().country(p.country);
    d.set("outsideEea", c && !c->isEea());
    d.set("service", clause(f.text(p.service)));
    d.set("website", str(p.website));
    d.set("privacyPolicyUrl", str(p.privacyPolicyUrl));
    d.set("arrangement", str(f.text(p.arrangement)));
    d.set("processing", str(f.text(p.processing)));
    d.set("email", str(p.email));
    QStringList subNames;
    for (const Party &sp : reg.parties)
        if (sp.parent == p.id)
            subNames.append(sp.country.isEmpty() ? f.party(sp)
                                                 : QStringLiteral("%1 (%2)").arg(f.party(sp), f.country(sp.country)));
    d.set("hasSubProcessors", !subNames.isEmpty());
    d.set("subProcessorList", str(f.join(subNames)));
    return d;
}

/// Recipients of one kind that say the same thing of themselves (same country, same
/// service, no sub-processors of their own) are named together in one line, so that two
/// parties running one platform do not repeat a sentence (issue 13: no repeats).
class RecipientGroups
{
public:
    /// \a parents: the parties that have sub-processors.
    explicit RecipientGroups(const QSet<QString> &parents)
        : m_parents(parents)
    {}

    void add(const Register &reg, const Party &p, const LanguageFormats &f)
    {
        const bool hasSubProcessors = m_parents.contains(p.id);
        const QString service = f.text(p.service);
        if (!hasSubProcessors && !service.isEmpty()) {
            for (Group &g : m_groups)
                if (g.alone && g.country == p.country && g.service == service) {
                    g.names.append(f.party(p));
                    return;
                }
        }
        m_groups.push_back({partyData(reg, p, f), {f.party(p)}, p.country, service, !hasSubProcessors});
    }
    List list(const LanguageFormats &f)
    {
        List out;
        for (Group &g : m_groups) {
            if (g.names.size() > 1)
                g.data.set("name", str(f.join(g.names)));
            out.push_back(std::move(g.data));
        }
        return out;
    }
    bool empty() const { return m_groups.empty(); }

private:
    struct Group
    {
        Data data;
        QStringList names;
        QString country, service;
        bool alone;
    };
    const QSet<QString> &m_parents;
    std::vector<Group> m_groups;
};

/// Names joined for the first layer: "a, b and c"; but where a name holds a comma or an
/// "and" of its own ("authorities, where the law requires it", "website and cookies"),
/// they are set apart by semicolons, so that "and" joins only the last.
QString summaryList(const QStringList &names, const Input &in)
{
    const QString andWord = in.set.string(QStringLiteral("and"));
    const QString inner = QLatin1Char(' ') + andWord + QLatin1Char(' ');
    const bool own = std::any_of(names.cbegin(), names.cend(),
                                 [&](const QString &s) { return s.contains(u',') || s.contains(inner); });
    if (!own || names.size() < 2)
        return in.f.join(names);
    return names.mid(0, names.size() - 1).join(QStringLiteral("; ")) + QStringLiteral("; ") + andWord + QLatin1Char(' ')
        + names.last();
}

} // namespace

QStringList properNouns(const Register &reg)
{
    QStringList out;
    const auto add = [&](const QString &name) {
        const QString first = name.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('-'), 0, 0);
        if (first.size() >= 2)
            out.append(first);
    };
    add(reg.organisation.name);
    // A party named by what it does ("Udbyder af nyhedsbrevsløsning", "Provider of
    // analytics") is no proper noun: a preposition joins lower-case words. A name without
    // one is a name, even with its later words in lower case, as Nordic names have them
    // ("Statens vegvesen", "Svenska kraftnät"); so is one with a capital or a digit in a
    // later word ("Bank of America").
    static const QStringList prepositions{QStringLiteral("af"), QStringLiteral("av"), QStringLiteral("of"),
                                          QStringLiteral("for"), QStringLiteral("för"), QStringLiteral("til"),
                                          QStringLiteral("till"), QStringLiteral("med"),
                                          QStringLiteral("på"), QStringLiteral("om")};
    const auto addParty = [&](const QString &name) {
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const auto later = [&](auto test) { return std::any_of(words.cbegin() + std::min<qsizetype>(1, words.size()), words.cend(), test); };
        const bool capital = later([](const QString &w) { return w.at(0).isUpper() || w.at(0).isDigit(); });
        const bool descriptive = later([](const QString &w) { return prepositions.contains(w); });
        if (words.size() == 1 || capital || !descriptive)
            add(name);
    };
    // A name given in other languages is a description (Party::translatedName).
    for (const Party &p : reg.parties)
        if (p.translatedName.isEmpty())
            addParty(p.name);
    for (const Cookie &c : reg.cookies)
        add(c.provider);
    return out;
}

QString inRunningText(const QString &name, const QStringList &properNouns)
{
    if (name.size() < 2 || !name.at(0).isUpper())
        return name;
    const QString firstWord = name.section(QLatin1Char(' '), 0, 0);
    for (qsizetype i = 1; i < firstWord.size(); ++i)
        if (firstWord.at(i).isUpper() || firstWord.at(i).isDigit())
            return name; // an acronym or a brand: "IP-adresse", "CPR-nummer", "eID"
    for (const QString &noun : properNouns)
        if (firstWord.startsWith(noun, Qt::CaseSensitive))
            return name;
    return name.at(0).toLower() + name.mid(1);
}

void organisation(MustacheData &ctx, const Input &in)
{
    const Organisation &o = in.reg.organisation;
    const PolicySettings &p = in.reg.policy;
    const LanguageFormats &f = in.f;
    Data org;
    org.set("name", str(o.name));
    org.set("registrationNumber", str(o.registrationNumber));
    org.set("address", lines(o.address));
    org.set("country", str(o.country.isEmpty() ? QString() : f.country(o.country)));
    org.set("email", str(o.email));
    org.set("phone", str(o.phone));
    org.set("website", str(o.website));
    const QString registrationLabel = in.set.string(QStringLiteral("registrationLabels.") + o.country);
    org.set("registrationLabel", str(registrationLabel.isEmpty() ? in.set.string(QStringLiteral("registrationLabels.default")) : registrationLabel));
    ctx.set("org", org);
    const auto person = [&](const ContactPerson &c) -> Data {
        if (c == ContactPerson{})
            return false;
        Data d;
        d.set("name", str(c.name));
        d.set("email", str(c.email));
        d.set("phone", str(c.phone));
        d.set("address", lines(c.address));
        return d;
    };
    ctx.set("dpo", person(o.dpo));
    ctx.set("representative", person(o.representative));
    Data contact;
    contact.set("name", str(p.contactName));
    contact.set("email", str(p.contactEmail.isEmpty() ? o.email : p.contactEmail));
    contact.set("phone", str(p.contactPhone.isEmpty() ? o.phone : p.contactPhone));
    contact.set("page", str(o.contactPage));
    ctx.set("contact", contact);
    // The controller section gives the organisation's details; a separate contact for
    // privacy questions is stated only where it says something more (item 2: no repeats).
    // Nor where the contact is the data protection officer, whose section follows.
    const auto same = [](const QString &given, const QString &dpo) { return given.isEmpty() || given == dpo; };
    const bool contactIsDpo = !o.dpo.email.isEmpty() && same(p.contactName, o.dpo.name)
        && same(p.contactEmail, o.dpo.email) && same(p.contactPhone, o.dpo.phone)
        && (!p.contactName.isEmpty() || !p.contactEmail.isEmpty());
    ctx.set("contactDiffers", !contactIsDpo && (!p.contactName.isEmpty() || (!p.contactEmail.isEmpty() && p.contactEmail != o.email) || (!p.contactPhone.isEmpty() && p.contactPhone != o.phone)));

    ctx.set("title", str(f.text(p.title)));
    ctx.set("scope", str(f.text(p.scope)));
    ctx.set("version", str(p.version));
    ctx.set("lastUpdated", str(f.date(p.lastUpdated)));
    ctx.set("changeNotice", clause(f.text(p.changeNotice)));
    ctx.set("responseTime", str(p.responseDays > 0 ? f.period(p.responseDays, QStringLiteral("days")) : QString()));
    const SubjectCategory *audience = in.reg.subjectCategories.find(in.facts.audience);
    ctx.set("audience", str(audience ? inRunningText(f.text(audience->name), properNouns(in.reg)) : QString()));
}

void purposes(MustacheData &ctx, const Input &in)
{
    const LanguageFormats &f = in.f;
    const QString lang = in.set.language();
    // One statement per Art. 6 basis, in the order the register first uses them, with the
    // purposes that rest on it listed under it: the basis is said once (item 2).
    QStringList order;
    std::map<QString, List> byBasis;
    QStringList activityNames;
    const QStringList nouns = properNouns(in.reg);
    for (const ProcessingActivity *a : in.facts.activities) {
        activityNames.append(inRunningText(f.text(a->name), nouns));
        for (const Purpose &p : a->purposes) {
            if (!order.contains(p.legalBasis))
                order.append(p.legalBasis);
            byBasis[p.legalBasis].push_back(purposeData(*a, p, f));
        }
    }
    // The per-activity form earlier templates use, kept so an officer's own purposes
    // template still renders.
    List activities;
    for (const ProcessingActivity *a : in.facts.activities) {
        Data d;
        d.set("name", str(f.text(a->name)));
        d.set("description", clause(f.text(a->description)));
        List purposes;
        for (const Purpose &p : a->purposes) {
            Data pd = purposeData(*a, p, f);
            pd.set("description", clause(f.text(p.description)));
            pd.set("basis", basisData(CodeList::Art6, p.legalBasis, f.art6(p.legalBasis), f));
            for (const char *letter : {"a", "b", "c", "d", "e", "f"})
                pd.set(std::string("basis_") + letter, p.legalBasis == QLatin1String(letter));
            purposes.push_back(pd);
        }
        d.set("purposes", list(std::move(purposes)));
        activities.push_back(d);
    }
    ctx.set("activities", list(std::move(activities)));
    List groups;
    for (const QString &basis : order) {
        Data g;
        for (const char *letter : {"a", "b", "c", "d", "e", "f"})
            g.set(std::string("basis_") + letter, basis == QLatin1String(letter));
        g.set("citation", str(basis.isEmpty() ? QString() : f.art6(basis)));
        g.set("gap", str(basis.isEmpty() ? gapMarker(Gap::LegalBasis, lang) : QString()));
        g.set("purposes", list(std::move(byBasis[basis])));
        groups.push_back(g);
    }
    ctx.set("hasActivities", !in.facts.activities.isEmpty());
    ctx.set("basisGroups", list(std::move(groups)));
    QString names = summaryList(activityNames, in);
    if (!names.isEmpty())
        names[0] = names.at(0).toUpper();
    ctx.set("activityNames", str(names));
}

void data(MustacheData &ctx, const Input &in)
{
    const Register &reg = in.reg;
    const QStringList nouns = properNouns(reg);
    const auto namesOf = [&](DataKind kind) {
        QStringList out;
        for (const QString &id : in.facts.data) {
            const DataCategory *c = reg.dataCategories.find(id);
            if (c->dataKind == kind)
                out.append(inRunningText(in.f.text(c->name), nouns));
        }
        return in.f.join(out);
    };
    // The lists earlier templates use, kept so an officer's own data template still renders.
    const auto categoryList = [&](DataKind kind) {
        List out;
        for (const QString &id : in.facts.data) {
            const DataCategory *c = reg.dataCategories.find(id);
            if (c->dataKind != kind)
                continue;
            Data d;
            d.set("name", str(in.f.text(c->name)));
            d.set("description", str(in.f.text(c->description)));
            out.push_back(d);
        }
        return list(std::move(out));
    };
    ctx.set("hasData", !in.facts.data.isEmpty() || !in.facts.subjects.isEmpty());
    for (const auto &[key, kind] : {std::pair{"ordinaryData", DataKind::Ordinary},
                                    std::pair{"specialData", DataKind::Special},
                                    std::pair{"criminalData", DataKind::Criminal},
                                    std::pair{"nationalIdData", DataKind::NationalId}}) {
        Data items = categoryList(kind);
        std::string flag = std::string("has") + key;
        flag[3] = char(std::toupper(flag[3]));
        ctx.set(flag, items.is_list());
        ctx.set(key, items);
        // In running text, lower-cased where they are common nouns (item 2).
        ctx.set(std::string(key) + "Text", str(namesOf(kind)));
    }
    QStringList subjects;
    for (const QString &id : in.facts.subjects)
        subjects.append(inRunningText(in.f.text(reg.subjectCategories.find(id)->name), nouns));
    ctx.set("subjectNames", str(in.f.join(subjects)));
}

void sources(MustacheData &ctx, const Input &in)
{
    List sources;
    bool indirectOnly = false;
    for (const ProcessingActivity *a : in.facts.activities) {
        indirectOnly |= a->indirectOnly;
        for (const Source &s : a->sources) {
            Data d;
            d.set("activity", str(in.f.text(a->name)));
            d.set("description", clause(in.f.text(s.description)));
            d.set("publiclyAvailable", s.publiclyAvailable);
            sources.push_back(d);
        }
    }
    ctx.set("hasSources", !sources.empty());
    ctx.set("sources", list(std::move(sources)));
    ctx.set("indirectOnly", indirectOnly);
}

void recipients(MustacheData &ctx, const Input &in)
{
    const Register &reg = in.reg;
    const LanguageFormats &f = in.f;
    // A joint-controller statement names the activities it concerns (item 12).
    const auto jointData = [&](const Party &party) {
        Data d = partyData(reg, party, f);
        QStringList concerned;
        for (const ProcessingActivity *a : in.facts.activities)
            if (a->jointControllers.contains(party.id))
                concerned.append(f.text(a->name));
        d.set("jointActivities", str(f.join(concerned)));
        return d;
    };
    List joint;
    QStringList summary; // for the first layer
    bool processorsAgreed = true; // "we have agreements with them" only if each is recorded
    QSet<QString> parents; // read once, not once a recipient
    for (const Party &p : reg.parties)
        if (!p.parent.isEmpty())
            parents.insert(p.parent);
    RecipientGroups processors(parents), controllers(parents), authorities(parents);
    const QStringList nouns = properNouns(reg);
    for (const QString &id : in.facts.recipients) {
        const Party *party = reg.parties.find(id);
        switch (party->role) {
        case PartyRole::Processor:
        case PartyRole::SubProcessor:
            processorsAgreed &= party->agreement.isRecorded();
            processors.add(reg, *party, f);
            break;
        case PartyRole::PublicAuthority: authorities.add(reg, *party, f); break;
        case PartyRole::JointController: joint.push_back(jointData(*party)); break;
        default: controllers.add(reg, *party, f); break;
        }
        summary.append(inRunningText(f.party(*party), nouns));
    }
    for (const QString &id : in.facts.jointControllers)
        if (!in.facts.recipients.contains(id))
            joint.push_back(jointData(*reg.parties.find(id)));
    List recipientCategories;
    for (const LocalText &t : in.facts.recipientCategories) {
        Data d;
        d.set("name", str(f.text(t)));
        recipientCategories.push_back(d);
        summary.append(inRunningText(f.text(t), nouns));
    }
    // The first layer names at most five; the full text names them all.
    if (summary.size() > 6)
        summary = summary.mid(0, 5) << in.set.string(QStringLiteral("others"));
    const bool anyRecipients = !processors.empty() || !controllers.empty() || !authorities.empty()
        || !recipientCategories.empty();
    ctx.set("recipientSummary", str(summaryList(summary, in)));
    ctx.set("hasProcessors", !processors.empty());
    ctx.set("processorsAgreed", processorsAgreed);
    ctx.set("hasControllers", !controllers.empty());
    ctx.set("hasAuthorities", !authorities.empty());
    ctx.set("hasRecipientCategories", !recipientCategories.empty());
    ctx.set("hasNamedRecipients", !processors.empty() || !controllers.empty() || !authorities.empty());
    ctx.set("processors", processors.list(f));
    ctx.set("controllers", controllers.list(f));
    ctx.set("authorities", authorities.list(f));
    ctx.set("jointControllers", list(std::move(joint)));
    ctx.set("recipientCategories", list(std::move(recipientCategories)));
    ctx.set("hasRecipients", anyRecipients);
}

void processor(MustacheData &ctx, const Input &in)
{
    List clients;
    bool clientsAgreed = !in.facts.clients.isEmpty();
    for (const QString &id : in.facts.clients) {
        const Party *c = in.reg.parties.find(id);
        clientsAgreed &= c && c->agreement.isRecorded();
        if (c)
            clients.push_back(partyData(in.reg, *c, in.f));
    }
    ctx.set("clientsAgreed", clientsAgreed);
    List processorActivities;
    for (const ProcessingActivity *a : in.facts.processorActivities) {
        Data d;
        d.set("name", str(in.f.text(a->name)));
        d.set("description", str(in.f.text(a->description)));
        processorActivities.push_back(d);
    }
    ctx.set("isProcessor", !in.facts.processorActivities.isEmpty());
    ctx.set("clients", list(std::move(clients)));
    ctx.set("processorActivities", list(std::move(processorActivities)));
}

} // namespace Fortegnelse::PolicySections

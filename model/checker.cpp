#include "checker.h"

#include "document.h"

namespace Fortegnelse {

Checker::Checker(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &Document::changed, this, &Checker::onChanged);
    recheckAll();
}

Checker::~Checker() = default;

void Checker::setToday(const QDate &today)
{
    m_fixedToday = today;
    recheckAll();
}

void Checker::refreshContext()
{
    m_ctx.today = m_fixedToday.isValid() ? m_fixedToday : QDate::currentDate();
    m_ctx.lastChange = m_document->lastChange();
}

void Checker::recheckAll()
{
    if (!m_document)
        return;
    refreshContext();
    const Register &reg = m_document->reg();
    m_index = std::make_unique<CheckIndex>(reg);
    m_country = reg.organisation.country;
    m_language = reg.organisation.language;
    recountAllTexts();
    m_registerWide = registerWide(reg);
    m_dirty = true;
    m_byActivity.clear();
    m_reached.clear();
    m_dependents.clear();
    m_processorActivities.clear();
    m_byActivity.reserve(reg.activities.size());
    for (const ProcessingActivity &a : reg.activities)
        checkActivityNow(a.id);
    checkAllParties();
    m_byTransfer.clear();
    m_transferParty.clear();
    m_transferActivities.clear();
    for (const Transfer &t : reg.transfers)
        checkTransferNow(t.id);
    publish();
}

void Checker::onChanged(const Change &change)
{
    if (!m_document)
        return;
    const QDate checkedOn = m_ctx.today;
    refreshContext();
    if (change.type == Change::Reset || m_ctx.today != checkedOn) {
        recheckAll();
        return;
    }
    const Register &reg = m_document->reg();
    switch (change.kind) {
    case EntityKind::Organisation:
        // Every item's messages use the register's language for names, and the
        // activities' national-law rules and the transfers' EEA rules follow its country.
        m_index = std::make_unique<CheckIndex>(reg);
        if (reg.organisation.country != m_country || reg.organisation.language != m_language) {
            recheckAll();
            return;
        }
        break;
    case EntityKind::SubjectCategory:
    case EntityKind::DataCategory:
        // Kinds, flags and names of categories feed every activity that uses them. The
        // catalogues change rarely, so a full pass is cheaper than another index.
        recheckAll();
        return;
    case EntityKind::Policy:
    case EntityKind::Measure:
    case EntityKind::Cookie:
        break;
    case EntityKind::Activity: {
        const ProcessingActivity *a = reg.activities.find(change.id);
        if (m_processorActivities.contains(change.id)
            || (a && a->role == ActivityRole::Processor)) {
            m_index = std::make_unique<CheckIndex>(reg);
            checkAllParties(); // which sub-processors we engage ourselves
        }
        checkActivityNow(change.id);
        checkTransfers(m_index->transfersOfActivity(change.id)); // Art. 49 on active ones
        break;
    }
    case EntityKind::Party: {
        m_index = std::make_unique<CheckIndex>(reg);
        // The activities that reached the party before, and those reaching its processors
        // now (its data flows down to it from them).
        QSet<QString> affected = m_dependents.value(change.id);
        QSet<QString> seen{change.id};
        for (const Party *p = reg.parties.find(change.id);
             p && !p->parent.isEmpty() && !seen.contains(p->parent);
             p = reg.parties.find(p->parent)) {
            seen.insert(p->parent);
            affected += m_dependents.value(p->parent);
        }
        checkActivities(affected);
        checkAllParties(); // sub-processor parents, names
        checkTransfers(m_index->transfersOfParty(change.id));
        break;
    }
    case EntityKind::Transfer: {
        const QString before = m_transferParty.value(change.id);
        const QStringList activitiesBefore = m_transferActivities.value(change.id);
        m_index = std::make_unique<CheckIndex>(reg);
        checkTransferNow(change.id);
        const QString after = m_transferParty.value(change.id);
        QSet<QString> named(activitiesBefore.cbegin(), activitiesBefore.cend());
        for (const QString &id : m_transferActivities.value(change.id))
            named.insert(id);
        checkActivities(m_dependents.value(before) + m_dependents.value(after) + named);
        checkAllParties(); // the DPF rules follow the transfers
        break;
    }
    }
    recountTexts(change.kind, change.id);
    QList<Problem> wide = registerWide(reg);
    if (wide != m_registerWide) {
        m_registerWide = std::move(wide);
        m_dirty = true;
    }
    publish();
}

void Checker::checkActivities(const QSet<QString> &ids)
{
    for (const QString &id : ids)
        checkActivityNow(id);
}

void Checker::checkActivityNow(const QString &id)
{
    for (const QString &party : m_reached.take(id)) {
        const auto it = m_dependents.find(party);
        if (it == m_dependents.end())
            continue;
        it->remove(id);
        if (it->isEmpty())
            m_dependents.erase(it);
    }
    const Register &reg = m_document->reg();
    const ProcessingActivity *a = reg.activities.find(id);
    if (!a) {
        m_dirty = m_byActivity.take(id).size() > 0 || m_dirty;
        m_processorActivities.remove(id);
        return;
    }
    if (a->role == ActivityRole::Processor)
        m_processorActivities.insert(id);
    else
        m_processorActivities.remove(id);
    QStringList reached;
    store(m_byActivity, id, checkActivity(reg, *a, m_ctx, *m_index, &reached));
    for (const QString &party : reached)
        m_dependents[party].insert(id);
    if (!reached.isEmpty())
        m_reached.insert(id, reached);
}

void Checker::checkAllParties()
{
    const Register &reg = m_document->reg();
    QHash<QString, QList<Problem>> byParty;
    byParty.reserve(reg.parties.size());
    for (const Party &p : reg.parties)
        byParty.insert(p.id, checkParty(reg, p, m_ctx, *m_index));
    if (byParty != m_byParty) {
        m_byParty = std::move(byParty);
        m_dirty = true;
    }
}

void Checker::checkTransfers(const QStringList &ids)
{
    for (const QString &id : ids)
        checkTransferNow(id);
}

void Checker::checkTransferNow(const QString &id)
{
    const Register &reg = m_document->reg();
    const Transfer *t = reg.transfers.find(id);
    if (!t) {
        m_dirty = m_byTransfer.take(id).size() > 0 || m_dirty;
        m_transferParty.remove(id);
        m_transferActivities.remove(id);
        return;
    }
    store(m_byTransfer, id, checkTransfer(reg, *t, m_ctx));
    m_transferParty.insert(id, t->party);
    m_transferActivities.insert(id, t->activities);
}

namespace {

QString censusKey(EntityKind kind, const QString &id)
{
    return QString::number(int(kind)) + QLatin1Char('/') + id;
}

} // namespace

void Checker::recountTexts(EntityKind kind, const QString &id)
{
    TextCensus census = textCensus(m_document->reg(), kind, id);
    TextCensus &kept = m_census[censusKey(kind, id)];
    for (std::size_t set = 0; set < m_textCounts.size(); ++set)
        m_textCounts[set] += census.count[set] - kept.count[set];
    kept = std::move(census);
}

void Checker::recountAllTexts()
{
    const Register &reg = m_document->reg();
    m_census.clear();
    m_textCounts = {};
    recountTexts(EntityKind::Organisation, {});
    recountTexts(EntityKind::Policy, {});
    const_cast<Register &>(reg).forEachList([&](const auto &list) {
        using Item = typename std::decay_t<decltype(list)>::value_type;
        for (const auto &item : list)
            recountTexts(Item::kind, item.id);
    });
}

QList<Problem> Checker::registerWide(const Register &reg)
{
    // The counts are kept edit by edit; the examples a message names are looked up in
    // register order, as checkTranslations() finds them, only when there is a message.
    const auto examples = [&](int set) {
        QStringList found;
        const auto take = [&](EntityKind kind, const QString &id) {
            if (found.size() >= TextCensus::examplesKept)
                return;
            if (const auto it = m_census.constFind(censusKey(kind, id)); it != m_census.cend())
                for (const QString &text : it->examples[std::size_t(set)])
                    if (found.size() < TextCensus::examplesKept)
                        found.append(text);
        };
        take(EntityKind::Organisation, {});
        take(EntityKind::Policy, {});
        const_cast<Register &>(reg).forEachList([&](const auto &list) {
            using Item = typename std::decay_t<decltype(list)>::value_type;
            for (const auto &item : list) {
                if (found.size() >= TextCensus::examplesKept)
                    return;
                take(Item::kind, item.id);
            }
        });
        return found;
    };
    return checkOrganisation(reg, m_ctx) + translationProblems(reg, m_textCounts, examples) + checkPolicy(reg, m_ctx);
}

void Checker::store(QHash<QString, QList<Problem>> &cache, const QString &id,
                    QList<Problem> problems)
{
    const auto it = cache.find(id);
    if (it == cache.end()) {
        m_dirty = m_dirty || !problems.isEmpty();
        cache.insert(id, std::move(problems));
    } else if (*it != problems) {
        *it = std::move(problems);
        m_dirty = true;
    }
}

void Checker::publish()
{
    // Most edits (typing a description, a date) change no problem: then nothing is rebuilt.
    if (!m_dirty)
        return;
    m_dirty = false;
    // The same order as checkRegister(): register-wide, then each list in register order.
    const Register &reg = m_document->reg();
    ProblemCollector all;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Advice})
        all.reserve(s, m_counts[int(s)] + 16);
    all.add(m_registerWide);
    const auto collect = [&all](const auto &list, const QHash<QString, QList<Problem>> &cache) {
        for (const auto &item : list)
            if (const auto it = cache.constFind(item.id); it != cache.cend())
                all.add(*it);
    };
    collect(reg.activities, m_byActivity);
    collect(reg.parties, m_byParty);
    collect(reg.transfers, m_byTransfer);
    m_problems = all.take();
    m_counts[0] = m_counts[1] = m_counts[2] = 0;
    for (const Problem &p : m_problems)
        ++m_counts[int(p.severity)];
    emit problemsChanged();
}

} // namespace Fortegnelse

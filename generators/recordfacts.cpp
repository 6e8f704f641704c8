#include "recordfacts.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace Fortegnelse {

RecordFacts RecordFacts::derive(const Register &reg, const RecordOptions &options)
{
    RecordFacts f;
    f.controller = options.kind != RecordKind::Processor;
    f.processor = options.kind != RecordKind::Controller;
    QList<const ProcessingActivity *> processed;
    for (const ProcessingActivity &a : reg.activities)
        (a.role == ActivityRole::Processor ? processed : f.controllerActivities).append(&a);
    if (!f.controller)
        f.controllerActivities.clear();
    // "Both" leaves out a processor record with nothing in it; asked for alone, it
    // is written, and says so.
    if (options.kind == RecordKind::Both && processed.isEmpty())
        f.processor = false;
    if (f.processor) {
        for (const Party &p : reg.parties)
            if (p.role == PartyRole::ClientController)
                f.clients.append({p.id, &p, {}});
        for (const ProcessingActivity *a : processed) {
            auto it = std::find_if(f.clients.begin(), f.clients.end(),
                                   [&](const Client &c) { return c.id == a->client; });
            if (it == f.clients.end())
                it = f.clients.insert(f.clients.end(), {a->client, reg.parties.find(a->client), {}});
            it->activities.append(a);
        }
    }
    int section = 0;
    for (const char *key : {"details", "overview"})
        f.sections.insert(QLatin1String(key), QString::number(++section));
    if (f.controller) {
        const QString n = QString::number(++section);
        f.sections.insert(QStringLiteral("activities"), n);
        for (int i = 0; i < f.controllerActivities.size(); ++i)
            f.numbers.insert(f.controllerActivities.at(i)->id, QStringLiteral("%1.%2").arg(n).arg(i + 1));
        f.all = f.controllerActivities;
    }
    if (f.processor) {
        const QString n = QString::number(++section);
        f.sections.insert(QStringLiteral("processor"), n);
        for (int c = 0; c < f.clients.size(); ++c)
            for (int i = 0; i < f.clients.at(c).activities.size(); ++i) {
                const ProcessingActivity *a = f.clients.at(c).activities.at(i);
                f.numbers.insert(a->id, QStringLiteral("%1.%2.%3").arg(n).arg(c + 1).arg(i + 1));
                f.all.append(a);
            }
    }

    QSet<QString> joint;
    for (const ProcessingActivity *a : std::as_const(f.all))
        for (const QString &id : a->jointControllers)
            joint.insert(id);
    for (const Party &p : reg.parties)
        if (p.role == PartyRole::JointController || joint.contains(p.id))
            f.jointControllers.append(&p);

    // Processors, each followed by its sub-processors.
    QSet<QString> placed;
    const auto isProcessor = [](const Party &p) { return p.role == PartyRole::Processor || p.role == PartyRole::SubProcessor; };
    std::function<void(const Party &, int)> place = [&](const Party &p, int depth) {
        if (!placed.contains(p.id)) {
            placed.insert(p.id);
            f.processors.append({&p, depth});
            for (const Party &child : reg.parties)
                if (isProcessor(child) && child.parent == p.id)
                    place(child, depth + 1);
        }
    };
    for (const Party &p : reg.parties) {
        const Party *parent = reg.parties.find(p.parent);
        if (isProcessor(p) && (!parent || !isProcessor(*parent)))
            place(p, 0);
    }
    for (const Party &p : reg.parties) // a cycle of parents leaves some unplaced
        if (isProcessor(p))
            place(p, 0);

    for (const Transfer &t : reg.transfers) {
        bool relevant = t.activities.isEmpty();
        for (const QString &id : t.activities) {
            if (!f.numbers.contains(id))
                continue;
            relevant = true;
            f.transfersOf[id].append(&t);
        }
        if (relevant)
            f.transfers.append(&t);
    }

    // Whether data leaves the EU/EEA, per activity and for the whole record: only what
    // the register supports (transferstate.h). Cookies are not activities, so the
    // record leaves them to the policy.
    const TransferDeriver deriver(reg);
    QHash<QString, QList<const Transfer *>> byParty;
    for (const Transfer &t : reg.transfers)
        if (!t.party.isEmpty())
            byParty[t.party].append(&t);
    for (const ProcessingActivity *a : std::as_const(f.all)) {
        // A transfer to a party this activity's data reaches is one of its transfers too,
        // even when it was recorded for another activity.
        QList<const Transfer *> &own = f.transfersOf[a->id];
        for (const Disclosure &d : a->recipients)
            if (!d.party.isEmpty())
                for (const QString &id : deriver.chainOf(d.party))
                    for (const Transfer *t : byParty.value(id))
                        if (!own.contains(t))
                            own.append(t);
        if (own.isEmpty())
            f.transfersOf.remove(a->id);
        f.transferFindingsOf.insert(a->id, deriver.derive({a}, f.transfersOf.value(a->id), false));
    }
    f.transferFindings = deriver.derive(f.all, f.transfers, false);

    f.version = options.version.isEmpty() ? reg.policy.version : options.version;
    if (f.version.isEmpty()) {
        QDate latest = reg.policy.lastUpdated;
        for (const ProcessingActivity &a : reg.activities)
            for (const QDate &d : {a.created, a.lastReviewed})
                if (d.isValid() && (!latest.isValid() || d > latest))
                    latest = d;
        // The date the record is made on is no version of the register (issue 12, item 11).
        f.version = latest.isValid() ? latest.toString(Qt::ISODate) : QString();
    }
    return f;
}

} // namespace Fortegnelse

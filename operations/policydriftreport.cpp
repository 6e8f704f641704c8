// Policy drift for its readers: the overview's count, the check's warning made precise,
// and the report as text and JSON (policydrift.h).

#include "document.h"
#include "policydrift.h"
#include "printable.h"
#include "snapshotoperations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fortegnelse {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::PolicyDrift)
};

} // namespace

int policyDriftSections(const Document &doc)
{
    SnapshotQuery query;
    query.kind = Snapshot::Published;
    query.limit = 1;
    query.withContents = true;
    QList<Snapshot> found;
    QString error;
    if (!doc.readSnapshots(query, &found, &error) || found.isEmpty())
        return -1;
    const QString own = doc.reg().organisation.language;
    const QString language = snapshotLanguages().contains(own) ? own : QStringLiteral("da");
    const PolicyDrift drift = policyDrift(doc.reg(), found.first(), language);
    return drift.state == PolicyDrift::Unchanged || drift.state == PolicyDrift::Drifted ? int(drift.sections.size()) : -1;
}

void refineOutdatedPolicy(const QString &path, const Register &reg, QList<Problem> *problems)
{
    const auto outdated = std::find_if(problems->begin(), problems->end(),
                                       [](const Problem &p) { return p.rule == u"policy-outdated"; });
    if (outdated == problems->end())
        return;
    const QString own = reg.organisation.language;
    PolicyDrift drift;
    if (!policyDriftOf(path, snapshotLanguages().contains(own) ? own : QStringLiteral("da"), &drift))
        return;
    if (drift.state == PolicyDrift::Unchanged) {
        problems->erase(outdated);
        return;
    }
    if (drift.state != PolicyDrift::Drifted)
        return;
    QStringList headings;
    for (const SectionDrift &s : std::as_const(drift.sections))
        headings.append(QStringLiteral("“%1”").arg(s.heading));
    outdated->message = Messages::tr("The privacy policy published as version %1 would read differently now in %n "
                                     "section(s): %2. Publish it again so that the information given under Art. 13 "
                                     "and 14 matches the record (WP260 rev.01 on changes to the information); "
                                     "fortegnelse drift lists the sentences.",
                                     nullptr, int(headings.size()))
                            .arg(drift.version, headings.join(QStringLiteral(", ")));
}

QByteArray policyDriftAsText(const PolicyDrift &drift)
{
    QString text;
    const auto line = [&](const QString &s) { text += printable(s) + QLatin1Char('\n'); };
    switch (drift.state) {
    case PolicyDrift::NotPublished:
        line(Messages::tr("The policy has not been published since the register began keeping snapshots, so there "
                          "is nothing to compare with."));
        break;
    case PolicyDrift::Failed: line(Messages::tr("The drift cannot be worked out: %1").arg(drift.error)); break;
    case PolicyDrift::Unchanged:
        line(Messages::tr("The policy published as version %1 would read the same if it were made now (%2).")
                 .arg(drift.version, drift.language));
        break;
    case PolicyDrift::Drifted:
        line(Messages::tr("%n section(s) of the policy published as version %1 would read differently now (%2):",
                          nullptr, int(drift.sections.size()))
                 .arg(drift.version, drift.language));
        break;
    }
    if (drift.state == PolicyDrift::Drifted && drift.basis == PolicyDrift::KeptText)
        line(Messages::tr("The policy made again from the register as published differs from the kept text, so the "
                          "kept text itself was compared; a change of a link's target alone is not seen."));
    for (const SectionDrift &s : drift.sections) {
        text += QLatin1Char('\n');
        switch (s.change) {
        case SectionDrift::Changed: line(Messages::tr("Section: %1").arg(s.heading)); break;
        case SectionDrift::Added: line(Messages::tr("New section: %1").arg(s.heading)); break;
        case SectionDrift::Removed: line(Messages::tr("Section no longer there: %1").arg(s.heading)); break;
        }
        for (const QString &sentence : s.removed)
            line(Messages::tr("- removed: %1").arg(sentence));
        for (const QString &sentence : s.added)
            line(Messages::tr("+ added: %1").arg(sentence));
        if (s.reordered)
            line(Messages::tr("  the same sentences, in another order"));
    }
    return text.toUtf8();
}

QByteArray policyDriftAsJson(const PolicyDrift &drift)
{
    static const char *const states[] = {"notPublished", "unchanged", "drifted", "failed"};
    static const char *const changes[] = {"changed", "added", "removed"};
    QJsonObject o{{QStringLiteral("language"), drift.language},
                  {QStringLiteral("state"), QLatin1String(states[drift.state])}};
    if (drift.state == PolicyDrift::Failed)
        o.insert(QStringLiteral("error"), drift.error);
    if (drift.state == PolicyDrift::Unchanged || drift.state == PolicyDrift::Drifted) {
        o.insert(QStringLiteral("version"), drift.version);
        o.insert(QStringLiteral("published"), drift.published.toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("basis"),
                 drift.basis == PolicyDrift::Regenerated ? QStringLiteral("regenerated") : QStringLiteral("keptText"));
    }
    QJsonArray sections;
    for (const SectionDrift &s : drift.sections) {
        QJsonObject section{{QStringLiteral("change"), QLatin1String(changes[s.change])},
                            {QStringLiteral("section"), s.anchor},
                            {QStringLiteral("heading"), s.heading},
                            {QStringLiteral("removed"), QJsonArray::fromStringList(s.removed)},
                            {QStringLiteral("added"), QJsonArray::fromStringList(s.added)}};
        if (s.reordered)
            section.insert(QStringLiteral("reordered"), true);
        sections.append(section);
    }
    o.insert(QStringLiteral("sections"), sections);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace Fortegnelse

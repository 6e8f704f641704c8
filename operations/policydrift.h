#pragma once

// Policy drift (issue 16 item 4): which sections of the published privacy policy would read
// differently if it were made from the register now, with the sentences that changed. The
// published side comes from the Published snapshot (snapshotoperations.h); the check that
// only says "the register has changed since" is model/checks.cpp's policy-outdated.

#include "operationresult.h"
#include "policydocument.h"
#include "problem.h"
#include "register.h"
#include "snapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Fortegnelse {

class Document;

/// One section of the policy that would read differently.
struct SectionDrift
{
    enum Change
    {
        Changed, ///< in both, with sentences removed or added (or only their order changed)
        Added, ///< only in the policy as it would be now
        Removed, ///< only in the published policy
    };
    Change change = Changed;
    QString anchor; ///< the section's id in the templates ("retention"); empty for the title's
    QString heading; ///< as it reads now; for Removed, as published
    QStringList removed; ///< sentences the published section has and the section now has not
    QStringList added; ///< sentences the section now has and the published one has not
    bool reordered = false; ///< Changed with the same sentences in another order

    friend bool operator==(const SectionDrift &, const SectionDrift &) = default;
};

struct PolicyDrift
{
    enum State
    {
        NotPublished, ///< no published snapshot: nothing to compare with
        Unchanged, ///< every section would read as published
        Drifted, ///< at least one section would read differently
        Failed, ///< a side could not be made or read; see error
    };
    State state = NotPublished;
    QString language;
    QString version; ///< the published version
    QDateTime published; ///< when the snapshot was kept (UTC)
    /// How the published side was read. Regenerated: the policy was made again from the
    /// register the snapshot kept, and it equals the kept text, so two documents were
    /// compared. KeptText: it does not (other templates, another version of Fortegnelse),
    /// so the kept text itself was read back; headings and sentences are the same, but a
    /// change only in a link's target is not seen.
    enum Basis
    {
        Regenerated,
        KeptText,
    };
    Basis basis = Regenerated;
    QList<SectionDrift> sections; ///< in the order of the policy now, removed sections last
    QString error; ///< Failed: why

    bool hasDrift() const { return state == Drifted; }
};

/// Splits a paragraph into sentences: at ".", "!" or "?" followed by a space and a capital,
/// but not after an abbreviation ("Art. 6, stk. 1", "f.eks.", "bl.a.", "nr.", "e.g.", "t.ex.")
/// or an initial.
QStringList splitSentences(const QString &paragraph);

/// The policy \a now would read as, compared with the one \a published kept, in \a language,
/// section by section (by the section's id in the templates, else by heading). The policy is made as publishing makes it
/// (makePublishedSnapshot): the whole policy, the built-in templates.
PolicyDrift policyDrift(const Register &now, const Snapshot &published, const QString &language);

/// As policyDrift(), for the register at \a path and its newest published snapshot;
/// NotPublished when it keeps none. Refused when the register cannot be read.
OperationResult policyDriftOf(const QString &path, const QString &language, PolicyDrift *drift);

/// How many sections of the policy in \a doc's register language (Danish when it has none)
/// would read differently than the newest published snapshot's; -1 when that is not known.
int policyDriftSections(const Document &doc);

/// Makes the checks' "policy-outdated" warning (the register changed after publishing,
/// model/checks.cpp) precise for the register at \a path: dropped when the policy in the
/// register's language would read the same, naming the sections when it would not, left as
/// it is when the drift cannot be worked out (no snapshot kept, a server register).
void refineOutdatedPolicy(const QString &path, const Register &reg, QList<Problem> *problems);

/// The drift as text in the UI language ("Section: heading", "- removed: …", "+ added: …"),
/// or as JSON.
QByteArray policyDriftAsText(const PolicyDrift &drift);
QByteArray policyDriftAsJson(const PolicyDrift &drift);

} // namespace Fortegnelse

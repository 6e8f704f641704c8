#pragma once

#include "entitykind.h"
#include "codes.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Fortegnelse {

class Document;
struct Register;
struct Party;

// The editing decisions the views used to make themselves (issue 18): what a new item
// starts with, how the policy is published, what a tick in the subject-data matrix means,
// what choosing a common category does. Each is one undoable step through the document's
// facade, so the views and tests without widgets call the same rule.

/// The name a new item of \a kind starts with ("New processing activity"), in the UI
/// language; empty for kinds that start without a name.
QString newItemName(EntityKind kind);

/// The field an editor should focus on after adding an item of \a kind.
QString firstFieldOfNewItem(EntityKind kind);

/// Adds an item of \a kind with its defaults: its name in the register's language (Danish
/// when it names none) and, for an activity, \a today as its creation date. Returns the new
/// id, or an empty string for a singleton or when the step could not be written.
QString addItemWithDefaults(Document &doc, EntityKind kind, const QDate &today);

/// Copies the item \a id of \a kind right after the end of its list; returns the copy's id.
QString duplicateItem(Document &doc, EntityKind kind, const QString &id);

/// Removes the item \a id of \a kind and every reference to it, as one step.
bool removeItem(Document &doc, EntityKind kind, const QString &id);

/// The version to suggest when publishing after \a current: "1.0" for none, the last
/// number raised by one ("2.3" -> "2.4", "7" -> "8"), or \a current when it ends in no number.
QString suggestPolicyVersion(const QString &current);

/// Publishes the policy as \a version (trimmed) at \a now: the version, the date it was
/// last updated and the publishing time (to the second), as one step that also keeps a
/// snapshot of the published texts and the register (snapshotoperations.h). Refused for a
/// blank version, for a login that is not the register's administrator on a server, and,
/// with writeFailed(), when the policy cannot be made.
bool publishPolicy(Document &doc, const QString &version, const QDateTime &now);

/// Records whether the data category \a data concerns the subject category \a subject in
/// the activity \a activity. A subject left with no data leaves the matrix.
bool setMatrixCell(Document &doc, const QString &activity, const QString &subject,
                   const QString &data, bool on);

/// The kind of data a shipped common category's "kind" ("special", "criminal",
/// "national-id" or "cpr") stands for; anything else is ordinary data.
DataKind dataKindOfCommonCategory(const QString &referenceKind);

/// Makes the subject or data category \a id the shipped common category \a key: its
/// reference, its name in every language and, for data, its kind. A key that is no common
/// category of that kind is only recorded as the reference. Returns false when nothing
/// could be written.
bool applyCommonCategory(Document &doc, EntityKind kind, const QString &id, const QString &key);

/// Whether a party outside the EU/EEA has its transfer recorded, for the sub-processor chains.
enum class TransferRecord
{
    NotNeeded,
    Recorded,
    Missing
};
TransferRecord transferRecordOf(const Register &reg, const Party &party);

} // namespace Fortegnelse

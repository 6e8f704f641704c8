#pragma once

// The differences between two states of a register, item by item and field by field, and
// the register as it stood at an earlier moment, rebuilt from the journal.

#include "journal.h"
#include "register.h"

#include <QJsonValue>
#include <QList>

namespace Fortegnelse {

/// One difference: an item added or removed, or one field of an item changed. A field
/// that holds a text in several languages differs per language ("description.en").
struct Difference
{
    enum Type
    {
        Added,
        Removed,
        Changed
    };
    Type type = Changed;
    EntityKind kind = EntityKind::Organisation;
    QString id; ///< empty for the singletons
    QString name; ///< the item's display name (in the newer state, or the older if removed)
    QString field; ///< the field's key, with ".sub" for a part of it; empty when added or removed
    QJsonValue before{QJsonValue::Undefined}; ///< Undefined when absent
    QJsonValue after{QJsonValue::Undefined};
    friend bool operator==(const Difference &, const Difference &) = default;
};

/// Every difference from \a older to \a newer, in the file format's order of kinds, then
/// the items' order, then the fields' names.
QList<Difference> diffRegisters(const Register &older, const Register &newer);

/// The differences of one item between two stored bodies (an empty body: it does not exist).
QList<Difference> diffBodies(EntityKind kind, const QString &id, const QString &name,
                             const QByteArray &before, const QByteArray &after);

/// The differences as text in the UI language, as Markdown, or as JSON (docs/history.md).
QString diffAsText(const QList<Difference> &differences);
QString diffAsMarkdown(const QList<Difference> &differences);
QByteArray diffAsJson(const QList<Difference> &differences);

/// The label of a difference's field in the UI language: "Description (en)".
QString differenceFieldLabel(const QString &field);
/// A value of a difference as a reader sees it: a code's label, a quoted text, "yes".
QString differenceValueText(const QJsonValue &value);

/// The register as it stood before the entries in \a newerEntries (newest first, as the
/// journal reads them) were made, starting from \a current. False with *error when an
/// entry does not lead to the state it is taken back from (another program changed the
/// register), or the rebuilt state does not read as a register.
bool registerBefore(const Register &current, const QList<JournalEntry> &newerEntries,
                    Register *out, QString *error);

} // namespace Fortegnelse

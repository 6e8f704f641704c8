#pragma once

#include "entitykind.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Fortegnelse {

/// What one step changed: the document's single notification to views, the problems
/// list and the policy preview.
struct Change
{
    enum Type
    {
        Added,
        Modified,
        Removed,
        Reset
    };
    Type type = Modified;
    EntityKind kind = EntityKind::Organisation;
    QString id; ///< empty for the singletons and for Reset
    /// The keys of the item's fields the step changed ("name", "purposes"), as Document
    /// finds them by comparing the item before and after (Tiled's change events name the
    /// property). Empty when the whole item is new, gone or re-read: then anything may have changed.
    QStringList fields;

    /// Whether the field at \a path ("dpo.email", "purposes[0].legalBasis") may have changed.
    bool touches(const QString &path) const
    {
        if (fields.isEmpty())
            return true;
        QString key = path.section(QLatin1Char('.'), 0, 0);
        if (const qsizetype bracket = key.indexOf(QLatin1Char('[')); bracket >= 0)
            key.truncate(bracket);
        return fields.contains(key);
    }
};

} // namespace Fortegnelse

Q_DECLARE_METATYPE(Fortegnelse::Change)

#pragma once

#include "entitykind.h"

#include <QMetaType>
#include <QString>

namespace Fortegnelse {

/// What one step changed: the document's single notification to views, the problems
/// list and the policy preview.
struct Change
{
    enum Type { Added, Modified, Removed, Reset };
    Type type = Modified;
    EntityKind kind = EntityKind::Organisation;
    QString id; ///< empty for the singletons and for Reset
};

} // namespace Fortegnelse

Q_DECLARE_METATYPE(Fortegnelse::Change)

#pragma once

#include "entitykind.h"

#include <QList>
#include <QString>

namespace Fortegnelse {

struct Register;

/// One text of the register: an item's field (a name, a description, a code, an id).
struct SearchEntry
{
    EntityKind kind = EntityKind::Organisation;
    QString id; ///< empty for the organisation and the policy
    QString field; ///< as the forms name it: "name", "purposes[0].description"
    QString text; ///< in one language, or a code
};

/// What a search found: the item, the field that matched, and the matching text.
struct SearchHit
{
    EntityKind kind = EntityKind::Organisation;
    QString id;
    QString field;
    QString name; ///< the item's display name
    QString text;
};

/// Every text in the register, item by item: made once, searched many times.
QList<SearchEntry> searchIndex(const Register &reg);

/// The items whose name, id or any field contains every word of \a query (case- and
/// accent-blind), one hit per item, names first, then ids and codes, then other fields.
QList<SearchHit> searchRegister(const Register &reg, const QList<SearchEntry> &index, const QString &query,
                                int limit = 50);

} // namespace Fortegnelse

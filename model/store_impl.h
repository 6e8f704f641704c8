#pragma once

// Template members of Store, kept out of the class declaration for readability.

#include "jsonfields.h"

namespace Fortegnelse {

template <class T> QJsonObject StoreDetail::toObject(const T &item)
{
    return Json::Writer::write(item);
}

template <class T> bool Store::write(const T &item, qint64 position, QString *error)
{
    return writeBody(tableName(T::kind), item.id, position,
                     StoreDetail::body(StoreDetail::toObject(item)), error);
}

template <class T> bool Store::remove(const QString &id, QString *error)
{
    return removeRow(tableName(T::kind), id, error);
}

} // namespace Fortegnelse

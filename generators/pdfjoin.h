#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Fortegnelse {

/// Joins PDF documents into one, their pages in order, with the document information and
/// metadata of the first. Page content is copied as it is, never decoded and compressed
/// again. Fails with \a error set, and \a out untouched, when a part is not a PDF.
bool joinPdfs(const QList<QByteArray> &parts, QByteArray *out, QString *error);

} // namespace Fortegnelse

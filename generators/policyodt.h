#pragma once

#include "policydocument.h"

#include <QByteArray>

namespace Fortegnelse {

/// Writes \a doc as an OpenDocument text a DPO can put into the house template: every
/// paragraph carries a named style (Title, Heading 1-3, Text body, List Bullet, Table
/// Heading, Table Contents), so LibreOffice and Word show the headings in their navigator
/// and apply a template's look to them. (Qt's own ODF writer names its styles P1, P2...)
/// The document's first level-1 heading is the Title; level 2 and 3 headings are
/// Heading 1 and 2 (Heading 3 below them). The file is the same for the same document.
QByteArray toOdt(const PolicyDocument &doc);

} // namespace Fortegnelse

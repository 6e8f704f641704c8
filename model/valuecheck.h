#pragma once

// Whether the reader would take an item back: the one test of a value's validity, shared
// by the document (which refuses a step that would write such a value) and the reader
// of a .ropa file (which opens it all the same and reports it). See docs/integrity.md,
// "A value the reader refuses".

#include "step.h"

#include <QStringList>

namespace Fortegnelse {

/// What the reader of a stored register would refuse in \a item, one line each with the
/// field's path: "“art6-1-f” is not a known Art. 6(1) legal basis
/// (purposes[0].legalBasis)". Empty when the item reads back as it is. The test is the
/// reader itself (model/jsonfields.h) run on what the writer makes of the item, so the
/// two cannot disagree.
QStringList refusedValues(const AnyItem &item);

} // namespace Fortegnelse

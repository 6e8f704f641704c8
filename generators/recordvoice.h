#pragma once

#include <QString>

namespace Fortegnelse {

/// Officer text as the record, written to the supervisory authority, may carry it: the
/// sentences and clauses that speak to the data subject ("du kan til enhver tid trække dit
/// samtykke tilbage", "you can withdraw...") are left out, since they belong in the
/// policy; the rest is kept as written (issue 13, item 7). A clause is what ". " or "; "
/// separates; \a language (da, nb, sv, en) says which words address the reader. Unless
/// \a mayEmpty, a text whose every clause speaks to the reader is kept as written, since it
/// then holds the fact itself ("until you opt out of marketing").
QString toTheAuthority(const QString &text, const QString &language, bool mayEmpty = false);

} // namespace Fortegnelse

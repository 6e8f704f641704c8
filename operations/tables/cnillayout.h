#pragma once

// The CNIL's simplified register (registre-traitement-simplifie.ods, 2019): a sheet "2 -
// Liste des traitements" and one "fiche" per activity laid out as the sheet "3 - Modèle de
// fiche de registre": labels in column A, the finalité principale and five sous-finalités,
// then tables whose header row names their columns: the categories of personal data with
// a description and a retention period each, the sensitive data (Art. 9 and 10, and the
// NIR) likewise, the persons concerned, the recipients and the security measures by type,
// the transfers outside the EU with country and guarantee. Sections are found by their
// labels, not by fixed cells. Internal to operations/tables.

#include "tablelayout.h"

namespace Fortegnelse::Tables {

/// The fiches among \a sheets of \a book: sheets with a "Finalité principale" label and a
/// table of "Catégories de données personnelles concernées", without the CNIL's worked
/// example ("4 - Exemple de fiche") and without a model left blank.
QList<int> cnilFiches(const TableWorkbook &book, const QList<int> &sheets);

/// The activity a fiche describes, every value with its cell.
RawActivity cnilActivity(const TableSheet &sheet);

} // namespace Fortegnelse::Tables

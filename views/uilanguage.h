#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QComboBox;

namespace Fortegnelse {

/// Installs the translations of the UI and of Qt's own dialogs for a language ("da",
/// "nb", "sv", "en"); an empty code means the system language. Returns the code used.
QString installUiLanguage(const QString &code);

/// The four languages of the UI and of the documents, each by its own name ("Dansk",
/// "Norsk bokmål", "Svenska", "English"), in the order every list shows them.
const QList<QPair<QString, QString>> &languagesByOwnName();
/// Fills \a combo with them, the code as each item's data.
void addLanguages(QComboBox *combo);

} // namespace Fortegnelse

#pragma once

#include <QString>

namespace Fortegnelse {

/// Installs the translations of the UI and of Qt's own dialogs for a language ("da",
/// "nb", "sv", "en"); an empty code means the system language. Returns the code used.
QString installUiLanguage(const QString &code);

} // namespace Fortegnelse

#pragma once

#include <QString>

namespace Fortegnelse {

/// Soft hyphens (U+00AD) at the hyphenation points of \a text's long words, from the
/// hyphenation patterns of \a language ("da", "nb", "sv", "en") that Debian ships in
/// hyphen-da, hyphen-no, hyphen-sv and hyphen-en-gb (the patterns LibreOffice uses).
/// Qt breaks a line at a soft hyphen and prints a hyphen there, and nothing where it does
/// not break; so a long compound in a narrow column splits where the language splits it
/// ("Personoplysnings-kategorier"), not anywhere (issue 13, item 7). Words shorter than
/// \a minimumLength letters, and all text when the patterns are not installed, stay as
/// they are. Safe to call from any thread.
QString hyphenate(const QString &text, const QString &language, int minimumLength = 14);

/// Whether patterns for \a language are installed.
bool canHyphenate(const QString &language);

} // namespace Fortegnelse

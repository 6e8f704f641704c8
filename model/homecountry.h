#pragma once

#include <QString>

namespace Fortegnelse {

/// The country a new register most likely starts from for an officer working in
/// \a language: its supervisory authority, its law and its national rules (da: DK, nb: NO,
/// sv: SE; English: DK, the product's home). The officer can always choose another.
inline QString homeCountryOf(const QString &language)
{
    if (language == u"nb")
        return QStringLiteral("NO");
    if (language == u"sv")
        return QStringLiteral("SE");
    return QStringLiteral("DK");
}

} // namespace Fortegnelse

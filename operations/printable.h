#pragma once

#include <QString>

namespace Fortegnelse {

/// \a text with every character that could steer a terminal made visible: C0 and C1
/// control characters (ESC, CR, LF, ...) and DEL become "\x1b", "\r", "\n", ..., and the
/// bidirectional overrides and isolates become "\u202e" and the like. A message that quotes
/// a file name, a JSON path or a value from a file passes it through this first, so the
/// file cannot rewrite the user's terminal line.
QString printable(const QString &text);

} // namespace Fortegnelse

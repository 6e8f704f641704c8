// Field, code and kind labels in the UI language: the names every layer shows (the forms,
// the problems list, the diff and import reports). Pure Qt Core, so the model owns them.
#pragma once

#include "entitykind.h"

#include <QString>

namespace Fortegnelse {

/// The label of a field in forms ("Legal basis"), translated.
QString fieldLabel(const QString &key);
/// What a field is for, with the article it serves, for tooltips; may be empty.
QString fieldHelp(const QString &key);
/// The label of an enum code ("joint-controller" -> "Joint controller"), translated.
QString codeLabel(const QString &code);
/// The plural name of a kind, for the navigator and list titles.
QString kindTitle(EntityKind kind);

} // namespace Fortegnelse

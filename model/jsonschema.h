#pragma once

#include <QByteArray>

namespace Fortegnelse::Json {

/// The JSON Schema (draft 2020-12) of the register format, made from the same field
/// lists as the reader and writer, so it cannot drift from them. Shipped as
/// docs/register.schema.json; a test keeps that file current.
QByteArray schema();

} // namespace Fortegnelse::Json

#pragma once

#include "jsonerror.h"
#include "register.h"

#include <QByteArray>

namespace Fortegnelse {
struct RegisterHistory;
}

namespace Fortegnelse::Json {

inline constexpr auto formatName = "fortegnelse-register";
inline constexpr int formatVersion = 2; // 2: answers with a "not assessed" state (issue 12)

/// The register as canonical JSON (docs/register-format.md): sorted keys, four-space
/// indentation, empty values left out. Importing this output and exporting again gives
/// the same bytes.
QByteArray write(const Register &reg);
/// The register with its journal and snapshots under "history" (historyjson.h), as format
/// 3; with an empty history, the same bytes as write(reg).
QByteArray write(const Register &reg, const RegisterHistory &history);

/// Reads a register. On any error nothing is returned: \a errors says what and where.
/// A file's "history" (format 3) is read as strictly as the rest, into \a history when
/// given, else checked and left out.
bool read(const QByteArray &json, Register *out, QList<Error> *errors, RegisterHistory *history = nullptr);

/// The checks JSON syntax leaves to the reader, run on text QJsonDocument accepted: a key
/// given twice in one object (QJsonDocument keeps the last silently) and a raw control
/// character (U+0000-U+001F, not written as \uXXXX) inside a string. Each error names the
/// JSON path; a control character also its byte offset. Linear in the size of \a json.
/// read() runs it; a stored .ropa row body should go through it too.
bool checkStrict(const QByteArray &json, QList<Error> *errors);

/// Checks that every reference in \a reg points at an item that exists and that
/// sub-processor chains end. Used by read() and when opening a .ropa file.
void checkIntegrity(const Register &reg, QList<Error> *errors);

} // namespace Fortegnelse::Json

#pragma once

// The script of the kill test (issue 11): a fixed, deterministic list of user steps run
// through the real document API, by the driver process that is killed and by the test's
// own in-process replay that computes what the file must hold after each step.

#include "register.h"

#include <QString>

namespace Fortegnelse {
class Document;
}

namespace Fortegnelse::KillScript {

/// Steps per episode. An episode starts with an empty undo stack and only undoes its own
/// steps, so a driver can start at any episode boundary and do exactly what the replay did.
inline constexpr int episodeLength = 14;
inline constexpr int episodeCount = 72;
inline constexpr int stepCount = episodeLength * episodeCount;

/// The register the script starts from.
Register initialRegister();

/// Performs step \a step (0-based) on \a doc; returns false when it could not be done.
bool run(Document &doc, int step);

/// What step \a step does, for failure reports: "delete referenced data category".
QString describe(int step);

/// Undo and redo as the user does them; kept here so a change of the API is one edit.
void undo(Document &doc);
void redo(Document &doc);

} // namespace Fortegnelse::KillScript

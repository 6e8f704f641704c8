#pragma once

#include "step.h"

namespace Fortegnelse {

/// The step that makes a register's references whole again: every reference to an item
/// that does not exist is removed (with the matrix rows and disclosures that lose their
/// subject), and every sub-processor chain that loops back on itself is cut where it
/// closes. Empty when the register is whole.
Step referenceRepairs(const Register &reg);

} // namespace Fortegnelse

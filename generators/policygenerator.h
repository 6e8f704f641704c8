#pragma once

#include "policydocument.h"
#include "register.h"

namespace Fortegnelse {

struct PolicyOptions
{
    QString language = QStringLiteral("da");
    QString audience; ///< a subject category (id, key or name); empty for everyone
    QString templateFolder; ///< the officer's own templates; empty for the built-in ones
    /// When set, the first layer alone, linking to the full text at this address (an
    /// http or https URL): what a website shows where its privacy link is.
    QString firstLayerOf;
};

/// Writes the privacy policy (the Art. 13/14 notice) from the register: the same code
/// for the command line, the export dialog and the live preview.
class PolicyGenerator
{
public:
    /// Renders the policy. Fails with a message when the options or the templates are
    /// wrong (an unknown audience, a template mistake, a leftover marker).
    static bool generate(const Register &reg, const PolicyOptions &options, PolicyDocument *out,
                         QString *error);
};

} // namespace Fortegnelse

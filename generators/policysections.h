#pragma once

#include "policycontext.h"

namespace Fortegnelse {

/// The parts of the policy's template data, one function per group of sections, so each
/// reads on one screen (policyContext() calls them in reading order). Each sets the keys
/// its templates word and nothing else.
namespace PolicySections {

struct Input
{
    const Register &reg;
    const PolicyFacts &facts;
    const TemplateSet &set;
    const LanguageFormats &f;
};

/// Who we are, the DPO, the representative, whom to contact, the document's own dates.
void organisation(MustacheData &ctx, const Input &in);
/// Purposes grouped by their Art. 6 basis, one statement per basis (issue 13, item 2).
void purposes(MustacheData &ctx, const Input &in);
/// Subject and data categories, named in running text.
void data(MustacheData &ctx, const Input &in);
/// Where the data come from (Art. 14(2)(f)).
void sources(MustacheData &ctx, const Input &in);
/// Processors, controllers, authorities, joint controllers and recipient categories.
void recipients(MustacheData &ctx, const Input &in);
/// Transfers out of the EU/EEA, one line per country and mechanism.
void transfers(MustacheData &ctx, const Input &in);
/// Retention as a table: purpose, data, how long.
void retention(MustacheData &ctx, const Input &in);
/// Automated decisions and the duty to provide data.
void obligations(MustacheData &ctx, const Input &in);
/// Rights, security, the authority to complain to, law and venue.
void rights(MustacheData &ctx, const Input &in);
/// Cookies, by group.
void cookies(MustacheData &ctx, const Input &in);
/// The processing we do as processor for client controllers.
void processor(MustacheData &ctx, const Input &in);

/// A category name as it reads inside a sentence: "E-mailadresse" becomes "e-mailadresse",
/// while an acronym ("IP-adresse", "CPR-nummer") or a name that starts with a proper noun
/// from \a properNouns ("Google-konto") keeps its capital (issue 13, item 2).
QString inRunningText(const QString &name, const QStringList &properNouns);
/// The words the register uses as names: the organisation's and every party's, the first
/// word of each.
QStringList properNouns(const Register &reg);

} // namespace PolicySections

} // namespace Fortegnelse

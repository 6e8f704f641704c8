#pragma once

#include <QString>

#include <memory>
#include <string>

#include <kainjow/mustache.hpp>

namespace Fortegnelse {

/// The one way register text becomes template data, shared by the policy and the record.
///
/// Officer text is data, never template syntax or markup. Every value is cleaned (see
/// clean()) and then escaped for the XHTML subset the templates write, including '{' and
/// '}' as character references. So a value can never close or open a tag, never leave a
/// "{{" in the output for the leftover-marker check to trip over, and never be parsed as
/// a template: kainjow mustache re-parses a value only for a partial ({{>name}} with a
/// string value) or a lambda; this module makes no lambdas, compile() refuses partials,
/// and a value holds no '{' to parse anyway. Because values are escaped here, templates
/// render with an identity escape, so {{x}}, {{{x}}} and {{&x}} all give the same safe text.
namespace TemplateData {

using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;
using Mustache = kainjow::mustache::mustache;

/// Officer text made printable, the same for every format: CR LF and CR become LF; other
/// control characters (U+0000-U+001F but tab and LF, U+007F-U+009F), the non-characters
/// U+FFFE and U+FFFF and unpaired surrogates are dropped, since XML cannot carry them and
/// they print as nothing; the bidi embeddings, overrides and isolates (U+202A-U+202E,
/// U+2066-U+2069) are removed, since an unbalanced override would reorder the text that
/// follows it (an address or a price shown reversed: "Trojan Source"), while Arabic or
/// Hebrew names still read right by the implicit bidi algorithm (LRM and RLM are kept).
QString clean(const QString &text);

/// Cleaned text escaped for the templates' XHTML: & < > " ' { } as character references.
std::string escaped(const QString &text);

/// Text as template data, cleaned, trimmed and escaped; empty text is false, so a template
/// can say {{#x}}...{{/x}} for "only if there is one".
Data text(const QString &s);

/// Text the templates put inside a sentence: as text(), without its own final full stop,
/// so "Our legitimate interest is: {{x}}." never ends in "..".
Data clause(const QString &s);

/// Each non-empty line of a multi-line field (an address) as {{line}}; false when none.
Data lines(const QString &s);

/// A list, or false when it is empty.
Data list(List &&items);

/// Compiles a template. Refuses partials ({{>x}}) and changed delimiters ({{=<% %>=}}):
/// a partial re-parses a value as a template, and with the standard delimiters only,
/// every tag is visible to this check.
std::unique_ptr<Mustache> compile(const QString &templateText, const QString &name, QString *error);

/// Renders a compiled template, appending to \a out; on a template mistake says so.
bool render(Mustache &tmpl, const QString &name, const Data &data, QString *out, QString *error);

} // namespace TemplateData

} // namespace Fortegnelse

#pragma once

#include "policydocument.h"

#include <QByteArray>

#include <optional>

namespace Fortegnelse {

enum class PolicyFormat
{
    Html,
    Snippet,
    Markdown,
    Text,
    Odt,
    Pdf
};

std::optional<PolicyFormat> policyFormatFromName(const QString &name);
QString policyFormatSuffix(PolicyFormat format);

/// Writes a generated document. Every text from the register is escaped for the format,
/// and links other than http, https and mailto are written as plain text (HTML keeps links
/// to its own sections, "#rights"). ODT carries named paragraph styles (policyodt.h).
/// Returns false with \a error set on failure.
bool writePolicy(const PolicyDocument &doc, PolicyFormat format, QByteArray *out, QString *error);

QString toHtml(const PolicyDocument &doc, bool standalone);
/// Runs of text as HTML, escaped, with only safe links kept.
QString toHtml(const Inlines &inlines);
QString toMarkdown(const PolicyDocument &doc);
QString toPlainText(const PolicyDocument &doc);

} // namespace Fortegnelse

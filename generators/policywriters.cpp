#include "policywriters.h"

#include "policyodt.h"

#include <QRegularExpression>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace Fortegnelse {

namespace {

bool safeHref(const QString &href)
{
    return href.startsWith(u"https://") || href.startsWith(u"http://") || href.startsWith(u"mailto:");
}

/// A link to a section of the same page ("#rights"), from the first layer into the full
/// text. Only HTML has the anchors; the other formats show the link text alone, which
/// stands at the top of the text it points into.
bool sectionHref(const QString &href)
{
    static const QRegularExpression anchor(QStringLiteral("^#[a-z][a-z0-9-]*$"));
    return anchor.match(href).hasMatch();
}

// --- HTML ---------------------------------------------------------------------------------

QString htmlInlines(const Inlines &inlines)
{
    QString out;
    for (const Inline &i : inlines) {
        switch (i.kind) {
        case Inline::Text: out += i.text.toHtmlEscaped(); break;
        case Inline::Break: out += QStringLiteral("<br>"); break;
        case Inline::Strong: out += QStringLiteral("<strong>") + htmlInlines(i.children) + QStringLiteral("</strong>"); break;
        case Inline::Emphasis: out += QStringLiteral("<em>") + htmlInlines(i.children) + QStringLiteral("</em>"); break;
        case Inline::Link:
            out += safeHref(i.href) || sectionHref(i.href)
                ? QStringLiteral("<a href=\"%1\">%2</a>").arg(i.href.toHtmlEscaped(), htmlInlines(i.children))
                : htmlInlines(i.children);
            break;
        }
    }
    return out;
}

QString classAttribute(const Block &b)
{
    return b.style.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(b.style.toHtmlEscaped());
}

QString htmlBody(const PolicyDocument &doc)
{
    QString out;
    for (const Block &b : doc.blocks) {
        switch (b.kind) {
        case Block::Heading:
            out += b.anchor.isEmpty()
                ? QStringLiteral("<h%1>%2</h%1>\n").arg(b.level).arg(htmlInlines(b.content))
                : QStringLiteral("<h%1 id=\"%3\">%2</h%1>\n").arg(b.level).arg(htmlInlines(b.content), b.anchor.toHtmlEscaped());
            break;
        case Block::Paragraph: out += QStringLiteral("<p%1>%2</p>\n").arg(classAttribute(b), htmlInlines(b.content)); break;
        case Block::BulletList:
        case Block::NumberedList: {
            const QString tag = b.kind == Block::BulletList ? QStringLiteral("ul") : QStringLiteral("ol");
            out += QLatin1Char('<') + tag + QStringLiteral(">\n");
            for (const Inlines &item : b.items)
                out += QStringLiteral("<li>%1</li>\n").arg(htmlInlines(item));
            out += QStringLiteral("</") + tag + QStringLiteral(">\n");
            break;
        }
        case Block::Table:
            out += QStringLiteral("<table%1>\n").arg(classAttribute(b));
            for (qsizetype r = 0; r < b.rows.size(); ++r) {
                const QString cell = r < b.headerRows ? QStringLiteral("th") : QStringLiteral("td");
                out += QStringLiteral("<tr>");
                for (const Inlines &c : b.rows.at(r))
                    out += QStringLiteral("<%1>%2</%1>").arg(cell, htmlInlines(c));
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
            break;
        case Block::PageBreak: out += QStringLiteral("<hr>\n"); break;
        case Block::Contents: break; // only paged output knows the page numbers
        }
    }
    return out;
}

// --- Markdown ----------------------------------------------------------------------------

/// Escapes text so Markdown shows it as written: what the officer typed must never turn
/// into emphasis, links, headings, lists, quotes, code or HTML. \a atLineStart says the
/// text starts a line of the output (a paragraph, a list item, the line after a break),
/// where a block marker would take effect.
QString escapeMarkdown(const QString &text, bool atLineStart)
{
    QString out;
    out.reserve(text.size() + 8);
    qsizetype i = 0;
    if (atLineStart) {
        // Indentation would make a code block, and up to three spaces still allow a marker.
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        static const QString blockStarts = QStringLiteral("#+-=>~:");
        if (i < text.size() && blockStarts.contains(text.at(i))) {
            out += QLatin1Char('\\') + text.at(i);
            ++i;
        }
        qsizetype digits = i;
        while (digits < text.size() && text.at(digits).isDigit())
            ++digits;
        if (digits > i && digits < text.size() && (text.at(digits) == u'.' || text.at(digits) == u')')) {
            out += text.mid(i, digits - i) + QLatin1Char('\\');
            i = digits;
        }
    }
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // '#' anywhere, since a heading's closing "#" run would be dropped; '&' where it
        // could start an entity; '~' for strikethrough.
        if (QStringView(u"\\`*_[]<>|#~").contains(c)
            || (c == u'&' && i + 1 < text.size() && (text.at(i + 1).isLetter() || text.at(i + 1) == u'#')))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString mdInlines(const Inlines &inlines, bool atLineStart = true)
{
    QString out;
    bool lineStart = atLineStart;
    for (const Inline &i : inlines) {
        const bool start = lineStart;
        lineStart = false;
        switch (i.kind) {
        case Inline::Text: out += escapeMarkdown(i.text, start); break;
        case Inline::Break:
            out += QStringLiteral("  \n");
            lineStart = true;
            break;
        case Inline::Strong: out += QStringLiteral("**") + mdInlines(i.children, false) + QStringLiteral("**"); break;
        case Inline::Emphasis: out += QLatin1Char('*') + mdInlines(i.children, false) + QLatin1Char('*'); break;
        case Inline::Link:
            if (safeHref(i.href)) {
                QString url = i.href;
                url.replace(QLatin1Char(' '), QStringLiteral("%20")).replace(QLatin1Char('('), QStringLiteral("%28")).replace(QLatin1Char(')'), QStringLiteral("%29"));
                out += QLatin1Char('[') + mdInlines(i.children, false) + QStringLiteral("](") + url + QLatin1Char(')');
            } else {
                out += mdInlines(i.children, start);
            }
            break;
        }
    }
    return out;
}

// --- Plain text --------------------------------------------------------------------------

QString wrapLine(const QString &text, int width, const QString &firstIndent, const QString &indent);

/// Wraps each line of \a text; explicit line breaks (an address) stay.
QString wrap(const QString &text, int width, const QString &firstIndent, const QString &indent)
{
    QString out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i)
        out += wrapLine(lines.at(i), width, i == 0 ? firstIndent : indent, indent);
    return out;
}

QString wrapLine(const QString &text, int width, const QString &firstIndent, const QString &indent)
{
    QString out, line = firstIndent;
    bool lineHasWord = false;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (lineHasWord && line.size() + 1 + word.size() > width) {
            out += line + QLatin1Char('\n');
            line = indent;
            lineHasWord = false;
        }
        if (lineHasWord)
            line += QLatin1Char(' ');
        line += word;
        lineHasWord = true;
    }
    return out + line + QLatin1Char('\n');
}

QString textOf(const Inlines &inlines)
{
    QString out;
    for (const Inline &i : inlines) {
        if (i.kind == Inline::Link && safeHref(i.href) && plainText(i.children) != i.href
            && QStringLiteral("mailto:") + plainText(i.children) != i.href)
            out += plainText(i.children) + QStringLiteral(" (") + i.href + QLatin1Char(')');
        else if (i.kind == Inline::Break)
            out += QLatin1Char('\n');
        else if (i.kind == Inline::Text)
            out += i.text;
        else
            out += textOf(i.children);
    }
    return out;
}

} // namespace

std::optional<PolicyFormat> policyFormatFromName(const QString &name)
{
    if (name == u"html")
        return PolicyFormat::Html;
    if (name == u"snippet")
        return PolicyFormat::Snippet;
    if (name == u"md" || name == u"markdown")
        return PolicyFormat::Markdown;
    if (name == u"txt" || name == u"text")
        return PolicyFormat::Text;
    if (name == u"odt")
        return PolicyFormat::Odt;
    if (name == u"pdf")
        return PolicyFormat::Pdf;
    return std::nullopt;
}

QString policyFormatSuffix(PolicyFormat format)
{
    switch (format) {
    case PolicyFormat::Html: return QStringLiteral("html");
    case PolicyFormat::Snippet: return QStringLiteral("html");
    case PolicyFormat::Markdown: return QStringLiteral("md");
    case PolicyFormat::Text: return QStringLiteral("txt");
    case PolicyFormat::Odt: return QStringLiteral("odt");
    case PolicyFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

QString toHtml(const PolicyDocument &doc, bool standalone)
{
    if (!standalone)
        return QStringLiteral("<div class=\"privacy-policy\" lang=\"%1\">\n%2</div>\n")
            .arg(doc.language.toHtmlEscaped(), htmlBody(doc));
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
               "<title>%2</title>\n<style>\n"
               "body { font-family: system-ui, sans-serif; line-height: 1.55; max-width: 46rem; "
               "margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; background: #fff; }\n"
               "h1 { font-size: 1.9rem; } h2 { font-size: 1.35rem; margin-top: 2rem; } "
               "h3 { font-size: 1.1rem; }\n"
               "table { border-collapse: collapse; width: 100%; } "
               "th, td { border: 1px solid #ccc; padding: .35rem .5rem; text-align: left; vertical-align: top; "
               "hyphens: auto; -webkit-hyphens: auto; }\n"
               "@media (prefers-color-scheme: dark) { body { color: #eee; background: #161616; } "
               "a { color: #8ab4f8; } th, td { border-color: #555; } }\n"
               "</style>\n</head>\n<body>\n<article>\n%3</article>\n</body>\n</html>\n")
        .arg(doc.language.toHtmlEscaped(), doc.title.toHtmlEscaped(), htmlBody(doc));
}

QString toMarkdown(const PolicyDocument &doc)
{
    QString out;
    for (const Block &b : doc.blocks) {
        switch (b.kind) {
        case Block::Heading: out += QString(b.level, QLatin1Char('#')) + QLatin1Char(' ') + mdInlines(b.content, false) + QStringLiteral("\n\n"); break;
        case Block::Paragraph: out += mdInlines(b.content) + QStringLiteral("\n\n"); break;
        case Block::BulletList:
        case Block::NumberedList:
            for (qsizetype i = 0; i < b.items.size(); ++i)
                out += (b.kind == Block::BulletList ? QStringLiteral("- ") : QStringLiteral("%1. ").arg(i + 1))
                    + mdInlines(b.items.at(i)) + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case Block::Table:
            if (b.headerRows == 0) // Markdown tables need a header row
                out += QStringLiteral("|") + QStringLiteral("  |").repeated(b.rows.value(0).size())
                    + QStringLiteral("\n|") + QStringLiteral(" --- |").repeated(b.rows.value(0).size()) + QLatin1Char('\n');
            for (qsizetype r = 0; r < b.rows.size(); ++r) {
                QStringList cells;
                for (const Inlines &c : b.rows.at(r))
                    cells.append(mdInlines(c, false).replace(QStringLiteral("  \n"), QStringLiteral("<br>")));
                out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
                if (r == 0 && b.headerRows > 0)
                    out += QStringLiteral("|") + QStringLiteral(" --- |").repeated(cells.size()) + QLatin1Char('\n');
            }
            out += QLatin1Char('\n');
            break;
        case Block::PageBreak: out += QStringLiteral("---\n\n"); break;
        case Block::Contents: break;
        }
    }
    return out.trimmed() + QLatin1Char('\n');
}

QString toPlainText(const PolicyDocument &doc)
{
    constexpr int width = 78;
    QString out;
    for (const Block &b : doc.blocks) {
        switch (b.kind) {
        case Block::Heading: {
            const QString title = textOf(b.content);
            if (!out.isEmpty())
                out += QLatin1Char('\n');
            out += title + QLatin1Char('\n');
            if (b.level < 3)
                out += QString(title.size(), b.level == 1 ? QLatin1Char('=') : QLatin1Char('-')) + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        }
        case Block::Paragraph: out += wrap(textOf(b.content), width, {}, {}) + QLatin1Char('\n'); break;
        case Block::BulletList:
        case Block::NumberedList:
            for (qsizetype i = 0; i < b.items.size(); ++i) {
                const QString bullet = b.kind == Block::BulletList ? QStringLiteral("  - ") : QStringLiteral("  %1. ").arg(i + 1);
                out += wrap(textOf(b.items.at(i)), width, bullet, QString(bullet.size(), QLatin1Char(' ')));
            }
            out += QLatin1Char('\n');
            break;
        case Block::Table: {
            const QList<Inlines> header = b.headerRows > 0 ? b.rows.value(0) : QList<Inlines>();
            for (qsizetype r = b.headerRows; r < b.rows.size(); ++r) {
                const QList<Inlines> &row = b.rows.at(r);
                for (qsizetype c = 0; c < row.size(); ++c) {
                    const QString label = c < header.size() ? textOf(header.at(c)) + QStringLiteral(": ") : QString();
                    out += wrap(label + textOf(row.at(c)), width, c == 0 ? QStringLiteral("  - ") : QStringLiteral("    "), QStringLiteral("    "));
                }
            }
            out += QLatin1Char('\n');
            break;
        }
        case Block::PageBreak:
        case Block::Contents: break;
        }
    }
    return out.trimmed() + QLatin1Char('\n');
}

QString toHtml(const Inlines &inlines)
{
    return htmlInlines(inlines);
}

bool writePolicy(const PolicyDocument &doc, PolicyFormat format, QByteArray *out, QString *error)
{
    Q_UNUSED(error) // every format is written in memory; the signature keeps room for one that can fail
    switch (format) {
    case PolicyFormat::Html: *out = toHtml(doc, true).toUtf8(); return true;
    case PolicyFormat::Snippet: *out = toHtml(doc, false).toUtf8(); return true;
    case PolicyFormat::Markdown: *out = toMarkdown(doc).toUtf8(); return true;
    case PolicyFormat::Text: *out = toPlainText(doc).toUtf8(); return true;
    case PolicyFormat::Odt: *out = toOdt(doc); return true;
    case PolicyFormat::Pdf: break;
    }
    // PDF goes through QTextDocument, which lays out the same HTML.
    QTextDocument text;
    // Laid out on pages: bounded runs with break opportunities (prepareForPages()).
    PolicyDocument paged = doc;
    paged.prepareForPages();
    text.setHtml(toHtml(paged, true));
    text.setMetaInformation(QTextDocument::DocumentTitle, doc.title);
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(doc.title);
    pdf.setCreator(QStringLiteral("Fortegnelse"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    pdf.setResolution(300);
    QFont font(QStringLiteral("DejaVu Sans"), 10);
    text.setDefaultFont(font);
    // Laid out on the writer's own pages, a line that would cross a page boundary moves to
    // the next page. Left to print(), the text is laid out on an endless page and each page
    // clipped from it, so such a line is drawn on both pages and is in the text layer twice.
    text.documentLayout()->setPaintDevice(&pdf);
    text.setPageSize(pdf.pageLayout().paintRectPixels(pdf.resolution()).size());
    text.print(&pdf);
    return true;
}

} // namespace Fortegnelse

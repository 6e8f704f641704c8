#include "recordhtml.h"

#include "policywriters.h"
#include "recordlayout.h"

#include <QFontMetricsF>

namespace Fortegnelse {

const QString recordFontFamily = QStringLiteral("DejaVu Sans");

QFont recordFont(qreal points, bool bold)
{
    QFont font(recordFontFamily);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QString recordStyleSheet(const RecordGeometry &g)
{
    // Lengths are written in mm and converted here, see RecordGeometry.
    return QStringLiteral(
               "body { font-family: '%1'; font-size: 9pt; }"
               "h1 { font-size: 15pt; color: #17365d; margin-top: 0px; margin-bottom: %2; }"
               "h1.cover { font-size: 22pt; margin-bottom: %3; }"
               "h2 { font-size: 12.5pt; color: #17365d; margin-top: %3; margin-bottom: %2; }"
               "h3 { font-size: 10pt; color: #17365d; margin-top: %3; margin-bottom: %4; }"
               "p, ul { margin-top: 0px; margin-bottom: %4; }"
               "p.subtitle { font-size: 15pt; margin-bottom: %3; }"
               "p.lead { margin-bottom: %3; }"
               "p.note { font-size: 8pt; color: #555555; margin-top: %3; }"
               "p.field { margin-left: %5; text-indent: -%5; white-space: pre-wrap; margin-bottom: %6; }"
               "th { background-color: #e4eaf0; font-weight: bold; text-align: left; }"
               "td, th { font-size: 8pt; vertical-align: top; }")
        .arg(recordFontFamily, g.px(2.5), g.px(6), g.px(1.8), g.devicePx(recordLabelWidthMm), g.px(1));
}

namespace {

/// Builds the HTML of RecordHtml::build().
class PrintHtml
{
public:
    PrintHtml(const RecordGeometry &g, QPaintDevice *device)
        : m_g(g)
        , m_labels(recordFont(9, true), device)
    {
    }

    QString build(const PolicyDocument &doc, qsizetype from, qsizetype to)
    {
        m_out += QStringLiteral("<html><body>");
        for (qsizetype i = from; i < to; ++i) {
            const Block &b = doc.blocks.at(i);
            switch (b.kind) {
            case Block::Heading:
                if (b.style == u"cover") // the first block takes no top margin; a spacer does
                    m_out += QStringLiteral("<p style=\"margin-bottom: %1\">&#160;</p>").arg(m_g.px(40));
                m_out += QStringLiteral("<h%1%2>%3</h%1>").arg(b.level).arg(attributes(b), toHtml(b.content));
                break;
            case Block::Paragraph:
                m_out += QStringLiteral("<p%1>%2</p>").arg(attributes(b), b.style == u"field" ? field(b.content) : toHtml(b.content));
                break;
            case Block::BulletList:
            case Block::NumberedList: {
                const QString tag = b.kind == Block::BulletList ? QStringLiteral("ul") : QStringLiteral("ol");
                m_out += QLatin1Char('<') + tag + attributes(b) + QLatin1Char('>');
                for (const Inlines &item : b.items)
                    m_out += QStringLiteral("<li>") + toHtml(item) + QStringLiteral("</li>");
                m_out += QStringLiteral("</") + tag + QLatin1Char('>');
                break;
            }
            case Block::Table: table(b); break;
            case Block::PageBreak: break; // pieces end at page breaks
            case Block::Contents: contents(doc, i); break;
            }
        }
        m_out += QStringLiteral("</body></html>");
        return m_out;
    }

private:
    static QString attributes(const Block &b)
    {
        return b.style.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(b.style.toHtmlEscaped());
    }

    /// "<strong>Label</strong> value" as label, tab, value: with the hanging indent the
    /// value column lines up under itself when it wraps. A label too wide for its
    /// column gets a line of its own.
    QString field(const Inlines &content) const
    {
        if (content.isEmpty() || content.first().kind != Inline::Strong)
            return toHtml(content);
        Inlines value = content.mid(1);
        // Only the space after the label goes: "Registrerede: " before a bold gap keeps its own.
        if (!value.isEmpty() && value.first().kind == Inline::Text) {
            QString &text = value.first().text;
            qsizetype start = 0;
            while (start < text.size() && text.at(start).isSpace())
                ++start;
            text.remove(0, start);
            if (value.size() == 1)
                text = text.trimmed();
        }
        const Inlines &label = content.first().children;
        const bool fits = m_labels.horizontalAdvance(plainText(label)) < m_g.mm(recordLabelWidthMm - 1.5);
        return QStringLiteral("<b>%1</b>%2%3").arg(toHtml(label), fits ? QStringLiteral("\t") : QStringLiteral("<br>"), toHtml(value));
    }

    /// Column widths in per cent from a class "cols-30-70"; Qt's own guess squeezes
    /// columns of long words.
    static QStringList widths(const QString &style)
    {
        for (const QString &c : style.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (c.startsWith(QStringLiteral("cols-")))
                return c.mid(5).split(QLatin1Char('-'));
        return {};
    }

    void table(const Block &b)
    {
        m_out += QStringLiteral("<table%1 width=\"100%\" cellspacing=\"0\" cellpadding=\"%2\" border=\"0\" "
                                "style=\"margin-top: %3; margin-bottom: %4\">")
                     .arg(attributes(b))
                     .arg(m_g.unit(0.9))
                     .arg(m_g.px(1), m_g.px(2.5));
        const QStringList columns = widths(b.style);
        for (qsizetype r = 0; r < b.rows.size(); ++r) {
            if (r == 0 && b.headerRows > 0)
                m_out += QStringLiteral("<thead>");
            const QString cell = r < b.headerRows ? QStringLiteral("th") : QStringLiteral("td");
            m_out += r >= b.headerRows && (r - b.headerRows) % 2 == 1 ? QStringLiteral("<tr bgcolor=\"#f1f4f7\">") : QStringLiteral("<tr>");
            for (qsizetype c = 0; c < b.rows.at(r).size(); ++c)
                m_out += QLatin1Char('<') + cell
                    + (r == 0 && c < columns.size() ? QStringLiteral(" width=\"%1%\"").arg(columns.at(c)) : QString())
                    + QLatin1Char('>') + toHtml(b.rows.at(r).at(c)) + QStringLiteral("</") + cell + QLatin1Char('>');
            m_out += QStringLiteral("</tr>");
            if (r + 1 == b.headerRows)
                m_out += QStringLiteral("</thead>");
        }
        m_out += QStringLiteral("</table>");
    }

    /// One line per heading of level 1 or 2 after the contents, marked with a user
    /// state; the page numbers are painted beside them once the record is laid out.
    void contents(const PolicyDocument &doc, qsizetype at)
    {
        for (qsizetype i = at + 1; i < doc.blocks.size(); ++i) {
            const Block &b = doc.blocks.at(i);
            if (b.kind != Block::Heading || b.level > 2)
                continue;
            const QString style = b.level == 1
                ? QStringLiteral("font-weight: bold; margin-top: %1").arg(m_g.px(1.5))
                : QStringLiteral("margin-left: %1").arg(m_g.devicePx(6));
            m_out += QStringLiteral("<p style=\"-qt-user-state: %1; margin-bottom: %2; margin-right: %3; %4\">%5</p>")
                         .arg(recordContentsState)
                         .arg(m_g.px(0.6), m_g.devicePx(16), style, toHtml(b.content));
        }
    }

    const RecordGeometry &m_g;
    QString m_out;
    QFontMetricsF m_labels;
};

} // namespace

QString recordHtml(const PolicyDocument &doc, qsizetype from, qsizetype to, const RecordGeometry &g,
                   QPaintDevice *device)
{
    return PrintHtml(g, device).build(doc, from, to);
}

} // namespace Fortegnelse

#include "recordpainter.h"

#include "policywriters.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace Fortegnelse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::RecordPainter", text);
}

const QString fontFamily = QStringLiteral("DejaVu Sans");
constexpr qreal labelWidthMm = 50; ///< the label column of "label  value" lines
constexpr int contentsState = 1;   ///< the user state that marks a line of the contents

/// Qt's rich text scales the lengths of its formats (margins, padding, borders, tab
/// stops) by the device's resolution over the screen's. Measured once on a tab stop, so
/// lengths come out the same on every device, with or without a screen.
qreal richTextScale(QPaintDevice *device)
{
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(device);
    QTextOption option = probe.defaultTextOption();
    option.setTabStopDistance(100);
    probe.setDefaultTextOption(option);
    probe.setPlainText(QStringLiteral("\tx"));
    probe.documentLayout()->documentSize(); // lays the probe out
    const QTextLayout *layout = probe.begin().layout();
    const qreal scale = layout && layout->lineCount() > 0 ? layout->lineAt(0).cursorToX(1) / 100 : 1;
    return scale > 0 ? scale : 1;
}

/// Where things go on a page, in device pixels, with (0, 0) at the top left of the
/// page's paint rect (inside the page margins).
struct Geometry
{
    explicit Geometry(QPagedPaintDevice *device)
        : dpi(device->logicalDpiY())
        , formatDpi(dpi / richTextScale(device))
    {
        const QSizeF paint = device->pageLayout().paintRectPixels(int(dpi)).size();
        header = QRectF(0, 0, paint.width(), mm(9));
        footer = QRectF(0, paint.height() - mm(8), paint.width(), mm(8));
        body = QRectF(0, mm(13), paint.width(), footer.top() - mm(4) - mm(13));
    }
    /// Millimetres in device pixels, for painting and page sizes.
    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    /// Millimetres in the units of the rich-text lengths Qt scales: vertical margins,
    /// padding, borders, tab stops. Left margins and indents are device pixels.
    int unit(qreal millimetres) const { return qMax(1, qRound(millimetres * formatDpi / 25.4)); }
    QString px(qreal millimetres) const { return QString::number(unit(millimetres)) + QStringLiteral("px"); }
    QString devicePx(qreal millimetres) const { return QString::number(qRound(mm(millimetres))) + QStringLiteral("px"); }

    qreal dpi;
    qreal formatDpi;
    QRectF header;
    QRectF body;
    QRectF footer;
};

QFont labelFont()
{
    QFont font(fontFamily);
    font.setPointSizeF(9);
    font.setBold(true);
    return font;
}

QString styleSheet(const Geometry &g)
{
    // Lengths are written in mm and converted here, see Geometry.
    return QStringLiteral(
               "body { font-family: '%1'; font-size: 9pt; color: #1a1a1a; }"
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
        .arg(fontFamily, g.px(2.5), g.px(6), g.px(1.8), g.devicePx(labelWidthMm), g.px(1));
}

/// The document tree as the HTML Qt's rich text lays out for print: tables with repeated
/// header rows and set column widths, page breaks, "label  value" lines with a hanging
/// indent, and a line of the contents for each heading.
class PrintHtml
{
public:
    PrintHtml(const Geometry &g, QPaintDevice *device) : m_g(g), m_labels(labelFont(), device) {}

    QString build(const PolicyDocument &doc)
    {
        m_out.reserve(1 << 20);
        m_out += QStringLiteral("<html><body>");
        for (qsizetype i = 0; i < doc.blocks.size(); ++i) {
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
            case Block::PageBreak: m_break = true; break;
            case Block::Contents: contents(doc, i); break;
            }
        }
        m_out += QStringLiteral("</body></html>");
        return m_out;
    }


private:
    QString attributes(const Block &b)
    {
        QString out;
        if (!b.style.isEmpty())
            out += QStringLiteral(" class=\"%1\"").arg(b.style.toHtmlEscaped());
        if (m_break)
            out += QStringLiteral(" style=\"page-break-before: always\"");
        m_break = false;
        return out;
    }

    /// "<strong>Label</strong> value" as label, tab, value: with the hanging indent the
    /// value column lines up under itself when it wraps. A label too wide for its
    /// column gets a line of its own.
    QString field(const Inlines &content) const
    {
        if (content.isEmpty() || content.first().kind != Inline::Strong)
            return toHtml(content);
        Inlines value = content.mid(1);
        if (!value.isEmpty() && value.first().kind == Inline::Text)
            value.first().text = value.first().text.trimmed();
        const Inlines &label = content.first().children;
        const bool fits = m_labels.horizontalAdvance(plainText(label)) < m_g.mm(labelWidthMm - 1.5);
        return QStringLiteral("<b>%1</b>%2%3").arg(toHtml(label), fits ? QStringLiteral("\t") : QStringLiteral("<br>"), toHtml(value));
    }

    QString tableStart(const Block &b)
    {
        return QStringLiteral("<table%1 width=\"100%\" cellspacing=\"0\" cellpadding=\"%2\" border=\"%3\" "
                              "style=\"border-color: #9aa5b1; border-style: solid; "
                              "margin-top: %4; margin-bottom: %5\">")
            .arg(attributes(b))
            .arg(m_g.unit(0.9))
            .arg(m_g.unit(0.2))
            .arg(m_g.px(1), m_g.px(2.5));
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
        m_out += tableStart(b);
        const QStringList columns = widths(b.style);
        for (qsizetype r = 0; r < b.rows.size(); ++r) {
            if (r == 0 && b.headerRows > 0)
                m_out += QStringLiteral("<thead>");
            const QString cell = r < b.headerRows ? QStringLiteral("th") : QStringLiteral("td");
            m_out += QStringLiteral("<tr>");
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
            m_out += QStringLiteral("<p style=\"-qt-user-state: %1; margin-bottom: %2; margin-right: %3; %4%5\">%6</p>")
                         .arg(contentsState)
                         .arg(m_g.px(0.6), m_g.devicePx(16), style,
                              m_break ? QStringLiteral("; page-break-before: always") : QString(), toHtml(b.content));
            m_break = false;
        }
    }

    const Geometry &m_g;
    QString m_out;
    QFontMetricsF m_labels;
    bool m_break = false;
};

/// The record laid out on pages of the body's size.
class PagedRecord
{
public:
    PagedRecord(const Geometry &g, QPagedPaintDevice *device) : m_g(g)
    {
        m_text.setUndoRedoEnabled(false);
        m_text.documentLayout()->setPaintDevice(device);
        m_text.setDocumentMargin(0);
        QFont font(fontFamily);
        font.setPointSizeF(9);
        m_text.setDefaultFont(font);
        m_text.setDefaultStyleSheet(styleSheet(g));
        m_text.setPageSize(g.body.size());
        QTextOption option = m_text.defaultTextOption();
        option.setTabStopDistance(g.unit(labelWidthMm));
        m_text.setDefaultTextOption(option);
    }

    bool layOut(const PolicyDocument &doc, QPaintDevice *device, QString *error, const RecordProgress &progress)
    {
        PrintHtml html(m_g, device);
        m_text.setHtml(html.build(doc));
        if (progress && !progress(10, 100)) {
            *error = tr("The record was cancelled.");
            return false;
        }
        keepHeadingsWithNext();
        // Qt lays text out in 26.6 fixed point: a document taller than about 2^25
        // device pixels wraps around and paints as an empty page. Refuse rather than
        // write that.
        if (m_text.documentLayout()->documentSize().height() > 33'000'000.0) {
            *error = tr("The record is too long to lay out at this resolution (%1 pages). "
                        "Make the controller and processor records separately, or print at a lower resolution.")
                         .arg(m_text.pageCount());
            return false;
        }
        return numberContents(error);
    }

    int pageCount() const { return m_text.pageCount(); }

    void paintBody(QPainter *painter, int page) const
    {
        const qreal height = m_g.body.height();
        painter->save();
        painter->translate(m_g.body.left(), m_g.body.top() - page * height);
        const QRectF clip(0, page * height, m_g.body.width(), height);
        painter->setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        // Lines are drawn when they touch the clip; a line starting exactly where the
        // next page begins would otherwise be drawn, clipped, into this page's text.
        context.clip = clip.adjusted(0, 1, 0, -1);
        context.palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
        m_text.documentLayout()->draw(painter, context);
        painter->restore();
        for (const ContentsLine &line : m_contents) {
            if (line.page != page)
                continue;
            painter->setFont(line.font);
            painter->setPen(QColor(0x1a, 0x1a, 0x1a));
            const qreal width = QFontMetricsF(line.font, painter->device()).horizontalAdvance(line.number);
            painter->drawText(QPointF(m_g.body.right() - width, m_g.body.top() + line.baseline - page * height), line.number);
        }
    }

private:
    /// The page a block's first line is on, from 0.
    int pageOf(const QTextBlock &block) const
    {
        const QRectF r = m_text.documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        const qreal line = layout && layout->lineCount() > 0 ? layout->lineAt(0).height() : r.height();
        return int((r.top() + qMin(line, r.height()) / 2) / m_g.body.height());
    }

    /// A heading at the foot of a page, with what it heads on the next, moves to the
    /// next page. Each pass re-lays out once; a moved heading can push another down.
    void keepHeadingsWithNext()
    {
        for (int pass = 0; pass < 3; ++pass) {
            QList<QTextBlock> orphans;
            for (QTextBlock b = m_text.begin(); b.isValid(); b = b.next()) {
                if (b.blockFormat().headingLevel() == 0 || !b.next().isValid())
                    continue;
                // A heading that already opens its page stays: moving it would leave a blank page.
                const int page = pageOf(b);
                const qreal fromTop = m_text.documentLayout()->blockBoundingRect(b).top() - page * m_g.body.height();
                if (page != pageOf(b.next()) && fromTop > m_g.mm(5))
                    orphans.append(b);
            }
            if (orphans.isEmpty())
                return;
            QTextCursor cursor(&m_text);
            cursor.beginEditBlock();
            for (const QTextBlock &b : std::as_const(orphans)) {
                QTextBlockFormat format = b.blockFormat();
                format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
                cursor.setPosition(b.position());
                cursor.setBlockFormat(format);
            }
            cursor.endEditBlock();
        }
    }

    /// Finds the page of each heading the contents lists, and where on which page its
    /// number goes: the baseline of the line's last row, at the right edge.
    bool numberContents(QString *error)
    {
        QList<QTextBlock> lines, headings;
        for (QTextBlock b = m_text.begin(); b.isValid(); b = b.next()) {
            if (b.userState() == contentsState)
                lines.append(b);
            else if (const int level = b.blockFormat().headingLevel(); !lines.isEmpty() && (level == 1 || level == 2))
                headings.append(b);
        }
        if (lines.size() != headings.size()) {
            *error = tr("The table of contents does not match the headings of the record.");
            return false;
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QTextBlock &b = lines.at(i);
            const QTextLayout *layout = b.layout();
            if (!layout || layout->lineCount() == 0)
                continue;
            const QTextLine last = layout->lineAt(layout->lineCount() - 1);
            const QRectF r = m_text.documentLayout()->blockBoundingRect(b);
            const qreal baseline = r.top() - layout->boundingRect().top() + last.y() + last.ascent();
            ContentsLine line;
            line.page = int((r.top() - layout->boundingRect().top() + last.y()) / m_g.body.height());
            line.baseline = baseline;
            line.number = QString::number(pageOf(headings.at(i)) + 1);
            line.font = b.begin().fragment().charFormat().font().resolve(m_text.defaultFont());
            m_contents.append(line);
        }
        return true;
    }

    struct ContentsLine
    {
        int page = 0;
        qreal baseline = 0; ///< in the document
        QString number;
        QFont font;
    };
    QList<ContentsLine> m_contents;

    const Geometry &m_g;
    QTextDocument m_text;
};

void paintFrame(QPainter *painter, const Geometry &g, const RecordDocument &doc, int page, int pages)
{
    QFont font(fontFamily);
    font.setPointSizeF(7.5);
    painter->setFont(font);
    painter->setPen(QPen(QColor(0x60, 0x6b, 0x76), g.mm(0.2)));
    const QFontMetricsF metrics(font, painter->device());
    painter->drawText(g.header, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(doc.header, Qt::ElideMiddle, g.header.width()));
    painter->drawLine(g.header.bottomLeft(), g.header.bottomRight());
    painter->drawLine(g.footer.topLeft(), g.footer.topRight());
    painter->drawText(g.footer, Qt::AlignLeft | Qt::AlignVCenter, doc.date);
    painter->drawText(g.footer, Qt::AlignRight | Qt::AlignVCenter, doc.pageLabel.arg(page + 1).arg(pages));
}

QByteArray xmpMetadata(const RecordDocument &doc, const QString &title)
{
    const auto x = [](const QString &s) { return s.toHtmlEscaped(); };
    return QStringLiteral(
               "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
               "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
               "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
               "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
               "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
               "<dc:language><rdf:Bag><rdf:li>%4</rdf:li></rdf:Bag></dc:language>\n"
               "<xmp:CreatorTool>Fortegnelse</xmp:CreatorTool>\n"
               "<pdf:Producer>Qt %5</pdf:Producer>\n"
               "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
        .arg(x(title), x(doc.organisation), x(doc.subject), x(doc.body.language), QLatin1String(qVersion()))
        .toUtf8();
}

} // namespace

void RecordPainter::setUpPage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(20, 10, 20, 10), QPageLayout::Millimeter));
}

bool RecordPainter::paint(const RecordDocument &doc, QPagedPaintDevice *device, QString *error,
                          const RecordProgress &progress, int *pages)
{
    const auto cancelled = [&] {
        *error = tr("The record was cancelled.");
        return false;
    };
    if (progress && !progress(0, 100))
        return cancelled();
    const Geometry g(device);
    PagedRecord record(g, device);
    if (!record.layOut(doc.body, device, error, progress))
        return false;
    const int count = record.pageCount();
    if (progress && !progress(20, 100))
        return cancelled();
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("The record cannot be painted on this device.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < count; ++page) {
        if (page > 0 && !device->newPage()) {
            *error = tr("A new page could not be started.");
            return false;
        }
        paintFrame(&painter, g, doc, page, count);
        record.paintBody(&painter, page);
        if (progress && !progress(20 + 80 * (page + 1) / count, 100)) {
            painter.end();
            return cancelled();
        }
    }
    painter.end();
    if (pages)
        *pages = count;
    return true;
}

bool writeRecordPdf(const Register &reg, const RecordOptions &options, QByteArray *out,
                    QString *error, const RecordProgress &progress)
{
    // Generation takes the first 30 of 100, layout and painting the rest.
    const auto scaled = [&](int from, int span) -> RecordProgress {
        if (!progress)
            return {};
        return [=, &progress](int done, int total) { return progress(from + span * done / qMax(1, total), 100); };
    };
    RecordDocument doc;
    if (!RecordGenerator::generate(reg, options, &doc, error, scaled(0, 30)))
        return false;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    const QString title = QStringLiteral("%1 – %2").arg(doc.title, doc.organisation);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Fortegnelse"));
    // Qt 6.4 has no setters for the author (QPdfWriter::setAuthor came in 6.9) or the
    // subject of the document information; both go into the XMP metadata instead.
    pdf.setDocumentXmpMetadata(xmpMetadata(doc, title));
    // PDF text is vectors, so the resolution only sets the layout's unit; 72 dpi keeps
    // registers of tens of thousands of pages inside Qt's fixed-point layout range.
    pdf.setResolution(72);
    RecordPainter::setUpPage(&pdf);
    if (!RecordPainter::paint(doc, &pdf, error, scaled(30, 70)))
        return false;
    buffer.close();
    *out = std::move(bytes);
    return true;
}

} // namespace Fortegnelse

#include "recordlayout.h"

#include "concurrency.h"
#include "recordhtml.h"
#include "recordpainter.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <climits>
#include <numeric>

namespace Fortegnelse {

namespace {

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

} // namespace

/// Stands in for the real device while pieces are laid out on other threads: the same
/// resolution and size, and nothing that paints, so no thread touches the device that
/// is being painted on.
class LayoutDevice final : public QPaintDevice
{
public:
    explicit LayoutDevice(const QPaintDevice *device)
        : m_metrics{device->width(), device->height(), device->widthMM(), device->heightMM(),
                    device->logicalDpiX(), device->logicalDpiY(), device->physicalDpiX(), device->physicalDpiY()}
    {
    }
    QPaintEngine *paintEngine() const override { return nullptr; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_metrics[0];
        case PdmHeight: return m_metrics[1];
        case PdmWidthMM: return m_metrics[2];
        case PdmHeightMM: return m_metrics[3];
        case PdmDpiX: return m_metrics[4];
        case PdmDpiY: return m_metrics[5];
        case PdmPhysicalDpiX: return m_metrics[6];
        case PdmPhysicalDpiY: return m_metrics[7];
        case PdmNumColors: return INT_MAX;
        case PdmDepth: return 32;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        }
        return QPaintDevice::metric(metric);
    }

private:
    int m_metrics[8];
};

RecordGeometry::RecordGeometry(QPagedPaintDevice *device)
    : dpi(device->logicalDpiY())
{
    LayoutDevice probe(device);
    formatDpi = dpi / richTextScale(&probe);
    const QSizeF paint = device->pageLayout().paintRectPixels(int(dpi)).size();
    header = QRectF(0, 0, paint.width(), mm(9));
    footer = QRectF(0, paint.height() - mm(8), paint.width(), mm(8));
    body = QRectF(0, mm(13), paint.width(), footer.top() - mm(4) - mm(13));
}

int RecordGeometry::unit(qreal millimetres) const
{
    return qMax(1, qRound(millimetres * formatDpi / 25.4));
}

QString RecordGeometry::px(qreal millimetres) const
{
    return QString::number(unit(millimetres)) + QStringLiteral("px");
}

QString RecordGeometry::devicePx(qreal millimetres) const
{
    return QString::number(qRound(mm(millimetres))) + QStringLiteral("px");
}

struct RecordLayout::ContentsLine
{
    int page = 0; ///< in the record, once placed; in its piece before
    qreal baseline = 0; ///< on the page, in the body's coordinates
    QString number;
    QFont font;
};

/// The blocks between two page breaks, laid out as a document of their own.
struct RecordLayout::Piece
{
    qsizetype from = 0; ///< the piece's blocks in the document tree
    qsizetype to = 0;
    /// The contents come before this piece (All), start in it (AfterContents), or come
    /// after it or not at all (None): which of its headings the contents list.
    enum Listed
    {
        None,
        AfterContents,
        All
    } listed = None;

    std::unique_ptr<QTextDocument> text;
    int firstPage = 0;
    int pages = 0;
    qint64 weight = 0;
    QList<int> headingPages; ///< the page in the piece of each heading the contents list
    QList<ContentsLine> contents;
    QString error;

    void layOut(const PolicyDocument &doc, const RecordGeometry &g, QPaintDevice *device,
                const QString &css, QThread *painter)
    {
        text = std::make_unique<QTextDocument>();
        text->setUndoRedoEnabled(false);
        text->documentLayout()->setPaintDevice(device);
        text->setDocumentMargin(0);
        text->setDefaultFont(recordFont(9));
        text->setDefaultStyleSheet(css);
        text->setPageSize(g.body.size());
        QTextOption option = text->defaultTextOption();
        option.setTabStopDistance(g.unit(recordLabelWidthMm));
        text->setDefaultTextOption(option);
        text->setHtml(recordHtml(doc, from, to, g, device));
        keepHeadingsWithNext(g);
        keepLinesWithinPages(g);
        // Qt lays text out in 26.6 fixed point: a document taller than about 2^25
        // device pixels wraps around and paints as an empty page. One piece that long
        // is a table of some 40,000 pages at 72 dpi.
        if (text->documentLayout()->documentSize().height() > 33'000'000.0) {
            error = RecordPainter::tr("The record is too long to lay out at this resolution (%1 pages in one section). "
                                      "Make the controller and processor records separately, or print at a lower resolution.")
                        .arg(text->pageCount());
            return;
        }
        pages = text->pageCount();
        weight = text->characterCount() + 40 * qint64(text->blockCount());
        findHeadings(g);
        handOverTextDocument(text.get(), painter); // it is painted, and deleted, there
    }

    /// The page a block's first line is on, from 0.
    int pageOf(const QTextBlock &block, const RecordGeometry &g) const
    {
        const QRectF r = text->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        const qreal line = layout && layout->lineCount() > 0 ? layout->lineAt(0).height() : r.height();
        return int((r.top() + qMin(line, r.height()) / 2) / g.body.height());
    }

    /// Starts each of \a blocks on a new page, as one edit.
    void breakBefore(const QList<QTextBlock> &blocks)
    {
        QTextCursor cursor(text.get());
        cursor.beginEditBlock();
        for (const QTextBlock &b : blocks) {
            QTextBlockFormat format = b.blockFormat();
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            cursor.setPosition(b.position());
            cursor.setBlockFormat(format);
        }
        cursor.endEditBlock();
    }

    /// A heading at the foot of a page, with what it heads on the next, moves to the
    /// next page. Each pass re-lays out the piece from the first moved heading on; a
    /// moved heading can push another down.
    void keepHeadingsWithNext(const RecordGeometry &g)
    {
        for (int pass = 0; pass < 3; ++pass) {
            QList<QTextBlock> orphans;
            for (QTextBlock b = text->begin(); b.isValid(); b = b.next()) {
                if (b.blockFormat().headingLevel() == 0 || !b.next().isValid())
                    continue;
                // A heading that already opens its page stays: moving it would leave a blank page.
                const int page = pageOf(b, g);
                const qreal fromTop = text->documentLayout()->blockBoundingRect(b).top() - page * g.body.height();
                if (page != pageOf(b.next(), g) && fromTop > g.mm(5))
                    orphans.append(b);
            }
            if (orphans.isEmpty())
                return;
            breakBefore(orphans);
        }
    }

    /// A paragraph line Qt left across a page boundary would be painted on both pages
    /// (the foot of one, the head of the next: pdftotext showed it twice, issue 13 item 7).
    /// Its paragraph moves to the next page, as a heading does; tables break by rows.
    void keepLinesWithinPages(const RecordGeometry &g)
    {
        const qreal height = g.body.height();
        for (int pass = 0; pass < 3; ++pass) {
            // The layout is lazy after an edit: lay it all out before reading lines.
            text->documentLayout()->documentSize();
            QList<QTextBlock> straddling;
            for (QTextBlock b = text->begin(); b.isValid(); b = b.next()) {
                const QTextLayout *layout = b.layout();
                if (!layout || layout->lineCount() == 0 || QTextCursor(b).currentTable())
                    continue;
                const QRectF r = text->documentLayout()->blockBoundingRect(b);
                const qreal origin = r.top() - layout->boundingRect().top();
                for (int i = 0; i < layout->lineCount(); ++i) {
                    const QTextLine line = layout->lineAt(i);
                    const qreal top = origin + line.y();
                    const int page = int(top / height);
                    // A block at the very top of its page cannot move: it would stay.
                    if (int((top + line.height() - 0.5) / height) != page && r.top() - page * height > 0.5) {
                        straddling.append(b);
                        break;
                    }
                }
            }
            if (straddling.isEmpty())
                return;
            breakBefore(straddling);
        }
        text->documentLayout()->documentSize(); // laid out again after the last moves
    }

    /// The lines of the contents in this piece, with the page and baseline their numbers
    /// go at (the last row of the line, at the right edge), and the pages of the headings
    /// the contents list.
    void findHeadings(const RecordGeometry &g)
    {
        bool listing = listed == All;
        for (QTextBlock b = text->begin(); b.isValid(); b = b.next()) {
            if (b.userState() == recordContentsState) {
                listing = listed != None;
                const QTextLayout *layout = b.layout();
                if (!layout || layout->lineCount() == 0)
                    continue;
                const QTextLine last = layout->lineAt(layout->lineCount() - 1);
                const QRectF r = text->documentLayout()->blockBoundingRect(b);
                const qreal top = r.top() - layout->boundingRect().top() + last.y();
                ContentsLine line;
                line.page = int(top / g.body.height());
                line.baseline = top + last.ascent() - line.page * g.body.height();
                line.font = b.begin().fragment().charFormat().font().resolve(text->defaultFont());
                contents.append(line);
            } else if (const int level = b.blockFormat().headingLevel(); listing && (level == 1 || level == 2)) {
                headingPages.append(pageOf(b, g));
            }
        }
    }
};

RecordLayout::RecordLayout(QPagedPaintDevice *device)
    : m_g(device)
    , m_device(std::make_unique<LayoutDevice>(device))
{
}

RecordLayout::~RecordLayout() = default;

bool RecordLayout::layOut(const PolicyDocument &doc, QString *error, const RecordProgress &progress)
{
    // Cut at the page breaks, and note which pieces' headings the contents list.
    qsizetype contentsAt = -1;
    for (qsizetype i = 0; i < doc.blocks.size() && contentsAt < 0; ++i)
        if (doc.blocks.at(i).kind == Block::Contents)
            contentsAt = i;
    for (qsizetype from = 0, i = 0; i <= doc.blocks.size(); ++i) {
        if (i < doc.blocks.size() && doc.blocks.at(i).kind != Block::PageBreak)
            continue;
        if (i > from) {
            auto piece = std::make_unique<Piece>();
            piece->from = from;
            piece->to = i;
            if (contentsAt >= 0)
                piece->listed = from > contentsAt ? Piece::All : i > contentsAt ? Piece::AfterContents
                                                                                : Piece::None;
            m_pieces.push_back(std::move(piece));
        }
        from = i + 1;
    }

    // Lay the pieces out on every core, this thread included; only this thread reports
    // progress, and a cancel stops the others taking new pieces.
    const qsizetype count = qsizetype(m_pieces.size());
    const QString css = recordStyleSheet(m_g);
    QThread *painter = QThread::currentThread();
    // The longest pieces first, so that no thread starts a long table when the others
    // are done; a table cell is laid out several times (for its least and most width).
    std::vector<size_t> order(m_pieces.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::vector<qsizetype> cost(m_pieces.size());
    for (size_t i = 0; i < m_pieces.size(); ++i)
        for (qsizetype b = m_pieces[i]->from; b < m_pieces[i]->to; ++b)
            cost[i] += 1 + doc.blocks.at(b).items.size() + 3 * doc.blocks.at(b).rows.size() * (doc.blocks.at(b).rows.value(0).size());
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return cost[a] > cost[b]; });
    std::atomic<qsizetype> next = 0;
    std::atomic<qsizetype> done = 0;
    std::atomic<bool> stop = false;
    const auto work = [&](int thread) {
        while (!stop.load()) {
            const qsizetype i = next.fetch_add(1);
            if (i >= count)
                return;
            m_pieces[order[size_t(i)]]->layOut(doc, m_g, m_device.get(), css, painter);
            const qsizetype finished = done.fetch_add(1) + 1;
            if (thread == 0 && progress && !progress(int(100 * finished / count), 100))
                stop = true;
        }
    };
    runInParallel(int(std::clamp<qsizetype>(QThread::idealThreadCount(), 1, qMin<qsizetype>(count, 8))), work);
    if (stop) {
        *error = RecordPainter::tr("The record was cancelled.");
        return false;
    }

    // Place the pieces one after the other, and number the contents.
    QList<int> headingPages;
    for (const auto &piece : m_pieces) {
        if (!piece->error.isEmpty()) {
            *error = piece->error;
            return false;
        }
        piece->firstPage = m_pages;
        m_pages += piece->pages;
        for (int page : std::as_const(piece->headingPages))
            headingPages.append(piece->firstPage + page);
        for (ContentsLine line : std::as_const(piece->contents)) {
            line.page += piece->firstPage;
            m_contents.append(line);
        }
    }
    if (m_contents.size() != headingPages.size()) {
        *error = RecordPainter::tr("The table of contents does not match the headings of the record.");
        return false;
    }
    for (qsizetype i = 0; i < m_contents.size(); ++i)
        m_contents[i].number = QString::number(headingPages.at(i) + 1);
    return true;
}

QList<RecordLayout::Extent> RecordLayout::pieces() const
{
    QList<Extent> extents;
    for (const auto &piece : m_pieces)
        extents.append({piece->firstPage, piece->weight});
    return extents;
}

void RecordLayout::paintBody(QPainter *painter, int page) const
{
    const auto it = std::partition_point(m_pieces.cbegin(), m_pieces.cend(),
                                         [page](const auto &p) { return p->firstPage + p->pages <= page; });
    if (it == m_pieces.cend())
        return;
    const Piece &piece = **it;
    const int local = page - piece.firstPage;
    const qreal height = m_g.body.height();
    painter->save();
    painter->translate(m_g.body.left(), m_g.body.top() - local * height);
    const QRectF clip(0, local * height, m_g.body.width(), height);
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    // Lines are drawn when they touch the clip; a line starting exactly where the next
    // page begins would otherwise be drawn, clipped, into this page's text.
    context.clip = clip.adjusted(0, 1, 0, -1);
    context.palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    piece.text->documentLayout()->draw(painter, context);
    painter->restore();

    const auto first = std::partition_point(m_contents.cbegin(), m_contents.cend(),
                                            [page](const ContentsLine &l) { return l.page < page; });
    const auto last = std::partition_point(first, m_contents.cend(),
                                           [page](const ContentsLine &l) { return l.page == page; });
    for (auto line = first; line != last; ++line) {
        painter->setFont(line->font);
        painter->setPen(QColor(0x1a, 0x1a, 0x1a));
        const qreal width = QFontMetricsF(line->font, painter->device()).horizontalAdvance(line->number);
        painter->drawText(QPointF(m_g.body.right() - width, m_g.body.top() + line->baseline), line->number);
    }
}

} // namespace Fortegnelse

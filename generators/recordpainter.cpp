#include "recordpainter.h"

#include "concurrency.h"
#include "pdfjoin.h"
#include "recordhtml.h"
#include "recordlayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <vector>

namespace Fortegnelse {

namespace {

/// How long each step of a record took: QT_LOGGING_RULES="fortegnelse.record.debug=true".
Q_LOGGING_CATEGORY(recordTiming, "fortegnelse.record", QtWarningMsg)

/// A page's header and footer, in \a font; the header is elided to fit once per part.
void paintFrame(QPainter *painter, const RecordGeometry &g, const RecordDocument &doc, const QFont &font,
                const QString &header, int page, int pages)
{
    painter->setFont(font);
    painter->setPen(QPen(QColor(0x60, 0x6b, 0x76), g.mm(0.2)));
    painter->drawText(g.header, Qt::AlignLeft | Qt::AlignVCenter, header);
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

/// Paints pages [from, to) of a laid-out record, each with its header and footer, on a
/// device that has just begun. \a step is called after each page; when it returns false,
/// painting stops and this returns false.
bool paintPages(QPainter *painter, QPagedPaintDevice *device, const RecordDocument &doc,
                const RecordLayout &layout, int from, int to, QString *error,
                const std::function<bool()> &step)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = recordFont(7.5);
    const QString header = QFontMetricsF(font, device).elidedText(doc.header, Qt::ElideMiddle, layout.geometry().header.width());
    for (int page = from; page < to; ++page) {
        if (page > from && !device->newPage()) {
            *error = RecordPainter::tr("A new page could not be started.");
            return false;
        }
        paintFrame(painter, layout.geometry(), doc, font, header, page, layout.pageCount());
        layout.paintBody(painter, page);
        if (!step())
            return false;
    }
    return true;
}

bool beginPainting(QPainter *painter, QPagedPaintDevice *device, QString *error)
{
    if (painter->begin(device))
        return true;
    *error = RecordPainter::tr("The record cannot be painted on this device.");
    return false;
}

/// A PDF writer for the record: A4, 72 dpi, with its title, creator and metadata.
void setUpPdf(QPdfWriter *pdf, const RecordDocument &doc)
{
    const QString title = QStringLiteral("%1 – %2").arg(doc.title, doc.organisation);
    pdf->setTitle(title);
    pdf->setCreator(QStringLiteral("Fortegnelse"));
    // Qt 6.4 has no setters for the author (QPdfWriter::setAuthor came in 6.9) or the
    // subject of the document information; both go into the XMP metadata instead.
    pdf->setDocumentXmpMetadata(xmpMetadata(doc, title));
    // PDF text is vectors, so the resolution only sets the layout's unit.
    pdf->setResolution(72);
    RecordPainter::setUpPage(pdf);
}

/// Where to cut the record's pages into \a parts parts that take about as long to
/// paint, at the start of a piece: a piece is painted on one thread. Returns the first
/// page of each part and, last, the page count.
QList<int> partStarts(const RecordLayout &layout, int parts)
{
    const QList<RecordLayout::Extent> pieces = layout.pieces();
    qint64 total = 0;
    for (const RecordLayout::Extent &piece : pieces)
        total += piece.weight;
    QList<int> starts{0};
    qint64 sum = 0;
    for (const RecordLayout::Extent &piece : pieces) {
        // A part ends before the piece that would take it past its share.
        if (sum + piece.weight / 2 > total * starts.size() / parts && piece.firstPage > starts.last())
            starts.append(piece.firstPage);
        sum += piece.weight;
    }
    starts.append(layout.pageCount());
    return starts;
}

/// One page of PDF costs ~1 ms to paint; fewer pages than this per part are not worth
/// a thread and a join.
constexpr int minimumPagesPerPart = 64;

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
        *error = RecordPainter::tr("The record was cancelled.");
        return false;
    };
    if (progress && !progress(0, 100))
        return cancelled();
    // Layout takes the first 40 of 100, painting the rest.
    RecordLayout layout(device);
    if (!layout.layOut(doc.body, error, [&](int done, int total) { return !progress || progress(40 * done / total, 100); }))
        return false;
    const int count = layout.pageCount();
    QPainter painter;
    if (!beginPainting(&painter, device, error))
        return false;
    int painted = 0;
    bool stopped = false;
    const bool ok = paintPages(&painter, device, doc, layout, 0, count, error, [&] {
        stopped = progress && !progress(40 + 60 * ++painted / count, 100);
        return !stopped;
    });
    painter.end();
    if (stopped)
        return cancelled();
    if (ok && pages)
        *pages = count;
    return ok;
}

bool writeRecordPdf(const Register &reg, const RecordOptions &options, QByteArray *out,
                    QString *error, const RecordProgress &progress)
{
    return writeRecordPdfInParts(reg, options, 0, out, error, progress);
}

bool writeRecordPdfInParts(const Register &reg, const RecordOptions &options, int parts, QByteArray *out,
                           QString *error, const RecordProgress &progress)
{
    const auto cancelled = [&] {
        *error = RecordPainter::tr("The record was cancelled.");
        return false;
    };
    // Progress: generation to 25, layout to 55, painting to 97, joining the rest.
    const auto report = [&](int from, int span, int done, int total) {
        return !progress || progress(from + span * done / qMax(1, total), 100);
    };
    QElapsedTimer clock;
    clock.start();
    RecordDocument doc;
    if (!RecordGenerator::generate(reg, options, &doc, error, [&](int d, int t) { return report(0, 25, d, t); }))
        return false;
    qCDebug(recordTiming) << "generated in" << clock.restart() << "ms";

    // Part 1 is painted on this thread, on a writer that also gives the layout its page.
    QByteArray firstBytes;
    QBuffer firstBuffer(&firstBytes);
    firstBuffer.open(QIODevice::WriteOnly);
    QPdfWriter first(&firstBuffer);
    setUpPdf(&first, doc);
    RecordLayout layout(&first);
    if (!layout.layOut(doc.body, error, [&](int d, int t) { return report(25, 30, d, t); }))
        return false;
    qCDebug(recordTiming) << "laid out" << layout.pageCount() << "pages in" << clock.restart() << "ms";

    // Long records are painted in parts at once, one a core, and the parts joined.
    const int count = layout.pageCount();
    if (parts <= 0)
        parts = std::clamp(count / minimumPagesPerPart, 1, std::clamp(QThread::idealThreadCount(), 1, 8));
    const QList<int> starts = partStarts(layout, parts);
    parts = int(starts.size()) - 1;
    // One element a part, each written by its own thread only.
    std::vector<QByteArray> bytes; // the first is firstBytes, until the end
    std::vector<QString> errors;
    bytes.resize(size_t(parts));
    errors.resize(size_t(parts));
    std::atomic<int> painted = 0;
    std::atomic<bool> stop = false;
    // The first part is painted on this thread, on the writer the layout was made for,
    // and reports progress for all.
    const auto paintPart = [&](int part) {
        QBuffer buffer;
        std::unique_ptr<QPdfWriter> own;
        QPdfWriter *pdf = &first;
        if (part > 0) {
            buffer.setBuffer(&bytes[size_t(part)]);
            buffer.open(QIODevice::WriteOnly);
            own = std::make_unique<QPdfWriter>(&buffer);
            setUpPdf(own.get(), doc);
            pdf = own.get();
        }
        QString *partError = &errors[size_t(part)];
        QPainter painter;
        if (!beginPainting(&painter, pdf, partError))
            return stop.store(true);
        const bool ok = paintPages(&painter, pdf, doc, layout, starts.at(part), starts.at(part + 1), partError, [&] {
            const int n = ++painted;
            if (part == 0 && !report(55, 42, n, count))
                stop = true;
            return !stop.load();
        });
        painter.end();
        qCDebug(recordTiming) << "part" << part + 1 << "( pages" << starts.at(part) + 1 << "to" << starts.at(part + 1)
                              << ") painted after" << clock.elapsed() << "ms";
        if (!ok)
            stop = true;
    };
    runInParallel(parts, paintPart);
    qCDebug(recordTiming) << "painted in" << parts << "parts in" << clock.restart() << "ms";
    for (const QString &e : errors) {
        if (!e.isEmpty()) {
            *error = e; // the first in page order
            return false;
        }
    }
    if (stop || !report(97, 3, 0, 1))
        return cancelled();
    firstBuffer.close();
    bytes.front() = std::move(firstBytes);
    QByteArray joined;
    if (!joinPdfs(QList<QByteArray>(bytes.begin(), bytes.end()), &joined, error))
        return false;
    qCDebug(recordTiming) << "joined in" << clock.restart() << "ms";
    if (!report(97, 3, 1, 1))
        return cancelled();
    *out = std::move(joined);
    return true;
}

} // namespace Fortegnelse

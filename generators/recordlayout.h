#pragma once

#include "policydocument.h"
#include "recordgenerator.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace Fortegnelse {

/// Where things go on a page, in device pixels, with (0, 0) at the top left of the page's
/// paint rect (inside the page margins).
struct RecordGeometry
{
    explicit RecordGeometry(QPagedPaintDevice *device);
    /// Millimetres in device pixels, for painting and page sizes.
    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    /// Millimetres in the units of the rich-text lengths Qt scales: vertical margins,
    /// padding, borders, tab stops. Left margins and indents are device pixels.
    int unit(qreal millimetres) const;
    QString px(qreal millimetres) const;
    QString devicePx(qreal millimetres) const;

    qreal dpi;
    qreal formatDpi;
    QRectF header;
    QRectF body;
    QRectF footer;
};

/// The body of a record laid out on pages, in pieces. The record's page breaks cut it into
/// pieces (the cover, the contents, each section, each activity); each piece is its own
/// small QTextDocument, and the pieces are laid out at once on every core. A piece's page
/// breaks are Qt's, with a heading that would end a page moved to the next one; the
/// table of contents gets its page numbers from where the pieces land.
///
/// Small documents keep layout cheap (a change re-lays out one piece, not the rest of
/// the record) and inside the range of Qt's fixed-point coordinates at any length.
class RecordLayout
{
public:
    explicit RecordLayout(QPagedPaintDevice *device);
    ~RecordLayout();
    RecordLayout(const RecordLayout &) = delete;
    RecordLayout &operator=(const RecordLayout &) = delete;

    /// Lays \a doc out. \a progress runs to 100 and is only called from this thread;
    /// when it returns false, layout stops and this returns false with \a error set.
    bool layOut(const PolicyDocument &doc, QString *error, const RecordProgress &progress);

    const RecordGeometry &geometry() const { return m_g; }
    int pageCount() const { return m_pages; }

    /// Where each piece begins, and about how long it takes to paint (its characters and
    /// text blocks: each block, a table cell too, is a run of text of its own in a PDF).
    /// Pages of different pieces can be painted on different threads at once; the pages
    /// of one piece only on one thread at a time.
    struct Extent
    {
        int firstPage = 0;
        qint64 weight = 0;
    };
    QList<Extent> pieces() const;

    /// Paints the body of \a page, from 0.
    void paintBody(QPainter *painter, int page) const;

    struct Piece;
    struct ContentsLine;

private:
    RecordGeometry m_g;
    std::unique_ptr<class LayoutDevice> m_device;
    std::vector<std::unique_ptr<Piece>> m_pieces;
    QList<ContentsLine> m_contents; ///< in page order
    int m_pages = 0;
};

} // namespace Fortegnelse

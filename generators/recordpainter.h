#pragma once

#include "recordgenerator.h"

#include <QByteArray>
#include <QCoreApplication>

class QPagedPaintDevice;

namespace Fortegnelse {

/// Lays a generated record out on pages and paints them: one QTextDocument for the whole
/// record, a table of contents filled with the pages its headings landed on, a header
/// and a "page x of y" footer on every page. Uses Qt Gui only, so it runs without a
/// display; it paints on a QPdfWriter for PDF and on a QPrinter for File > Print.
class RecordPainter
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::RecordPainter) // the record's layout and painting messages

public:
    /// A4 portrait and the record's margins. writeRecordPdf() calls it; call it on a
    /// QPrinter before the print dialog so the officer's choices there still apply.
    static void setUpPage(QPagedPaintDevice *device);

    /// Lays out \a doc for the device's page layout and paints every page. Progress
    /// runs to 100; when it returns false, painting stops and this returns false with
    /// \a error set (on a QPrinter, call QPrinter::abort()). \a pages, when given, is
    /// set to the number of pages.
    static bool paint(const RecordDocument &doc, QPagedPaintDevice *device, QString *error,
                      const RecordProgress &progress = {}, int *pages = nullptr);
};

/// The Article 30 record of \a reg as PDF bytes: A4, selectable text, embedded fonts, and
/// title, author and subject metadata. Progress runs to 100 over generation, layout and
/// painting. On failure or cancel, returns false with \a error set and \a out untouched.
/// A long record is laid out and painted on every core; see writeRecordPdfInParts().
bool writeRecordPdf(const Register &reg, const RecordOptions &options, QByteArray *out,
                    QString *error, const RecordProgress &progress = {});

/// As writeRecordPdf(), with the pages painted in \a parts PDF documents at once, one a
/// thread, and joined into one; \a parts 0 picks one part a core for a long record and
/// one part for a short one. The parts are cut where a section or an activity begins,
/// so there may be fewer.
bool writeRecordPdfInParts(const Register &reg, const RecordOptions &options, int parts, QByteArray *out,
                           QString *error, const RecordProgress &progress = {});

} // namespace Fortegnelse

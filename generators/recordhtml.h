#pragma once

#include "policydocument.h"

#include <QFont>
#include <QString>

class QPaintDevice;

namespace Fortegnelse {

struct RecordGeometry;

extern const QString recordFontFamily;
constexpr qreal recordLabelWidthMm = 50; ///< the label column of "label  value" lines
constexpr int recordContentsState = 1; ///< the user state that marks a line of the contents

/// The record's text font. Latin text in DejaVu Sans needs no shaping beyond kerning, and
/// shaping was a third of the time a long record took; text in a script that needs it
/// (Arabic names, say) is still shaped.
QFont recordFont(qreal points, bool bold = false);

/// The style sheet of the record's pieces, its lengths in the units Qt scales them by.
QString recordStyleSheet(const RecordGeometry &g);

/// Blocks [\a from, \a to) of the document tree as the HTML Qt's rich text lays out for
/// print: tables with repeated header rows, set column widths and shaded rows, "label
/// value" lines with a hanging indent, and for the contents a line for each heading of
/// level 1 or 2 after it, marked with recordContentsState. Page breaks are left out: a
/// piece ends at one. Labels are measured on \a device.
QString recordHtml(const PolicyDocument &doc, qsizetype from, qsizetype to, const RecordGeometry &g,
                   QPaintDevice *device);

} // namespace Fortegnelse

#include "readersupport.h"

namespace Fortegnelse::Tables {

bool CellSink::put(TableSheet &sheet, int row, int column, TableCell cell, QString *error)
{
    if (cell.text.isEmpty())
        return true;
    if (cell.text.size() > m_limits.maxCellChars) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1 holds more than %2 characters, more than a spreadsheet cell can."))
                     .arg(cellReference(sheet, row, column))
                     .arg(m_limits.maxCellChars);
        return false;
    }
    if (++m_cells > m_limits.maxCells) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: the file has more than %2 cells that hold something; it is "
                                                                   "refused as larger than any record."))
                     .arg(cellReference(sheet, row, column))
                     .arg(m_limits.maxCells);
        return false;
    }
    // The grid is dense: a cell far right or far down takes the slots before it. Those are
    // bounded too, or a few cells at XFD1048576 would take gigabytes.
    const qint64 newRows = std::max<qint64>(0, qint64(row) + 1 - sheet.rows.size());
    const qint64 rowSize = row < sheet.rows.size() ? sheet.rows.at(row).size() : 0;
    m_slots += newRows + std::max<qint64>(0, qint64(column) + 1 - rowSize);
    if (m_slots > m_limits.maxCells * SlotsPerCell) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: the cells lie so far apart that the sheet would take more memory than any "
                                                                   "record needs."))
                     .arg(cellReference(sheet, row, column));
        return false;
    }
    if (row >= sheet.rows.size())
        sheet.rows.resize(row + 1);
    QList<TableCell> &cells = sheet.rows[row];
    if (column >= cells.size())
        cells.resize(column + 1);
    cells[column] = std::move(cell);
    return true;
}

bool CellSink::fillMerged(TableSheet &sheet, int firstRow, int firstColumn, int lastRow, int lastColumn,
                          QString *error)
{
    TableCell first = sheet.cell(firstRow, firstColumn);
    if (first.text.isEmpty())
        return true;
    first.merged = true;
    const qint64 covered = (qint64(lastRow) - firstRow + 1) * (qint64(lastColumn) - firstColumn + 1);
    if (covered > m_limits.maxCells - m_cells) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: a merged range covers more cells than any record has."))
                     .arg(cellReference(sheet, firstRow, firstColumn));
        return false;
    }
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int column = firstColumn; column <= lastColumn; ++column) {
            if ((row != firstRow || column != firstColumn) && !put(sheet, row, column, first, error))
                return false;
        }
    }
    return true;
}

SafeXml::SafeXml(const QByteArray &bytes, const ReadLimits &limits, const QString &fileName, const QString &part)
    : m_xml(bytes)
    , m_limits(limits)
    , m_fileName(fileName)
    , m_part(part)
{
    // Office files declare no entities at all, so next() refuses a document type; Qt's own
    // bound on entity expansion (QXmlStreamReader::entityExpansionLimit()) stays behind it.
}

void SafeXml::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: %2, line %3: %4")).arg(m_fileName, m_part).arg(m_xml.lineNumber()).arg(message);
}

bool SafeXml::next()
{
    if (failed())
        return false;
    if (m_xml.atEnd()) {
        if (m_xml.hasError())
            fail(m_xml.errorString());
        return false;
    }
    switch (m_xml.readNext()) {
    case QXmlStreamReader::DTD:
        fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The part declares a document type, which office files never do; it is refused "
                                                               "so that no entity is expanded.")));
        return false;
    case QXmlStreamReader::EntityReference:
        fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The part refers to an entity that is not declared.")));
        return false;
    case QXmlStreamReader::StartElement:
        if (++m_depth > m_limits.maxXmlDepth) {
            fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The elements nest deeper than %1 levels.")).arg(m_limits.maxXmlDepth));
            return false;
        }
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::Invalid:
        fail(m_xml.errorString());
        return false;
    default:
        return true;
    }
}

QString SafeXml::readText()
{
    QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
    --m_depth;
    if (m_xml.hasError())
        fail(m_xml.errorString());
    return text;
}

void SafeXml::skip()
{
    m_xml.skipCurrentElement();
    --m_depth;
    if (m_xml.hasError())
        fail(m_xml.errorString());
}

QString SafeXml::attribute(QStringView localName) const
{
    for (const QXmlStreamAttribute &attribute : m_xml.attributes()) {
        if (attribute.name() == localName)
            return attribute.value().toString();
    }
    return {};
}

int countAttribute(const SafeXml &xml, QStringView name, int fallback, int minimum)
{
    const QString text = xml.attribute(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum)
        return minimum;
    return int(std::min<qint64>(value, 1 << 24));
}

} // namespace Fortegnelse::Tables

#pragma once

// What every table reader shares: the cell count and size limits, and an XML reader that
// refuses what office files never contain (a document type, hence any entity to expand).
// Internal to operations/tables.

#include "tablegrid.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Fortegnelse::Tables {

inline QString trTables(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::Tables", text);
}

/// Puts cells into sheets within ReadLimits::maxCells and maxCellChars.
class CellSink
{
public:
    explicit CellSink(const ReadLimits &limits)
        : m_limits(limits)
    {}
    /// Stores \a cell at \a row, \a column of \a sheet; false with a message naming the
    /// cell ("Sheet1, C4: ...", the caller adds the file) when a limit is passed. An empty
    /// cell is not stored.
    bool put(TableSheet &sheet, int row, int column, TableCell cell, QString *error);
    /// Copies the first cell of the range over the rest of it (a merged cell reads as its
    /// value in every cell it covers).
    bool fillMerged(TableSheet &sheet, int firstRow, int firstColumn, int lastRow, int lastColumn,
                    QString *error);

private:
    static constexpr qint64 SlotsPerCell = 4; ///< grid slots, empty ones too, per cell allowed
    const ReadLimits &m_limits;
    qint64 m_cells = 0;
    qint64 m_slots = 0;
};

/// Reads one XML part of an office file. next() refuses a document type (and so any
/// entity declaration), nesting deeper than ReadLimits::maxXmlDepth and malformed or
/// wrongly encoded XML, each with a message naming the file, the part and the line.
class SafeXml
{
public:
    SafeXml(const QByteArray &bytes, const ReadLimits &limits, const QString &fileName, const QString &part);
    /// The next token; false at the end of the part or on an error (see failed()).
    bool next();
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &message);
    /// The text of the element just started, its children's included; ends on its end.
    QString readText();
    /// Skips the element just started, to its end.
    void skip();
    QXmlStreamReader &xml() { return m_xml; }
    bool isStart(QStringView name) const { return m_xml.isStartElement() && m_xml.name() == name; }
    bool isEnd(QStringView name) const { return m_xml.isEndElement() && m_xml.name() == name; }
    /// The attribute with the local name \a localName ("id" for r:id), whatever its prefix.
    QString attribute(QStringView localName) const;

private:
    QXmlStreamReader m_xml;
    const ReadLimits &m_limits;
    QString m_fileName;
    QString m_part;
    QString m_error;
    int m_depth = 0;
};

/// An integer attribute such as a repeat count, at least \a minimum; \a fallback when absent.
int countAttribute(const SafeXml &xml, QStringView name, int fallback, int minimum = 1);

} // namespace Fortegnelse::Tables

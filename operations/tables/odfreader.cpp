// ODS and ODT (OpenDocument): the tables of content.xml, which a spreadsheet and a text
// document write the same way. Repeated rows and columns are expanded only where they
// hold something (a sheet ends in a million repeated empty rows); spanned cells are
// merged ranges; covered cells and annotations are skipped.

#include "readersupport.h"
#include "tablereaders.h"
#include "zipsource.h"

namespace Fortegnelse::Tables {

namespace {

struct Span
{
    int row, column, lastRow, lastColumn;
};

class OdfReader
{
public:
    OdfReader(SafeXml &xml, const ReadLimits &limits, TableWorkbook *out)
        : m_xml(xml)
        , m_limits(limits)
        , m_out(out)
        , m_sink(limits)
    {
    }

    void read()
    {
        while (m_xml.next()) {
            if (m_xml.isStart(u"table")) {
                if (m_out->sheets.size() >= m_limits.maxSheets) {
                    m_xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The file has more than %1 tables.")).arg(m_limits.maxSheets));
                    return;
                }
                readTable();
            }
        }
    }

private:
    void readTable()
    {
        QString name = m_xml.attribute(u"name");
        if (name.isEmpty())
            name = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Table %1")).arg(m_out->sheets.size() + 1);
        m_out->sheets.append(TableSheet{name, {}});
        TableSheet &sheet = m_out->sheets.last();
        QList<Span> spans;
        qint64 row = 0;
        while (m_xml.next()) {
            if (m_xml.isEnd(u"table"))
                break;
            if (!m_xml.isStart(u"table-row"))
                continue;
            const int repeat = countAttribute(m_xml, u"number-rows-repeated", 1);
            QList<std::pair<int, TableCell>> cells;
            readRow(row, &cells, &spans);
            if (m_xml.failed())
                return;
            for (int copy = 0; copy < repeat && !cells.isEmpty(); ++copy) {
                if (row + copy >= 1048576) {
                    m_xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The table \"%1\" has more than 1,048,576 rows.")).arg(name));
                    return;
                }
                for (const auto &[column, cell] : std::as_const(cells)) {
                    QString error;
                    if (!m_sink.put(sheet, int(row + copy), column, cell, &error)) {
                        m_xml.fail(error);
                        return;
                    }
                }
            }
            row += repeat;
        }
        for (const Span &span : std::as_const(spans)) {
            QString error;
            if (!m_sink.fillMerged(sheet, span.row, span.column, span.lastRow, span.lastColumn, &error)) {
                m_xml.fail(error);
                return;
            }
        }
    }

    void readRow(qint64 row, QList<std::pair<int, TableCell>> *cells, QList<Span> *spans)
    {
        qint64 column = 0;
        while (m_xml.next()) {
            if (m_xml.isEnd(u"table-row"))
                return;
            const bool covered = m_xml.isStart(u"covered-table-cell");
            if (!covered && !m_xml.isStart(u"table-cell"))
                continue;
            const int repeat = countAttribute(m_xml, u"number-columns-repeated", 1);
            const int columnsSpanned = countAttribute(m_xml, u"number-columns-spanned", 1);
            const int rowsSpanned = countAttribute(m_xml, u"number-rows-spanned", 1);
            TableCell cell = readCell(covered ? u"covered-table-cell" : u"table-cell");
            if (m_xml.failed())
                return;
            if (!covered && !cell.text.isEmpty()) {
                if (column + repeat > 16384) {
                    m_xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "A row has more than 16,384 columns.")));
                    return;
                }
                for (int copy = 0; copy < repeat; ++copy)
                    cells->append({int(column + copy), cell});
                if ((columnsSpanned > 1 || rowsSpanned > 1) && repeat == 1)
                    spans->append({int(row), int(column), int(std::min<qint64>(row + rowsSpanned - 1, 1048575)),
                                   int(std::min<qint64>(column + columnsSpanned - 1, 16383))});
            }
            column += repeat;
        }
    }

    /// A cell's value: the typed value where there is one, else its paragraphs' text.
    TableCell readCell(QStringView element)
    {
        TableCell cell;
        const QString type = m_xml.attribute(u"value-type");
        const QString dateValue = m_xml.attribute(u"date-value");
        const QString floatValue = m_xml.attribute(u"value");
        const QString booleanValue = m_xml.attribute(u"boolean-value");
        cell.fromFormula = !m_xml.attribute(u"formula").isEmpty();
        QString text;
        int paragraphs = 0;
        int inParagraph = 0;
        while (m_xml.next()) {
            if (m_xml.isEnd(element))
                break;
            if (m_xml.isStart(u"annotation")) {
                m_xml.skip();
            } else if (m_xml.isStart(u"p") || m_xml.isStart(u"h")) {
                if (paragraphs++ > 0)
                    text += u'\n';
                ++inParagraph;
            } else if (m_xml.isEnd(u"p") || m_xml.isEnd(u"h")) {
                --inParagraph;
            } else if (m_xml.isStart(u"s")) {
                text += QString(std::min(countAttribute(m_xml, u"c", 1), m_limits.maxCellChars), u' ');
            } else if (m_xml.isStart(u"tab")) {
                text += u'\t';
            } else if (m_xml.isStart(u"line-break")) {
                text += u'\n';
            } else if (inParagraph > 0 && m_xml.xml().isCharacters()) {
                text += m_xml.xml().text();
            }
            if (text.size() > m_limits.maxCellChars) {
                m_xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "A cell holds more than %1 characters.")).arg(m_limits.maxCellChars));
                return cell;
            }
        }
        if (type == u"date" && !dateValue.isEmpty()) {
            cell.text = dateValue.left(10);
            cell.kind = CellKind::Date;
        } else if ((type == u"float") && !floatValue.isEmpty()) {
            cell.text = floatValue;
            cell.kind = CellKind::Number;
        } else if (type == u"boolean") {
            cell.text = booleanValue == u"true" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            cell.kind = CellKind::Boolean;
        } else {
            cell.text = text;
            cell.kind = text.isEmpty() ? CellKind::Empty : CellKind::Text;
        }
        return cell;
    }

    SafeXml &m_xml;
    const ReadLimits &m_limits;
    TableWorkbook *m_out;
    CellSink m_sink;
};

} // namespace

bool readOdf(const QString &path, const ReadLimits &limits, TableWorkbook *out, QString *error)
{
    ZipSource zip(path, limits);
    QByteArray mimetype;
    QByteArray content;
    if (!zip.open(error) || !zip.read(QStringLiteral("mimetype"), &mimetype, error))
        return false;
    if (mimetype.trimmed() == "application/vnd.oasis.opendocument.spreadsheet")
        out->format = QStringLiteral("ods");
    else if (mimetype.trimmed() == "application/vnd.oasis.opendocument.text")
        out->format = QStringLiteral("odt");
    else {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file is an OpenDocument file of a kind that holds no tables to import."))
                     .arg(out->fileName);
        return false;
    }
    if (!zip.read(QStringLiteral("content.xml"), &content, error))
        return false;
    SafeXml xml(content, limits, out->fileName, QStringLiteral("content.xml"));
    OdfReader(xml, limits, out).read();
    if (xml.failed()) {
        *error = xml.error();
        return false;
    }
    if (out->sheets.isEmpty()) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file has no tables.")).arg(out->fileName);
        return false;
    }
    return true;
}

} // namespace Fortegnelse::Tables

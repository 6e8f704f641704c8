// DOCX (WordprocessingML): each top-level table of word/document.xml becomes a sheet named
// "Table N". A cell's paragraphs are its lines; a table nested in a cell adds its text to
// that cell. Horizontal (gridSpan) and vertical (vMerge) merges read as merged ranges.

#include "readersupport.h"
#include "tablereaders.h"
#include "zipsource.h"

#include <QHash>

namespace Fortegnelse::Tables {

namespace {

struct Span
{
    int row, column, lastRow, lastColumn;
};

class DocxReader
{
public:
    DocxReader(SafeXml &xml, const ReadLimits &limits, TableWorkbook *out)
        : m_xml(xml)
        , m_limits(limits)
        , m_out(out)
        , m_sink(limits)
    {
    }

    void read()
    {
        while (m_xml.next()) {
            if (!m_xml.isStart(u"tbl"))
                continue;
            if (m_out->sheets.size() >= m_limits.maxSheets) {
                m_xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The document has more than %1 tables.")).arg(m_limits.maxSheets));
                return;
            }
            readTable();
        }
    }

private:
    void readTable()
    {
        m_out->sheets.append(TableSheet{trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "Table %1")).arg(m_out->sheets.size() + 1), {}});
        TableSheet &sheet = m_out->sheets.last();
        QList<Span> spans;
        QHash<int, qsizetype> openVertical; // column -> index in spans
        int row = -1;
        int column = 0;
        while (m_xml.next()) {
            if (m_xml.isEnd(u"tbl"))
                break;
            if (m_xml.isStart(u"tr")) {
                if (++row >= 1048576) {
                    m_xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "A table has more than 1,048,576 rows.")));
                    return;
                }
                column = 0;
            } else if (m_xml.isStart(u"gridBefore")) {
                column += countAttribute(m_xml, u"val", 0, 0);
            } else if (m_xml.isStart(u"tc")) {
                int gridSpan = 1;
                QString vMerge;
                bool vMergeSeen = false;
                const QString text = readCell(&gridSpan, &vMerge, &vMergeSeen);
                if (m_xml.failed())
                    return;
                if (column + gridSpan > 16384) {
                    m_xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "A row has more than 16,384 columns.")));
                    return;
                }
                const int lastColumn = column + gridSpan - 1;
                if (vMergeSeen && vMerge != u"restart" && openVertical.contains(column)) {
                    spans[openVertical.value(column)].lastRow = row;
                } else {
                    openVertical.remove(column);
                    QString error;
                    TableCell cell{text, text.isEmpty() ? CellKind::Empty : CellKind::Text, false, false};
                    if (!m_sink.put(sheet, row, column, std::move(cell), &error)) {
                        m_xml.fail(error);
                        return;
                    }
                    if (vMerge == u"restart" || gridSpan > 1) {
                        spans.append({row, column, row, lastColumn});
                        if (vMerge == u"restart")
                            openVertical.insert(column, spans.size() - 1);
                    }
                }
                column = lastColumn + 1;
            }
        }
        for (const Span &span : std::as_const(spans)) {
            QString error;
            if (!m_sink.fillMerged(sheet, span.row, span.column, span.lastRow, span.lastColumn, &error)) {
                m_xml.fail(error);
                return;
            }
        }
    }

    /// Reads a <w:tc> to its end: its text, and its own span and vertical merge.
    QString readCell(int *gridSpan, QString *vMerge, bool *vMergeSeen)
    {
        QString text;
        int paragraphs = 0;
        int nestedCells = 0;
        int inRun = 0; // a <w:tab> outside a run is a tab stop, not a tab
        while (m_xml.next()) {
            if (m_xml.isEnd(u"tc")) {
                if (nestedCells-- == 0)
                    break;
            } else if (m_xml.isStart(u"tc")) {
                ++nestedCells;
            } else if (nestedCells == 0 && m_xml.isStart(u"gridSpan")) {
                *gridSpan = std::min(countAttribute(m_xml, u"val", 1), 16384);
            } else if (nestedCells == 0 && m_xml.isStart(u"vMerge")) {
                *vMergeSeen = true;
                *vMerge = m_xml.attribute(u"val");
            } else if (m_xml.isStart(u"r")) {
                ++inRun;
            } else if (m_xml.isEnd(u"r")) {
                --inRun;
            } else if (m_xml.isStart(u"p")) {
                if (paragraphs++ > 0)
                    text += u'\n';
            } else if (m_xml.isStart(u"t")) {
                text += m_xml.readText();
            } else if (inRun > 0 && m_xml.isStart(u"tab")) {
                text += u'\t';
            } else if (inRun > 0 && (m_xml.isStart(u"br") || m_xml.isStart(u"cr"))) {
                text += u'\n';
            }
            if (text.size() > m_limits.maxCellChars) {
                m_xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "A cell holds more than %1 characters.")).arg(m_limits.maxCellChars));
                break;
            }
        }
        return text;
    }

    SafeXml &m_xml;
    const ReadLimits &m_limits;
    TableWorkbook *m_out;
    CellSink m_sink;
};

} // namespace

bool readDocx(const QString &path, const ReadLimits &limits, TableWorkbook *out, QString *error)
{
    out->format = QStringLiteral("docx");
    ZipSource zip(path, limits);
    QByteArray content;
    if (!zip.open(error) || !zip.read(QStringLiteral("word/document.xml"), &content, error))
        return false;
    SafeXml xml(content, limits, out->fileName, QStringLiteral("word/document.xml"));
    DocxReader(xml, limits, out).read();
    if (xml.failed()) {
        *error = xml.error();
        return false;
    }
    if (out->sheets.isEmpty()) {
        *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The document has no tables.")).arg(out->fileName);
        return false;
    }
    return true;
}

} // namespace Fortegnelse::Tables

// XLSX (Office Open XML SpreadsheetML): the workbook's sheet list and relationships, the
// shared strings, the styles (to tell a date from a number) and each sheet's cells and
// merged ranges. A formula is read as the value Excel cached, never evaluated.

#include "readersupport.h"
#include "tablereaders.h"
#include "zipsource.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <functional>

namespace Fortegnelse::Tables {

namespace {

struct SheetEntry
{
    QString name;
    QString part;
};

/// "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml" absolute.
QString resolvePart(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    while (path.contains(QStringLiteral("/../"))) {
        const qsizetype up = path.indexOf(QStringLiteral("/../"));
        const qsizetype parent = path.lastIndexOf(u'/', up - 1);
        path = path.left(parent + 1) + path.mid(up + 4);
    }
    return path;
}

/// The text of an <si> or <is>: its <t>, or its runs' <t>s, never the phonetic <rPh>.
QString readRichText(SafeXml &xml, QStringView end)
{
    QString text;
    int phonetic = 0;
    while (xml.next()) {
        if (xml.isStart(u"rPh"))
            ++phonetic;
        else if (xml.isEnd(u"rPh"))
            --phonetic;
        else if (xml.isStart(u"t") && phonetic == 0)
            text += xml.readText();
        else if (xml.isEnd(end))
            break;
    }
    return text;
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
        return true;
    if (code.isEmpty())
        return false;
    // A custom format is a date when it shows days, months or years outside quotes and
    // brackets ("[Red]", "\"kr\"").
    bool quoted = false;
    int bracket = 0;
    for (QChar c : code) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'[')
            ++bracket;
        else if (!quoted && c == u']')
            bracket = std::max(0, bracket - 1);
        else if (!quoted && bracket == 0 && QStringLiteral("dmyDMY").contains(c))
            return true;
    }
    return false;
}

class XlsxReader
{
public:
    XlsxReader(const QString &path, const ReadLimits &limits, TableWorkbook *out)
        : m_zip(path, limits)
        , m_limits(limits)
        , m_out(out)
        , m_sink(limits)
    {
    }

    bool read(QString *error)
    {
        if (!m_zip.open(error) || !readWorkbook(error) || !readSharedStrings(error) || !readStyles(error))
            return false;
        if (m_sheets.isEmpty()) {
            *error = trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The workbook has no sheets.")).arg(m_out->fileName);
            return false;
        }
        for (const SheetEntry &entry : std::as_const(m_sheets)) {
            if (!readSheet(entry, error))
                return false;
        }
        return true;
    }

private:
    bool parse(const QString &part, const std::function<void(SafeXml &)> &body, QString *error, bool optional = false)
    {
        if (optional && !m_zip.contains(part))
            return true;
        QByteArray bytes;
        if (!m_zip.read(part, &bytes, error))
            return false;
        SafeXml xml(bytes, m_limits, m_out->fileName, part);
        body(xml);
        if (xml.failed()) {
            *error = xml.error();
            return false;
        }
        return true;
    }

    bool readWorkbook(QString *error)
    {
        QHash<QString, QString> targets;
        const bool relsOk = parse(
            QStringLiteral("xl/_rels/workbook.xml.rels"), [&](SafeXml &xml) {
                while (xml.next()) {
                    if (xml.isStart(u"Relationship"))
                        targets.insert(xml.attribute(u"Id"), xml.attribute(u"Target"));
                }
            },
            error);
        if (!relsOk)
            return false;
        return parse(
            QStringLiteral("xl/workbook.xml"), [&](SafeXml &xml) {
                while (xml.next()) {
                    if (xml.isStart(u"workbookPr"))
                        m_date1904 = xml.attribute(u"date1904") == u"1" || xml.attribute(u"date1904") == u"true";
                    if (!xml.isStart(u"sheet"))
                        continue;
                    if (m_sheets.size() >= m_limits.maxSheets) {
                        xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The workbook has more than %1 sheets.")).arg(m_limits.maxSheets));
                        return;
                    }
                    const QString target = targets.value(xml.attribute(u"id"));
                    if (target.isEmpty()) {
                        xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The sheet \"%1\" has no part.")).arg(xml.attribute(u"name")));
                        return;
                    }
                    m_sheets.append({xml.attribute(u"name"), resolvePart(target)});
                }
            },
            error);
    }

    bool readSharedStrings(QString *error)
    {
        return parse(
            QStringLiteral("xl/sharedStrings.xml"), [&](SafeXml &xml) {
                while (xml.next()) {
                    if (!xml.isStart(u"si"))
                        continue;
                    QString text = readRichText(xml, u"si");
                    if (text.size() > m_limits.maxCellChars) {
                        xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "A shared string holds more than %1 characters.")).arg(m_limits.maxCellChars));
                        return;
                    }
                    m_strings.append(std::move(text));
                }
            },
            error, true);
    }

    bool readStyles(QString *error)
    {
        QHash<int, QString> customFormats;
        return parse(
            QStringLiteral("xl/styles.xml"), [&](SafeXml &xml) {
                bool inCellFormats = false;
                while (xml.next()) {
                    if (xml.isStart(u"numFmt"))
                        customFormats.insert(xml.attribute(u"numFmtId").toInt(), xml.attribute(u"formatCode"));
                    else if (xml.isStart(u"cellXfs"))
                        inCellFormats = true;
                    else if (xml.isEnd(u"cellXfs"))
                        inCellFormats = false;
                    else if (inCellFormats && xml.isStart(u"xf")) {
                        const int id = xml.attribute(u"numFmtId").toInt();
                        m_dateStyles.append(isDateFormat(id, customFormats.value(id)));
                    }
                }
            },
            error, true);
    }

    QString dateText(const QString &serial) const
    {
        bool ok = false;
        const double days = serial.toDouble(&ok);
        if (!ok || days < 0 || days > 2958465) // 9999-12-31
            return serial;
        const QDate epoch = m_date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        return epoch.addDays(qint64(days)).toString(Qt::ISODate);
    }

    TableCell readCell(SafeXml &xml)
    {
        const QString type = xml.attribute(u"t");
        const int style = xml.attribute(u"s").toInt();
        TableCell cell;
        QString value;
        bool inlineText = false;
        while (xml.next()) {
            if (xml.isStart(u"v")) {
                value = xml.readText();
            } else if (xml.isStart(u"f")) {
                cell.fromFormula = true;
                xml.skip();
            } else if (xml.isStart(u"is")) {
                value = readRichText(xml, u"is");
                inlineText = true;
            } else if (xml.isEnd(u"c")) {
                break;
            }
        }
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.toLongLong(&ok);
            if (!ok || index < 0 || index >= m_strings.size()) {
                xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "A cell refers to shared string %1, which does not exist.")).arg(value));
                return cell;
            }
            cell.text = m_strings.at(index);
            cell.kind = CellKind::Text;
        } else if (type == u"inlineStr" || type == u"str" || inlineText) {
            cell.text = value;
            cell.kind = CellKind::Text;
        } else if (type == u"b") {
            cell.text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            cell.kind = CellKind::Boolean;
        } else if (type == u"e") {
            cell.text = value;
            cell.kind = CellKind::Error;
        } else if (type == u"d") {
            cell.text = value.left(10);
            cell.kind = CellKind::Date;
        } else if (!value.isEmpty()) {
            const bool isDate = style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style);
            cell.text = isDate ? dateText(value) : value;
            cell.kind = isDate ? CellKind::Date : CellKind::Number;
        }
        return cell;
    }

    static bool parseReference(QStringView ref, int *row, int *column)
    {
        qsizetype split = 0;
        while (split < ref.size() && ref.at(split).isLetter())
            ++split;
        bool ok = false;
        const int number = ref.mid(split).toInt(&ok);
        *column = columnFromLetters(ref.left(split));
        *row = number - 1;
        return ok && number >= 1 && number <= 1048576 && *column >= 0 && *column < 16384;
    }

    bool readSheet(const SheetEntry &entry, QString *error)
    {
        m_out->sheets.append(TableSheet{entry.name, {}});
        TableSheet &sheet = m_out->sheets.last();
        return parse(
            entry.part, [&](SafeXml &xml) {
                int row = -1;
                int column = -1;
                while (xml.next()) {
                    if (xml.isStart(u"row")) {
                        const int number = xml.attribute(u"r").toInt();
                        row = number >= 1 ? number - 1 : row + 1;
                        column = -1;
                    } else if (xml.isStart(u"c")) {
                        const QString ref = xml.attribute(u"r");
                        int cellRow = row;
                        if (ref.isEmpty())
                            ++column;
                        else if (!parseReference(ref, &cellRow, &column) || cellRow != row) {
                            xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The cell reference \"%1\" is not valid here.")).arg(ref));
                            return;
                        }
                        TableCell cell = readCell(xml);
                        if (xml.failed())
                            return;
                        QString cellError;
                        if (!m_sink.put(sheet, row, column, std::move(cell), &cellError)) {
                            xml.fail(cellError);
                            return;
                        }
                    } else if (xml.isStart(u"mergeCell")) {
                        const QStringList corners = xml.attribute(u"ref").split(u':');
                        int r1 = 0, c1 = 0, r2 = 0, c2 = 0;
                        if (corners.size() != 2 || !parseReference(corners.at(0), &r1, &c1)
                            || !parseReference(corners.at(1), &r2, &c2) || r2 < r1 || c2 < c1) {
                            xml.fail(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "The merged range \"%1\" is not valid.")).arg(xml.attribute(u"ref")));
                            return;
                        }
                        QString cellError;
                        if (!m_sink.fillMerged(sheet, r1, c1, r2, c2, &cellError)) {
                            xml.fail(cellError);
                            return;
                        }
                    }
                }
            },
            error);
    }

    ZipSource m_zip;
    const ReadLimits &m_limits;
    TableWorkbook *m_out;
    CellSink m_sink;
    QList<SheetEntry> m_sheets;
    QStringList m_strings;
    QList<bool> m_dateStyles;
    bool m_date1904 = false;
};

} // namespace

bool readXlsx(const QString &path, const ReadLimits &limits, TableWorkbook *out, QString *error)
{
    out->format = QStringLiteral("xlsx");
    return XlsxReader(path, limits, out).read(error);
}

} // namespace Fortegnelse::Tables

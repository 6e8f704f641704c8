// The record's sheets written as XLSX and ODS (each its XML in a ZIP written with QuaZip;
// every cell a string, never a formula) and as CSV.

#include "recordtable.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Fortegnelse::Tables {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::Tables", text);
}

double columnWidth(const RecordSheet &sheet, int column)
{
    qsizetype widest = 8;
    for (const QStringList &row : sheet.rows) {
        for (const QString &line : row.value(column).split(u'\n'))
            widest = std::max(widest, line.size());
    }
    return double(std::min<qsizetype>(widest + 2, 60));
}

QByteArray xmlText(const QString &text)
{
    // XML 1.0 has no place for most control characters: they are dropped, not escaped.
    static const QRegularExpression invalid(QStringLiteral("[\\x{0}-\\x{8}\\x{B}\\x{C}\\x{E}-\\x{1F}]"));
    QString clean = text;
    clean.remove(invalid);
    return clean.toHtmlEscaped().toUtf8();
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &bytes, bool stored)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, stored ? 0 : Z_DEFLATED, stored ? 0 : 6))
        return false;
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    return written && file.getZipError() == 0;
}

/// The bytes of a ZIP archive of \a entries, the first stored uncompressed when
/// \a firstStored; empty when it cannot be written.
QByteArray zipBytes(const QList<std::pair<QString, QByteArray>> &entries, bool firstStored)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.zip"));
    {
        QuaZip zip(path);
        bool written = dir.isValid() && zip.open(QuaZip::mdCreate);
        for (qsizetype i = 0; written && i < entries.size(); ++i)
            written = addEntry(zip, entries.at(i).first, entries.at(i).second, firstStored && i == 0);
        zip.close();
        if (!written || zip.getZipError() != 0)
            return {};
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray columnLetters(qsizetype column)
{
    QByteArray letters;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(char('A' + (n - 1) % 26));
    return letters;
}

} // namespace

QByteArray recordXlsx(const QList<RecordSheet> &sheets, QString *error)
{
    // SpreadsheetML written directly: every cell an inline string (never a formula), the
    // header row frozen and filtered, long text wrapped. (libxlsxwriter cannot be used in
    // the same process as QuaZip: both export minizip's functions, and one library's zip
    // calls end in the other's.)
    QList<std::pair<QString, QByteArray>> entries;
    QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                       "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>";
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QByteArray names;
    QList<std::pair<QString, QByteArray>> sheetParts;
    for (qsizetype index = 0; index < sheets.size(); ++index) {
        const RecordSheet &sheet = sheets.at(index);
        const QByteArray n = QByteArray::number(index + 1);
        const QByteArray name = xmlText(sheet.name.left(31));
        types += "<Override PartName=\"/xl/worksheets/sheet" + n + ".xml\" ContentType=\"application/"
                                                                   "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        workbook += "<sheet name=\"" + name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                               "relationships/worksheet\" Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        const qsizetype columns = sheet.rows.value(0).size();
        const QByteArray lastColumn = columnLetters(std::max<qsizetype>(columns - 1, 0));
        const QByteArray lastRow = QByteArray::number(std::max<qsizetype>(sheet.rows.size(), 1));
        names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + QByteArray::number(index)
            + "\" hidden=\"1\">'" + name + "'!$A$1:$" + lastColumn + "$" + lastRow + "</definedName>";
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                         "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
                         "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>";
        for (qsizetype column = 0; column < columns; ++column)
            xml += "<col min=\"" + QByteArray::number(column + 1) + "\" max=\"" + QByteArray::number(column + 1)
                + "\" width=\"" + QByteArray::number(columnWidth(sheet, int(column))) + "\" customWidth=\"1\"/>";
        xml += "</cols><sheetData>";
        for (qsizetype row = 0; row < sheet.rows.size(); ++row) {
            xml += "<row r=\"" + QByteArray::number(row + 1) + "\">";
            for (qsizetype column = 0; column < sheet.rows.at(row).size(); ++column) {
                const QString &text = sheet.rows.at(row).at(column);
                if (text.isEmpty())
                    continue;
                xml += "<c r=\"" + columnLetters(column) + QByteArray::number(row + 1) + "\" s=\""
                    + (row == 0 ? "1" : "2") + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    + xmlText(text.left(32767)) + "</t></is></c>";
            }
            xml += "</row>";
        }
        xml += "</sheetData>";
        if (columns > 0)
            xml += "<autoFilter ref=\"A1:" + columnLetters(columns - 1)
                + QByteArray::number(std::max<qsizetype>(sheet.rows.size(), 1)) + "\"/>";
        xml += "</worksheet>";
        sheetParts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1), xml});
    }
    types += "</Types>";
    workbook += "</sheets><definedNames>" + names + "</definedNames></workbook>";
    rels += "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "styles\" Target=\"styles.xml\"/></Relationships>";
    const QByteArray styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDE4EE\"/></patternFill></fill></fills>"
        "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
        "<cellXfs count=\"3\"><xf/>"
        "<xf fontId=\"1\" fillId=\"2\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        "<xf applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs></styleSheet>";
    entries.append({QStringLiteral("[Content_Types].xml"), types});
    entries.append({QStringLiteral("_rels/.rels"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    entries.append({QStringLiteral("xl/workbook.xml"), workbook});
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    entries.append({QStringLiteral("xl/styles.xml"), styles});
    entries += sheetParts;
    const QByteArray bytes = zipBytes(entries, false);
    if (bytes.isEmpty())
        *error = tr("The spreadsheet could not be written in a temporary folder.");
    return bytes;
}

QByteArray recordOds(const QList<RecordSheet> &sheets, QString *error)
{
    QByteArray content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.3\">"
        "<office:automatic-styles><style:style style:name=\"header\" style:family=\"table-cell\">"
        "<style:text-properties fo:font-weight=\"bold\"/></style:style></office:automatic-styles>"
        "<office:body><office:spreadsheet>";
    QByteArray ranges;
    QByteArray frozen;
    for (qsizetype index = 0; index < sheets.size(); ++index) {
        const RecordSheet &sheet = sheets.at(index);
        const QByteArray name = xmlText(sheet.name);
        content += "<table:table table:name=\"" + name + "\">";
        for (qsizetype row = 0; row < sheet.rows.size(); ++row) {
            content += "<table:table-row>";
            for (const QString &cell : sheet.rows.at(row)) {
                content += row == 0 ? "<table:table-cell table:style-name=\"header\" office:value-type=\"string\">"
                                    : "<table:table-cell office:value-type=\"string\">";
                for (const QString &line : cell.split(u'\n'))
                    content += "<text:p>" + xmlText(line) + "</text:p>";
                content += "</table:table-cell>";
            }
            content += "</table:table-row>";
        }
        content += "</table:table>";
        const qsizetype columns = sheet.rows.value(0).size();
        if (columns > 0) {
            QByteArray last;
            for (qsizetype n = columns; n > 0; n = (n - 1) / 26)
                last.prepend(char('A' + (n - 1) % 26));
            ranges += "<table:database-range table:name=\"__Anonymous_Sheet_DB__" + QByteArray::number(index)
                + "\" table:target-range-address=\"'" + name + "'.A1:'" + name + "'." + last
                + QByteArray::number(std::max<qsizetype>(sheet.rows.size(), 1)) + "\" table:display-filter-buttons=\"true\"/>";
        }
        frozen += "<config:config-item-map-entry config:name=\"" + name + "\">"
                                                                          "<config:config-item config:name=\"VerticalSplitMode\" config:type=\"short\">2</config:config-item>"
                                                                          "<config:config-item config:name=\"VerticalSplitPosition\" config:type=\"int\">1</config:config-item>"
                                                                          "<config:config-item config:name=\"ActiveSplitRange\" config:type=\"short\">2</config:config-item>"
                                                                          "<config:config-item config:name=\"PositionTop\" config:type=\"int\">0</config:config-item>"
                                                                          "<config:config-item config:name=\"PositionBottom\" config:type=\"int\">1</config:config-item>"
                                                                          "</config:config-item-map-entry>";
    }
    content += "<table:database-ranges>" + ranges + "</table:database-ranges>";
    content += "</office:spreadsheet></office:body></office:document-content>";
    const QByteArray settings =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<office:document-settings xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" office:version=\"1.3\"><office:settings>"
        "<config:config-item-set config:name=\"ooo:view-settings\"><config:config-item-map-indexed config:name=\"Views\">"
        "<config:config-item-map-entry><config:config-item-map-named config:name=\"Tables\">"
        + frozen + "</config:config-item-map-named></config:config-item-map-entry></config:config-item-map-indexed>"
                   "</config:config-item-set></office:settings></office:document-settings>";
    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        "<manifest:file-entry manifest:full-path=\"settings.xml\" manifest:media-type=\"text/xml\"/>"
        "</manifest:manifest>";

    // The mimetype comes first and uncompressed, so a file manager can tell the kind.
    const QByteArray bytes = zipBytes({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"},
                                       {QStringLiteral("content.xml"), content},
                                       {QStringLiteral("settings.xml"), settings},
                                       {QStringLiteral("META-INF/manifest.xml"), manifest}},
                                      true);
    if (bytes.isEmpty())
        *error = tr("The spreadsheet could not be written in a temporary folder.");
    return bytes;
}

QByteArray recordCsv(const RecordSheet &sheet)
{
    QStringList lines;
    for (const QStringList &row : sheet.rows) {
        QStringList cells;
        for (QString cell : row) {
            // A leading = + - @ makes a spreadsheet run the cell as a formula (CSV injection).
            if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
                cell.prepend(u'\'');
            if (cell.contains(u';') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
                cell = u'"' + cell.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
            cells.append(cell);
        }
        lines.append(cells.join(u';'));
    }
    return "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace Fortegnelse::Tables

#include "tablefixtures.h"

#include <QFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Fortegnelse::Test {

bool writeZip(const QString &path, const ZipEntries &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, bytes] : entries) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(name);
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 1) || file.write(bytes) != bytes.size())
            return false;
        file.close();
        if (file.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

bool writeLyingZip(const QString &path, const QString &entry, const QByteArray &inflated, quint32 claimedSize)
{
    // qCompress: a 4-byte length, then zlib's 2-byte header, the raw deflate stream and a
    // 4-byte checksum. A ZIP entry holds the raw stream alone.
    const QByteArray compressed = qCompress(inflated, 9);
    const QByteArray raw = compressed.mid(6, compressed.size() - 10);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    QuaZipFile file(&zip);
    QuaZipNewInfo info(entry);
    info.uncompressedSize = claimedSize;
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 9, true) || file.write(raw) != raw.size())
        return false;
    file.close();
    zip.close();
    return zip.getZipError() == 0;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

ZipEntries xlsxParts(const QList<std::pair<QString, QByteArray>> &sheets, const QByteArray &sharedStrings)
{
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                          "<workbookPr/><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    ZipEntries entries;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + sheets.at(i).first.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                               "relationships/worksheet\" Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        entries.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + sheets.at(i).second + "</worksheet>"});
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    entries.append({QStringLiteral("[Content_Types].xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/"
                    "package/2006/content-types\"/>"});
    entries.append({QStringLiteral("xl/workbook.xml"), workbook});
    entries.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
    entries.append({QStringLiteral("xl/styles.xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
                    "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs>"
                    "</styleSheet>"});
    if (!sharedStrings.isEmpty())
        entries.append({QStringLiteral("xl/sharedStrings.xml"),
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + sharedStrings + "</sst>"});
    return entries;
}

namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QByteArray xlsxSheet(const QList<QStringList> &rows, const QStringList &merges)
{
    QByteArray xml = "<sheetData>";
    for (qsizetype r = 0; r < rows.size(); ++r) {
        xml += "<row r=\"" + QByteArray::number(r + 1) + "\">";
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            if (rows.at(r).at(c).isEmpty())
                continue;
            QByteArray ref;
            for (qsizetype n = c + 1; n > 0; n = (n - 1) / 26)
                ref.prepend(char('A' + (n - 1) % 26));
            xml += "<c r=\"" + ref + QByteArray::number(r + 1) + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + escaped(rows.at(r).at(c)) + "</t></is></c>";
        }
        xml += "</row>";
    }
    xml += "</sheetData>";
    if (!merges.isEmpty()) {
        xml += "<mergeCells>";
        for (const QString &merge : merges)
            xml += "<mergeCell ref=\"" + merge.toLatin1() + "\"/>";
        xml += "</mergeCells>";
    }
    return xml;
}

QByteArray odsTable(const QString &name, const QList<QStringList> &rows)
{
    QByteArray xml = "<table:table table:name=\"" + escaped(name) + "\">";
    for (const QStringList &row : rows) {
        xml += "<table:table-row>";
        for (const QString &cell : row) {
            xml += "<table:table-cell office:value-type=\"string\">";
            for (const QString &line : cell.split(u'\n'))
                xml += "<text:p>" + escaped(line) + "</text:p>";
            xml += "</table:table-cell>";
        }
        xml += "</table:table-row>";
    }
    return xml + "</table:table>";
}

QByteArray docxTable(const QList<QStringList> &rows)
{
    QByteArray xml = "<w:tbl>";
    for (const QStringList &row : rows) {
        xml += "<w:tr>";
        for (const QString &cell : row) {
            xml += "<w:tc>";
            for (const QString &line : cell.split(u'\n'))
                xml += "<w:p><w:r><w:t xml:space=\"preserve\">" + escaped(line) + "</w:t></w:r></w:p>";
            xml += "</w:tc>";
        }
        xml += "</w:tr>";
    }
    return xml + "</w:tbl>";
}

QString csvText(const QList<QStringList> &rows, QChar delimiter)
{
    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (QString cell : row) {
            if (cell.contains(delimiter) || cell.contains(u'"') || cell.contains(u'\n'))
                cell = u'"' + cell.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
            cells.append(cell);
        }
        lines.append(cells.join(delimiter));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

ZipEntries odfParts(const QByteArray &body, bool text)
{
    const QByteArray kind = text ? "text" : "spreadsheet";
    return {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument." + kind},
            {QStringLiteral("content.xml"),
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
             "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
             "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:"
                 + kind + ">"
                 + body + "</office:" + kind + "></office:body></office:document-content>"}};
}

ZipEntries docxParts(const QByteArray &body)
{
    return {{QStringLiteral("[Content_Types].xml"),
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/"
             "package/2006/content-types\"/>"},
            {QStringLiteral("word/document.xml"),
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                 + body + "</w:body></w:document>"}};
}

} // namespace Fortegnelse::Test

#include "policyodt.h"

#include <QXmlStreamWriter>

#include <zlib.h>

namespace Fortegnelse {

namespace {

// --- A ZIP archive of stored (uncompressed) entries, as ODF allows ------------------------

class StoredZip
{
public:
    void add(const QByteArray &name, const QByteArray &data)
    {
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(m_out.size());
        header(&m_out, 0x04034b50, name, data, crc, 0, false);
        m_out += data;
        header(&m_directory, 0x02014b50, name, data, crc, offset, true);
        ++m_entries;
    }
    QByteArray finish()
    {
        const quint32 offset = quint32(m_out.size());
        m_out += m_directory;
        le32(&m_out, 0x06054b50);
        le16(&m_out, 0);
        le16(&m_out, 0);
        le16(&m_out, m_entries);
        le16(&m_out, m_entries);
        le32(&m_out, quint32(m_directory.size()));
        le32(&m_out, offset);
        le16(&m_out, 0);
        return m_out;
    }

private:
    static void le16(QByteArray *out, quint16 v)
    {
        out->append(char(v & 0xff));
        out->append(char(v >> 8));
    }
    static void le32(QByteArray *out, quint32 v)
    {
        le16(out, quint16(v & 0xffff));
        le16(out, quint16(v >> 16));
    }
    static void header(QByteArray *out, quint32 signature, const QByteArray &name, const QByteArray &data,
                       quint32 crc, quint32 offset, bool central)
    {
        le32(out, signature);
        if (central)
            le16(out, 20); // made by
        le16(out, 20); // needed to extract
        le16(out, 0x0800); // names in UTF-8
        le16(out, 0); // stored
        le16(out, 0); // 00:00
        le16(out, 0x21); // 1 January 1980: the same bytes for the same document
        le32(out, crc);
        le32(out, quint32(data.size()));
        le32(out, quint32(data.size()));
        le16(out, quint16(name.size()));
        le16(out, 0); // extra field
        if (central) {
            le16(out, 0); // comment
            le16(out, 0); // disk
            le16(out, 0); // internal attributes
            le32(out, 0); // external attributes
            le32(out, offset);
        }
        out->append(name);
    }

    QByteArray m_out, m_directory;
    quint16 m_entries = 0;
};

// --- The document ------------------------------------------------------------------------

const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString table = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString xlink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString meta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");

void namespaces(QXmlStreamWriter &w)
{
    w.writeNamespace(office, QStringLiteral("office"));
    w.writeNamespace(style, QStringLiteral("style"));
    w.writeNamespace(text, QStringLiteral("text"));
    w.writeNamespace(table, QStringLiteral("table"));
    w.writeNamespace(fo, QStringLiteral("fo"));
    w.writeNamespace(xlink, QStringLiteral("xlink"));
}

bool safeHref(const QString &href)
{
    return href.startsWith(u"https://") || href.startsWith(u"http://") || href.startsWith(u"mailto:");
}

void inlines(QXmlStreamWriter &w, const Inlines &content)
{
    for (const Inline &i : content) {
        switch (i.kind) {
        case Inline::Text: w.writeCharacters(i.text); break;
        case Inline::Break: w.writeEmptyElement(text, QStringLiteral("line-break")); break;
        case Inline::Strong:
        case Inline::Emphasis:
            w.writeStartElement(text, QStringLiteral("span"));
            w.writeAttribute(text, QStringLiteral("style-name"),
                             i.kind == Inline::Strong ? QStringLiteral("Strong_20_Emphasis") : QStringLiteral("Emphasis"));
            inlines(w, i.children);
            w.writeEndElement();
            break;
        case Inline::Link:
            // A link into the HTML page ("#rights") has no target here: its text stays.
            if (!safeHref(i.href)) {
                inlines(w, i.children);
                break;
            }
            w.writeStartElement(text, QStringLiteral("a"));
            w.writeAttribute(xlink, QStringLiteral("type"), QStringLiteral("simple"));
            w.writeAttribute(xlink, QStringLiteral("href"), i.href);
            inlines(w, i.children);
            w.writeEndElement();
            break;
        }
    }
}

void paragraph(QXmlStreamWriter &w, const QString &styleName, const Inlines &content)
{
    w.writeStartElement(text, QStringLiteral("p"));
    w.writeAttribute(text, QStringLiteral("style-name"), styleName);
    inlines(w, content);
    w.writeEndElement();
}

QByteArray content(const PolicyDocument &doc)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(office, QStringLiteral("document-content"));
    namespaces(w);
    w.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.3"));
    w.writeStartElement(office, QStringLiteral("automatic-styles"));
    w.writeStartElement(style, QStringLiteral("style"));
    w.writeAttribute(style, QStringLiteral("name"), QStringLiteral("Table"));
    w.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table"));
    w.writeEmptyElement(style, QStringLiteral("table-properties"));
    w.writeAttribute(style, QStringLiteral("width"), QStringLiteral("17cm"));
    w.writeAttribute(table, QStringLiteral("align"), QStringLiteral("margins"));
    w.writeEndElement();
    w.writeStartElement(style, QStringLiteral("style"));
    w.writeAttribute(style, QStringLiteral("name"), QStringLiteral("Table.Cell"));
    w.writeAttribute(style, QStringLiteral("family"), QStringLiteral("table-cell"));
    w.writeEmptyElement(style, QStringLiteral("table-cell-properties"));
    w.writeAttribute(fo, QStringLiteral("padding"), QStringLiteral("0.1cm"));
    w.writeAttribute(fo, QStringLiteral("border"), QStringLiteral("0.5pt solid #808080"));
    w.writeEndElement();
    w.writeEndElement(); // automatic-styles
    w.writeStartElement(office, QStringLiteral("body"));
    w.writeStartElement(office, QStringLiteral("text"));
    bool titled = false;
    int tables = 0;
    for (const Block &b : doc.blocks) {
        switch (b.kind) {
        case Block::Heading: {
            if (b.level == 1 && !titled) {
                titled = true;
                paragraph(w, QStringLiteral("Title"), b.content);
                break;
            }
            const int level = std::clamp(b.level - 1, 1, 3);
            w.writeStartElement(text, QStringLiteral("h"));
            w.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("Heading_20_%1").arg(level));
            w.writeAttribute(text, QStringLiteral("outline-level"), QString::number(level));
            if (!b.anchor.isEmpty()) {
                w.writeEmptyElement(text, QStringLiteral("bookmark"));
                w.writeAttribute(text, QStringLiteral("name"), b.anchor);
            }
            inlines(w, b.content);
            w.writeEndElement();
            break;
        }
        case Block::Paragraph: paragraph(w, QStringLiteral("Text_20_body"), b.content); break;
        case Block::BulletList:
        case Block::NumberedList:
            w.writeStartElement(text, QStringLiteral("list"));
            w.writeAttribute(text, QStringLiteral("style-name"),
                             b.kind == Block::BulletList ? QStringLiteral("List_20_1") : QStringLiteral("Numbering_20_123"));
            for (const Inlines &item : b.items) {
                w.writeStartElement(text, QStringLiteral("list-item"));
                paragraph(w, b.kind == Block::BulletList ? QStringLiteral("List_20_Bullet") : QStringLiteral("List_20_Number"), item);
                w.writeEndElement();
            }
            w.writeEndElement();
            break;
        case Block::Table: {
            qsizetype columns = 0;
            for (const QList<Inlines> &row : b.rows)
                columns = std::max(columns, row.size());
            w.writeStartElement(table, QStringLiteral("table"));
            w.writeAttribute(table, QStringLiteral("name"), QStringLiteral("Table%1").arg(++tables));
            w.writeAttribute(table, QStringLiteral("style-name"), QStringLiteral("Table"));
            w.writeEmptyElement(table, QStringLiteral("table-column"));
            w.writeAttribute(table, QStringLiteral("number-columns-repeated"), QString::number(columns));
            for (qsizetype r = 0; r < b.rows.size(); ++r) {
                const bool header = r < b.headerRows;
                if (header && r == 0)
                    w.writeStartElement(table, QStringLiteral("table-header-rows"));
                w.writeStartElement(table, QStringLiteral("table-row"));
                for (qsizetype c = 0; c < columns; ++c) {
                    w.writeStartElement(table, QStringLiteral("table-cell"));
                    w.writeAttribute(table, QStringLiteral("style-name"), QStringLiteral("Table.Cell"));
                    w.writeAttribute(office, QStringLiteral("value-type"), QStringLiteral("string"));
                    paragraph(w, header ? QStringLiteral("Table_20_Heading") : QStringLiteral("Table_20_Contents"),
                              b.rows.at(r).value(c));
                    w.writeEndElement();
                }
                w.writeEndElement();
                if (header && r == b.headerRows - 1)
                    w.writeEndElement(); // table-header-rows
            }
            w.writeEndElement();
            break;
        }
        case Block::PageBreak:
        case Block::Contents: break;
        }
    }
    w.writeEndElement(); // text
    w.writeEndElement(); // body
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

/// The named styles. Their names are the ones LibreOffice gives its own ("Heading_20_1",
/// shown as "Heading 1"), which Word maps to its built-in headings and lists.
QByteArray styles(const QString &language)
{
    const QString lang = language.isEmpty() ? QStringLiteral("da") : language;
    const QString country = lang == u"en" ? QStringLiteral("GB") : lang == u"nb" ? QStringLiteral("NO")
                                                                                 : lang.toUpper();
    const QString xml = QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="%1" xmlns:style="%2" xmlns:text="%3" xmlns:table="%4" xmlns:fo="%5" office:version="1.3">
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/><style:text-properties style:font-name="DejaVu Sans" fo:font-family="'DejaVu Sans'" fo:font-size="10pt" fo:language="%6" fo:country="%7"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="chapter"><style:text-properties fo:font-size="20pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="15pt"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="12.5pt"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="List_20_1" style:class="list"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="List_20_Number" style:display-name="List Number" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="Numbering_20_123" style:class="list"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:margin-bottom="0cm"/></style:style>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<text:list-style style:name="List_20_1" style:display-name="List 1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
</office:document-styles>
)")
                            .arg(office, style, text, table, fo, lang, country);
    return xml.toUtf8();
}

QByteArray metadata(const PolicyDocument &doc)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeStartElement(office, QStringLiteral("document-meta"));
    w.writeNamespace(office, QStringLiteral("office"));
    w.writeNamespace(meta, QStringLiteral("meta"));
    w.writeNamespace(dc, QStringLiteral("dc"));
    w.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.3"));
    w.writeStartElement(office, QStringLiteral("meta"));
    w.writeTextElement(meta, QStringLiteral("generator"), QStringLiteral("Fortegnelse"));
    w.writeTextElement(dc, QStringLiteral("title"), doc.title);
    if (!doc.language.isEmpty())
        w.writeTextElement(dc, QStringLiteral("language"), doc.language);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace

QByteArray toOdt(const PolicyDocument &doc)
{
    StoredZip zip;
    // The media type first and uncompressed, so a reader knows the file by its first bytes.
    zip.add("mimetype", "application/vnd.oasis.opendocument.text");
    zip.add("content.xml", content(doc));
    zip.add("styles.xml", styles(doc.language));
    zip.add("meta.xml", metadata(doc));
    zip.add("META-INF/manifest.xml", R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
)");
    return zip.finish();
}

} // namespace Fortegnelse

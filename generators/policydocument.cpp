#include "policydocument.h"

#include "hyphenation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QXmlStreamReader>

namespace Fortegnelse {

namespace {

/// Collapses white space the way HTML does, keeping one space between runs.
void appendText(Inlines &out, const QString &raw)
{
    QString text;
    text.reserve(raw.size());
    for (const QChar c : raw) {
        const bool space = c == u' ' || c == u'\n' || c == u'\t' || c == u'\r';
        if (!space)
            text += c;
        else if (text.isEmpty() || text.back() != u' ')
            text += QLatin1Char(' ');
    }
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().kind == Inline::Text)
        out.last().text += text;
    else
        out.append({Inline::Text, text, {}, {}});
}

/// Drops white space and line breaks at the start and end of a block, which optional
/// template lines leave behind.
void trim(Inlines &inlines)
{
    while (!inlines.isEmpty()) {
        Inline &first = inlines.first();
        if (first.kind == Inline::Break) {
            inlines.removeFirst();
        } else if (first.kind == Inline::Text) {
            qsizetype n = 0;
            while (n < first.text.size() && first.text.at(n).isSpace())
                ++n;
            first.text.remove(0, n);
            if (!first.text.isEmpty())
                break;
            inlines.removeFirst();
        } else {
            break;
        }
    }
    while (!inlines.isEmpty()) {
        Inline &last = inlines.last();
        if (last.kind == Inline::Break) {
            inlines.removeLast();
        } else if (last.kind == Inline::Text) {
            qsizetype n = last.text.size();
            while (n > 0 && last.text.at(n - 1).isSpace())
                --n;
            last.text.truncate(n);
            if (!last.text.isEmpty())
                break;
            inlines.removeLast();
        } else {
            break;
        }
    }
}

void prepare(Inlines &inlines, qsizetype longestRun)
{
    for (Inline &i : inlines) {
        if (i.text.size() > longestRun) {
            qsizetype cut = longestRun;
            if (i.text.at(cut).isLowSurrogate())
                --cut;
            i.text = i.text.left(cut) + QStringLiteral(" [\u2026]");
        }
        i.text = withBreakOpportunities(i.text);
        prepare(i.children, longestRun);
    }
}

/// A table's columns are narrow: its long words get the language's hyphenation points.
void hyphenateCell(Inlines &inlines, const QString &language)
{
    for (Inline &i : inlines) {
        i.text = hyphenate(i.text, language);
        hyphenateCell(i.children, language);
    }
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::PolicyDocument)

public:
    explicit Parser(const QString &xhtml)
        : m_xml(QStringLiteral("<doc>") + xhtml + QStringLiteral("</doc>"))
    {
    }

    bool run(PolicyDocument *doc, QString *error)
    {
        m_xml.readNextStartElement(); // <doc>
        parseBlocks(doc->blocks, QStringLiteral("doc"));
        if (m_error.isEmpty() && m_xml.hasError())
            fail(m_xml.errorString());
        if (!m_error.isEmpty()) {
            *error = m_error;
            return false;
        }
        for (const Block &b : std::as_const(doc->blocks))
            if (b.kind == Block::Heading && b.level == 1) {
                doc->title = plainText(b.content);
                break;
            }
        return true;
    }

private:
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = tr("Template output, line %1, column %2: %3")
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.columnNumber())
                          .arg(message);
    }

    void parseBlocks(QList<Block> &blocks, const QString &container)
    {
        while (m_error.isEmpty() && !m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                return;
            if (token == QXmlStreamReader::Characters) {
                if (!m_xml.isWhitespace())
                    fail(tr("text \"%1\" outside a paragraph in <%2>")
                             .arg(m_xml.text().toString().trimmed().left(40), container));
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QString name = m_xml.name().toString();
            const QString style = m_xml.attributes().value(QStringLiteral("class")).toString();
            if (name == u"article" || name == u"section") {
                m_anchor = m_xml.attributes().value(QStringLiteral("id")).toString();
                parseBlocks(blocks, name);
            } else if (name == u"hr" || name == u"nav") {
                Block b;
                b.kind = name == u"hr" ? Block::PageBreak : Block::Contents;
                b.style = style;
                m_xml.skipCurrentElement();
                blocks.append(b);
            } else if (name.size() == 2 && name.startsWith(QLatin1Char('h')) && name[1] >= u'1' && name[1] <= u'3') {
                Block b;
                b.kind = Block::Heading;
                b.level = name[1].digitValue();
                b.anchor = m_anchor;
                b.style = style;
                m_anchor.clear();
                parseInlines(b.content, name);
                trim(b.content);
                if (!b.content.isEmpty())
                    blocks.append(b);
            } else if (name == u"p") {
                Block b;
                b.style = style;
                parseInlines(b.content, name);
                trim(b.content);
                if (!b.content.isEmpty())
                    blocks.append(b);
            } else if (name == u"ul" || name == u"ol") {
                Block b;
                b.kind = name == u"ul" ? Block::BulletList : Block::NumberedList;
                b.style = style;
                parseItems(b, name);
                if (!b.items.isEmpty())
                    blocks.append(b);
            } else if (name == u"table") {
                Block b;
                b.kind = Block::Table;
                b.style = style;
                parseTable(b);
                if (b.rows.size() > b.headerRows)
                    blocks.append(b);
            } else {
                fail(tr("<%1> is not allowed here").arg(name));
            }
        }
    }

    void parseItems(Block &b, const QString &container)
    {
        while (m_error.isEmpty() && !m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                return;
            if (token == QXmlStreamReader::Characters && !m_xml.isWhitespace())
                fail(tr("text outside <li> in <%1>").arg(container));
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() != u"li") {
                fail(tr("<%1> is not allowed in <%2>").arg(m_xml.name().toString(), container));
                return;
            }
            Inlines item;
            parseInlines(item, QStringLiteral("li"));
            trim(item);
            if (!item.isEmpty())
                b.items.append(item);
        }
    }

    void parseTable(Block &b)
    {
        while (m_error.isEmpty() && !m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                return;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() != u"tr") {
                fail(tr("<%1> is not allowed in <table>").arg(m_xml.name().toString()));
                return;
            }
            QList<Inlines> row;
            bool allHeaderCells = true;
            while (m_error.isEmpty() && !m_xml.atEnd()) {
                const auto t = m_xml.readNext();
                if (t == QXmlStreamReader::EndElement)
                    break;
                if (t != QXmlStreamReader::StartElement)
                    continue;
                if (m_xml.name() != u"td" && m_xml.name() != u"th") {
                    fail(tr("<%1> is not allowed in <tr>").arg(m_xml.name().toString()));
                    return;
                }
                allHeaderCells = allHeaderCells && m_xml.name() == u"th";
                Inlines cell;
                parseInlines(cell, m_xml.name().toString());
                trim(cell);
                row.append(cell);
            }
            if (allHeaderCells && !row.isEmpty() && b.headerRows == b.rows.size())
                ++b.headerRows;
            b.rows.append(row);
        }
    }

    void parseInlines(Inlines &out, const QString &container)
    {
        while (m_error.isEmpty() && !m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                return;
            if (token == QXmlStreamReader::Characters) {
                appendText(out, m_xml.text().toString());
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QString name = m_xml.name().toString();
            if (name == u"br") {
                out.append({Inline::Break, {}, {}, {}});
                m_xml.skipCurrentElement();
            } else if (name == u"strong" || name == u"b" || name == u"em") {
                Inline i{name == u"em" ? Inline::Emphasis : Inline::Strong, {}, {}, {}};
                parseInlines(i.children, name);
                if (!i.children.isEmpty())
                    out.append(i);
            } else if (name == u"a") {
                Inline i{Inline::Link, {}, m_xml.attributes().value(QStringLiteral("href")).toString(), {}};
                parseInlines(i.children, name);
                if (!i.children.isEmpty())
                    out.append(i);
            } else {
                fail(tr("<%1> is not allowed in <%2>").arg(name, container));
            }
        }
    }

    QXmlStreamReader m_xml;
    QString m_error;
    QString m_anchor;
};

} // namespace

QString plainText(const Inlines &inlines)
{
    QString out;
    for (const Inline &i : inlines) {
        switch (i.kind) {
        case Inline::Text: out += i.text; break;
        case Inline::Break: out += QLatin1Char('\n'); break;
        default: out += plainText(i.children); break;
        }
    }
    // A soft hyphen (hyphenate()) is where a line may break, not a character of the text.
    out.remove(QChar(0x00AD));
    return out;
}

bool PolicyDocument::parse(const QString &xhtml, PolicyDocument *out, QString *error)
{
    PolicyDocument doc;
    if (!Parser(xhtml).run(&doc, error))
        return false;
    *out = std::move(doc);
    return true;
}

QString withBreakOpportunities(const QString &text, int longestRun)
{
    QString out;
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u'-' || c == u'/' || c == QChar(0x200B) || c == QChar(0x00AD)) {
            run = 0;
        } else if (++run > longestRun && !c.isLowSurrogate() && !c.isMark()) {
            if (out.isEmpty())
                out = text.left(i);
            out += QChar(0x200B);
            run = 1;
        }
        if (!out.isEmpty())
            out += c;
    }
    return out.isEmpty() ? text : out;
}

void PolicyDocument::prepareForPages(qsizetype longestRun)
{
    for (Block &b : blocks) {
        prepare(b.content, longestRun);
        for (Inlines &item : b.items)
            prepare(item, longestRun);
        for (auto &row : b.rows)
            for (Inlines &cell : row) {
                prepare(cell, longestRun);
                hyphenateCell(cell, language);
            }
    }
}

QString PolicyDocument::plainText() const
{
    QString out;
    for (const Block &b : blocks) {
        out += Fortegnelse::plainText(b.content) + QLatin1Char('\n');
        for (const Inlines &item : b.items)
            out += Fortegnelse::plainText(item) + QLatin1Char('\n');
        for (const auto &row : b.rows) {
            for (const Inlines &cell : row)
                out += Fortegnelse::plainText(cell) + QLatin1Char('\t');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

namespace {

void pointAtFullText(Inlines &inlines, const QString &fullTextUrl)
{
    for (Inline &i : inlines) {
        if (i.kind == Inline::Link && i.href.startsWith(QLatin1Char('#')))
            i.href = fullTextUrl + i.href;
        pointAtFullText(i.children, fullTextUrl);
    }
}

} // namespace

PolicyDocument firstLayerOf(const PolicyDocument &doc, const QString &fullTextUrl, const QString &readMore)
{
    PolicyDocument layer;
    layer.language = doc.language;
    layer.title = doc.title;
    int level = 0; // of the summary's heading, once found
    for (const Block &b : doc.blocks) {
        if (level == 0) {
            if (b.kind == Block::Heading && b.anchor == u"summary")
                level = b.level;
            else
                continue;
        } else if (b.kind == Block::Heading && b.level <= level) {
            break; // the next section of the full text
        }
        Block kept = b;
        pointAtFullText(kept.content, fullTextUrl);
        for (Inlines &item : kept.items)
            pointAtFullText(item, fullTextUrl);
        for (QList<Inlines> &row : kept.rows)
            for (Inlines &cell : row)
                pointAtFullText(cell, fullTextUrl);
        layer.blocks.append(kept);
    }
    if (layer.blocks.isEmpty())
        return layer;
    Inline link;
    link.kind = Inline::Link;
    link.href = fullTextUrl;
    link.children.append(Inline{Inline::Text, readMore.isEmpty() ? fullTextUrl : readMore, {}, {}});
    Block more;
    more.content.append(link);
    layer.blocks.append(more);
    return layer;
}

QString fullTextAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")
        || url.hasFragment())
        return {};
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Fortegnelse

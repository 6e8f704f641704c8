#pragma once

#include <QList>
#include <QString>

namespace Fortegnelse {

/// A run of text in a block: plain, strong, emphasised, a link, or a line break.
struct Inline
{
    enum Kind
    {
        Text,
        Strong,
        Emphasis,
        Link,
        Break
    };
    Kind kind = Text;
    QString text; ///< for Text
    QString href; ///< for Link
    QList<Inline> children; ///< for Strong, Emphasis, Link
};

using Inlines = QList<Inline>;

struct Block
{
    enum Kind
    {
        Heading,
        Paragraph,
        BulletList,
        NumberedList,
        Table,
        PageBreak,
        Contents
    };
    Kind kind = Paragraph;
    int level = 0; ///< headings: 1 to 3
    QString anchor; ///< headings: the section they open, for links into the policy
    Inlines content; ///< headings and paragraphs
    QList<Inlines> items; ///< list items
    QList<QList<Inlines>> rows; ///< table rows
    int headerRows = 0; ///< tables: the leading rows made of <th> cells
    QString style; ///< the class attribute, for paged output to style the block
};

/// A generated document, independent of its output format. Templates are rendered to a
/// small XHTML subset and parsed into this tree, so every writer escapes for its own
/// format and a template mistake is caught before anything is written.
struct PolicyDocument
{
    QString language;
    QString title;
    QList<Block> blocks;

    /// Parses the XHTML subset: article, section, h1-h3, p, ul, ol, li, strong, b, em, a,
    /// br, table, tr, th, td; hr for a page break and an empty nav for a table of contents,
    /// which only paged output (the record) fills. On a mistake, \a error says what and where.
    static bool parse(const QString &xhtml, PolicyDocument *out, QString *error);

    /// All text, for searching and tests.
    QString plainText() const;

    /// Makes the text fit for paged output (PDF), where laying out a paragraph costs time
    /// that grows faster than its length: a run of text longer than \a longestRun characters
    /// is cut there and ends in " […]" (20,000 characters are some six pages; the other
    /// formats keep every character), and every long unbroken run gets break
    /// opportunities (see withBreakOpportunities()); the long words in table cells get
    /// soft hyphens where the document's language hyphenates them (hyphenate()).
    void prepareForPages(qsizetype longestRun = 20000);
};

/// Puts a zero-width space into every run of more than \a longestRun characters that has
/// no break opportunity (a space, a hyphen, a slash), so text layout stays linear in the
/// length of the text. Never splits a surrogate pair or puts a break before a combining mark.
QString withBreakOpportunities(const QString &text, int longestRun = 60);

QString plainText(const Inlines &inlines);

/// The first layer alone (WP260: the essentials on one screen), for a website that shows it
/// and links to the full text at \a fullTextUrl: the "summary" section, its links into the
/// policy pointed at the full text, and a last paragraph \a readMore that links to it.
/// No blocks when the document has no first layer.
PolicyDocument firstLayerOf(const PolicyDocument &doc, const QString &fullTextUrl, const QString &readMore);

/// \a text as the web address of a full policy a first layer links to (an http or https
/// address with a host and no fragment, which the layer's anchors append), fully encoded;
/// empty when it is not one.
QString fullTextAddress(const QString &text);

} // namespace Fortegnelse

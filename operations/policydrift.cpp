#include "policydrift.h"

#include "jsoncodec.h"
#include "policygenerator.h"
#include "policywriters.h"
#include "printable.h"
#include "safeoutput.h"
#include "snapshotoperations.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Fortegnelse {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::PolicyDrift)
};

/// Words that end in a full stop without ending the sentence, in the four languages, lower
/// case and without their last full stop. Only a word before ". " followed by a capital is
/// looked up: "stk. 1" and "f.eks. navn" never split anyway.
bool isAbbreviation(const QString &word)
{
    static const QSet<QString> words = {
        // da and nb
        QStringLiteral("art"),
        QStringLiteral("stk"),
        QStringLiteral("nr"),
        QStringLiteral("f.eks"),
        QStringLiteral("bl.a"),
        QStringLiteral("jf"),
        QStringLiteral("jfr"),
        QStringLiteral("pkt"),
        QStringLiteral("ca"),
        QStringLiteral("dvs"),
        QStringLiteral("d.v.s"),
        QStringLiteral("evt"),
        QStringLiteral("inkl"),
        QStringLiteral("ekskl"),
        QStringLiteral("mv"),
        QStringLiteral("m.v"),
        QStringLiteral("m.m"),
        QStringLiteral("osv"),
        QStringLiteral("vedr"),
        QStringLiteral("iht"),
        QStringLiteral("hhv"),
        QStringLiteral("kap"),
        QStringLiteral("lit"),
        QStringLiteral("ifm"),
        QStringLiteral("mht"),
        QStringLiteral("pga"),
        QStringLiteral("p.g.a"),
        QStringLiteral("tlf"),
        // sv
        QStringLiteral("t.ex"),
        QStringLiteral("s.k"),
        QStringLiteral("enl"),
        QStringLiteral("fr.o.m"),
        QStringLiteral("t.o.m"),
        QStringLiteral("st"),
        QStringLiteral("resp"),
        QStringLiteral("bl.a"),
        // en
        QStringLiteral("e.g"),
        QStringLiteral("i.e"),
        QStringLiteral("no"),
        QStringLiteral("cf"),
        QStringLiteral("incl"),
        QStringLiteral("approx"),
        QStringLiteral("vs"),
        QStringLiteral("mr"),
        QStringLiteral("ms"),
        QStringLiteral("mrs"),
        QStringLiteral("dr"),
        QStringLiteral("para"),
    };
    return words.contains(word);
}

bool isOpening(QChar c)
{
    return c == u'"' || c == u'“' || c == u'„' || c == u'«' || c == u'(' || c == u'\'' || c == u'‘';
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'”' || c == u'»' || c == u')' || c == u'\'' || c == u'’';
}

/// The word that ends at the full stop at \a dot, without leading brackets or quotes.
QString wordBefore(const QString &text, qsizetype dot)
{
    qsizetype from = dot;
    while (from > 0 && !text.at(from - 1).isSpace())
        --from;
    while (from < dot && isOpening(text.at(from)))
        ++from;
    return text.mid(from, dot - from);
}

QStringList splitLine(const QString &line)
{
    QStringList out;
    const qsizetype n = line.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = line.at(i);
        if (c != u'.' && c != u'!' && c != u'?')
            continue;
        qsizetype end = i + 1;
        while (end < n && isClosing(line.at(end)))
            ++end;
        if (end >= n || !line.at(end).isSpace())
            continue;
        qsizetype next = end;
        while (next < n && line.at(next).isSpace())
            ++next;
        qsizetype letter = next;
        while (letter < n && isOpening(line.at(letter)))
            ++letter;
        if (letter >= n || !line.at(letter).isUpper())
            continue;
        if (c == u'.') {
            const QString word = wordBefore(line, i);
            if (isAbbreviation(word.toLower()))
                continue;
            if (word.size() == 1 && word.at(0).isUpper()) // an initial: "J. Hansen"
                continue;
        }
        out.append(line.mid(start, end - start).trimmed());
        start = next;
        i = next - 1;
    }
    const QString rest = line.mid(start).trimmed();
    if (!rest.isEmpty())
        out.append(rest);
    return out;
}

struct Section
{
    QString anchor; ///< the section's id in the templates ("retention"), when it has one
    QString heading;
    QStringList sentences;
};

void addText(const QString &text, QStringList *sentences)
{
    // A line break (an address, a list in one cell) ends what comes before it.
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            *sentences += splitLine(simple);
    }
}

/// The policy in sections: each opens with a heading of level 1 or 2 and runs to the next
/// one; a level-3 heading, a list item and a table row are units of their own in it.
QList<Section> sectionsOf(const PolicyDocument &doc)
{
    QList<Section> out;
    Section current;
    for (const Block &b : doc.blocks) {
        switch (b.kind) {
        case Block::Heading:
            if (b.level <= 2) {
                if (!current.heading.isEmpty() || !current.sentences.isEmpty())
                    out.append(current);
                current = Section{b.anchor, plainText(b.content).simplified(), {}};
            } else {
                current.sentences.append(plainText(b.content).simplified());
            }
            break;
        case Block::Paragraph: addText(plainText(b.content), &current.sentences); break;
        case Block::BulletList:
        case Block::NumberedList:
            for (const Inlines &item : b.items)
                addText(plainText(item), &current.sentences);
            break;
        case Block::Table:
            for (const QList<Inlines> &row : b.rows) {
                QStringList cells;
                for (const Inlines &cell : row)
                    cells.append(plainText(cell).simplified());
                current.sentences.append(cells.join(QStringLiteral(" | ")));
            }
            break;
        case Block::PageBreak:
        case Block::Contents: break;
        }
    }
    if (!current.heading.isEmpty() || !current.sentences.isEmpty())
        out.append(current);
    return out;
}

/// What \a from has that \a to has not, counting repeats, in \a from's order.
QStringList missingFrom(const QStringList &from, const QStringList &to)
{
    QHash<QString, int> left;
    for (const QString &s : to)
        ++left[s];
    QStringList out;
    for (const QString &s : from) {
        auto it = left.find(s);
        if (it != left.end() && *it > 0)
            --*it;
        else
            out.append(s);
    }
    return out;
}

/// Sections are matched by their id in the templates, so a heading that reads differently
/// ("Complaints to Datatilsynet" after a move) is still the same section; a section without
/// one by its heading. One that occurs twice is matched by its place among its namesakes.
QList<QPair<QString, Section>> keyed(const QList<Section> &sections)
{
    QHash<QString, int> seen;
    QList<QPair<QString, Section>> out;
    for (const Section &s : sections) {
        const QString name = s.anchor.isEmpty() ? QStringLiteral("h:") + s.heading : QStringLiteral("id:") + s.anchor;
        out.append({name + QChar(0x1f) + QString::number(seen[name]++), s});
    }
    return out;
}

QList<SectionDrift> compare(const QList<Section> &published, const QList<Section> &now)
{
    const auto before = keyed(published);
    QHash<QString, const Section *> byKey;
    for (const auto &[key, section] : before)
        byKey.insert(key, &section);
    QList<SectionDrift> out;
    QSet<QString> matched;
    for (const auto &[key, section] : keyed(now)) {
        const Section *old = byKey.value(key);
        SectionDrift d;
        d.anchor = section.anchor;
        d.heading = section.heading;
        if (!old) {
            d.change = SectionDrift::Added;
            d.added = section.sentences;
            out.append(d);
            continue;
        }
        matched.insert(key);
        if (old->sentences == section.sentences && old->heading == section.heading)
            continue;
        d.removed = missingFrom(old->sentences, section.sentences);
        d.added = missingFrom(section.sentences, old->sentences);
        if (old->heading != section.heading) {
            d.removed.prepend(old->heading);
            d.added.prepend(section.heading);
        }
        d.reordered = d.removed.isEmpty() && d.added.isEmpty();
        out.append(d);
    }
    for (const auto &[key, section] : before) {
        if (matched.contains(key))
            continue;
        SectionDrift d;
        d.change = SectionDrift::Removed;
        d.anchor = section.anchor;
        d.heading = section.heading;
        d.removed = section.sentences;
        out.append(d);
    }
    return out;
}

PolicyDrift failed(PolicyDrift drift, const QString &error)
{
    drift.state = PolicyDrift::Failed;
    drift.error = error;
    return drift;
}

} // namespace

QStringList splitSentences(const QString &paragraph)
{
    QStringList out;
    addText(paragraph, &out);
    return out;
}

PolicyDrift policyDrift(const Register &now, const Snapshot &published, const QString &language)
{
    PolicyDrift drift;
    drift.language = language;
    if (published.kind != Snapshot::Published || published.registerJson.isEmpty())
        return drift; // NotPublished
    drift.version = published.version;
    drift.published = published.at;
    // As publishing makes it (makePublishedSnapshot): the whole policy, built-in templates.
    PolicyOptions options;
    options.language = language;
    QString error;
    PolicyDocument current;
    if (!PolicyGenerator::generate(now, options, &current, &error))
        return failed(drift, Messages::tr("the policy cannot be made from the register now: %1").arg(error));
    const QByteArray keptMarkdown = published.documents.value(snapshotDocumentKey(language, PolicyFormat::Markdown));
    const QByteArray keptHtml = published.documents.value(snapshotDocumentKey(language, PolicyFormat::Html));
    if (keptMarkdown.isEmpty() && keptHtml.isEmpty())
        return failed(drift, Messages::tr("the published policy keeps no text in \"%1\"").arg(language));
    // The published side as a document: made again from the register the snapshot kept, if
    // that gives the very text that was published; else read back from the kept HTML.
    PolicyDocument before;
    Register then;
    QList<Json::Error> errors;
    bool regenerated = Json::read(published.registerJson, &then, &errors)
        && PolicyGenerator::generate(then, options, &before, &error);
    if (regenerated)
        regenerated = keptMarkdown.isEmpty() ? toHtml(before, true).toUtf8() == keptHtml
                                             : toMarkdown(before).toUtf8() == keptMarkdown;
    if (!regenerated) {
        drift.basis = PolicyDrift::KeptText;
        // The writer's HTML is the parser's XHTML subset but for its void elements.
        QString html = QString::fromUtf8(keptHtml);
        html.replace(QStringLiteral("<br>"), QStringLiteral("<br/>")).replace(QStringLiteral("<hr>"), QStringLiteral("<hr/>"));
        const qsizetype open = html.indexOf(QStringLiteral("<article>"));
        const qsizetype close = html.lastIndexOf(QStringLiteral("</article>"));
        if (open < 0 || close < open
            || !PolicyDocument::parse(html.mid(open, close + 10 - open), &before, &error))
            return failed(drift, Messages::tr("the published text cannot be read back: %1").arg(error.isEmpty() ? Messages::tr("it keeps no HTML") : error));
        // The parser takes a section's id from <section id>; the writer puts it on the heading.
        static const QRegularExpression headingTag(QStringLiteral("<h[1-3](?: id=\"([^\"]*)\")?>"));
        QStringList ids;
        for (auto it = headingTag.globalMatch(html, open); it.hasNext();)
            ids.append(it.next().captured(1));
        qsizetype next = 0;
        for (Block &b : before.blocks)
            if (b.kind == Block::Heading && next < ids.size())
                b.anchor = QString(ids.at(next++))
                               .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                               .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                               .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                               .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    }
    drift.sections = compare(sectionsOf(before), sectionsOf(current));
    drift.state = drift.sections.isEmpty() ? PolicyDrift::Unchanged : PolicyDrift::Drifted;
    return drift;
}

OperationResult policyDriftOf(const QString &path, const QString &language, PolicyDrift *drift)
{
    Register reg;
    QString error;
    Store::Options storeOptions;
    storeOptions.mode = Store::Mode::Read;
    std::unique_ptr<Store> store = Store::open(SafeOutput::absolute(path), &reg, &error, storeOptions);
    const auto refused = [&](const QString &message) {
        return OperationResult::refused(printable(path) + QStringLiteral(": ") + printable(message));
    };
    if (!store)
        return refused(error);
    SnapshotQuery query;
    query.kind = Snapshot::Published;
    query.limit = 1;
    query.withContents = true;
    QList<Snapshot> found;
    if (!store->readSnapshots(query, &found, &error))
        return refused(error);
    *drift = found.isEmpty() ? PolicyDrift{} : policyDrift(reg, found.first(), language);
    drift->language = language;
    if (drift->state == PolicyDrift::Failed)
        return refused(drift->error);
    return OperationResult::done();
}

} // namespace Fortegnelse

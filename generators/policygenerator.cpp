#include "policygenerator.h"

#include "policycontext.h"
#include "gapmarker.h"
#include "policyfacts.h"
#include "referencedata.h"
#include "templatedata.h"
#include "templateset.h"

#include <QCoreApplication>

namespace Fortegnelse {

namespace {

bool render(const QString &templateText, const QString &name, const MustacheData &data,
            QString *out, QString *error)
{
    const auto tmpl = TemplateData::compile(templateText, name, error);
    return tmpl && TemplateData::render(*tmpl, name, data, out, error);
}

/// The officer's own section as template data. Blank lines separate blocks; within a
/// block, runs of lines starting with "- " are a list and other lines a paragraph, so a
/// lead-in line followed by bullets reads as it was written.
MustacheData customSection(const CustomSection &s, const LanguageFormats &f)
{
    using Data = kainjow::mustache::data;
    Data d;
    d.set("title", TemplateData::text(f.text(s.title)));
    kainjow::mustache::list blocks;
    const auto paragraph = [&](QStringList lines, bool beforeList) {
        Data block;
        block.set("isList", false);
        // A short first line without closing punctuation, with text under it, is a
        // sub-heading ("Sikkerhed" over its paragraph), not the paragraph's first words.
        const QString first = lines.first();
        // A hard-wrapped sentence goes on in lower case; a heading's text starts anew.
        const bool heading = (lines.size() > 1 || beforeList) && !first.isEmpty() && first.size() <= 80
            && !QStringView(u".:;,!?").contains(first.back()) && first.front().isUpper()
            && (lines.size() == 1 || lines.at(1).isEmpty() || lines.at(1).front().isUpper());
        block.set("heading", TemplateData::text(heading ? first : QString()));
        if (heading)
            lines.removeFirst();
        block.set("paragraph", TemplateData::text(lines.join(QLatin1Char(' ')).simplified()));
        blocks.push_back(block);
    };
    const auto list = [&](const QStringList &lines) {
        kainjow::mustache::list items;
        for (const QString &l : lines)
            items.push_back(Data(std::string("item"), TemplateData::text(l.mid(2))));
        Data block;
        block.set("isList", true);
        block.set("items", items);
        block.set("paragraph", false);
        block.set("heading", false);
        blocks.push_back(block);
    };
    for (const QString &para : TemplateData::clean(f.text(s.body)).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        QStringList run;
        bool runIsList = false;
        for (const QString &raw : para.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString line = raw.trimmed();
            if (line.isEmpty())
                continue;
            const bool item = line.startsWith(QStringLiteral("- "));
            if (!run.isEmpty() && item != runIsList) {
                runIsList ? list(run) : paragraph(run, true);
                run.clear();
            }
            runIsList = item;
            run.append(line);
        }
        if (!run.isEmpty())
            runIsList ? list(run) : paragraph(run, false);
    }
    d.set("blocks", blocks);
    return d;
}

} // namespace

bool PolicyGenerator::generate(const Register &reg, const PolicyOptions &options, PolicyDocument *out,
                               QString *error)
{
    TemplateSet set;
    if (!TemplateSet::load(options.language, options.templateFolder, &set, error))
        return false;
    const PolicyFacts facts = PolicyFacts::derive(reg, options.audience);
    if (!options.audience.isEmpty() && facts.audience.isEmpty()) {
        QStringList known;
        for (const SubjectCategory &s : reg.subjectCategories)
            known.append(s.id);
        *error = QCoreApplication::translate("Fortegnelse::PolicyGenerator", "No subject category \"%1\" in the register; use one of: %2")
                     .arg(options.audience, known.join(QStringLiteral(", ")));
        return false;
    }
    MustacheData ctx = policyContext(reg, facts, set);
    const LanguageFormats formats(set, reg.organisation.language);
    // A full notice for people we only process for as processor would name us as their
    // controller, list rights against us and point to our authority: none of it true.
    // Their controller informs them (Art. 13, 14, 28(3)); we give the short notice a
    // processor can honestly give: for whom we process, and whom to contact (issue 12, item 6).
    const bool processorOnly = !facts.audience.isEmpty() && facts.activities.isEmpty()
        && !facts.processorActivities.isEmpty();
    if (processorOnly) {
        QStringList clients;
        for (const QString &id : facts.clients)
            if (const Party *c = reg.parties.find(id))
                clients.append(formats.party(*c));
        ctx.set("clientNames", (clients.isEmpty() ? gapMarker(Gap::ClientController, options.language) : formats.join(clients)).toStdString());
    }

    // The standard sections in reading order, each with the officer's own sections
    // placed before or after it. A notice for one audience carries only what concerns it
    // (item 2): the Art. 13/14 items for that audience. The officer's own sections, the
    // security overview and the governing law speak for the whole organisation and stay in
    // the full policy, which the notice points to.
    const bool notice = !facts.audience.isEmpty();
    static const QStringList policyWide{QStringLiteral("security"), QStringLiteral("law")};
    QString body;
    for (const QString &anchor : ReferenceData::policySections()) {
        QString section;
        if (const QString text = set.section(anchor); !text.isEmpty() && !(notice && policyWide.contains(anchor))
            && !render(text, anchor + QStringLiteral(".mustache"), ctx, &section, error))
            return false;
        const auto customs = [&](SectionPlacement placement) {
            for (const CustomSection &s : reg.policy.sections) {
                if (s.anchor != anchor || s.placement != placement || notice)
                    continue;
                QString rendered;
                if (!render(set.custom(), QStringLiteral("custom.mustache"), customSection(s, formats),
                            &rendered, error))
                    return false;
                body += rendered;
            }
            return true;
        };
        if (!customs(SectionPlacement::Before))
            return false;
        body += section;
        if (!customs(SectionPlacement::After))
            return false;
    }
    ctx.set("sections", body.toStdString());
    QString document;
    if (processorOnly ? !render(set.processorNotice(), QStringLiteral("processornotice.mustache"), ctx, &document, error)
                      : !render(set.document(), QStringLiteral("document.mustache"), ctx, &document, error))
        return false;
    if (document.contains(QStringLiteral("{{")) || document.contains(QStringLiteral("}}"))) {
        *error = QCoreApplication::translate("Fortegnelse::PolicyGenerator", "The templates left a {{ marker }} in the policy.");
        return false;
    }
    PolicyDocument doc;
    if (!PolicyDocument::parse(document, &doc, error))
        return false;
    doc.language = options.language;
    if (!options.firstLayerOf.isEmpty()) {
        doc = firstLayerOf(doc, options.firstLayerOf, set.string(QStringLiteral("fullText")));
        if (doc.blocks.isEmpty()) {
            *error = QCoreApplication::translate("Fortegnelse::PolicyGenerator", "This notice has no first layer: it is the "
                                                                                 "short notice of a processor already.");
            return false;
        }
    }
    *out = std::move(doc);
    return true;
}

} // namespace Fortegnelse

// Rule T1 (issue 13, item 4): the texts a reader sees in every language. A register kept in
// Danish yields an English policy whose own sentences are English but whose officer-written
// texts fall back to Danish ("Provider: Annoncørnetværk"). Once the officer writes texts in
// more than one language, each text that lacks one of them is a sentence in the wrong
// language in that language's policy and record: the check says how many and which.

#include "checks.h"
#include "checksupport.h"
#include "labels.h"
#include "referencedata.h"
#include "register.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <bit>

namespace Fortegnelse {

using namespace CheckSupport;

namespace {

/// Every LocalText of an item, through the same describe() the file format and the
/// editors use, nested parts and lists included. A template, so the visit inlines: the
/// check runs after every edit over every item (10,000 activities in the benchmark).
template <class Visit> class TextWalker
{
public:
    explicit TextWalker(Visit &visit)
        : m_visit(visit)
    {}

    void id(QString &) {}
    void ref(const char *, QString &, EntityKind) {}
    void ref(const char *, QStringList &, EntityKind) {}
    void code(const char *, QString &, CodeList) {}

    void operator()(const char *, LocalText &text) { m_visit(text); }
    template <class T> void operator()(const char *, QList<T> &list)
    {
        if constexpr (requires(T & item, TextWalker & w) { item.describe(w); })
            for (T &item : list)
                item.describe(*this);
    }
    template <class T> void operator()(const char *, T &value)
    {
        if constexpr (requires(T & item, TextWalker & w) { item.describe(w); })
            value.describe(*this);
    }

private:
    Visit &m_visit;
};

/// Whether \a text holds more than white space, without copying it.
bool written(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); });
}

template <class T> TextCensus censusOf(const T &item, const QString &registerLanguage)
{
    TextCensus census;
    if constexpr (std::is_same_v<T, ProcessingActivity>)
        if (item.status == ActivityStatus::Retired)
            return census; // a retired activity reaches no document
    const QStringList &all = ReferenceData::languages();
    auto visit = [&](const LocalText &text) {
        int mask = 0;
        // A party's translated name stands beside its name, which every language has.
        if constexpr (std::is_same_v<T, Party>)
            if (&text == &item.translatedName)
                if (const qsizetype own = all.indexOf(registerLanguage); own >= 0 && !text.isEmpty())
                    mask |= 1 << own;
        for (auto it = text.texts().cbegin(); it != text.texts().cend(); ++it)
            if (const qsizetype bit = all.indexOf(it.key()); bit >= 0 && written(it.value()))
                mask |= 1 << bit;
        if (mask == 0)
            return;
        ++census.count[std::size_t(mask)];
        if (census.examples[std::size_t(mask)].size() < TextCensus::examplesKept)
            census.examples[std::size_t(mask)].append(text.resolve(registerLanguage, QStringLiteral("en")).left(60));
    };
    TextWalker<decltype(visit)> walker(visit);
    const_cast<T &>(item).describe(walker);
    return census;
}

/// A language's name inside a sentence: "English", but "engelsk", "engelska" (Danish,
/// Norwegian and Swedish write the names of languages in lower case).
QString languageInText(const QString &code)
{
    const QString name = referenceLabel(CodeList::Language, code);
    return uiLanguage() == u"en" ? name : name.toLower();
}

} // namespace

void TextCensus::add(const TextCensus &other)
{
    for (std::size_t mask = 0; mask < count.size(); ++mask) {
        count[mask] += other.count[mask];
        for (const QString &text : other.examples[mask])
            if (examples[mask].size() < examplesKept)
                examples[mask].append(text);
    }
}

TextCensus textCensus(const Register &reg, EntityKind kind, const QString &id)
{
    const QString &language = reg.organisation.language;
    if (kind == EntityKind::Organisation)
        return censusOf(reg.organisation, language);
    if (kind == EntityKind::Policy)
        return censusOf(reg.policy, language);
    TextCensus census;
    withList(reg, kind, [&](const auto &list) {
        if (const auto *item = list.find(id))
            census = censusOf(*item, language);
    });
    return census;
}

QList<Problem> translationProblems(const Register &reg, const std::array<int, 16> &counts,
                                   const std::function<QStringList(int set)> &examples)
{
    // Which languages the officer writes in; most registers have one, and then every
    // document is in it, or falls back to it by design.
    const QStringList &all = ReferenceData::languages();
    int used = 0;
    for (int mask = 1; mask < int(counts.size()); ++mask)
        if (counts[std::size_t(mask)] > 0)
            used |= mask;
    if (const qsizetype own = all.indexOf(reg.organisation.language); own >= 0)
        used |= 1 << own;
    if (std::popcount(unsigned(used)) < 2)
        return {};
    QList<Problem> out;
    for (qsizetype bit = 0; bit < all.size(); ++bit) {
        if (!(used & (1 << bit)))
            continue;
        int missing = 0;
        QStringList shown;
        for (int mask = 1; mask < int(counts.size()); ++mask) {
            if ((mask & (1 << bit)) || counts[std::size_t(mask)] == 0)
                continue;
            missing += counts[std::size_t(mask)];
            if (shown.size() < 3)
                for (const QString &text : examples(mask))
                    if (shown.size() < 3)
                        shown.append(text);
        }
        if (missing == 0)
            continue;
        // On the organisation's language, whatever item the texts belong to: the problems
        // list keeps the organisation's problems first, and the message names examples.
        Sink sink{EntityKind::Organisation, {}, {}};
        sink.add(Severity::Advice, "text-untranslated", QStringLiteral("language"),
                 QCoreApplication::translate("Fortegnelse::Checks", "%n text(s) written in the register have no %1 version, so a %1 privacy policy or record shows them in another language, such as %2. Art. 12(1) asks for the information in clear and plain language the reader understands.", nullptr, missing)
                     .arg(languageInText(all.at(bit)), quotedList(shown)));
        out += sink.problems;
    }
    return out;
}

QList<Problem> checkTranslations(const Register &reg)
{
    TextCensus census = textCensus(reg, EntityKind::Organisation, {});
    census.add(textCensus(reg, EntityKind::Policy, {}));
    const_cast<Register &>(reg).forEachList([&](const auto &list) {
        for (const auto &item : list)
            census.add(censusOf(item, reg.organisation.language));
    });
    return translationProblems(reg, census.count, [&census](int set) { return census.examples[std::size_t(set)]; });
}

} // namespace Fortegnelse

#include "cellparsing.h"

#include "importfields.h"
#include "referencedata.h"

#include <QHash>
#include <QRegularExpression>

namespace Fortegnelse::Tables {

namespace {

void addOnce(QStringList *list, const QString &value)
{
    if (!list->contains(value))
        list->append(value);
}

/// Keywords for the Art. 6(1) letters in da, nb, sv, en and fr, folded.
const QList<std::pair<QString, QStringList>> &art6Keywords()
{
    static const QList<std::pair<QString, QStringList>> keywords = {
        {QStringLiteral("a"), {QStringLiteral("samtykke"), QStringLiteral("samtycke"), QStringLiteral("consent"), QStringLiteral("consentement")}},
        {QStringLiteral("b"), {QStringLiteral("kontrakt"), QStringLiteral("aftale"), QStringLiteral("avtale"), QStringLiteral("avtal"), QStringLiteral("contract"), QStringLiteral("contrat"), QStringLiteral("kontraktsforhold"), QStringLiteral("kontrakt med den registrerede")}},
        {QStringLiteral("c"), {QStringLiteral("retlig forpligtelse"), QStringLiteral("rettslig forpliktelse"), QStringLiteral("rättslig förpliktelse"), QStringLiteral("legal obligation"), QStringLiteral("obligation légale"), QStringLiteral("lovkrav")}},
        {QStringLiteral("d"), {QStringLiteral("vitale interesser"), QStringLiteral("grundläggande intressen"), QStringLiteral("vital interests"), QStringLiteral("intérêts vitaux")}},
        {QStringLiteral("e"), {QStringLiteral("myndighedsudøvelse"), QStringLiteral("offentlig myndighed"), QStringLiteral("offentlig myndighet"), QStringLiteral("allmänt intresse"), QStringLiteral("myndighetsutövning"), QStringLiteral("public task"), QStringLiteral("official authority"), QStringLiteral("mission d intérêt public"), QStringLiteral("samfundets interesse"), QStringLiteral("allmennhetens interesse")}},
        {QStringLiteral("f"), {QStringLiteral("legitim interesse"), QStringLiteral("legitime interesser"), QStringLiteral("berettiget interesse"), QStringLiteral("berettigede interesser"), QStringLiteral("berättigat intresse"), QStringLiteral("berättigade intressen"), QStringLiteral("intresseavvägning"), QStringLiteral("legitimate interest"), QStringLiteral("legitimate interests"), QStringLiteral("intérêt légitime"), QStringLiteral("intérêts légitimes")}},
    };
    return keywords;
}

} // namespace

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;\\n\\r\\x{2022}\\x{00B7}\\x{25CF}\\x{25AA}]"));
    static const QRegularExpression leadingBullet(QStringLiteral("^\\s*(?:[-*\\x{2013}\\x{2014}]|\\d+[.)])\\s+"));
    QStringList items;
    for (QString item : text.split(separators)) {
        item.remove(leadingBullet);
        item = item.simplified();
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    return items;
}

QStringList splitLines(const QString &text)
{
    QStringList items;
    for (const QString &line : text.split(u'\n')) {
        const QString item = line.simplified();
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    return items;
}

LegalGrounds parseLegalGrounds(const QString &text)
{
    LegalGrounds grounds;
    const QString lower = text.toLower();
    // An article, its paragraph and a letter, in every language's usual form:
    // "art. 6, stk. 1, litra b", "artikkel 6 nr. 1 bokstav b", "6.1 b", "6(1)(b)", "6-1-b".
    static const QRegularExpression article(QStringLiteral(
        "(?<![\\d.§])(?:art(?:ikel|ikkel|icle|\\.)?\\s*)?\\b(6|9)\\s*(?:,\\s*)?(?:stk\\.?|nr\\.?|\\(|\\.|-|\\s)\\s*"
        "([12])\\s*\\)?\\s*(?:,\\s*)?(?:litra|bokstav|bokst\\.?|pkt\\.?|point|\\(|\\.|-|\\s)?\\s*([a-j])\\)?"
        "(?![\\p{L}])"));
    static const QRegularExpression moreLetters(QStringLiteral(
        "^\\s*(?:,|og|and|och|et|samt|eller|or|/|&)\\s*(?:litra|bokstav|bokst\\.?|\\()?\\s*([a-j])\\)?(?![\\p{L}])"));
    bool anyArticle = false;
    for (auto it = article.globalMatch(lower); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool art6 = match.captured(1) == u"6";
        const bool paragraphFits = art6 ? match.captured(2) == u"1" : match.captured(2) == u"2";
        if (!paragraphFits) {
            addOnce(&grounds.unsure, match.captured(0).trimmed());
            continue;
        }
        anyArticle = true;
        QStringList *letters = art6 ? &grounds.art6 : &grounds.art9;
        if (art6 && match.captured(3) > u"f") {
            addOnce(&grounds.unsure, match.captured(0).trimmed());
            continue;
        }
        addOnce(letters, match.captured(3));
        qsizetype end = match.capturedEnd(0);
        for (;;) {
            const QRegularExpressionMatch more = moreLetters.match(QStringView(lower).mid(end));
            if (!more.hasMatch() || (art6 && more.captured(1) > u"f"))
                break;
            addOnce(letters, more.captured(1));
            end += more.capturedEnd(0);
        }
    }

    // The Danish act's own grounds: § 7 (special categories), § 8 (criminal offences), § 11 (CPR).
    static const QRegularExpression section(QStringLiteral(
        "§\\s*(7|8|11)(?:\\s*,?\\s*stk\\.?\\s*(\\d))?(?:\\s*,?\\s*nr\\.?\\s*(\\d))?"));
    for (auto it = section.globalMatch(lower); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString paragraph = match.captured(2);
        const QString number = match.captured(3);
        if (match.captured(1) == u"8" && (paragraph == u"1" || paragraph == u"2" || paragraph == u"4"))
            addOnce(&grounds.art10, QStringLiteral("dbl-8-") + paragraph);
        else if (match.captured(1) == u"11" && paragraph == u"1")
            addOnce(&grounds.cpr, QStringLiteral("dbl-11-1"));
        else if (match.captured(1) == u"11" && paragraph == u"2" && number >= u"1" && number <= u"4" && number.size() == 1)
            addOnce(&grounds.cpr, QStringLiteral("dbl-11-2-") + number);
        else if (match.captured(1) == u"7" && paragraph >= u"1" && paragraph <= u"4" && paragraph.size() == 1)
            addOnce(&grounds.lawReferences, QStringLiteral("dbl-7-") + paragraph);
        else
            addOnce(&grounds.unsure, match.captured(0).trimmed()); // § 8, stk. 3: consent or interest?
    }

    if (!anyArticle) {
        const QString folded = u' ' + foldHeader(text) + u' ';
        for (const auto &[letter, words] : art6Keywords()) {
            for (const QString &word : words) {
                if (folded.contains(u' ' + foldHeader(word) + u' ')) {
                    addOnce(&grounds.art6, letter);
                    break;
                }
            }
        }
        std::sort(grounds.art6.begin(), grounds.art6.end());
    }
    return grounds;
}

RetentionPhrase parseRetention(const QString &text)
{
    RetentionPhrase phrase;
    phrase.text = text.simplified();
    static const QRegularExpression period(QStringLiteral(
                                               "(?<![\\d.,])(\\d{1,3})\\s*(år|years?|yrs?\\.?|ans?|mdr\\.?|måneder|måned|months?|mths?\\.?|mnd\\.?|månader|"
                                               "månad|mån\\.?|mois|uger|uge|weeks?|uker|uke|veckor|vecka|semaines?|dage|dag|days?|dager|dagar|jours?)"
                                               "(?![\\p{L}])"),
                                           QRegularExpression::CaseInsensitiveOption);
    auto it = period.globalMatch(phrase.text);
    if (!it.hasNext())
        return phrase;
    const QRegularExpressionMatch match = it.next();
    if (it.hasNext())
        return phrase; // two periods: "3 år, dog 5 år for ..." is for the officer to split
    const QString unit = match.captured(2).toLower();
    const auto startsWithAny = [&unit](std::initializer_list<const char *> prefixes) {
        for (const char *prefix : prefixes) {
            if (unit.startsWith(QString::fromUtf8(prefix)))
                return true;
        }
        return false;
    };
    const PeriodUnit periodUnit = startsWithAny({"år", "y", "an"}) ? PeriodUnit::Years
        : startsWithAny({"m"})                                     ? PeriodUnit::Months
        : startsWithAny({"u", "w", "v", "s"})                      ? PeriodUnit::Weeks
                                                                   : PeriodUnit::Days;
    static const QRegularExpression from(QStringLiteral(
                                             "^\\s*(?:,\\s*)?(?:regnet\\s+)?(?:fra|efter|etter|after|from|från|efter|à compter de|à partir de|après|"
                                             "à compter du|à partir du|après la|après le)\\s+"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString rest = phrase.text.mid(match.capturedEnd(0));
    const QRegularExpressionMatch lead = from.match(rest);
    const QString before = phrase.text.left(match.capturedStart(0)).trimmed();
    static const QRegularExpression introduction(QStringLiteral(
                                                     "^(?:i|in|for|pendant|under|opbevares|slettes|gemmes|lagres|sparas|kept|deleted|conservées?|"
                                                     "oplysningerne opbevares i|data are kept for)?\\s*$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (!introduction.match(before).hasMatch())
        return phrase; // words before the period may change it ("højst", "mindst", "dog")
    if (lead.hasMatch())
        phrase.trigger = rest.mid(lead.capturedEnd(0)).trimmed();
    else if (!rest.trimmed().isEmpty() && rest.trimmed() != u".")
        return phrase; // text after the period that is not its start: keep it all
    while (phrase.trigger.endsWith(u'.'))
        phrase.trigger.chop(1);
    phrase.sure = true;
    phrase.amount = match.captured(1).toInt();
    phrase.unit = periodUnit;
    return phrase;
}

QString countryCode(const QString &name)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (const ReferenceData::Country &country : ReferenceData::instance().countries()) {
            map.insert(foldHeader(country.code), country.code);
            for (const QString &text : country.name.texts())
                map.insert(foldHeader(text), country.code);
        }
        // The reference data names countries in da, nb, sv and en; French names and the
        // usual short forms are added here for the countries records name most.
        const std::initializer_list<std::pair<const char *, const char *>> extra = {
            {"usa", "US"}, {"förenta staterna", "US"}, {"u s a", "US"}, {"us", "US"}, {"u s", "US"}, {"united states of america", "US"}, {"amerika", "US"}, {"états unis", "US"}, {"etats unis", "US"}, {"uk", "GB"}, {"england", "GB"}, {"great britain", "GB"}, {"storbritannien", "GB"}, {"storbritannia", "GB"}, {"royaume uni", "GB"}, {"allemagne", "DE"}, {"danemark", "DK"}, {"norvège", "NO"}, {"suède", "SE"}, {"finlande", "FI"}, {"islande", "IS"}, {"pays bas", "NL"}, {"belgique", "BE"}, {"espagne", "ES"}, {"italie", "IT"}, {"pologne", "PL"}, {"irlande", "IE"}, {"autriche", "AT"}, {"suisse", "CH"}, {"inde", "IN"}, {"chine", "CN"}, {"japon", "JP"}, {"corée du sud", "KR"}, {"brésil", "BR"}, {"australie", "AU"}, {"nouvelle zélande", "NZ"}, {"israël", "IL"}, {"singapour", "SG"}, {"philippines", "PH"}, {"ukraine", "UA"}, {"russie", "RU"}, {"turquie", "TR"}, {"maroc", "MA"}, {"tunisie", "TN"}, {"canada", "CA"}, {"mexique", "MX"}, {"argentine", "AR"}, {"afrique du sud", "ZA"}, {"émirats arabes unis", "AE"}, {"vietnam", "VN"}, {"royaume uni de grande bretagne", "GB"}};
        for (const auto &[text, code] : extra)
            map.insert(foldHeader(QString::fromUtf8(text)), QString::fromLatin1(code));
        return map;
    }();
    return names.value(foldHeader(name));
}

bool mentionsPrivacyShield(const QString &text)
{
    return foldHeader(text).contains(QStringLiteral("privacy shield"));
}

QString transferMechanismOf(const QString &safeguards)
{
    const QString folded = u' ' + foldHeader(safeguards) + u' ';
    const auto has = [&folded](std::initializer_list<const char *> words) {
        for (const char *word : words) {
            if (folded.contains(u' ' + foldHeader(QString::fromUtf8(word)) + u' '))
                return true;
        }
        return false;
    };
    if (has({"privacy shield"}))
        return {};
    if (has({"scc", "sccs", "standard contractual clauses", "standardkontraktbestemmelser", "standardkontraktbestemmelserne",
             "standardkontraktsklausuler", "standardavtalsklausuler", "standardavtalsklausulerna",
             "clauses contractuelles types", "eu s standardkontrakter"}))
        return QStringLiteral("art46-2-c");
    if (has({"bcr", "binding corporate rules", "bindende virksomhedsregler", "bindende virksomhetsregler",
             "bindande företagsbestämmelser", "règles d entreprise contraignantes"}))
        return QStringLiteral("art46-2-b");
    if (has({"adequacy decision", "adequacy", "tilstrækkelighedsafgørelse", "beslutning om tilstrækkeligt beskyttelsesniveau",
             "adekvansbeslutning", "beslut om adekvat skyddsnivå", "décision d adéquation", "data privacy framework", "dpf"}))
        return QStringLiteral("art45");
    return {};
}

/// The shipped common category with the label \a name in any language, or null.
const ReferenceData::CommonCategory *commonCategoryNamed(const QList<ReferenceData::CommonCategory> &common,
                                                         const QString &name)
{
    using Labels = QHash<QString, const ReferenceData::CommonCategory *>;
    const auto index = [](const QList<ReferenceData::CommonCategory> &categories) {
        Labels labels;
        for (const ReferenceData::CommonCategory &category : categories)
            for (const QString &label : category.label.texts())
                labels.insert(foldHeader(label), &category);
        return labels;
    };
    // Built once, thread-safely, over the shared reference data that never changes.
    static const Labels subjects = index(ReferenceData::instance().commonSubjects());
    static const Labels data = index(ReferenceData::instance().commonData());
    const Labels &labels = &common == &ReferenceData::instance().commonSubjects() ? subjects : data;
    return labels.value(foldHeader(name));
}

} // namespace Fortegnelse::Tables

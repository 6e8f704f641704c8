#include "hyphenation.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hyphen.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

namespace Fortegnelse {

namespace {

constexpr QChar softHyphen(0x00AD);
// Letters kept together at either end of a word: "Per-sonoplysninger" reads badly.
constexpr int edgeLetters = 3;
constexpr qsizetype maximumWord = 100;

struct Patterns
{
    HyphenDict *dict = nullptr;
    bool utf8 = true;
    ~Patterns()
    {
        if (dict)
            hnj_hyphen_free(dict);
    }
};

QString patternFile(const QString &language)
{
    static const QHash<QString, QString> files{{QStringLiteral("da"), QStringLiteral("hyph_da_DK.dic")},
                                               {QStringLiteral("nb"), QStringLiteral("hyph_nb_NO.dic")},
                                               {QStringLiteral("sv"), QStringLiteral("hyph_sv_SE.dic")},
                                               {QStringLiteral("en"), QStringLiteral("hyph_en_GB.dic")}};
    const QString file = files.value(language);
    return file.isEmpty() ? QString() : QStringLiteral("/usr/share/hyphen/") + file;
}

/// The patterns for \a language, loaded once; null when not installed. libhyphen only
/// reads a loaded dictionary, so threads share it.
const Patterns *patterns(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<Patterns>> loaded;
    const QMutexLocker lock(&mutex);
    if (const auto it = loaded.constFind(language); it != loaded.cend())
        return (*it)->dict ? it->get() : nullptr;
    auto p = std::make_shared<Patterns>();
    const QString path = patternFile(language);
    if (!path.isEmpty() && QFile::exists(path)) {
        p->dict = hnj_hyphen_load(QFile::encodeName(path).constData());
        if (p->dict)
            p->utf8 = QByteArray(p->dict->cset).trimmed().toUpper() == "UTF-8";
    }
    loaded.insert(language, p);
    return p->dict ? p.get() : nullptr;
}

/// \a word with soft hyphens at its hyphenation points.
QString hyphenateWord(const Patterns &p, const QString &word)
{
    const QString lower = word.toLower();
    // The points are placed by position: a word whose lower case is longer ("İ") or that
    // holds a character beyond the BMP is left whole rather than split mid-character.
    if (lower.size() != word.size()
        || std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isSurrogate(); }))
        return word;
    QByteArray bytes;
    if (p.utf8) {
        bytes = lower.toUtf8();
    } else {
        QStringEncoder latin1(QStringEncoder::Latin1);
        bytes = latin1(lower);
        if (latin1.hasError() || bytes.size() != lower.size())
            return word; // a letter the patterns' charset lacks
    }
    std::vector<char> hyphens(size_t(bytes.size()) + 5, 0);
    char **rep = nullptr;
    int *pos = nullptr;
    int *cut = nullptr;
    const int failed = hnj_hyphen_hyphenate3(p.dict, bytes.constData(), int(bytes.size()), hyphens.data(), nullptr, &rep,
                                             &pos, &cut, edgeLetters, edgeLetters, 0, 0);
    if (rep) { // non-standard hyphenation ("Schiffahrt"): not used, only freed
        for (qsizetype i = 0; i < bytes.size(); ++i)
            free(rep[i]);
        free(rep);
        free(pos);
        free(cut);
        return word;
    }
    if (failed)
        return word;
    // A UTF-8 dictionary gives the points per letter, a Latin-1 one per byte, which is one
    // letter: either way hyphens[c] is the point after letter c.
    QString out;
    out.reserve(word.size() + 8);
    for (qsizetype c = 0; c < word.size(); ++c) {
        out += word.at(c);
        if ((hyphens[size_t(c)] & 1) && c + 1 >= edgeLetters && word.size() - (c + 1) >= edgeLetters)
            out += softHyphen;
    }
    return out;
}

} // namespace

bool canHyphenate(const QString &language)
{
    return patterns(language) != nullptr;
}

QString hyphenate(const QString &text, const QString &language, int minimumLength)
{
    if (text.size() < minimumLength)
        return text;
    const Patterns *p = patterns(language);
    if (!p)
        return text;
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    QString out;
    qsizetype done = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        // Past 100 letters a run is no word of a language (withBreakOpportunities() breaks it).
        if (m.capturedLength() < minimumLength || m.capturedLength() > maximumWord)
            continue;
        // Nor is a part of an e-mail or web address, which a hyphen would change.
        qsizetype from = m.capturedStart(), to = m.capturedEnd();
        while (from > 0 && !text.at(from - 1).isSpace())
            --from;
        while (to < text.size() && !text.at(to).isSpace())
            ++to;
        const QStringView token = QStringView(text).mid(from, to - from);
        if (token.contains(u'@') || token.contains(u"://") || token.startsWith(u"www."))
            continue;
        out += QStringView(text).mid(done, m.capturedStart() - done);
        out += hyphenateWord(*p, m.captured());
        done = m.capturedEnd();
    }
    if (done == 0)
        return text;
    out += QStringView(text).mid(done);
    return out;
}

} // namespace Fortegnelse

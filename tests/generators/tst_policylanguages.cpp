// All four languages say the same thing (issue 13, item 3): for one register, the policy
// in Danish, Norwegian, Swedish and English cites the same articles and states the same
// items that carry no citation of their own; a party named by what it does is named in the
// reader's language.

#include "checks.h"
#include "jsoncodec.h"
#include "policygenerator.h"
#include "recordgenerator.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Fortegnelse;

namespace {

const QStringList examples{QStringLiteral("oesyn"), QStringLiteral("octopus"), QStringLiteral("deskhero")};
const QStringList languages{QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("en")};

bool loadExample(const QString &name, Register *reg)
{
    *reg = Test::exampleRegister(name); // stops the test when it cannot be read
    return true;
}

PolicyDocument generate(const Register &reg, const QString &lang)
{
    PolicyDocument doc;
    QString error;
    PolicyOptions options;
    options.language = lang;
    if (!PolicyGenerator::generate(reg, options, &doc, &error))
        qWarning("generation failed: %s", qPrintable(error));
    return doc;
}

} // namespace

class TestPolicyLanguages : public QObject
{
    Q_OBJECT

private slots:
    void shouldStateTheSameLegalItemsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("example");
        for (const QString &e : examples)
            QTest::newRow(qPrintable(e)) << e;
        QTest::newRow("sample") << QString();
    }
    void shouldStateTheSameLegalItemsInEveryLanguage()
    {
        QFETCH(QString, example);
        Register reg = Test::sampleRegister();
        if (!example.isEmpty())
            QVERIFY(loadExample(example, &reg));
        QMap<QString, QSet<QString>> items;
        for (const QString &lang : languages)
            items.insert(lang, legalItems(generate(reg, lang).plainText(), lang));
        QVERIFY(items.value(QStringLiteral("da")).contains(QStringLiteral("79(2)")));
        for (const QString &lang : languages) {
            const QSet<QString> da = items.value(QStringLiteral("da")), other = items.value(lang);
            QStringList onlyDa = QSet<QString>(da).subtract(other).values(), onlyOther = QSet<QString>(other).subtract(da).values();
            onlyDa.sort();
            onlyOther.sort();
            QVERIFY2(onlyDa.isEmpty() && onlyOther.isEmpty(),
                     qPrintable(QStringLiteral("%1 lacks %2; only %1 has %3")
                                    .arg(lang, onlyDa.join(QLatin1Char(' ')), onlyOther.join(QLatin1Char(' ')))));
        }
    }

    void shouldNameAPartyInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("name");
        // A processor named by what it does, with an English name beside its Danish one.
        QTest::newRow("da") << QStringLiteral("da") << QStringLiteral("Udbyder af nyhedsbrevsløsning");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Newsletter service provider");
        QTest::newRow("sv, no Swedish name: the name") << QStringLiteral("sv") << QStringLiteral("Udbyder af nyhedsbrevsløsning");
    }
    void shouldNameAPartyInTheReadersLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, name);
        // GIVEN a register kept in Danish whose processor is named by what it does, with an
        // English name (issue 13, item 4: the English policy said "Udbyder af ...")
        Register reg = Test::sampleRegister();
        Party hosting = *reg.parties.find(QStringLiteral("hosting"));
        hosting.name = QStringLiteral("Udbyder af nyhedsbrevsløsning");
        hosting.translatedName.set(QStringLiteral("en"), QStringLiteral("Newsletter service provider"));
        reg.parties.replace(reg.parties.indexOf(hosting.id), hosting);
        // WHEN the policy and the record are written in a language
        const QString policy = generate(reg, lang).plainText();
        RecordOptions options;
        options.language = lang;
        options.today = QDate(2026, 12, 5);
        RecordDocument record;
        QString error;
        QVERIFY2(RecordGenerator::generate(reg, options, &record, &error), qPrintable(error));
        // THEN both name the processor in that language, where the register has it
        QVERIFY2(policy.contains(name), qPrintable(policy));
        QVERIFY(record.body.plainText().contains(name));
        for (const QString &other : {QStringLiteral("Udbyder af nyhedsbrevsløsning"), QStringLiteral("Newsletter service provider")})
            if (other != name) {
                QVERIFY2(!policy.contains(other), qPrintable(other));
                QVERIFY2(!record.body.plainText().contains(other), qPrintable(other));
            }
        // AND the name counts as written in Danish: the advice on missing translations names
        // only the texts that lack English (the name above stands for Danish)
        for (const Problem &p : checkRegister(reg, {QDate(2026, 12, 5), {}}))
            if (p.rule == u"text-untranslated")
                QVERIFY2(!p.message.contains(QStringLiteral("no Danish version")), qPrintable(p.message));
    }

private:
    /// The legal items a text states, as language-neutral ids: each article it cites
    /// ("artikel 21, stk. 2", "artikkel 21 nr. 2", "artikel 21.2", "Article 21(2)" are all
    /// "21(2)"), and the items whose wording carries no citation of its own.
    static QSet<QString> legalItems(const QString &text, const QString &lang)
    {
        static const QMap<QString, QString> patterns{
            {QStringLiteral("da"), QStringLiteral("artikel (\\d+)(?:, stk\\. (\\d+))?(?:, litra ([a-z])\\b)?(?: og (\\d+))?")},
            {QStringLiteral("nb"), QStringLiteral("artikkel (\\d+)(?: nr\\. (\\d+))?(?: bokstav ([a-z])\\b)?(?: og (\\d+))?")},
            {QStringLiteral("sv"), QStringLiteral("artik(?:el|larna) (\\d+)(?:\\.(\\d+)(?: ([a-z])(?=[),.;:]|$))?)?(?: och \\d+\\.(\\d+))?")},
            {QStringLiteral("en"), QStringLiteral("Articles? (\\d+)(?:\\((\\d+)\\))?(?:\\(([a-z])\\))?(?: and \\((\\d+)\\))?")}};
        // Items stated in words: completing incomplete data (Art. 16), portability only for
        // processing by automated means (Art. 20(1)(b)), and the place of the infringement (Art. 77).
        static const QMap<QString, QStringList> words{
            {QStringLiteral("da"), {QStringLiteral("fuldstændiggjort"), QStringLiteral("behandler dem automatisk"), QStringLiteral("hvor overtrædelsen")}},
            {QStringLiteral("nb"), {QStringLiteral("supplert"), QStringLiteral("behandler dem automatisert"), QStringLiteral("der overtredelsen")}},
            {QStringLiteral("sv"), {QStringLiteral("komplettering av ofullständiga"), QStringLiteral("behandlar dem automatiserat"), QStringLiteral("där överträdelsen")}},
            {QStringLiteral("en"), {QStringLiteral("incomplete data completed"), QStringLiteral("by automated means"), QStringLiteral("where the infringement")}}};
        static const QStringList wordIds{QStringLiteral("16-completion"), QStringLiteral("20(1)(b)-automated"),
                                         QStringLiteral("77-place")};
        QSet<QString> out;
        const QRegularExpression citation(patterns.value(lang));
        const QString flat = text.simplified();
        for (auto it = citation.globalMatch(flat); it.hasNext();) {
            const auto m = it.next();
            QString id = m.captured(1);
            if (!m.captured(2).isEmpty())
                id += QStringLiteral("(%1)").arg(m.captured(2));
            if (!m.captured(3).isEmpty())
                id += QStringLiteral("(%1)").arg(m.captured(3));
            out.insert(id);
            if (!m.captured(2).isEmpty() && !m.captured(4).isEmpty()) // "stk. 2 og 3"
                out.insert(QStringLiteral("%1(%2)").arg(m.captured(1), m.captured(4)));
        }
        const QStringList w = words.value(lang);
        for (qsizetype i = 0; i < w.size(); ++i)
            if (flat.contains(w.at(i)))
                out.insert(wordIds.at(i));
        return out;
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QGuiApplication app(argc, argv);
    TestPolicyLanguages tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_policylanguages.moc"

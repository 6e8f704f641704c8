// Issue 15, part 3: understanding what an officer wrote in a cell. Lists, legal bases in
// every language the issue names, retention phrases (or the officer's text kept when
// unsure), and countries named in five languages.

#include "cellparsing.h"
#include "testsupport.h"

Q_DECLARE_METATYPE(Fortegnelse::PeriodUnit)

using namespace Fortegnelse;
using namespace Fortegnelse::Tables;

class TestTableCells : public QObject
{
    Q_OBJECT

private slots:
    void shouldSplitListsOnSemicolonsLinesAndBullets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("items");
        QTest::newRow("semicolons") << QStringLiteral("Navn; adresse ;e-mail") << QStringList{QStringLiteral("Navn"), QStringLiteral("adresse"), QStringLiteral("e-mail")};
        QTest::newRow("line breaks and bullets") << QStringLiteral("• Navn\n- Adresse\n* Telefon\n1. CPR") << QStringList{QStringLiteral("Navn"), QStringLiteral("Adresse"), QStringLiteral("Telefon"), QStringLiteral("CPR")};
        QTest::newRow("commas stay") << QStringLiteral("Navn, adresse og telefon") << QStringList{QStringLiteral("Navn, adresse og telefon")};
        QTest::newRow("hyphenated words stay") << QStringLiteral("e-mail; IT-leverandør") << QStringList{QStringLiteral("e-mail"), QStringLiteral("IT-leverandør")};
        QTest::newRow("empty items and repeats go") << QStringLiteral(";;Navn;\n\nNavn") << QStringList{QStringLiteral("Navn")};
    }
    void shouldSplitListsOnSemicolonsLinesAndBullets()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, items);
        QCOMPARE(splitList(text), items);
    }

    void shouldRecogniseLegalBasesInEveryLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("art6");
        QTest::addColumn<QStringList>("art9");
        QTest::addColumn<QStringList>("national"); // art10, cpr and law references together
        const auto l = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out.append(QString::fromUtf8(item));
            return out;
        };
        QTest::newRow("da") << QStringLiteral("Art. 6, stk. 1, litra b") << l({"b"}) << l({}) << l({});
        QTest::newRow("da, full word, two letters") << QStringLiteral("artikel 6, stk. 1, litra b og c") << l({"b", "c"}) << l({}) << l({});
        QTest::newRow("nb") << QStringLiteral("personvernforordningen artikkel 6 nr. 1 bokstav b") << l({"b"}) << l({}) << l({});
        QTest::newRow("sv") << QStringLiteral("Artikel 6.1 b dataskyddsförordningen") << l({"b"}) << l({}) << l({});
        QTest::newRow("bare") << QStringLiteral("6.1 b") << l({"b"}) << l({}) << l({});
        QTest::newRow("en") << QStringLiteral("Article 6(1)(b) and (f)") << l({"b", "f"}) << l({}) << l({});
        QTest::newRow("fr") << QStringLiteral("article 6-1-e du RGPD") << l({"e"}) << l({}) << l({});
        QTest::newRow("Art. 9") << QStringLiteral("art. 6, stk. 1, litra c, jf. art. 9, stk. 2, litra b") << l({"c"}) << l({"b"}) << l({});
        QTest::newRow("Art. 9 in English") << QStringLiteral("Article 9(2)(h)") << l({}) << l({"h"}) << l({});
        QTest::newRow("DBL § 11") << QStringLiteral("databeskyttelseslovens § 11, stk. 2, nr. 1") << l({}) << l({}) << l({"dbl-11-2-1"});
        QTest::newRow("DBL § 8") << QStringLiteral("DBL § 8, stk. 2") << l({}) << l({}) << l({"dbl-8-2"});
        QTest::newRow("DBL § 7") << QStringLiteral("§ 7, stk. 1") << l({}) << l({}) << l({"dbl-7-1"});
        QTest::newRow("samtykke") << QStringLiteral("Samtykke") << l({"a"}) << l({}) << l({});
        QTest::newRow("samtycke") << QStringLiteral("samtycke från den registrerade") << l({"a"}) << l({}) << l({});
        QTest::newRow("consent") << QStringLiteral("Consent") << l({"a"}) << l({}) << l({});
        QTest::newRow("contrat et intérêt légitime") << QStringLiteral("Contrat; intérêt légitime") << l({"b", "f"}) << l({}) << l({});
        QTest::newRow("berettiget interesse") << QStringLiteral("Berettiget interesse") << l({"f"}) << l({}) << l({});
        QTest::newRow("rättslig förpliktelse") << QStringLiteral("Rättslig förpliktelse") << l({"c"}) << l({}) << l({});
        QTest::newRow("an article beats its keywords") << QStringLiteral("Samtykke, jf. art. 6, stk. 1, litra a") << l({"a"}) << l({}) << l({});
        QTest::newRow("nothing") << QStringLiteral("Se bilag 3") << l({}) << l({}) << l({});
        QTest::newRow("no such letter of Art. 6") << QStringLiteral("art. 6, stk. 1, litra h") << l({}) << l({}) << l({});
    }
    void shouldRecogniseLegalBasesInEveryLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, art6);
        QFETCH(QStringList, art9);
        QFETCH(QStringList, national);
        const LegalGrounds grounds = parseLegalGrounds(text);
        QCOMPARE(grounds.art6, art6);
        QCOMPARE(grounds.art9, art9);
        QCOMPARE(grounds.art10 + grounds.cpr + grounds.lawReferences, national);
    }

    void shouldReadRetentionPhrasesOrKeepThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("sure");
        QTest::addColumn<int>("amount");
        QTest::addColumn<PeriodUnit>("unit");
        QTest::addColumn<QString>("trigger");
        QTest::newRow("da") << QStringLiteral("5 år fra udgangen af regnskabsåret") << true << 5 << PeriodUnit::Years << QStringLiteral("udgangen af regnskabsåret");
        QTest::newRow("en") << QStringLiteral("3 years after end of contract") << true << 3 << PeriodUnit::Years << QStringLiteral("end of contract");
        QTest::newRow("da, months abbreviated") << QStringLiteral("6 mdr.") << true << 6 << PeriodUnit::Months << QString();
        QTest::newRow("nb") << QStringLiteral("Slettes 12 måneder etter avsluttet arbeidsforhold") << true << 12 << PeriodUnit::Months << QStringLiteral("avsluttet arbeidsforhold");
        QTest::newRow("sv") << QStringLiteral("2 år från anställningens upphörande") << true << 2 << PeriodUnit::Years << QStringLiteral("anställningens upphörande");
        QTest::newRow("fr") << QStringLiteral("3 ans à compter de la fin de la relation commerciale") << true << 3 << PeriodUnit::Years << QStringLiteral("la fin de la relation commerciale");
        QTest::newRow("days") << QStringLiteral("30 dage") << true << 30 << PeriodUnit::Days << QString();
        QTest::newRow("two periods") << QStringLiteral("3 år, dog 5 år for bogføringsbilag") << false << 0 << PeriodUnit::Years << QString();
        QTest::newRow("a bound, not a period") << QStringLiteral("Højst 2 år efter sidste kontakt") << false << 0 << PeriodUnit::Years << QString();
        QTest::newRow("as long as necessary") << QStringLiteral("Så længe det er nødvendigt") << false << 0 << PeriodUnit::Years << QString();
        QTest::newRow("text after the period") << QStringLiteral("5 år, medmindre en sag verserer") << false << 0 << PeriodUnit::Years << QString();
    }
    void shouldReadRetentionPhrasesOrKeepThem()
    {
        QFETCH(QString, text);
        QFETCH(bool, sure);
        QFETCH(int, amount);
        QFETCH(PeriodUnit, unit);
        QFETCH(QString, trigger);
        const RetentionPhrase phrase = parseRetention(text);
        QCOMPARE(phrase.sure, sure);
        QCOMPARE(phrase.text, text);
        QCOMPARE(phrase.amount, amount);
        if (sure) {
            QCOMPARE(phrase.unit, unit);
            QCOMPARE(phrase.trigger, trigger);
        }
    }

    void shouldNameCountriesInFiveLanguages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("da") << QStringLiteral("Tyskland") << QStringLiteral("DE");
        QTest::newRow("nb") << QStringLiteral("Storbritannia") << QStringLiteral("GB");
        QTest::newRow("sv") << QStringLiteral("Förenta staterna") << QStringLiteral("US");
        QTest::newRow("en") << QStringLiteral("United States") << QStringLiteral("US");
        QTest::newRow("fr") << QStringLiteral("États-Unis") << QStringLiteral("US");
        QTest::newRow("short") << QStringLiteral("USA") << QStringLiteral("US");
        QTest::newRow("code") << QStringLiteral("in") << QStringLiteral("IN");
        QTest::newRow("unknown") << QStringLiteral("Atlantis") << QString();
    }
    void shouldNameCountriesInFiveLanguages()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(countryCode(name), code);
    }
};

FORTEGNELSE_TEST_MAIN(TestTableCells)
#include "tst_tablecells.moc"

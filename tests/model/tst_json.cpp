// The JSON interchange format: lossless round trips and an error for every kind of bad
// input, naming the JSON path.

#include "jsoncodec.h"
#include "jsonschema.h"
#include "store.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace Fortegnelse;
using namespace Qt::StringLiterals;

class TestJson : public QObject
{
    Q_OBJECT

private:
    static QByteArray withRoot(const QByteArray &fields)
    {
        return "{\"format\": \"fortegnelse-register\", \"formatVersion\": 1"
            + (fields.isEmpty() ? QByteArray() : ", " + fields) + "}";
    }

private slots:
    void shouldRoundTripTheSampleRegister()
    {
        // GIVEN a register with one of every kind of item
        const Register reg = Test::sampleRegister();
        // WHEN it is written and read back
        const QByteArray json = Json::write(reg);
        Register back;
        QList<Json::Error> errors;
        QVERIFY2(Json::read(json, &back, &errors), qPrintable(Json::summarize(errors)));
        // THEN it is the same register, and writing it again gives the same bytes
        QCOMPARE(back.organisation, reg.organisation);
        QCOMPARE(back.policy, reg.policy);
        QCOMPARE(back.activities.items(), reg.activities.items());
        QCOMPARE(back.parties.items(), reg.parties.items());
        QCOMPARE(back.transfers.items(), reg.transfers.items());
        QCOMPARE(back.cookies.items(), reg.cookies.items());
        QCOMPARE(Json::write(back), json);
    }

    void shouldExportExamplesByteIdentically_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("oesyn") << QStringLiteral("resources/examples/oesyn.json");
        QTest::newRow("octopus") << QStringLiteral("resources/examples/octopus.json");
        QTest::newRow("deskhero") << QStringLiteral("resources/examples/deskhero.json");
    }
    void shouldExportExamplesByteIdentically()
    {
        QFETCH(QString, file);
        QFile f(Test::sourcePath(file));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray original = f.readAll();
        Register reg;
        QList<Json::Error> errors;
        QVERIFY2(Json::read(original, &reg, &errors), qPrintable(Json::summarize(errors)));
        QVERIFY2(reg.activities.size() > 0, qPrintable(file));
        QCOMPARE(Json::write(reg), original);
    }

    void shouldReadPlainStringsInTheRegisterLanguage()
    {
        const QByteArray json = withRoot(
            "\"organisation\": {\"language\": \"sv\"}, "
            "\"subjectCategories\": [{\"id\": \"s\", \"name\": \"Kunder\"}]");
        Register reg;
        QList<Json::Error> errors;
        QVERIFY2(Json::read(json, &reg, &errors), qPrintable(Json::summarize(errors)));
        QCOMPARE(reg.subjectCategories.at(0).name.text(QStringLiteral("sv")), QStringLiteral("Kunder"));
    }

    void shouldRefuseBadInputNamingThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        QTest::newRow("broken syntax") << QByteArray("{\n  \"format\": ,\n}") << "line 2, column"
                                       << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << "$"
                                       << "expected an object";
        QTest::newRow("other JSON") << QByteArray("{\"name\": \"x\"}") << "$.format"
                                    << "not a Fortegnelse register";
        QTest::newRow("newer format") << QByteArray("{\"format\": \"fortegnelse-register\", \"formatVersion\": 9}")
                                      << "$.formatVersion"
                                      << "newer version";
        QTest::newRow("unknown root field") << withRoot("\"activites\": []") << "$.activites"
                                            << "unknown field";
        QTest::newRow("unknown nested field")
            << withRoot("\"activities\": [{\"id\": \"a\", \"purposes\": [{\"basis\": \"b\"}]}]")
            << "$.activities[0].purposes[0].basis"
            << "unknown field";
        QTest::newRow("string expected") << withRoot("\"organisation\": {\"name\": 7}")
                                         << "$.organisation.name"
                                         << "expected a string";
        QTest::newRow("bool expected") << withRoot("\"subjectCategories\": [{\"id\": \"s\", \"children\": \"yes\"}]")
                                       << "$.subjectCategories[0].children"
                                       << "expected true or false";
        QTest::newRow("bad date") << withRoot("\"policy\": {\"lastUpdated\": \"8. juni 2026\"}")
                                  << "$.policy.lastUpdated"
                                  << "YYYY-MM-DD";
        QTest::newRow("impossible date") << withRoot("\"policy\": {\"lastUpdated\": \"2026-02-30\"}")
                                         << "$.policy.lastUpdated"
                                         << "YYYY-MM-DD";
        QTest::newRow("bad enum") << withRoot("\"parties\": [{\"id\": \"p\", \"role\": \"vendor\"}]")
                                  << "$.parties[0].role"
                                  << "\"processor\"";
        QTest::newRow("unknown legal basis")
            << withRoot("\"activities\": [{\"id\": \"a\", \"purposes\": [{\"legalBasis\": \"g\"}]}]")
            << "$.activities[0].purposes[0].legalBasis"
            << "Art. 6(1) legal basis";
        QTest::newRow("unknown country") << withRoot("\"organisation\": {\"country\": \"XX\"}")
                                         << "$.organisation.country"
                                         << "ISO 3166";
        QTest::newRow("organisation as country")
            << withRoot("\"organisation\": {\"country\": \"INTL:EPO\"}") << "$.organisation.country"
            << "ISO 3166";
        QTest::newRow("unknown mechanism")
            << withRoot("\"transfers\": [{\"id\": \"t\", \"destination\": \"IN\", \"mechanism\": \"scc\"}]")
            << "$.transfers[0].mechanism"
            << "transfer mechanism";
        QTest::newRow("missing id") << withRoot("\"measures\": [{\"name\": \"MFA\"}]")
                                    << "$.measures[0].id"
                                    << "needs an id";
        QTest::newRow("duplicate id")
            << withRoot("\"measures\": [{\"id\": \"m\"}, {\"id\": \"m\"}]") << "$.measures[1].id"
            << "duplicate id";
        QTest::newRow("unknown reference")
            << withRoot("\"activities\": [{\"id\": \"a\", \"data\": [\"nope\"]}]")
            << "$.activities[0].data[0]"
            << "unknown data category \"nope\"";
        QTest::newRow("sub-processor loop")
            << withRoot("\"parties\": [{\"id\": \"a\", \"role\": \"sub-processor\", \"parent\": \"b\"},"
                        " {\"id\": \"b\", \"role\": \"sub-processor\", \"parent\": \"a\"}]")
            << "$.parties[0].parent"
            << "loops back";
        QTest::newRow("unknown language")
            << withRoot("\"measures\": [{\"id\": \"m\", \"name\": {\"de\": \"MFA\"}}]")
            << "$.measures[0].name.de"
            << "unknown language";
        QTest::newRow("negative number")
            << withRoot("\"cookies\": [{\"id\": \"c\", \"durationAmount\": -1}]")
            << "$.cookies[0].durationAmount"
            << "whole number";
        QTest::newRow("fraction")
            << withRoot("\"cookies\": [{\"id\": \"c\", \"durationAmount\": 1.5}]")
            << "$.cookies[0].durationAmount"
            << "whole number";
        QTest::newRow("array expected") << withRoot("\"activities\": {}") << "$.activities"
                                        << "expected an array";
        QTest::newRow("object expected") << withRoot("\"activities\": [\"a\"]") << "$.activities[0]"
                                         << "expected an object";
    }
    void shouldRefuseBadInputNamingThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        Register reg;
        QList<Json::Error> errors;
        QVERIFY2(!Json::read(json, &reg, &errors), "bad input was accepted");
        QVERIFY(!errors.isEmpty());
        const QString first = errors.first().toString();
        QVERIFY2(errors.first().path.startsWith(path), qPrintable(first));
        QVERIFY2(first.contains(message), qPrintable(first));
    }

    void shouldRefuseWhatJsonSyntaxAllowsButTheFormatDoesNot_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("format version given twice")
            << QByteArray("{\"format\": \"fortegnelse-register\", \"formatVersion\": 2, \"formatVersion\": 1}")
            << "$.formatVersion"
            << "more than once";
        QTest::newRow("list given twice, the second empty")
            << withRoot("\"measures\": [{\"id\": \"m\"}], \"measures\": []") << "$.measures"
            << "more than once";
        QTest::newRow("nested key twice")
            << withRoot("\"activities\": [{\"id\": \"a\"}, {\"id\": \"b\", \"purposes\": [{\"legalBasis\": \"a\", \"legalBasis\": \"b\"}]}]")
            << "$.activities[1].purposes[0].legalBasis"
            << "more than once";
        QTest::newRow("same key, one escaped")
            << withRoot("\"organisation\": {\"name\": \"A\", \"n\\u0061me\": \"B\"}") << "$.organisation.name"
            << "more than once";
        QTest::newRow("key twice in a long object")
            << withRoot("\"organisation\": {\"name\": \"A\", \"email\": \"a@b.dk\", \"phone\": \"1\", \"website\": \"https://a.dk\", "
                        "\"address\": \"x\", \"country\": \"DK\", \"language\": \"da\", \"registrationNumber\": \"1\", "
                        "\"supervisoryAuthority\": \"DK\", \"securityOverview\": \"s\", \"x1\": 1, \"x2\": 2, \"x3\": 3, "
                        "\"x4\": 4, \"x5\": 5, \"x6\": 6, \"x7\": 7, \"x8\": 8, \"name\": \"B\"}")
            << "$.organisation.name"
            << "more than once";
        QTest::newRow("raw NUL in a value")
            << withRoot(QByteArray("\"organisation\": {\"name\": \"A\0B\"}", 32)) << "$.organisation.name"
            << "U+0000";
        QTest::newRow("raw escape character in a value")
            << withRoot("\"activities\": [{\"id\": \"a\", \"name\": \"x\x1b[2Jy\"}]") << "$.activities[0].name"
            << "U+001b";
        QTest::newRow("raw line break in a value")
            << withRoot("\"organisation\": {\"address\": \"Street 1\nTown\"}") << "$.organisation.address"
            << "U+000a";
        QTest::newRow("raw tab in a key")
            << withRoot("\"organisation\": {\"na\tme\": \"A\"}") << "$.organisation.na"
            << "U+0009";
    }
    void shouldRefuseWhatJsonSyntaxAllowsButTheFormatDoesNot()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        Register reg;
        QList<Json::Error> errors;
        QVERIFY2(!Json::read(json, &reg, &errors), "bad input was accepted");
        QVERIFY(!errors.isEmpty());
        const QString first = errors.first().toString();
        QVERIFY2(errors.first().path == path || errors.first().path.startsWith(path), qPrintable(first));
        QVERIFY2(first.contains(message), qPrintable(first));
    }

    void shouldAcceptEscapedControlCharactersAndRepeatedKeysInOtherObjects()
    {
        // GIVEN control characters written as escapes, and the same key in sibling objects
        const QByteArray json = withRoot(
            "\"organisation\": {\"name\": \"A\\u0001B\", \"address\": \"Street 1\\nTown\"}, "
            "\"measures\": [{\"id\": \"m\", \"name\": \"x\"}, {\"id\": \"n\", \"name\": \"y\"}]");
        Register reg;
        QList<Json::Error> errors;
        // WHEN it is read, THEN it is accepted with the characters as they were
        QVERIFY2(Json::read(json, &reg, &errors), qPrintable(Json::summarize(errors)));
        QCOMPARE(reg.organisation.name, QStringLiteral("A\u0001B"));
        QCOMPARE(reg.organisation.address, QStringLiteral("Street 1\nTown"));
        QCOMPARE(reg.measures.size(), 2);
    }

    void shouldRoundTripAnyTextAnOfficerCanType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("control characters") << QStringLiteral("a\u0000b\u0001c\u001fd\te\nf\rg");
        QTest::newRow("template markers") << QStringLiteral("ACME }} Ltd {{ {{{x}}} {{#a}}b{{/a}} {{>p}}");
        QTest::newRow("bidi override") << QStringLiteral("abc\u202Edef\u2066g\u2069");
        QTest::newRow("markup") << QStringLiteral("<b>x</b> **y** # z\n- item\n1. one\n===\n> quote");
        QTest::newRow("one megabyte") << QString(1 << 20, QLatin1Char('x'));
    }
    void shouldRoundTripAnyTextAnOfficerCanType()
    {
        QFETCH(QString, text);
        // GIVEN the text in the organisation's name and address and an activity's name
        Register reg = Test::sampleRegister();
        reg.organisation.name = text;
        reg.organisation.address = text;
        ProcessingActivity a = reg.activities.at(0);
        a.name = LocalText(QStringLiteral("da"), text);
        reg.activities.replace(0, a);
        // WHEN it is written and read back
        Register back;
        QList<Json::Error> errors;
        QVERIFY2(Json::read(Json::write(reg), &back, &errors), qPrintable(Json::summarize(errors)));
        // THEN every character is kept
        QCOMPARE(back.organisation.name, text);
        QCOMPARE(back.organisation.address, text);
        QCOMPARE(back.activities.at(0).name, a.name);
    }

    void shouldCheckALargeRegisterStrictlyInLinearTime()
    {
        // GIVEN the sample register grown to 10,000 activities, as JSON
        Register reg = Test::sampleRegister();
        const ProcessingActivity first = reg.activities.at(0);
        for (int i = 1; i < 10000; ++i) {
            ProcessingActivity a = first;
            a.id = QStringLiteral("a%1").arg(i);
            a.name = LocalText(QStringLiteral("da"), QStringLiteral("Aktivitet %1").arg(i));
            reg.activities.append(a);
        }
        const QByteArray json = Json::write(reg);
        // WHEN it is read, THEN the strict checks accept it (the figures are for the report)
        QElapsedTimer timer;
        timer.start();
        QList<Json::Error> errors;
        QVERIFY2(Json::checkStrict(json, &errors), qPrintable(Json::summarize(errors)));
        const qint64 strictMs = timer.restart();
        Register back;
        QVERIFY2(Json::read(json, &back, &errors), qPrintable(Json::summarize(errors)));
        const qint64 readMs = timer.elapsed();
        QCOMPARE(back.activities.size(), 10000);
        qInfo("%.1f MB: strict checks %lld ms of a read taking %lld ms", double(json.size()) / 1e6, strictMs, readMs);
    }

    void shouldMatchTheDocumentedSchema()
    {
        // docs/register.schema.json is made from the field lists; regenerate it with
        // FORTEGNELSE_UPDATE_GOLDEN=1 when the format changes.
        const QString path = Test::sourcePath(QStringLiteral("docs/register.schema.json"));
        const QByteArray generated = Json::schema();
        if (qEnvironmentVariableIsSet("FORTEGNELSE_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(generated);
        }
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), "docs/register.schema.json is missing");
        QVERIFY2(f.readAll() == generated,
                 "docs/register.schema.json is stale: run tst_json with FORTEGNELSE_UPDATE_GOLDEN=1");
    }

    void shouldReturnNothingOnError()
    {
        // GIVEN a register already in the output variable
        Register reg = Test::sampleRegister();
        QList<Json::Error> errors;
        // WHEN a bad document is read into it
        QVERIFY(!Json::read(withRoot("\"measures\": 3"), &reg, &errors));
        // THEN it is left as it was: nothing partial
        QCOMPARE(reg.activities.size(), 1);
    }

    // Issue 12: format 1 wrote its defaults as answers; they are read as "not assessed".
    void shouldMigrateFormatOneAnswersToNotAssessed_data()
    {
        QTest::addColumn<QString>("activity");
        QTest::addColumn<int>("dpia");
        QTest::addColumn<int>("automated");
        QTest::addColumn<int>("provision");
        // Format 1 wrote its defaults as if they were answers; they say nothing.
        QTest::newRow("defaults written as answers") << u"defaults"_s << int(Answer::NotAssessed)
                                                     << int(Answer::NotAssessed) << int(ProvisionRequirement::NotAssessed);
        QTest::newRow("nothing written") << u"empty"_s << int(Answer::NotAssessed) << int(Answer::NotAssessed)
                                         << int(ProvisionRequirement::NotAssessed);
        QTest::newRow("answers that were given") << u"answered"_s << int(Answer::Yes) << int(Answer::Yes)
                                                 << int(ProvisionRequirement::Statutory);
    }
    void shouldMigrateFormatOneAnswersToNotAssessed()
    {
        QFETCH(QString, activity);
        QFETCH(int, dpia);
        QFETCH(int, automated);
        QFETCH(int, provision);
        QFile file(Test::sourcePath(u"tests/data/format1.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Register reg;
        QList<Json::Error> errors;
        QVERIFY2(Json::read(file.readAll(), &reg, &errors), qPrintable(Json::summarize(errors)));
        const ProcessingActivity *a = reg.activities.find(activity);
        QVERIFY(a);
        QCOMPARE(int(a->dpia.required), dpia);
        QCOMPARE(int(a->automated.used), automated);
        QCOMPARE(int(a->provision), provision);
        QCOMPARE(int(a->thirdCountryTransfers), int(Answer::NotAssessed));
        // Written again, it is format 2 and reads back the same.
        Register again;
        QVERIFY(Json::read(Json::write(reg), &again, &errors));
        QCOMPARE(*again.activities.find(activity), *a);
    }

    // A .ropa file's items are decoded by the same reader, so a stored register of today
    // migrates as it is opened: its "not-required" says nothing, and reads as not assessed.
    void shouldMigrateTheAnswersOfAStoredRegister()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.ropa"_s);
        QVERIFY(QFile::copy(Test::sourcePath(u"tests/model/fixtures/schema-v1.ropa"_s), path));
        Register reg;
        QString error;
        QVERIFY2(Store::read(path, &reg, &error), qPrintable(error));
        const ProcessingActivity *recruiting = reg.activities.find(u"recruiting"_s);
        QVERIFY(recruiting);
        QCOMPARE(int(recruiting->provision), int(ProvisionRequirement::NotAssessed));
        QCOMPARE(int(recruiting->automated.used), int(Answer::NotAssessed));
        QCOMPARE(int(recruiting->dpia.required), int(Answer::NotAssessed));
        const ProcessingActivity *payroll = reg.activities.find(u"payroll"_s);
        QVERIFY(payroll);
        QCOMPARE(int(payroll->provision), int(ProvisionRequirement::Statutory));
    }
};

FORTEGNELSE_TEST_MAIN(TestJson)
#include "tst_json.moc"

// The kinds table (model/kinds.h, issue 18: metadata, not switches): one row per kind of
// item, and every function that used to switch over the kind reads it from there.

#include "checks.h"
#include "document.h"
#include "kinds.h"
#include "register.h"
#include "store.h"
#include "testsupport.h"

#include <QtTest>

using namespace Fortegnelse;

class TestKinds : public QObject
{
    Q_OBJECT

private slots:
    void shouldDescribeEveryKindInOneRow_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("singleton");
        QTest::addColumn<QString>("listKey");
        QTest::addColumn<QString>("idPrefix");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("checkedAlone");
        QTest::addColumn<bool>("feedsEveryActivity");
        const auto row = [](EntityKind kind, bool singleton, const char *listKey, const char *prefix,
                            const char *label, const char *table, bool alone, bool feeds) {
            QTest::newRow(listKey) << int(kind) << singleton << QString::fromLatin1(listKey) << QString::fromLatin1(prefix)
                                   << QString::fromLatin1(label) << QString::fromLatin1(table) << alone << feeds;
        };
        row(EntityKind::Organisation, true, "organisation", "organisation", "organisation", "singletons", true, false);
        row(EntityKind::Policy, true, "policy", "policy", "policy settings", "singletons", false, false);
        row(EntityKind::SubjectCategory, false, "subjectCategories", "subject", "subject category", "subject_categories", false, true);
        row(EntityKind::DataCategory, false, "dataCategories", "data", "data category", "data_categories", false, true);
        row(EntityKind::Activity, false, "activities", "activity", "processing activity", "activities", true, false);
        row(EntityKind::Party, false, "parties", "party", "party", "parties", true, false);
        row(EntityKind::Transfer, false, "transfers", "transfer", "transfer", "transfers", true, false);
        row(EntityKind::Measure, false, "measures", "measure", "security measure", "measures", false, false);
        row(EntityKind::Cookie, false, "cookies", "cookie", "cookie", "cookies", false, false);
    }
    void shouldDescribeEveryKindInOneRow()
    {
        QFETCH(int, kind);
        QFETCH(bool, singleton);
        QFETCH(QString, listKey);
        QFETCH(QString, idPrefix);
        QFETCH(QString, label);
        QFETCH(QString, table);
        QFETCH(bool, checkedAlone);
        QFETCH(bool, feedsEveryActivity);
        const EntityKind k = EntityKind(kind);
        // GIVEN the row of the kind
        const KindInfo &info = kindInfo(k);
        // THEN it is the kind's row, and says each trait
        QCOMPARE(int(info.kind), kind);
        QCOMPARE(int(allKinds().at(size_t(kind))), kind);
        QCOMPARE(info.singleton, singleton);
        QCOMPARE(QString::fromLatin1(info.listKey), listKey);
        QCOMPARE(info.checkedAlone, checkedAlone);
        QCOMPARE(info.feedsEveryActivity, feedsEveryActivity);
        QVERIFY(!QString::fromLatin1(info.firstField).isEmpty());
        // AND the functions that once switched over the kind answer from it
        QCOMPARE(Fortegnelse::idPrefix(k), idPrefix);
        QCOMPARE(kindLabel(k), label);
        QCOMPARE(tableName(k), table);
        QCOMPARE(QString::fromLatin1(info.table), table);
        // AND a singleton has no list; a list kind reaches its own list, whose items
        // have a name in the register's language
        const Register reg = Test::sampleRegister();
        int lists = 0;
        QString firstId;
        withList(reg, k, [&](const auto &list) {
            ++lists;
            QCOMPARE(int(std::decay_t<decltype(list)>::value_type::kind), kind);
            if (!list.isEmpty())
                firstId = list.at(0).id;
        });
        QCOMPARE(lists, singleton ? 0 : 1);
        if (!firstId.isEmpty()) {
            const QString name = displayName(reg, k, firstId);
            QVERIFY2(!name.isEmpty() && name != firstId, qPrintable(listKey + QStringLiteral(": ") + name));
        } else if (singleton) {
            QVERIFY(!displayName(reg, k, {}).isEmpty());
        }
        QCOMPARE(displayName(reg, singleton ? EntityKind::Activity : k, QStringLiteral("no-such-id")),
                 QStringLiteral("no-such-id"));
        // AND an item checked in the policy's pass gets from checkItem() exactly that
        // pass's problems about it
        if (!checkedAlone && !firstId.isEmpty()) {
            const CheckContext ctx;
            QList<Problem> expected;
            for (const Problem &p : checkPolicy(reg, ctx))
                if (p.kind == k && p.itemId == firstId)
                    expected.append(p);
            QCOMPARE(checkItem(reg, k, firstId, ctx), expected);
        }
    }

    void shouldCheckAnItemCheckedAloneAsTheWholeRegisterDoes_data()
    {
        QTest::addColumn<int>("kind");
        for (EntityKind k : allKinds())
            if (kindInfo(k).checkedAlone && !kindInfo(k).singleton)
                QTest::newRow(kindInfo(k).listKey) << int(k);
    }
    void shouldCheckAnItemCheckedAloneAsTheWholeRegisterDoes()
    {
        QFETCH(int, kind);
        const EntityKind k = EntityKind(kind);
        // GIVEN every item of the kind in the sample register
        const Register reg = Test::sampleRegister();
        const CheckContext ctx;
        const QList<Problem> all = checkRegister(reg, ctx);
        QStringList ids;
        withList(reg, k, [&](const auto &list) {
            for (const auto &item : list)
                ids.append(item.id);
        });
        QVERIFY(!ids.isEmpty());
        for (const QString &id : std::as_const(ids)) {
            // WHEN one is checked alone
            const QList<Problem> alone = checkItem(reg, k, id, ctx);
            // THEN each problem found is one the whole register's check finds too
            for (const Problem &p : alone)
                QVERIFY2(all.contains(p), qPrintable(id + QStringLiteral(": ") + p.rule));
        }
    }
};

FORTEGNELSE_TEST_MAIN(TestKinds)
#include "tst_kinds.moc"

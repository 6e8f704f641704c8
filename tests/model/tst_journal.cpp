// The journal: every committed step, undo and redo writes one entry per item it changed,
// with the item's stored body before and after, in the step's own transaction.

#include "document.h"
#include "failingstorage.h"
#include "jsoncodec.h"
#include "store.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <utility>

using namespace Fortegnelse;

namespace {

using Edit = std::function<bool(Document &)>;

struct NamedEdit
{
    const char *name;
    Edit edit;
};

const QList<NamedEdit> &edits()
{
    static const QList<NamedEdit> list{
        {"edit activity", [](Document &d) {
             return d.update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
                 a.department = QStringLiteral("Salg");
             },
                                                 {});
         }},
        {"edit party date", [](Document &d) {
             return d.update<Party>(QStringLiteral("cloud"), [](Party &p) { p.dpfChecked = QDate(2026, 11, 1); }, {});
         }},
        {"edit organisation", [](Document &d) {
             return d.updateOrganisation([](Organisation &o) { o.email = QStringLiteral("dpo@example.dk"); }, {});
         }},
        {"edit policy", [](Document &d) {
             return d.updatePolicy([](PolicySettings &p) { p.version = QStringLiteral("9"); }, {});
         }},
        {"add measure", [](Document &d) { return !d.add(SecurityMeasure{}).isEmpty(); }},
        {"duplicate party", [](Document &d) { return !d.duplicate<Party>(QStringLiteral("hosting")).isEmpty(); }},
        {"delete unreferenced transfer", [](Document &d) { return d.remove<Transfer>(QStringLiteral("us-cloud")); }},
        {"delete referenced party", [](Document &d) { return d.remove<Party>(QStringLiteral("hosting")); }},
        {"delete referenced data category", [](Document &d) { return d.remove<DataCategory>(QStringLiteral("name")); }},
        {"delete referenced subject category", [](Document &d) { return d.remove<SubjectCategory>(QStringLiteral("customers")); }},
    };
    return list;
}

const Edit &editNamed(const QString &name)
{
    for (const NamedEdit &e : edits()) {
        if (name == QLatin1String(e.name))
            return e.edit;
    }
    qFatal("no edit named %s", qPrintable(name));
}

/// Every item of a register by kind and id, as its stored body.
using Bodies = std::map<std::pair<int, QString>, QByteArray>;

Bodies bodiesOf(const Register &reg)
{
    Bodies bodies;
    bodies[{int(EntityKind::Organisation), QString()}] = storedBody(AnyItem(reg.organisation));
    bodies[{int(EntityKind::Policy), QString()}] = storedBody(AnyItem(reg.policy));
    const_cast<Register &>(reg).forEachList([&](const auto &list) {
        for (const auto &item : list)
            bodies[{int(std::decay_t<decltype(item)>::kind), item.id}] = storedBody(AnyItem(item));
    });
    return bodies;
}

/// What a journal step must hold to take \a from to \a to: each item that differs, with
/// its body on each side (empty where it does not exist).
std::map<std::pair<int, QString>, std::pair<QByteArray, QByteArray>> difference(const Bodies &from, const Bodies &to)
{
    std::map<std::pair<int, QString>, std::pair<QByteArray, QByteArray>> out;
    for (const auto &[key, body] : from) {
        const auto it = to.find(key);
        const QByteArray after = it == to.end() ? QByteArray() : it->second;
        if (after != body)
            out[key] = {body, after};
    }
    for (const auto &[key, body] : to) {
        if (!from.count(key))
            out[key] = {QByteArray(), body};
    }
    return out;
}

QList<JournalEntry> wholeJournal(const Document &doc)
{
    QList<JournalEntry> all;
    JournalQuery query;
    query.limit = 3; // small pages, so paging is exercised too
    for (;;) {
        QList<JournalEntry> page;
        QString error;
        if (!doc.readJournal(query, &page, &error))
            qFatal("%s", qPrintable(error));
        if (page.isEmpty())
            return all;
        all += page;
        query.beforeSeq = page.last().seq;
    }
}

/// The entries of the newest step in \a journal (newest first).
QList<JournalEntry> newestStep(const QList<JournalEntry> &journal)
{
    QList<JournalEntry> step;
    for (const JournalEntry &e : journal) {
        if (e.step != journal.first().step)
            break;
        step.append(e);
    }
    return step;
}

QString verifyStep(const QList<JournalEntry> &step, JournalEntry::Kind kind, const QString &text,
                   const Bodies &from, const Bodies &to, const QDateTime &notBefore)
{
    const auto expected = difference(from, to);
    if (step.size() != qsizetype(expected.size()))
        return QStringLiteral("%1 entries for %2 changed items").arg(step.size()).arg(expected.size());
    for (const JournalEntry &e : step) {
        const auto it = expected.find({int(e.itemKind), e.itemId});
        if (it == expected.end())
            return QStringLiteral("an entry for %1 %2, which did not change").arg(itemKindName(e.itemKind), e.itemId);
        if (e.before != it->second.first || e.after != it->second.second)
            return QStringLiteral("wrong before or after for %1").arg(e.itemId);
        if (e.kind != kind || e.text != text)
            return QStringLiteral("kind %1 text \"%2\"").arg(journalKindName(e.kind), e.text);
        if (e.fields != changedFields(e.before, e.after) || e.fields.isEmpty())
            return QStringLiteral("fields %1").arg(e.fields.join(QLatin1Char(',')));
        if (e.actor != currentOsUser() || e.actor.isEmpty())
            return QStringLiteral("actor %1").arg(e.actor);
        if (!e.at.isValid() || e.at.timeSpec() != Qt::UTC || e.at < notBefore.addMSecs(-1)
            || e.at > QDateTime::currentDateTimeUtc())
            return QStringLiteral("time %1").arg(e.at.toString(Qt::ISODateWithMs));
    }
    return {};
}

QString createSample(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("r.ropa"));
    QString error;
    if (!Store::create(path, Test::sampleRegister(), &error))
        qFatal("%s", qPrintable(error));
    return path;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void shouldJournalEveryStepUndoAndRedoWithBeforeAndAfter_data()
    {
        QTest::addColumn<QString>("edit");
        for (const NamedEdit &e : edits())
            QTest::newRow(e.name) << QString::fromLatin1(e.name);
    }
    void shouldJournalEveryStepUndoAndRedoWithBeforeAndAfter()
    {
        QFETCH(QString, edit);
        // GIVEN a register with an empty journal
        QTemporaryDir dir;
        const QString path = createSample(dir);
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(wholeJournal(*doc).isEmpty());
        const Bodies original = bodiesOf(doc->reg());
        const QDateTime started = QDateTime::currentDateTimeUtc();

        // WHEN the officer takes a step
        QVERIFY(editNamed(edit)(*doc));
        const Bodies edited = bodiesOf(doc->reg());
        const QString text = doc->undoStack()->text(0);

        // THEN one step of entries holds each changed item before and after
        QList<JournalEntry> journal = wholeJournal(*doc);
        QCOMPARE(newestStep(journal).size(), journal.size());
        QString wrong = verifyStep(journal, JournalEntry::Edit, text, original, edited, started);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

        // AND undo is a step of its own, from the edited state back to the original
        QVERIFY(doc->undo());
        journal = wholeJournal(*doc);
        wrong = verifyStep(newestStep(journal), JournalEntry::Undo, text, edited, original, started);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

        // AND so is redo
        QVERIFY(doc->redo());
        journal = wholeJournal(*doc);
        wrong = verifyStep(newestStep(journal), JournalEntry::Redo, text, original, edited, started);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

        // AND the journal is numbered without gaps, three steps in all, and is in the file
        for (qsizetype n = 0; n < journal.size(); ++n)
            QCOMPARE(journal.at(n).seq, journal.size() - n);
        QSet<qint64> steps;
        for (const JournalEntry &e : journal)
            steps.insert(e.step);
        QCOMPARE(steps.size(), 3);
        doc.reset();
        QCOMPARE(Test::queryOne(path, QStringLiteral("SELECT COUNT(*) FROM journal")), QString::number(journal.size()));
    }

    void shouldWriteNoJournalEntryWhenAStepFails_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<int>("failingCall");
        for (const NamedEdit &e : edits()) {
            // begin, the writes, the journal, commit: every one of them
            for (int call = 1; call <= 4; ++call)
                QTest::addRow("%s, failing at call %d", e.name, call) << QString::fromLatin1(e.name) << call;
            QTest::addRow("%s, failing at the journal", e.name) << QString::fromLatin1(e.name) << -1;
        }
    }
    void shouldWriteNoJournalEntryWhenAStepFails()
    {
        QFETCH(QString, edit);
        QFETCH(int, failingCall);
        // GIVEN a register whose storage fails at one call of the next step
        QTemporaryDir dir;
        const QString path = createSample(dir);
        Register reg;
        QString error;
        auto store = Store::open(path, &reg, &error);
        QVERIFY2(store, qPrintable(error));
        auto failing = std::make_unique<Test::FailingStorage>(std::move(store));
        Test::FailingStorage *storage = failing.get();
        auto doc = Document::fromStorage(std::move(failing), reg);
        if (failingCall < 0) {
            // The journal is the call before commit: count the calls of a step that works.
            auto probeDir = std::make_unique<QTemporaryDir>();
            Register probeReg;
            auto probeStore = Store::open(createSample(*probeDir), &probeReg, &error);
            auto probe = std::make_unique<Test::FailingStorage>(std::move(probeStore));
            Test::FailingStorage *counter = probe.get();
            auto probeDoc = Document::fromStorage(std::move(probe), probeReg);
            counter->failAt(0);
            QVERIFY(editNamed(edit)(*probeDoc));
            failingCall = counter->calls() - 1;
        }
        storage->failAt(failingCall);

        // WHEN the step is taken
        const bool done = editNamed(edit)(*doc);

        // THEN, when any call failed, the journal has no entry of it, in memory or file
        if (storage->calls() >= failingCall) {
            QVERIFY(!done);
            QVERIFY(wholeJournal(*doc).isEmpty());
            QCOMPARE(Test::queryOne(path, QStringLiteral("SELECT COUNT(*) FROM journal")), QStringLiteral("0"));
        } else {
            QVERIFY(done); // a step with fewer calls than this row's number
        }
        // AND the step, taken again, is journalled once
        storage->failAt(0);
        if (!done)
            QVERIFY(editNamed(edit)(*doc));
        QCOMPARE(newestStep(wholeJournal(*doc)).size(), wholeJournal(*doc).size());
        QVERIFY(!wholeJournal(*doc).isEmpty());
    }

    void shouldReadPagesNewestFirstAndFilterThem()
    {
        // GIVEN five edits of two items
        QTemporaryDir dir;
        QString error;
        auto doc = Document::open(createSample(dir), &error);
        QVERIFY2(doc, qPrintable(error));
        for (int n = 1; n <= 3; ++n)
            QVERIFY(doc->update<ProcessingActivity>(QStringLiteral("sales"), [&](ProcessingActivity &a) {
                a.department = QString::number(n);
            },
                                                    {}));
        for (int n = 1; n <= 2; ++n)
            QVERIFY(doc->updateOrganisation([&](Organisation &o) { o.phone = QString::number(n); }, {}));

        // WHEN pages of two are read, and one item's history
        const QList<JournalEntry> all = wholeJournal(*doc);
        JournalQuery query;
        query.limit = 2;
        QList<JournalEntry> first;
        QVERIFY(doc->readJournal(query, &first, &error));
        query = {};
        query.itemKind = EntityKind::Activity;
        query.itemId = QStringLiteral("sales");
        QList<JournalEntry> sales;
        QVERIFY(doc->readJournal(query, &sales, &error));
        query = {};
        query.since = QDateTime::currentDateTimeUtc().addSecs(60);
        QList<JournalEntry> future;
        QVERIFY(doc->readJournal(query, &future, &error));
        query = {};
        query.kind = JournalEntry::Undo;
        QList<JournalEntry> undos;
        QVERIFY(doc->readJournal(query, &undos, &error));

        // THEN
        QCOMPARE(all.size(), 5);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.first().seq, 5);
        QCOMPARE(first.first().itemKind, EntityKind::Organisation);
        QCOMPARE(first.first().fields, QStringList{QStringLiteral("phone")});
        QCOMPARE(sales.size(), 3);
        QCOMPARE(sales.first().fields, QStringList{QStringLiteral("department")});
        QVERIFY(sales.first().after.contains("\"department\":\"3\""));
        QVERIFY(sales.first().before.contains("\"department\":\"2\""));
        QVERIFY(future.isEmpty());
        QVERIFY(undos.isEmpty());
    }

    void shouldMigrateASchema3RegisterAndStartItsJournal()
    {
        // GIVEN a register as Fortegnelse wrote it before the journal (schema 3)
        QTemporaryDir dir;
        const QString path = createSample(dir);
        QCOMPARE(Test::runSql(path, {QStringLiteral("DROP TABLE journal"), QStringLiteral("DROP TABLE snapshots"), QStringLiteral("UPDATE meta SET value = '3' WHERE key = 'schema_version'")}),
                 QString());
        const QByteArray contents = Test::fileContents(path);
        const Test::FileFingerprint v3 = Test::FileFingerprint::of(path);

        // WHEN it is only read, it is left as it is and has an empty journal
        QString error;
        auto reader = Document::open(path, &error, Document::Mode::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        QList<JournalEntry> page;
        QVERIFY(reader->readJournal({}, &page, &error));
        QVERIFY(page.isEmpty());
        reader.reset();
        QCOMPARE(Test::FileFingerprint::of(path), v3);

        // WHEN it is opened for editing
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));

        // THEN it was backed up, migrated, and starts a journal with the next edit
        QCOMPARE(doc->openedSchemaVersion(), 3);
        QCOMPARE(Test::FileFingerprint::of(path + QStringLiteral(".v3.bak")).bytes, v3.bytes);
        QCOMPARE(Test::queryOne(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")),
                 QString::number(Store::schemaVersion));
        QCOMPARE(Test::queryOne(path, QStringLiteral("SELECT description FROM migrations WHERE version = 4")),
                 QStringLiteral("Keep a journal of every change"));
        QCOMPARE(Json::write(doc->reg()), contents);
        QVERIFY(wholeJournal(*doc).isEmpty());
        QVERIFY(doc->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("1"); }, {}));
        QCOMPARE(wholeJournal(*doc).size(), 1);
    }

    void shouldJournalARepairAndItsUndo()
    {
        // GIVEN a register with a row that does not decode and a reference to nothing
        QTemporaryDir dir;
        const QString path = createSample(dir);
        QCOMPARE(Test::runSql(path, {QStringLiteral("UPDATE transfers SET body = '{broken'"), QStringLiteral("DELETE FROM data_categories WHERE id = 'health'")}),
                 QString());
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(!doc->loadReport().isClean());

        // WHEN it is repaired, and the repair undone
        QString backup;
        QVERIFY2(doc->repair(&backup, &error), qPrintable(error));
        const QList<JournalEntry> repaired = wholeJournal(*doc);
        QVERIFY(doc->undo());
        const QList<JournalEntry> undone = newestStep(wholeJournal(*doc));

        // THEN the repair is one step of kind repair, the removed row kept as it was stored
        QVERIFY(repaired.size() >= 2);
        QCOMPARE(newestStep(repaired).size(), repaired.size());
        const auto removed = std::find_if(repaired.cbegin(), repaired.cend(), [](const JournalEntry &e) {
            return e.itemKind == EntityKind::Transfer;
        });
        QVERIFY(removed != repaired.cend());
        QCOMPARE(removed->kind, JournalEntry::Repair);
        QCOMPARE(removed->before, QByteArray("{broken"));
        QVERIFY(removed->after.isEmpty());
        for (const JournalEntry &e : repaired)
            QCOMPARE(e.kind, JournalEntry::Repair);
        // AND its undo puts the row back, and says so
        QCOMPARE(undone.size(), repaired.size());
        for (const JournalEntry &e : undone) {
            QCOMPARE(e.kind, JournalEntry::Undo);
            if (e.itemKind == EntityKind::Transfer)
                QCOMPARE(e.after, QByteArray("{broken"));
        }
    }

    void shouldNumberTypingAsTheOneStepItIs()
    {
        // GIVEN a register open in a document
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY(Store::create(path, Test::sampleRegister(), &error));
        std::unique_ptr<Document> doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        const auto type = [&](const QString &field, const QString &value) {
            return doc->update<ProcessingActivity>(
                QStringLiteral("sales"), [&](ProcessingActivity &a) {
                    (field == u"name" ? a.name : a.description).set(QStringLiteral("da"), value);
                },
                QStringLiteral("Edit"), field);
        };
        // WHEN a name is typed, then a description, then a name again after an undo
        for (const QString &typed : {QStringLiteral("H"), QStringLiteral("Ha"), QStringLiteral("Han")})
            QVERIFY(type(QStringLiteral("name"), typed));
        for (const QString &typed : {QStringLiteral("B"), QStringLiteral("Be")})
            QVERIFY(type(QStringLiteral("description"), typed));
        QVERIFY(doc->undo());
        QVERIFY(type(QStringLiteral("name"), QStringLiteral("Hans")));
        QCOMPARE(doc->undoStack()->count(), 1); // the undone description gone, the name merged
        QList<JournalEntry> page;
        QVERIFY2(doc->readJournal(JournalQuery{}, &page, &error), qPrintable(error));
        std::reverse(page.begin(), page.end());
        QCOMPARE(page.size(), 7);
        // THEN the journal numbers each keystroke of one typing as that step, as undo does
        QList<qint64> steps;
        for (const JournalEntry &e : std::as_const(page))
            steps.append(e.step);
        QCOMPARE(steps, (QList<qint64>{1, 1, 1, 4, 4, 6, 7}));
        // AND an undo is never joined: what follows it starts a step of its own
        QCOMPARE(page.at(5).kind, JournalEntry::Undo);
        // AND folding shows each typing as one change, from its first state to its last
        QVERIFY(continuesTyping(page.at(0), page.at(1)) && continuesTyping(page.at(1), page.at(2)));
        QVERIFY(!continuesTyping(page.at(2), page.at(3)));
        QVERIFY(!continuesTyping(page.at(4), page.at(5)) && !continuesTyping(page.at(5), page.at(6)));
        JournalEntry folded = page.at(2);
        foldTyping(&folded, page.at(1));
        foldTyping(&folded, page.at(0));
        QCOMPARE(folded.seq, 1);
        QCOMPARE(folded.before, page.at(0).before);
        QCOMPARE(folded.after, page.at(2).after);
        QVERIFY(folded.after.contains("Han") && !folded.before.contains("\"Han"));
    }

    void shouldSkipJournalRowsItDoesNotKnow()
    {
        // GIVEN a received file whose journal has a row of a kind no Fortegnelse writes
        QTemporaryDir dir;
        const QString path = createSample(dir);
        QCOMPARE(Test::runSql(path, {QStringLiteral("INSERT INTO journal VALUES (1, 1, '2026-01-01T00:00:00.000Z', 'x', 'erase', 't', "
                                                    "'activity', 'sales', '', NULL, NULL)")}),
                 QString());
        QString error;
        auto doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));

        // WHEN it is read, and edited
        const QList<JournalEntry> before = wholeJournal(*doc);
        QVERIFY(doc->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("1"); }, {}));

        // THEN the row is no entry, and the next entry follows it
        QVERIFY(before.isEmpty());
        const QList<JournalEntry> after = wholeJournal(*doc);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().seq, 2);
    }
};

FORTEGNELSE_TEST_MAIN(TestJournal)
#include "tst_journal.moc"

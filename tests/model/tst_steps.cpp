// One user step is one transaction: a step that fails at any of its writes leaves the
// register, the file, the undo stack and the listeners exactly as they were, and says so.

#include "document.h"
#include "failingstorage.h"
#include "jsoncodec.h"
#include "store.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

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
        {"edit organisation", [](Document &d) {
             return d.updateOrganisation([](Organisation &o) { o.email = QStringLiteral("dpo@example.dk"); }, {});
         }},
        {"edit policy", [](Document &d) {
             return d.updatePolicy([](PolicySettings &p) { p.version = QStringLiteral("9"); }, {});
         }},
        {"add measure", [](Document &d) {
             return !d.add(SecurityMeasure{}).isEmpty();
         }},
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

/// A document over the register at \a path, whose writes fail where the test says.
struct FailingDocument
{
    std::unique_ptr<Document> doc;
    Test::FailingStorage *storage = nullptr;
};

FailingDocument openFailing(const QString &path)
{
    Register reg;
    QString error;
    auto store = Store::open(path, &reg, &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    auto failing = std::make_unique<Test::FailingStorage>(std::move(store));
    Test::FailingStorage *storage = failing.get();
    return {Document::fromStorage(std::move(failing), std::move(reg)), storage};
}

/// The sample register, made in \a dir and opened over a failing storage; *path is its file.
FailingDocument openFailingSample(const QTemporaryDir &dir, QString *path)
{
    *path = dir.filePath(QStringLiteral("r.ropa"));
    QString error;
    if (!Store::create(*path, Test::sampleRegister(), &error))
        qFatal("%s", qPrintable(error));
    return openFailing(*path);
}

using Test::fileContents;

/// How many storage calls a step makes when nothing fails.
int callsOf(const QString &edit, const QString &dir)
{
    const QString path = dir + QStringLiteral("/count.ropa");
    QString error;
    if (!Store::create(path, Test::sampleRegister(), &error))
        qFatal("%s", qPrintable(error));
    FailingDocument f = openFailing(path);
    f.storage->failAt(0);
    editNamed(edit)(*f.doc);
    return f.storage->calls();
}

} // namespace

class TestSteps : public QObject
{
    Q_OBJECT

private slots:
    void shouldLeaveEverythingAsItWasWhenAnyWriteOfAStepFails_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<int>("failingCall");
        QTemporaryDir dir;
        for (const NamedEdit &e : edits()) {
            const int calls = callsOf(QLatin1String(e.name), dir.path());
            QVERIFY2(calls >= 3, e.name); // begin, at least one write, commit
            for (int call = 1; call <= calls; ++call)
                QTest::addRow("%s, failing at call %d of %d", e.name, call, calls) << QString::fromLatin1(e.name) << call;
        }
    }
    void shouldLeaveEverythingAsItWasWhenAnyWriteOfAStepFails()
    {
        QFETCH(QString, edit);
        QFETCH(int, failingCall);
        // GIVEN a register whose storage fails at one call of the next step
        QTemporaryDir dir;
        QString path;
        FailingDocument f = openFailingSample(dir, &path);
        const QByteArray before = Json::write(f.doc->reg());
        QSignalSpy changed(f.doc.get(), &Document::changed);
        QSignalSpy failed(f.doc.get(), &Document::writeFailed);
        f.storage->failAt(failingCall);

        // WHEN the officer takes the step
        const bool done = editNamed(edit)(*f.doc);

        // THEN it is refused, said, and nothing changed anywhere
        QVERIFY(!done);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("injected failure")),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(f.doc->undoStack()->count(), 0);
        QCOMPARE(Json::write(f.doc->reg()), before);
        QCOMPARE(fileContents(path), before);

        // AND the same step succeeds once the storage works again
        f.storage->failAt(0);
        QVERIFY(editNamed(edit)(*f.doc));
        QCOMPARE(f.doc->undoStack()->count(), 1);
        QCOMPARE(fileContents(path), Json::write(f.doc->reg()));
    }

    void shouldNeitherUndoNorRedoAStepThatCannotBeWritten_data()
    {
        QTest::addColumn<QString>("edit");
        for (const NamedEdit &e : edits())
            QTest::newRow(e.name) << QString::fromLatin1(e.name);
    }
    void shouldNeitherUndoNorRedoAStepThatCannotBeWritten()
    {
        QFETCH(QString, edit);
        QTemporaryDir dir;
        QString path;
        FailingDocument f = openFailingSample(dir, &path);
        const QByteArray before = Json::write(f.doc->reg());
        QVERIFY(editNamed(edit)(*f.doc));
        const QByteArray after = Json::write(f.doc->reg());

        // WHEN undo fails at each of its calls in turn
        f.storage->failAt(0);
        QVERIFY(f.doc->undo());
        const int undoCalls = f.storage->calls();
        QVERIFY(f.doc->redo());
        for (int call = 1; call <= undoCalls; ++call) {
            f.storage->failAt(call);
            QVERIFY(!f.doc->undo());
            // THEN the step is still done, in memory, in the file and in the history
            QCOMPARE(f.doc->undoStack()->index(), 1);
            QCOMPARE(f.doc->undoStack()->count(), 1);
            QCOMPARE(Json::write(f.doc->reg()), after);
            QCOMPARE(fileContents(path), after);
        }
        // AND likewise for redo once it is undone
        f.storage->failAt(0);
        QVERIFY(f.doc->undo());
        QCOMPARE(fileContents(path), before);
        for (int call = 1; call <= undoCalls; ++call) {
            f.storage->failAt(call);
            QVERIFY(!f.doc->redo());
            QCOMPARE(f.doc->undoStack()->index(), 0);
            QCOMPARE(f.doc->undoStack()->count(), 1);
            QCOMPARE(Json::write(f.doc->reg()), before);
            QCOMPARE(fileContents(path), before);
        }
        f.storage->failAt(0);
        QVERIFY(f.doc->redo());
        QCOMPARE(fileContents(path), after);
    }

    void shouldSayWhetherAStepWhoseCommitLostItsAnswerWasMade_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<bool>("lands");
        for (const NamedEdit &e : edits()) {
            QTest::addRow("%s, committed", e.name) << QString::fromLatin1(e.name) << true;
            QTest::addRow("%s, rolled back", e.name) << QString::fromLatin1(e.name) << false;
        }
    }
    void shouldSayWhetherAStepWhoseCommitLostItsAnswerWasMade()
    {
        QFETCH(QString, edit);
        QFETCH(bool, lands);
        // GIVEN a register whose connection drops while the next step commits
        QTemporaryDir dir;
        QString path;
        FailingDocument f = openFailingSample(dir, &path);
        const QByteArray before = Json::write(f.doc->reg());
        QSignalSpy failed(f.doc.get(), &Document::writeFailed);
        QSignalSpy reloaded(f.doc.get(), &Document::reloaded);
        f.storage->loseNextCommitsAnswer(lands);

        // WHEN the officer takes the step
        QVERIFY(!editNamed(edit)(*f.doc));

        // THEN the window says it is not known whether it was made, never "not made"
        QCOMPARE(failed.count(), 1);
        const QString said = failed.at(0).at(0).toString();
        QVERIFY2(said.contains(QStringLiteral("not known whether it was made")), qPrintable(said));
        QCOMPARE(f.doc->undoStack()->count(), 0);
        QCOMPARE(Json::write(f.doc->reg()), before);
        QVERIFY(f.doc->isReadOnly()); // until the connection is back

        // AND once it is back and the register read again, it says which, and the register
        // in the window is the one stored
        QVERIFY(f.doc->checkForExternalChanges());
        QVERIFY(!f.doc->isReadOnly());
        const QString settled = reloaded.last().at(0).toString();
        QVERIFY2(settled.contains(lands ? QStringLiteral("was saved after all") : QStringLiteral("was not saved")),
                 qPrintable(settled));
        QCOMPARE(Json::write(f.doc->reg()), fileContents(path));
        QCOMPARE(Json::write(f.doc->reg()) == before, !lands);
        // AND a step that was made is the officer's to undo, like any other
        QCOMPARE(f.doc->undoStack()->count(), lands ? 1 : 0);
        if (lands) {
            QVERIFY(f.doc->undo());
            QCOMPARE(Json::write(f.doc->reg()), before);
            QCOMPARE(fileContents(path), before);
        }
    }

    void shouldNotMergeAFailedKeystrokeIntoTheStepBefore()
    {
        QTemporaryDir dir;
        QString path;
        FailingDocument f = openFailingSample(dir, &path);
        const QString original = f.doc->reg().activities.find(QStringLiteral("sales"))->department;
        const auto type = [&](const QString &text) {
            return f.doc->update<ProcessingActivity>(
                QStringLiteral("sales"),
                [&](ProcessingActivity &a) { a.department = text; }, {},
                QStringLiteral("department"));
        };
        // GIVEN two keystrokes saved and a third that could not be
        QVERIFY(type(QStringLiteral("S")));
        QVERIFY(type(QStringLiteral("Sa")));
        f.storage->failAt(2);
        QVERIFY(!type(QStringLiteral("Sal")));
        f.storage->failAt(0);
        QCOMPARE(f.doc->reg().activities.find(QStringLiteral("sales"))->department, QStringLiteral("Sa"));
        // WHEN the typing is undone and redone
        QCOMPARE(f.doc->undoStack()->count(), 1);
        QVERIFY(f.doc->undo());
        QCOMPARE(f.doc->reg().activities.find(QStringLiteral("sales"))->department, original);
        QVERIFY(f.doc->redo());
        // THEN redo brings back what was saved, never the refused keystroke
        QCOMPARE(f.doc->reg().activities.find(QStringLiteral("sales"))->department, QStringLiteral("Sa"));
        QCOMPARE(fileContents(path), Json::write(f.doc->reg()));
    }

    void shouldRefuseEveryEditOfARegisterOpenedReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY(Store::create(path, Test::sampleRegister(), &error));
        const auto before = Test::FileFingerprint::of(path);
        auto doc = Document::open(path, &error, Document::Mode::ReadOnly);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->isReadOnly());
        QSignalSpy failed(doc.get(), &Document::writeFailed);
        for (const NamedEdit &e : edits())
            QVERIFY2(!e.edit(*doc), e.name);
        QCOMPARE(failed.count(), edits().size());
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(Json::write(doc->reg()), Json::write(Test::sampleRegister()));
        doc.reset();
        QVERIFY2(Test::FileFingerprint::of(path) == before, "a read-only register was written");
    }
};

FORTEGNELSE_TEST_MAIN(TestSteps)
#include "tst_steps.moc"

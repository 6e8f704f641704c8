// Undo and redo of every kind of change, each checked in memory and in the file.

#include "document.h"
#include "jsoncodec.h"
#include "store.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>
#include <map>

using namespace Fortegnelse;

namespace {

using Edit = std::function<void(Document &)>;

const std::map<QString, Edit> &edits()
{
    static const std::map<QString, Edit> map{
        {QStringLiteral("edit activity"), [](Document &d) {
             d.update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
                 a.purposes.append({LocalText(QStringLiteral("da"), QStringLiteral("Markedsføring")),
                                    QStringLiteral("a"),
                                    {},
                                    true,
                                    {},
                                    {},
                                    {},
                                    {},
                                    QStringLiteral("CRM")});
                 a.matrix.append({QStringLiteral("children"), {QStringLiteral("health")}});
             },
                                          {});
         }},
        {QStringLiteral("edit party"), [](Document &d) {
             d.update<Party>(QStringLiteral("cloud"), [](Party &p) { p.dpfChecked = QDate(2026, 11, 1); }, {});
         }},
        {QStringLiteral("edit transfer"), [](Document &d) {
             d.update<Transfer>(QStringLiteral("us-cloud"), [](Transfer &t) { t.mechanism = QStringLiteral("art46-2-c"); }, {});
         }},
        {QStringLiteral("edit measure"), [](Document &d) {
             d.update<SecurityMeasure>(QStringLiteral("mfa"), [](SecurityMeasure &m) { m.type = MeasureType::Organisational; }, {});
         }},
        {QStringLiteral("edit cookie"), [](Document &d) {
             d.update<Cookie>(QStringLiteral("session"), [](Cookie &c) { c.category = CookieCategory::Functional; }, {});
         }},
        {QStringLiteral("edit subject category"), [](Document &d) {
             d.update<SubjectCategory>(QStringLiteral("children"), [](SubjectCategory &s) { s.children = false; }, {});
         }},
        {QStringLiteral("edit data category"), [](Document &d) {
             d.update<DataCategory>(QStringLiteral("name"), [](DataCategory &c) { c.dataKind = DataKind::NationalId; }, {});
         }},
        {QStringLiteral("edit organisation"), [](Document &d) {
             d.updateOrganisation([](Organisation &o) { o.dpo.phone = QStringLiteral("+45 12 34 56 78"); }, {});
         }},
        {QStringLiteral("edit policy"), [](Document &d) {
             d.updatePolicy([](PolicySettings &p) { p.sections.clear(); }, {});
         }},
        {QStringLiteral("add activity"), [](Document &d) {
             ProcessingActivity a;
             a.name = LocalText(QStringLiteral("da"), QStringLiteral("Rekruttering"));
             QVERIFY(!d.add(a).isEmpty());
         }},
        {QStringLiteral("duplicate party"), [](Document &d) { QVERIFY(!d.duplicate<Party>(QStringLiteral("hosting")).isEmpty()); }},
        {QStringLiteral("delete transfer"), [](Document &d) { QVERIFY(d.remove<Transfer>(QStringLiteral("us-cloud"))); }},
        {QStringLiteral("delete referenced data category"), [](Document &d) { QVERIFY(d.remove<DataCategory>(QStringLiteral("name"))); }},
        {QStringLiteral("delete referenced party"), [](Document &d) { QVERIFY(d.remove<Party>(QStringLiteral("hosting"))); }},
        {QStringLiteral("delete referenced activity"), [](Document &d) { QVERIFY(d.remove<ProcessingActivity>(QStringLiteral("sales"))); }},
        {QStringLiteral("delete referenced subject category"), [](Document &d) { QVERIFY(d.remove<SubjectCategory>(QStringLiteral("customers"))); }},
    };
    return map;
}

using Test::fileContents;

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void shouldUndoAndRedoEachKindOfChange_data()
    {
        QTest::addColumn<QString>("edit");
        for (const auto &[name, edit] : edits())
            QTest::newRow(qPrintable(name)) << name;
    }
    void shouldUndoAndRedoEachKindOfChange()
    {
        QFETCH(QString, edit);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        auto doc = Document::create(path, Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        const QByteArray before = Json::write(doc->reg());

        // WHEN the change is made
        edits().at(edit)(*doc);
        const QByteArray after = Json::write(doc->reg());
        QVERIFY2(after != before, "the change changed nothing");
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(fileContents(path), after);

        // THEN undo restores memory and file, and redo makes it again
        doc->undoStack()->undo();
        QCOMPARE(Json::write(doc->reg()), before);
        QCOMPARE(fileContents(path), before);
        doc->undoStack()->redo();
        QCOMPARE(Json::write(doc->reg()), after);
        QCOMPARE(fileContents(path), after);
    }

    void shouldRemoveEveryReferenceWithTheItem()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        QVERIFY(doc);
        // GIVEN a processor that an activity, a sub-processor, a transfer's chain and a
        // cookie refer to
        const auto refs = doc->referrers(EntityKind::Party, QStringLiteral("hosting"));
        QStringList names;
        for (const auto &r : refs)
            names.append(r.id);
        QCOMPARE(names, (QStringList{QStringLiteral("sales"), QStringLiteral("cloud"), QStringLiteral("session")}));
        // WHEN it is deleted
        QVERIFY(doc->remove<Party>(QStringLiteral("hosting")));
        // THEN nothing refers to it any more, and the register is still whole
        const Register &reg = doc->reg();
        QVERIFY(reg.activities.at(0).recipients.isEmpty());
        QVERIFY(reg.parties.find(QStringLiteral("cloud"))->parent.isEmpty());
        QVERIFY(reg.cookies.at(0).party.isEmpty());
        QList<Json::Error> errors;
        Json::checkIntegrity(reg, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(Json::summarize(errors)));
        QCOMPARE(doc->undoStack()->count(), 1);
    }

    void shouldMergeTypingIntoOneStep()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        QVERIFY(doc);
        const QString original = doc->reg().activities.at(0).department;
        for (const QString &typed : {QStringLiteral("S"), QStringLiteral("Sa"), QStringLiteral("Sal")})
            doc->update<ProcessingActivity>(
                QStringLiteral("sales"),
                [&](ProcessingActivity &a) { a.department = typed; }, {},
                QStringLiteral("department"));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->reg().activities.at(0).department, original);
        // Another field starts a new step.
        doc->undoStack()->redo();
        doc->update<ProcessingActivity>(
            QStringLiteral("sales"),
            [](ProcessingActivity &a) { a.notes = QStringLiteral("x"); }, {},
            QStringLiteral("notes"));
        QCOMPARE(doc->undoStack()->count(), 2);
    }

    void shouldDropChangesThatChangeNothing()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        QVERIFY(doc);
        QSignalSpy spy(doc.get(), &Document::changed);
        doc->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &) {}, {});
        doc->updateOrganisation([](Organisation &) {}, {});
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(spy.count(), 0);
    }

    void shouldTellListenersWhatChanged()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        QVERIFY(doc);
        QSignalSpy spy(doc.get(), &Document::changed);
        doc->update<Party>(QStringLiteral("cloud"), [](Party &p) { p.name = QStringLiteral("Cloud LLC"); }, {});
        QCOMPARE(spy.count(), 1);
        const auto change = spy.at(0).at(0).value<Change>();
        QCOMPARE(change.type, Change::Modified);
        QCOMPARE(change.kind, EntityKind::Party);
        QCOMPARE(change.id, QStringLiteral("cloud"));
        doc->undoStack()->undo();
        QCOMPARE(spy.count(), 2);
    }

    void shouldGiveNewItemsFreshIds()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        QVERIFY(doc);
        const QString first = doc->add(SecurityMeasure{});
        const QString second = doc->add(SecurityMeasure{QStringLiteral("mfa"), {}, MeasureType::Technical, {}});
        QVERIFY(!first.isEmpty());
        QVERIFY(second != first && second != u"mfa");
        QCOMPARE(doc->reg().measures.size(), 3);
    }

    void shouldRestoreADeletedItemInItsPlace()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        QVERIFY(doc);
        QVERIFY(doc->remove<SubjectCategory>(QStringLiteral("customers")));
        doc->undoStack()->undo();
        QCOMPARE(doc->reg().subjectCategories.at(0).id, QStringLiteral("customers"));
        // And after reopening, too.
        const QString path = doc->filePath();
        doc.reset();
        doc = Document::open(path, &error);
        QVERIFY2(doc, qPrintable(error));
        QCOMPARE(doc->reg().subjectCategories.at(0).id, QStringLiteral("customers"));
    }
};

FORTEGNELSE_TEST_MAIN(TestDocument)
#include "tst_document.moc"

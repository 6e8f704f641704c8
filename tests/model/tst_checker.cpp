// The live Checker (model/checker.h): after every kind of edit, undo and redo its list
// equals a full checkRegister(), and it counts the problems by severity. The rules
// themselves are tst_checks.

#include "checker.h"
#include "checks.h"
#include "document.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Fortegnelse;
using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 11, 21);

LocalText da(const QString &text)
{
    return LocalText(u"da"_s, text);
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private slots:
    void shouldUpdateLiveAfterEditsAndUndo()
    {
        // GIVEN a document and its checker
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"r.ropa"_s), Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        Checker checker(doc.get());
        checker.setToday(today);
        QSignalSpy spy(&checker, &Checker::problemsChanged);
        const auto expected = [&] { return checkRegister(doc->reg(), {today, doc->lastChange()}); };
        const auto has = [&](const char *rule, const QString &itemId) {
            return std::any_of(checker.problems().cbegin(), checker.problems().cend(), [&](const Problem &p) {
                return p.rule == QLatin1String(rule) && p.itemId == itemId;
            });
        };
        QCOMPARE(checker.problems(), expected());
        QVERIFY(has("processor-without-agreement", u"cloud"_s));

        // WHEN each kind of item is edited, THEN the live list equals a full check
        const std::vector<std::pair<const char *, std::function<void()>>> steps{
            {"agreement", [&] { doc->update<Party>(u"cloud"_s, [](Party &p) { p.agreement.reference = u"DPA-2"_s; }, {}); }},
            {"purpose", [&] { doc->update<ProcessingActivity>(u"sales"_s, [](ProcessingActivity &a) { a.purposes.clear(); }, {}); }},
            {"country", [&] { doc->update<Party>(u"hosting"_s, [](Party &p) { p.country = u"GB"_s; }, {}); }},
            {"transfer", [&] { doc->update<Transfer>(u"us-cloud"_s, [](Transfer &t) { t.mechanism = u"art49-1-a"_s; }, {}); }},
            {"status", [&] { doc->update<ProcessingActivity>(u"sales"_s, [](ProcessingActivity &a) { a.status = ActivityStatus::Draft; }, {}); }},
            {"data kind", [&] { doc->update<DataCategory>(u"name"_s, [](DataCategory &d) { d.dataKind = DataKind::NationalId; }, {}); }},
            {"organisation", [&] { doc->updateOrganisation([](Organisation &o) { o.country = u"SE"_s; }, {}); }},
            {"policy", [&] { doc->updatePolicy([](PolicySettings &p) { p.published = QDateTime::currentDateTimeUtc(); }, {}); }},
            {"add", [&] { QVERIFY(!doc->duplicate<ProcessingActivity>(u"sales"_s).isEmpty()); }},
            {"reparent", [&] { doc->update<Party>(u"cloud"_s, [](Party &p) { p.parent.clear(); }, {}); }},
            {"act as processor", [&] { doc->update<ProcessingActivity>(u"sales"_s, [](ProcessingActivity &a) { a.role = ActivityRole::Processor; a.recipients.append({u"cloud"_s, {}, {u"name"_s}, {u"customers"_s}, {}, {}}); }, {}); }},
            {"subject flag", [&] { doc->update<SubjectCategory>(u"customers"_s, [](SubjectCategory &c) { c.children = true; }, {}); }},
            {"data name", [&] { doc->update<DataCategory>(u"health"_s, [](DataCategory &d) { d.name = da(u"Helbredsoplysninger"_s); }, {}); }},
            {"language", [&] { doc->updateOrganisation([](Organisation &o) { o.language = u"en"_s; }, {}); }},
            {"transfer party", [&] { doc->update<Transfer>(u"us-cloud"_s, [](Transfer &t) { t.party = u"hosting"_s; }, {}); }},
            {"new sub-processor", [&] {
                 Party p;
                 p.id = u"mailer"_s;
                 p.role = PartyRole::SubProcessor;
                 p.country = u"IN"_s;
                 p.parent = u"hosting"_s;
                 doc->add(p);
             }},
            {"retire", [&] { doc->update<ProcessingActivity>(u"sales"_s, [](ProcessingActivity &a) { a.status = ActivityStatus::Retired; }, {}); }},
            {"remove party", [&] { QVERIFY(doc->remove<Party>(u"hosting"_s)); }},
            {"remove transfer", [&] { QVERIFY(doc->remove<Transfer>(u"us-cloud"_s)); }},
        };
        for (const auto &[name, step] : steps) {
            step();
            QVERIFY2(checker.problems() == expected(), name);
        }
        QVERIFY(!has("processor-without-agreement", u"cloud"_s));
        QVERIFY(spy.count() > 0);
        // AND an edit that changes no problem does not signal
        const int signalled = spy.count();
        doc->update<ProcessingActivity>(u"sales"_s, [](ProcessingActivity &a) { a.notes = u"x"_s; }, {});
        QCOMPARE(spy.count(), signalled);
        QVERIFY(checker.problems() == expected());

        // AND undo and redo keep it in step, back to where it started
        while (doc->undoStack()->canUndo()) {
            doc->undoStack()->undo();
            QVERIFY2(checker.problems() == expected(), qPrintable(doc->undoStack()->redoText()));
        }
        QVERIFY(has("processor-without-agreement", u"cloud"_s));
        while (doc->undoStack()->canRedo()) {
            doc->undoStack()->redo();
            QVERIFY2(checker.problems() == expected(), qPrintable(doc->undoStack()->undoText()));
        }
    }

    void shouldCountProblemsBySeverity()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(u"r.ropa"_s), Test::sampleRegister(), &error);
        QVERIFY(doc);
        Checker checker(doc.get());
        checker.setToday(today);
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Advice})
            QCOMPARE(checker.count(s), int(std::count_if(checker.problems().cbegin(), checker.problems().cend(), [s](const Problem &p) { return p.severity == s; })));
        QCOMPARE(checker.count(Severity::Error), 2); // special data, sub-processor agreement
        QVERIFY(!severityLabel(Severity::Advice).isEmpty());
    }
};

FORTEGNELSE_TEST_MAIN(TestChecker)
#include "tst_checker.moc"

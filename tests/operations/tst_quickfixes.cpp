// Quick fixes (issue 14) on a real document without widgets: each one is offered only for
// its problem, fills in only what the register knows or the officer chose, removes the
// problem as one undoable step, and fails without a change when the register moved on.

#include "checks.h"
#include "document.h"
#include "jsoncodec.h"
#include "quickfixes.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace Fortegnelse;

namespace {

const QString sales = QStringLiteral("sales");

/// The first problem of \a rule on the activity "sales", or an empty problem.
Problem problemOf(const Register &reg, const QString &rule)
{
    for (const Problem &p : checkRegister(reg, {QDate(2026, 12, 3), {}}))
        if (p.rule == rule && p.itemId == sales)
            return p;
    return {};
}

} // namespace

class TestQuickFixes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;

    /// The sample register with the problem of a row made to happen.
    void givenProblem(const QString &rule)
    {
        Register reg = Test::sampleRegister();
        const int index = reg.activities.indexOf(sales);
        ProcessingActivity a = reg.activities.at(index);
        if (rule == u"recipient-transfer-missing") {
            // Cloud Inc. (US) is the sub-processor of the hosting processor "sales" uses
            EntityList<Transfer> kept;
            for (const Transfer &t : reg.transfers)
                if (t.id != u"us-cloud")
                    kept.append(t);
            reg.transfers = kept;
        } else if (rule == u"retention-missing")
            a.retention.clear();
        else if (rule == u"links-unconfirmed")
            a.matrix[0].unconfirmed = true;
        else if (rule == u"recipients-unconfirmed")
            a.recipients[0].unconfirmed = true;
        else if (rule == u"dpia-not-assessed") {
            a.dpia = {};
            a.data = {QStringLiteral("name")}; // nothing that makes a DPIA likely
        }
        reg.activities.replace(index, a);
        QString error;
        QFile::remove(m_dir.filePath(QStringLiteral("r.ropa")));
        m_doc = Document::create(m_dir.filePath(QStringLiteral("r.ropa")), reg, &error);
        QVERIFY2(m_doc, qPrintable(error));
        QVERIFY2(!problemOf(m_doc->reg(), rule).rule.isEmpty(), qPrintable(rule));
    }

private slots:
    void cleanup() { m_doc.reset(); }

    void shouldFixTheProblemAsOneUndoableStep_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("writes");
        QTest::newRow("a sub-processor in the US without its transfer")
            << "recipient-transfer-missing" << int(QuickFix::Action::RecordTransfer) << true;
        QTest::newRow("data no retention rule covers")
            << "retention-missing" << int(QuickFix::Action::ApplyRetentionRule) << true;
        QTest::newRow("a DPIA nobody assessed") << "dpia-not-assessed" << int(QuickFix::Action::AnswerDpia) << false;
    }

    void shouldFixTheProblemAsOneUndoableStep()
    {
        QFETCH(QString, rule);
        QFETCH(int, action);
        QFETCH(bool, writes);
        givenProblem(rule);
        const Register before = m_doc->reg();
        const Problem problem = problemOf(m_doc->reg(), rule);
        // WHEN the officer chooses the problem's first fix
        const QList<QuickFix> fixes = quickFixesFor(m_doc->reg(), problem);
        QVERIFY(!fixes.isEmpty());
        QCOMPARE(int(fixes.first().action), action);
        QVERIFY(!fixes.first().text.isEmpty());
        const int steps = m_doc->undoStack()->count();
        const QuickFixResult result = applyQuickFix(*m_doc, fixes.first());
        QVERIFY(result.ok);
        QVERIFY(!result.field.isEmpty());
        if (!writes) {
            // THEN an answer only the officer can give is not invented: nothing is written,
            // and the field to answer is where the officer goes
            QCOMPARE(m_doc->undoStack()->count(), steps);
            QCOMPARE(Json::write(m_doc->reg()), Json::write(before));
            QCOMPARE(result.field, QStringLiteral("dpia.required"));
            QCOMPARE(m_doc->reg().activities.find(sales)->dpia.required, Answer::NotAssessed);
            return;
        }
        // THEN the problem is gone, in one step
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QVERIFY2(problemOf(m_doc->reg(), rule).rule.isEmpty(), qPrintable(rule));
        // AND one undo brings the register back as it was, problem and all
        QVERIFY(m_doc->undo());
        QCOMPARE(Json::write(m_doc->reg()), Json::write(before));
        QVERIFY(!problemOf(m_doc->reg(), rule).rule.isEmpty());
    }

    void shouldReviewOrConfirmWhatAnImportGenerated_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("which data concern whom") << "links-unconfirmed";
        QTest::newRow("what a recipient receives") << "recipients-unconfirmed";
    }
    void shouldReviewOrConfirmWhatAnImportGenerated()
    {
        QFETCH(QString, rule);
        givenProblem(rule);
        const Register before = m_doc->reg();
        const QList<QuickFix> fixes = quickFixesFor(m_doc->reg(), problemOf(m_doc->reg(), rule));
        QCOMPARE(fixes.size(), 2);
        // WHEN the officer chooses to review: the matrix opens and nothing is written
        QCOMPARE(fixes.at(0).action, QuickFix::Action::ReviewLinks);
        QVERIFY(!fixes.at(0).writes());
        QuickFixResult result = applyQuickFix(*m_doc, fixes.at(0));
        QVERIFY(result.ok);
        QCOMPARE(result.field, QStringLiteral("matrix"));
        QCOMPARE(Json::write(m_doc->reg()), Json::write(before));
        // WHEN the officer confirms the links as imported: the problem goes, in one step
        QCOMPARE(fixes.at(1).action, QuickFix::Action::ConfirmLinks);
        const int steps = m_doc->undoStack()->count();
        result = applyQuickFix(*m_doc, fixes.at(1));
        QVERIFY(result.ok);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        QVERIFY(problemOf(m_doc->reg(), rule).rule.isEmpty());
        // AND nothing but the mark changed
        Register confirmed = m_doc->reg();
        ProcessingActivity a = *before.activities.find(sales);
        a.matrix[0].unconfirmed = false;
        a.recipients[0].unconfirmed = false;
        QCOMPARE(*confirmed.activities.find(sales), a);
        // AND a second confirmation has nothing to do and writes nothing
        QVERIFY(!applyQuickFix(*m_doc, fixes.at(1)).ok);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    }

    void shouldRecordOnlyWhatTheRegisterKnowsOfATransfer()
    {
        givenProblem(QStringLiteral("recipient-transfer-missing"));
        const QList<QuickFix> fixes = quickFixesFor(m_doc->reg(), problemOf(m_doc->reg(), QStringLiteral("recipient-transfer-missing")));
        QCOMPARE(fixes.size(), 1);
        QCOMPARE(fixes.first().party, QStringLiteral("cloud"));
        QVERIFY2(fixes.first().text.contains(QStringLiteral("Cloud Inc.")) && !fixes.first().text.contains(QStringLiteral(" US ")),
                 qPrintable(fixes.first().text));
        const QuickFixResult result = applyQuickFix(*m_doc, fixes.first());
        QVERIFY(result.ok);
        QCOMPARE(result.kind, EntityKind::Transfer);
        QCOMPARE(result.field, QStringLiteral("mechanism"));
        const Transfer *t = m_doc->reg().transfers.find(result.id);
        QVERIFY(t);
        QCOMPARE(t->party, QStringLiteral("cloud"));
        QCOMPARE(t->destination, QStringLiteral("US"));
        QCOMPARE(t->activities, QStringList{sales});
        // The mechanism is the officer's to state: left empty, and the checks still ask for it
        QVERIFY(t->mechanism.isEmpty());
        bool asked = false;
        for (const Problem &p : checkRegister(m_doc->reg(), {QDate(2026, 12, 3), {}}))
            asked = asked || (p.kind == EntityKind::Transfer && p.itemId == result.id && p.field == u"mechanism");
        QVERIFY2(asked, "no problem asks for the new transfer's mechanism");
    }

    void shouldApplyAShippedRetentionRuleToTheDataNoRuleCovers()
    {
        givenProblem(QStringLiteral("retention-missing"));
        const QList<QuickFix> fixes = quickFixesFor(m_doc->reg(), problemOf(m_doc->reg(), QStringLiteral("retention-missing")));
        // The Danish organisation is offered the Danish rules with a period, each named
        const auto bookkeeping = std::find_if(fixes.begin(), fixes.end(), [](const QuickFix &f) {
            return f.templateKey == u"bookkeeping-dk";
        });
        QVERIFY(bookkeeping != fixes.end());
        for (const QuickFix &f : fixes)
            QVERIFY2(f.templateKey.endsWith(u"-dk"), qPrintable(f.templateKey));
        QVERIFY2(bookkeeping->text.contains(QStringLiteral("5 years")), qPrintable(bookkeeping->text));
        const QuickFixResult result = applyQuickFix(*m_doc, *bookkeeping);
        QVERIFY(result.ok);
        QCOMPARE(result.field, QStringLiteral("retention[0].data")); // the officer sees which data it covers
        const RetentionRule &rule = m_doc->reg().activities.find(sales)->retention.at(0);
        QCOMPARE(rule.amount, 5);
        QCOMPARE(rule.unit, PeriodUnit::Years);
        QCOMPARE(rule.lawReferences, QStringList{QStringLiteral("bogforingsloven-10")});
        QCOMPARE(rule.data, (QStringList{QStringLiteral("name"), QStringLiteral("health")}));
        QVERIFY(!rule.trigger.resolve(QStringLiteral("da"), QStringLiteral("en")).isEmpty());
    }

    void shouldOfferNoFixWhereNoneIsObvious()
    {
        // A purpose on legitimate interests without the interest: only the officer can say it
        Register reg = Test::sampleRegister();
        ProcessingActivity a = reg.activities.at(reg.activities.indexOf(sales));
        a.purposes[0].legalBasis = QStringLiteral("f");
        reg.activities.replace(reg.activities.indexOf(sales), a);
        const Problem p = problemOf(reg, QStringLiteral("legitimate-interest-undescribed"));
        QCOMPARE(p.field, QStringLiteral("purposes[0].legitimateInterest"));
        QVERIFY(quickFixesFor(reg, p).isEmpty());
    }

    void shouldChangeNothingWhenTheRegisterMovedOn()
    {
        // GIVEN a fix offered, and then the party it concerns moved into the EU
        givenProblem(QStringLiteral("recipient-transfer-missing"));
        const QList<QuickFix> fixes = quickFixesFor(m_doc->reg(), problemOf(m_doc->reg(), QStringLiteral("recipient-transfer-missing")));
        QCOMPARE(fixes.size(), 1);
        QVERIFY(m_doc->update<Party>(QStringLiteral("cloud"), [](Party &p) { p.country = QStringLiteral("IE"); }, {}));
        const Register before = m_doc->reg();
        const int steps = m_doc->undoStack()->count();
        // WHEN the stale fix is applied THEN it fails and changes nothing
        QVERIFY(!applyQuickFix(*m_doc, fixes.first()).ok);
        QCOMPARE(Json::write(m_doc->reg()), Json::write(before));
        QCOMPARE(m_doc->undoStack()->count(), steps);
    }
};

FORTEGNELSE_TEST_MAIN(TestQuickFixes)
#include "tst_quickfixes.moc"

// The item forms (issue 18): what a field shows inline is what the checks say about it,
// word for word as in the problems list, and a message never moves the fields below it.

#include "checks.h"
#include "document.h"
#include "itemform.h"
#include "problemspanel.h"
#include "checker.h"
#include "testsupport.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Fortegnelse;
using Fortegnelse::Test::choose;

class TestForms : public QObject
{
    Q_OBJECT

private slots:
    void shouldValidateAsYouType_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad e-mail") << "email" << "info(at)example" << "not an e-mail address";
        QTest::newRow("good e-mail") << "email" << "info@example.dk" << "";
        QTest::newRow("bad website") << "website" << "example" << "web address";
        QTest::newRow("no name") << "name" << "" << "has no name";
    }
    void shouldValidateAsYouType()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Organisation, {});
        auto *line = qobject_cast<QLineEdit *>(form.editorFor(field));
        QVERIFY(line);
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, typed);
        const QString shown = form.messageFor(field);
        QVERIFY2(message.isEmpty() ? shown.isEmpty() : shown.contains(message), qPrintable(shown));
        // Shown, not silently dropped: the value typed is what the register holds.
        QCOMPARE(field == u"email" ? doc->reg().organisation.email : field == u"website" ? doc->reg().organisation.website : doc->reg().organisation.name, typed);
    }

    void shouldKeepAHalfTypedDateVisibleButUnapplied()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Activity, QStringLiteral("sales"));
        auto *date = qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("nextReview")));
        QVERIFY(date);
        QTest::keyClicks(date, QStringLiteral("2027-13"));
        QVERIFY(form.messageFor(QStringLiteral("nextReview")).contains(QStringLiteral("YYYY-MM-DD")));
        QVERIFY(!doc->reg().activities.at(0).nextReview.isValid());
        date->clear();
        QTest::keyClicks(date, QStringLiteral("2027-01-31"));
        QCOMPARE(doc->reg().activities.at(0).nextReview, QDate(2027, 1, 31));
        QVERIFY(form.messageFor(QStringLiteral("nextReview")).isEmpty());
    }

    void shouldOfferTheCommonCategories()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::DataCategory, QStringLiteral("name"));
        auto *common = qobject_cast<QComboBox *>(form.editorFor(QStringLiteral("ref")));
        QVERIFY(common);
        choose(common, QStringLiteral("health"));
        const DataCategory *c = doc->reg().dataCategories.find(QStringLiteral("name"));
        QCOMPARE(c->ref, QStringLiteral("health"));
        QCOMPARE(c->dataKind, DataKind::Special);
        QCOMPARE(c->name.texts().size(), 4); // named in every policy language
        doc->undoStack()->undo();
        QCOMPARE(doc->reg().dataCategories.find(QStringLiteral("name"))->dataKind, DataKind::Ordinary);
    }


    void shouldSayInlineWhatTheProblemsListSays_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("rule");
        const int organisation = int(EntityKind::Organisation);
        QTest::newRow("invalid DPO e-mail") << organisation << "" << "dpo.email" << "dpo(at)eksempel.dk" << "email-invalid";
        QTest::newRow("invalid e-mail") << organisation << "" << "email" << "privacy@" << "email-invalid";
        QTest::newRow("invalid website") << organisation << "" << "website" << "eksempel.dk" << "url-invalid";
        QTest::newRow("organisation without a name") << organisation << "" << "name" << "" << "organisation-name-missing";
        QTest::newRow("invalid policy contact") << int(EntityKind::Policy) << "" << "contactEmail" << "privacy" << "email-invalid";
        QTest::newRow("invalid party e-mail") << int(EntityKind::Party) << "hosting" << "email" << "support at hosting" << "email-invalid";
        QTest::newRow("party link") << int(EntityKind::Party) << "hosting" << "dpaUrl" << "hosting.dk/dpa" << "url-invalid";
        QTest::newRow("subject category without a name") << int(EntityKind::SubjectCategory) << "children" << "name" << "" << "name-missing";
        QTest::newRow("measure without a name") << int(EntityKind::Measure) << "mfa" << "name" << "" << "name-missing";
        QTest::newRow("valid DPO e-mail") << organisation << "" << "dpo.email" << "dpo@eksempel.dk" << "";
    }
    void shouldSayInlineWhatTheProblemsListSays()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(QString, rule);
        // GIVEN the sample register open in a form and in the problems panel
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        ProblemsPanel panel;
        panel.setDocument(doc.get());
        ItemForm form;
        form.setItem(doc.get(), EntityKind(kind), id);
        // WHEN the officer types into the field
        auto *line = qobject_cast<QLineEdit *>(form.editorFor(field));
        QVERIFY2(line, qPrintable(field));
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, typed);
        // THEN the form and the panel show the same problem, in the same words
        QStringList listed;
        for (const Problem &p : panel.checker()->problems())
            if (p.kind == EntityKind(kind) && p.itemId == id && p.field == field)
                listed.append(p.message);
        const QString shown = form.messageFor(field);
        QCOMPARE(shown, listed.join(QLatin1Char('\n')));
        bool found = rule.isEmpty();
        for (const Problem &p : panel.checker()->problems())
            found |= p.rule == rule && p.field == field && p.itemId == id;
        QVERIFY2(found, qPrintable(shown));
        QCOMPARE(shown.isEmpty(), rule.isEmpty());
        // and the panel agrees with a fresh run of the checks: one rule, one place
        QCOMPARE(panel.checker()->problems(), checkRegister(doc->reg(), panel.checker()->context()));
    }

    void shouldNotMoveTheFieldsBelowWhenAMessageAppears()
    {
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        ItemForm form;
        form.resize(700, 2000);
        form.setItem(doc.get(), EntityKind::Organisation, {});
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *email = qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("email")));
        QWidget *below = form.editorFor(QStringLiteral("website"));
        QVERIFY(email && below);
        const auto positionOfBelow = [&] { return below->mapTo(form.widget(), QPoint(0, 0)); };
        const QPoint before = positionOfBelow();
        QVERIFY(form.messageFor(QStringLiteral("email")).isEmpty());
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("not an address"));
        QCoreApplication::processEvents();
        QVERIFY(!form.messageFor(QStringLiteral("email")).isEmpty());
        QCOMPARE(positionOfBelow(), before);
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("ok@eksempel.dk"));
        QCoreApplication::processEvents();
        QVERIFY(form.messageFor(QStringLiteral("email")).isEmpty());
        QCOMPARE(positionOfBelow(), before);
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseTests"));
    TestForms tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_forms.moc"

// The item forms (issue 18): what a field shows inline is what the checks say about it,
// word for word as in the problems list, and a message never moves the fields below it;
// a change names the fields it changed, and a form refreshes only those; in a narrow pane
// every field stays in sight and usable.

#include "checks.h"
#include "document.h"
#include "itemform.h"
#include "problemspanel.h"
#include "checker.h"
#include "testsupport.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
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
        QTest::newRow("bad e-mail") << "email"
                                    << "info(at)example"
                                    << "not an e-mail address";
        QTest::newRow("good e-mail") << "email"
                                     << "info@example.dk"
                                     << "";
        QTest::newRow("bad website") << "website"
                                     << "example"
                                     << "web address";
        QTest::newRow("no name") << "name"
                                 << ""
                                 << "has no name";
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
        QCOMPARE(field == u"email" ? doc->reg().organisation.email : field == u"website" ? doc->reg().organisation.website
                                                                                         : doc->reg().organisation.name,
                 typed);
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
        QTest::newRow("invalid DPO e-mail") << organisation << ""
                                            << "dpo.email"
                                            << "dpo(at)eksempel.dk"
                                            << "email-invalid";
        QTest::newRow("invalid e-mail") << organisation << ""
                                        << "email"
                                        << "privacy@"
                                        << "email-invalid";
        // "eksempel.dk" is a web address now, stored as https://eksempel.dk (issue 14).
        QTest::newRow("invalid website") << organisation << ""
                                         << "website"
                                         << "eksempel dk"
                                         << "url-invalid";
        QTest::newRow("organisation without a name") << organisation << ""
                                                     << "name"
                                                     << ""
                                                     << "organisation-name-missing";
        QTest::newRow("invalid policy contact") << int(EntityKind::Policy) << ""
                                                << "contactEmail"
                                                << "privacy"
                                                << "email-invalid";
        QTest::newRow("invalid party e-mail") << int(EntityKind::Party) << "hosting"
                                              << "email"
                                              << "support at hosting"
                                              << "email-invalid";
        QTest::newRow("party link") << int(EntityKind::Party) << "hosting"
                                    << "dpaUrl"
                                    << "hosting/dpa"
                                    << "url-invalid";
        QTest::newRow("subject category without a name") << int(EntityKind::SubjectCategory) << "children"
                                                         << "name"
                                                         << ""
                                                         << "name-missing";
        QTest::newRow("measure without a name") << int(EntityKind::Measure) << "mfa"
                                                << "name"
                                                << ""
                                                << "name-missing";
        QTest::newRow("valid DPO e-mail") << organisation << ""
                                          << "dpo.email"
                                          << "dpo@eksempel.dk"
                                          << "";
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

    void shouldKeepEveryFieldUsableInANarrowPane_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("width");
        for (const int width : {300, 900}) {
            const QByteArray w = QByteArray::number(width);
            QTest::newRow("organisation " + w) << int(EntityKind::Organisation) << QString() << width;
            QTest::newRow("party " + w) << int(EntityKind::Party) << QStringLiteral("hosting") << width;
            QTest::newRow("transfer " + w) << int(EntityKind::Transfer) << QStringLiteral("us-cloud") << width;
            QTest::newRow("policy " + w) << int(EntityKind::Policy) << QString() << width;
        }
    }
    void shouldKeepEveryFieldUsableInANarrowPane()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(int, width);
        // GIVEN an item's form in a pane of the width (a long label, "Certifierad under ...",
        // widened the form past a narrow pane, and the fields beside the labels went out of
        // sight)
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        ItemForm form;
        form.resize(width, 900);
        form.setItem(doc.get(), EntityKind(kind), id);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QCoreApplication::processEvents();
        // THEN every field lies within the pane, at least half its width where it is narrow
        const int pane = form.viewport()->width();
        int fields = 0;
        for (QWidget *w : form.widget()->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)) || w->objectName().isEmpty())
                continue;
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue; // a combo box's own line edit
            ++fields;
            const QRect at(w->mapTo(form.widget(), QPoint(0, 0)), w->size());
            QVERIFY2(at.right() <= pane, qPrintable(QStringLiteral("%1 ends at %2 in a pane of %3").arg(w->objectName()).arg(at.right()).arg(pane)));
            if (width < 480) // narrow: ItemForm::narrowWidth
                QVERIFY2(at.width() >= pane / 2, qPrintable(QStringLiteral("%1 is %2 wide in a pane of %3").arg(w->objectName()).arg(at.width()).arg(pane)));
        }
        QVERIFY(fields > 2);
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
    void shouldNameTheChangedFieldsInTheChangeSignal_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("organisation e-mail") << 0 << QStringList{QStringLiteral("email")};
        QTest::newRow("DPO e-mail names the group") << 1 << QStringList{QStringLiteral("dpo")};
        QTest::newRow("two fields in one step") << 2 << QStringList{QStringLiteral("email"), QStringLiteral("phone")};
        QTest::newRow("activity name") << 3 << QStringList{QStringLiteral("name")};
        QTest::newRow("matrix tick") << 4 << QStringList{QStringLiteral("matrix")};
        QTest::newRow("added item names no field") << 5 << QStringList{};
    }
    void shouldNameTheChangedFieldsInTheChangeSignal()
    {
        QFETCH(int, edit);
        QFETCH(QStringList, fields);
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        QVERIFY2(doc, qPrintable(error));
        QSignalSpy spy(doc.get(), &Document::changed);
        const QString text = QStringLiteral("edit");
        switch (edit) {
        case 0: doc->updateOrganisation([](Organisation &o) { o.email = QStringLiteral("ny@eksempel.dk"); }, text); break;
        case 1: doc->updateOrganisation([](Organisation &o) { o.dpo.email = QStringLiteral("ny@eksempel.dk"); }, text); break;
        case 2:
            doc->updateOrganisation([](Organisation &o) {
                o.email = QStringLiteral("ny@eksempel.dk");
                o.phone = QStringLiteral("+45 12 34 56 78");
            },
                                    text);
            break;
        case 3:
            doc->update<ProcessingActivity>(
                QStringLiteral("sales"), [](ProcessingActivity &a) {
                    a.name.set(QStringLiteral("da"), QStringLiteral("Webshop"));
                },
                text);
            break;
        case 4:
            doc->update<ProcessingActivity>(
                QStringLiteral("sales"), [](ProcessingActivity &a) {
                    a.matrix.clear();
                },
                text);
            break;
        case 5: doc->add(SecurityMeasure{}); break;
        }
        QCOMPARE(spy.size(), 1);
        const auto change = spy.takeFirst().at(0).value<Change>();
        QCOMPARE(change.fields, fields);
        // Undone, the same fields change back.
        QVERIFY(doc->undo());
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).value<Change>().fields, fields);
    }

    void shouldNotResetAFieldBeingTypedInWhenAnotherChanges_data()
    {
        QTest::addColumn<QString>("typing"); // the field being typed in, not yet applied
        QTest::addColumn<QString>("changed"); // the field another step changes
        QTest::newRow("name while the e-mail changes") << "name"
                                                       << "email";
        QTest::newRow("website while the DPO changes") << "website"
                                                       << "dpo.email";
        QTest::newRow("DPO name while the DPO e-mail changes") << "dpo.name"
                                                               << "email";
    }
    void shouldNotResetAFieldBeingTypedInWhenAnotherChanges()
    {
        QFETCH(QString, typing);
        QFETCH(QString, changed);
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Organisation, {});
        auto *typed = qobject_cast<QLineEdit *>(form.editorFor(typing));
        auto *other = qobject_cast<QLineEdit *>(form.editorFor(changed));
        QVERIFY(typed && other);
        // GIVEN text in one editor that the register does not hold (an input method
        // composing, or a value the step for it is still to come)
        {
            const QSignalBlocker block(typed);
            typed->setText(QStringLiteral("Halvskrevet"));
        }
        // WHEN another field changes (an undo, or a colleague's edit read in)
        doc->updateOrganisation([&](Organisation &o) {
            if (changed == u"email")
                o.email = QStringLiteral("ny@eksempel.dk");
            else
                o.dpo.email = QStringLiteral("ny@eksempel.dk");
        },
                                QStringLiteral("edit"));
        // THEN that field shows the new value and the one being typed in is left alone
        QCOMPARE(other->text(), QStringLiteral("ny@eksempel.dk"));
        QCOMPARE(typed->text(), QStringLiteral("Halvskrevet"));
        // and a change of the field itself does reach it
        doc->updateOrganisation([&](Organisation &o) {
            if (typing == u"name")
                o.name = QStringLiteral("Ny ApS");
            else if (typing == u"website")
                o.website = QStringLiteral("https://ny.dk");
            else
                o.dpo.name = QStringLiteral("Ny DPO");
        },
                                QStringLiteral("edit"));
        QVERIFY(typed->text() != u"Halvskrevet");
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

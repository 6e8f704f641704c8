// The problems panel as an officer reads it (issue 14): every problem names its item and
// its field in the UI language, wraps its whole message, counts with correct plurals, and
// leads to the exact field on a double-click or Enter.

#include "checker.h"
#include "document.h"
#include "itemform.h"
#include "labels.h"
#include "listpage.h"
#include "mainwindow.h"
#include "problemspanel.h"
#include "store.h"
#include "testsupport.h"
#include "uilanguage.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Fortegnelse;
using Fortegnelse::Test::child;
using Fortegnelse::Test::openSample;
using Fortegnelse::Test::typeInto;

namespace {

/// The row of the problem with \a rule on \a field, or null.
QTreeWidgetItem *rowOf(QTreeWidget *list, const QString &field, const QString &itemId = {})
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = list->topLevelItem(i);
        if (row->data(2, Qt::UserRole).toString() == field
            && (itemId.isEmpty() || row->data(1, Qt::UserRole).toString() == itemId))
            return row;
    }
    return nullptr;
}

/// Shows the window and makes it the active one, so focus can be asserted.
bool showActive(MainWindow &window, int width = 1280)
{
    window.resize(width, 720);
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

/// The row of the problem of \a rule, or null.
QTreeWidgetItem *rowOfRule(QTreeWidget *list, const QString &rule)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == rule)
            return list->topLevelItem(i);
    return nullptr;
}

} // namespace

class TestProblems : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init() { installUiLanguage(QStringLiteral("en")); }

    void shouldReadAFieldPathAsLabels_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a plain field") << "name"
                                       << "Name";
        QTest::newRow("a nested group") << "dpo.email"
                                        << "Data protection officer › E-mail";
        QTest::newRow("the second purpose")
            << "purposes[1].legitimateInterest"
            << "Purpose 2 › Legitimate interest pursued";
        QTest::newRow("a retention rule") << "retention[0].amount"
                                          << "Retention rule 1 › Period";
        QTest::newRow("a recipient's country") << "recipients[2].country"
                                               << "Recipient 3 › Country";
        QTest::newRow("the DPIA's answer") << "dpia.required"
                                           << "Data protection impact assessment › Required";
        QTest::newRow("a party's link") << "links[0].url"
                                        << "Link 1 › Link";
        QTest::newRow("no field") << ""
                                  << "";
    }

    void shouldReadAFieldPathAsLabels()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(fieldPathLabel(path), expected);
    }

    void shouldCountWithPlurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<QString>("summary");
        QTest::newRow("en: one error") << "en" << 1 << 0 << "1 error";
        QTest::newRow("en: three errors, one warning") << "en" << 3 << 1 << "3 errors, 1 warning";
        QTest::newRow("en: two warnings") << "en" << 0 << 2 << "2 warnings";
        QTest::newRow("en: nothing") << "en" << 0 << 0 << "No problems";
        QTest::newRow("da: three errors, one warning") << "da" << 3 << 1 << "3 fejl, 1 advarsel";
        QTest::newRow("da: one error, two warnings") << "da" << 1 << 2 << "1 fejl, 2 advarsler";
    }

    void shouldCountWithPlurals()
    {
        QFETCH(QString, language);
        QFETCH(int, errors);
        QFETCH(int, warnings);
        QFETCH(QString, summary);
        installUiLanguage(language);
        QCOMPARE(ProblemsPanel::summaryText(errors, warnings, 0), summary);
        // AND the panel's buttons use the same words
        if (errors > 0)
            QVERIFY(summary.startsWith(ProblemsPanel::countText(Severity::Error, errors)));
    }

    void shouldNameEveryItemAndFieldAndWrapTheMessage()
    {
        // GIVEN the sample register with a purpose on legitimate interests left undescribed
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        QVERIFY(window.document()->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
            a.purposes[0].legalBasis = QStringLiteral("f");
        },
                                                              {}));
        QTreeWidget *list = window.problems()->list();
        QVERIFY(list->topLevelItemCount() > 0);
        // THEN that problem names the activity and reads its field as labels
        QTreeWidgetItem *row = rowOf(list, QStringLiteral("purposes[0].legitimateInterest"), QStringLiteral("sales"));
        QVERIFY(row);
        QCOMPARE(row->text(1), displayName(window.document()->reg(), EntityKind::Activity, QStringLiteral("sales")));
        QCOMPARE(row->text(2), QStringLiteral("Purpose 1 › Legitimate interest pursued"));
        // AND no row anywhere shows an id or a field's path
        static const QRegularExpression path(QStringLiteral("\\[\\d+\\]|^[a-z]+[A-Z]\\w*$|\\w\\.\\w"));
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *r = list->topLevelItem(i);
            const QString where = r->data(2, Qt::UserRole).toString() + QStringLiteral(": ") + r->text(2);
            QVERIFY2(!path.match(r->text(2)).hasMatch(), qPrintable(where));
            const QString id = r->data(1, Qt::UserRole).toString();
            QVERIFY2(id.isEmpty() || r->text(1) != id, qPrintable(id));
            QVERIFY2(!r->text(1).isEmpty(), qPrintable(where));
        }
        // AND the whole message is there, wrapped in a row as tall as it needs
        QVERIFY(list->wordWrap());
        QCOMPARE(row->text(3), row->data(3, Qt::DisplayRole).toString());
        QVERIFY(row->text(3).size() > 80);
        QVERIFY(showActive(window, 1000));
        list->scrollToItem(row);
        QApplication::processEvents();
        const int width = list->columnWidth(3);
        const int needed = list->fontMetrics().horizontalAdvance(row->text(3)) / width + 1;
        QVERIFY2(needed >= 2, qPrintable(QStringLiteral("the column is %1 px wide").arg(width)));
        const int lines = list->visualItemRect(row).height() / list->fontMetrics().lineSpacing();
        QVERIFY2(lines >= needed, qPrintable(QStringLiteral("the row is %1 line(s) high, for %2 line(s) of text in %3 px").arg(lines).arg(needed).arg(width)));
        QVERIFY(window.grab().save(QStringLiteral("problems-panel-en.png")));
    }

    void shouldFocusTheFieldOnActivation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("enter");
        QTest::newRow("double-click: a purpose's interest")
            << int(EntityKind::Activity) << "sales"
            << "purposes[0].legitimateInterest" << false;
        QTest::newRow("Enter: a purpose's interest")
            << int(EntityKind::Activity) << "sales"
            << "purposes[0].legitimateInterest" << true;
        QTest::newRow("double-click: the DPO's e-mail") << int(EntityKind::Organisation) << ""
                                                        << "dpo.email" << false;
        QTest::newRow("Enter: a party's e-mail") << int(EntityKind::Party) << "cloud"
                                                 << "email" << true;
    }

    void shouldFocusTheFieldOnActivation()
    {
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, field);
        QFETCH(bool, enter);
        // GIVEN the sample register with a problem on the field
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        Document *doc = window.document();
        const QString bad = QStringLiteral("not an address");
        QVERIFY(doc->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
            a.purposes[0].legalBasis = QStringLiteral("f");
        },
                                                {}));
        QVERIFY(doc->updateOrganisation([&](Organisation &o) { o.dpo.email = bad; }, {}));
        QVERIFY(doc->update<Party>(QStringLiteral("cloud"), [&](Party &p) { p.email = bad; }, {}));
        QVERIFY(showActive(window));
        window.showPart(EntityKind::Cookie); // somewhere else
        QTreeWidget *list = window.problems()->list();
        QTreeWidgetItem *row = rowOf(list, field, id);
        QVERIFY2(row, qPrintable(field));
        // WHEN the officer double-clicks the problem, or selects it and presses Enter
        list->scrollToItem(row);
        if (enter) {
            list->setFocus();
            list->setCurrentItem(row);
            QTest::keyClick(list, Qt::Key_Return);
        } else {
            const QPoint centre = list->visualItemRect(row).center();
            // What a real double-click delivers: press, release, press, double-click, release.
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
            QTest::mousePress(list->viewport(), Qt::LeftButton, {}, centre);
            QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
            QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, centre);
        }
        // THEN the item is open and the field's own editor has the focus
        ItemForm *form = EntityKind(kind) == EntityKind::Organisation ? window.singletonForm(EntityKind(kind))
                                                                      : window.listPage(EntityKind(kind))->form();
        QVERIFY(form);
        QCOMPARE(form->itemId(), id);
        QWidget *editor = form->editorFor(field);
        QVERIFY(editor);
        QTRY_COMPARE(QApplication::focusWidget(), editor);
    }

    void shouldReportAnInvalidDpoEmailInThePanelAndInline()
    {
        // GIVEN the sample register open, the organisation's form shown
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        QVERIFY(showActive(window));
        window.showPart(EntityKind::Organisation);
        ItemForm *form = window.singletonForm(EntityKind::Organisation);
        QWidget *editor = form->editorFor(QStringLiteral("dpo.email"));
        QVERIFY(editor);
        // WHEN the officer types an e-mail that cannot work and leaves the field
        typeInto(editor, QStringLiteral("ida.holm(at)eksempel.dk"));
        QTest::keyClick(editor, Qt::Key_Tab);
        QCOMPARE(window.document()->reg().organisation.dpo.email, QStringLiteral("ida.holm(at)eksempel.dk"));
        // THEN the problems list has it, named as the officer knows the field
        QTreeWidgetItem *row = rowOf(window.problems()->list(), QStringLiteral("dpo.email"));
        QVERIFY2(row, "the DPO's e-mail is not in the problems list");
        QCOMPARE(row->text(2), QStringLiteral("Data protection officer › E-mail"));
        QVERIFY(row->text(3).contains(QStringLiteral("is not an e-mail address")));
        // AND the form says the same words beside the field
        QCOMPARE(form->messageFor(QStringLiteral("dpo.email")), row->text(3));
        // AND a correct address clears both
        typeInto(form->editorFor(QStringLiteral("dpo.email")), QStringLiteral("ida.holm@eksempel.dk"));
        QTest::keyClick(form->editorFor(QStringLiteral("dpo.email")), Qt::Key_Tab);
        QVERIFY(!rowOf(window.problems()->list(), QStringLiteral("dpo.email")));
        QCOMPARE(form->messageFor(QStringLiteral("dpo.email")), QString());
    }

    void shouldOfferQuickFixesInThePanel_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("writes");
        QTest::newRow("record the missing transfer") << "recipient-transfer-missing" << int(EntityKind::Transfer) << "mechanism" << true;
        QTest::newRow("apply a retention rule") << "retention-missing" << int(EntityKind::Activity) << "retention[0].data" << true;
        QTest::newRow("answer the DPIA") << "dpia-not-assessed" << int(EntityKind::Activity) << "dpia.required" << false;
    }

    void shouldOfferQuickFixesInThePanel()
    {
        QFETCH(QString, rule);
        QFETCH(int, kind);
        QFETCH(QString, field);
        QFETCH(bool, writes);
        // GIVEN the sample register with the problem, open in the window
        Register reg = Test::sampleRegister();
        const int index = reg.activities.indexOf(QStringLiteral("sales"));
        ProcessingActivity a = reg.activities.at(index);
        if (rule == u"recipient-transfer-missing") {
            EntityList<Transfer> kept; // Cloud Inc. (US) is then used without its transfer
            reg.transfers = kept;
        } else if (rule == u"retention-missing") {
            a.retention.clear();
        } else {
            a.dpia = {};
            a.data = {QStringLiteral("name")};
        }
        reg.activities.replace(index, a);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY2(Store::create(path, reg, &error), qPrintable(error));
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(showActive(window));
        QTreeWidget *list = window.problems()->list();
        QTreeWidgetItem *row = rowOfRule(list, rule);
        QVERIFY2(row, qPrintable(rule));
        auto *button = child<QToolButton>(window.problems(), QStringLiteral("quickFixButton"));
        QVERIFY(button);
        // WHEN the officer selects the problem THEN the Quick fix button offers its fixes
        QVERIFY(!button->isEnabled() || list->currentItem() != row);
        list->setCurrentItem(row);
        QVERIFY(button->isEnabled());
        const QList<QAction *> actions = button->menu()->actions();
        QVERIFY(!actions.isEmpty());
        QCOMPARE(actions.first()->text(), window.problems()->fixesFor(row).first().text);
        const int steps = window.document()->undoStack()->count();
        const int transfers = window.document()->reg().transfers.size();
        // WHEN the officer chooses the first
        actions.first()->trigger();
        // THEN the problem is gone (or, for an answer only the officer gives, nothing is
        // written) and the field still to complete has the focus
        QTRY_COMPARE(QApplication::focusWidget(), window.listPage(EntityKind(kind))->form()->editorFor(field));
        QCOMPARE(window.document()->undoStack()->count(), steps + (writes ? 1 : 0));
        if (writes)
            QVERIFY2(!rowOfRule(list, rule), qPrintable(rule));
        if (rule == u"recipient-transfer-missing")
            QCOMPARE(window.document()->reg().transfers.size(), transfers + 1);
        ItemForm *form = window.listPage(EntityKind(kind))->form();
        QWidget *editor = form->editorFor(field);
        QVERIFY2(editor, qPrintable(field));
        QTRY_COMPARE(QApplication::focusWidget(), editor);
        if (rule == u"retention-missing")
            QVERIFY(window.grab().save(QStringLiteral("problems-quickfix-en.png")));
    }

    void shouldShowTheQuickFixesOfAProblem()
    {
        // A picture of the menu as the officer sees it
        Register reg = Test::sampleRegister();
        reg.transfers = {};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.ropa"));
        QString error;
        QVERIFY2(Store::create(path, reg, &error), qPrintable(error));
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(showActive(window, 1100));
        QTreeWidget *list = window.problems()->list();
        QTreeWidgetItem *row = rowOfRule(list, QStringLiteral("recipient-transfer-missing"));
        QVERIFY(row);
        list->setCurrentItem(row);
        QMenu *menu = window.problems()->quickFixButton()->menu();
        menu->popup(window.problems()->quickFixButton()->mapToGlobal(QPoint(0, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QVERIFY(menu->grab().save(QStringLiteral("problems-quickfix-menu-en.png")));
        menu->close();
        // AND the panel in Danish, for a look at the labels an officer there reads
        window.close();
        installUiLanguage(QStringLiteral("da"));
        MainWindow danish;
        QVERIFY(danish.openFile(path));
        QVERIFY(showActive(danish, 1100));
        QVERIFY(danish.grab().save(QStringLiteral("problems-panel-da.png")));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseTests"));
    TestProblems tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_problems.moc"

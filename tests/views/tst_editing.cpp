// Editing in the main window: undo and redo from the keyboard, a register built through the
// forms, the preview following the edits, the retention schedule and the record window.

#include "document.h"
#include "documentbanner.h"
#include "failingstorage.h"
#include "itemform.h"
#include "jsoncodec.h"
#include "listpage.h"
#include "mainwindow.h"
#include "matrixeditor.h"
#include "policypreview.h"
#include "problemspanel.h"
#include "recordwindow.h"
#include "registerlistmodel.h"
#include "store.h"
#include "testsupport.h"
#include "widgetsupport.h"
#include "uilanguage.h"
#include "aboutdialog.h"
#include "itemoperations.h"
#include "searchpalette.h"
#include "startpage.h"

#include <QAbstractItemModelTester>
#include <QPdfDocument>
#include <QSignalSpy>
#include <QSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QMenuBar>
#include <QDialogButtonBox>
#include <QTimer>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Fortegnelse;
using Fortegnelse::Test::check;
using Fortegnelse::Test::child;
using Fortegnelse::Test::choose;
using Fortegnelse::Test::openSample;
using Fortegnelse::Test::typeInto;

class TestEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installUiLanguage(QStringLiteral("en"));
    }

    void shouldUndoAndRedoWithTheKeyboard_data()
    {
        QTest::addColumn<QKeySequence>("redoKey");
        QTest::addColumn<bool>("inTheField");
        QTest::newRow("Ctrl+Shift+Z in the list") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) << false;
        QTest::newRow("Ctrl+Y in the list") << QKeySequence(Qt::CTRL | Qt::Key_Y) << false;
        QTest::newRow("Ctrl+Shift+Z in the field typed in") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) << true;
        QTest::newRow("Ctrl+Y in the field typed in") << QKeySequence(Qt::CTRL | Qt::Key_Y) << true;
    }
    void shouldUndoAndRedoWithTheKeyboard()
    {
        QFETCH(QKeySequence, redoKey);
        QFETCH(bool, inTheField);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("[Aa]mbiguous")));
        // GIVEN the sample register, with an activity renamed
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPart(EntityKind::Activity);
        ListPage *page = window.listPage(EntityKind::Activity);
        page->select(QStringLiteral("sales"));
        const QString before = window.document()->reg().activities.find(QStringLiteral("sales"))->name.text(QStringLiteral("da"));
        typeInto(page->form()->editorFor(QStringLiteral("name")), QStringLiteral("Lønadministration"));
        QAction *undo = child<QAction>(&window, QStringLiteral("undoAction"));
        // THEN no key is bound twice in the window
        QHash<QKeySequence, QStringList> bound;
        for (QAction *action : window.findChildren<QAction *>())
            for (const QKeySequence &key : action->shortcuts())
                bound[key].append(action->text());
        for (auto it = bound.cbegin(); it != bound.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key().toString() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "))));
        // AND the Edit menu names the item the step changed
        QVERIFY2(undo->text().contains(QStringLiteral("“%1”").arg(before)), qPrintable(undo->text()));
        QWidget *focus = inTheField ? page->form()->editorFor(QStringLiteral("name")) : page->view();
        focus->setFocus();
        const int steps = window.document()->undoStack()->count();
        // WHEN the officer presses Ctrl+Z, then the redo key
        QTest::keySequence(focus, QKeySequence(Qt::CTRL | Qt::Key_Z));
        QCOMPARE(window.document()->reg().activities.find(QStringLiteral("sales"))->name.text(QStringLiteral("da")), before);
        QTest::keySequence(focus, redoKey);
        QCOMPARE(window.document()->undoStack()->count(), steps); // no new step
        // THEN the step is undone and redone
        QCOMPARE(window.document()->reg().activities.find(QStringLiteral("sales"))->name.text(QStringLiteral("da")),
                 QStringLiteral("Lønadministration"));
        QVERIFY2(undo->text().contains(QStringLiteral("“%1”").arg(before)), qPrintable(undo->text()));
    }

    void shouldBuildARegisterThroughTheGuiAndUndoIt()
    {
        // GIVEN an empty register opened in the app
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.ropa"));
        QString error;
        QVERIFY(Store::create(path, Register::createEmpty(), &error));
        MainWindow window;
        QVERIFY(window.openFile(path));
        window.show();
        Document *doc = window.document();
        const QByteArray empty = Json::write(doc->reg());

        // WHEN the officer names the organisation
        window.showPart(EntityKind::Organisation);
        ItemForm *org = window.singletonForm(EntityKind::Organisation);
        typeInto(org->editorFor(QStringLiteral("name")), QStringLiteral("Bager Hansen ApS"));
        typeInto(org->editorFor(QStringLiteral("email")), QStringLiteral("kontakt@bager.dk"));

        // AND adds a subject category and two data categories
        window.showPart(EntityKind::SubjectCategory);
        ListPage *subjects = window.listPage(EntityKind::SubjectCategory);
        QTest::mouseClick(child<QPushButton>(subjects, QStringLiteral("add")), Qt::LeftButton);
        typeInto(subjects->form()->editorFor(QStringLiteral("name")), QStringLiteral("Kunder"));
        ListPage *data = window.listPage(EntityKind::DataCategory);
        for (const QString &name : {QStringLiteral("Navn"), QStringLiteral("E-mail")}) {
            QTest::mouseClick(child<QPushButton>(data, QStringLiteral("add")), Qt::LeftButton);
            typeInto(data->form()->editorFor(QStringLiteral("name")), name);
        }

        // AND a processor in India
        ListPage *parties = window.listPage(EntityKind::Party);
        QTest::mouseClick(child<QPushButton>(parties, QStringLiteral("add")), Qt::LeftButton);
        typeInto(parties->form()->editorFor(QStringLiteral("name")), QStringLiteral("Webshop Ltd"));
        choose(qobject_cast<QComboBox *>(parties->form()->editorFor(QStringLiteral("country"))), QStringLiteral("IN"));

        // AND an activity with a purpose, the matrix filled and a recipient
        window.showPart(EntityKind::Activity);
        ListPage *activities = window.listPage(EntityKind::Activity);
        QTest::mouseClick(child<QPushButton>(activities, QStringLiteral("add")), Qt::LeftButton);
        ItemForm *form = activities->form();
        typeInto(form->editorFor(QStringLiteral("name")), QStringLiteral("Webshop"));
        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("purposes#add")), Qt::LeftButton);
        typeInto(form->editorFor(QStringLiteral("purposes[0].description")), QStringLiteral("Levere varer"));
        choose(qobject_cast<QComboBox *>(form->editorFor(QStringLiteral("purposes[0].legalBasis"))), QStringLiteral("b"));
        auto *dataList = qobject_cast<QListWidget *>(form->editorFor(QStringLiteral("data")));
        check(dataList, QStringLiteral("Navn"));
        check(dataList, QStringLiteral("E-mail"));
        auto *matrix = form->findChild<MatrixEditor *>(QStringLiteral("matrix"));
        QVERIFY(matrix);
        QCOMPARE(matrix->table()->columnCount(), 2);
        check(form->findChild<QListWidget *>(QStringLiteral("matrixSubjects")), QStringLiteral("Kunder")); // the activity's subjects are chosen
        matrix->table()->item(0, 0)->setCheckState(Qt::Checked);
        matrix->table()->item(0, 1)->setCheckState(Qt::Checked);
        QTest::mouseClick(child<QPushButton>(form, QStringLiteral("recipients#add")), Qt::LeftButton);
        choose(qobject_cast<QComboBox *>(form->editorFor(QStringLiteral("recipients[0].party"))),
               doc->reg().parties.at(0).id);

        // AND records the transfer to India under standard contractual clauses
        ListPage *transfers = window.listPage(EntityKind::Transfer);
        QTest::mouseClick(child<QPushButton>(transfers, QStringLiteral("add")), Qt::LeftButton);
        choose(qobject_cast<QComboBox *>(transfers->form()->editorFor(QStringLiteral("destination"))), QStringLiteral("IN"));
        choose(qobject_cast<QComboBox *>(transfers->form()->editorFor(QStringLiteral("party"))), doc->reg().parties.at(0).id);
        choose(qobject_cast<QComboBox *>(transfers->form()->editorFor(QStringLiteral("mechanism"))), QStringLiteral("art46-2-c"));

        // THEN the register holds all of it
        const Register &reg = doc->reg();
        QCOMPARE(reg.organisation.name, QStringLiteral("Bager Hansen ApS"));
        QCOMPARE(reg.activities.size(), 1);
        const ProcessingActivity &a = reg.activities.at(0);
        QCOMPARE(a.name.text(QStringLiteral("da")), QStringLiteral("Webshop"));
        QCOMPARE(a.purposes.size(), 1);
        QCOMPARE(a.purposes.at(0).legalBasis, QStringLiteral("b"));
        QCOMPARE(a.purposes.at(0).description.text(QStringLiteral("da")), QStringLiteral("Levere varer"));
        QCOMPARE(a.data.size(), 2);
        QCOMPARE(a.matrix.size(), 1);
        QCOMPARE(a.matrix.at(0).data.size(), 2);
        QCOMPARE(a.recipients.at(0).party, reg.parties.at(0).id);
        QCOMPARE(reg.transfers.at(0).mechanism, QStringLiteral("art46-2-c"));
        QCOMPARE(reg.transfers.at(0).destination, QStringLiteral("IN"));
        // AND the live preview follows in the background and states it
        window.document()->updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 70 20 30 40"); }, {});
        QTRY_VERIFY_WITH_TIMEOUT(window.preview()->browser()->toPlainText().contains(QStringLiteral("+45 70 20 30 40")), 10000);
        const QString preview = window.preview()->browser()->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("Webshop Ltd")), qPrintable(preview.left(300)));
        QVERIFY(preview.contains(QStringLiteral("Bager Hansen ApS")));
        const QByteArray built = Json::write(reg);

        // WHEN everything is undone, step by step, with the keyboard shortcut's action
        QUndoStack *stack = doc->undoStack();
        QVERIFY(stack->count() > 10);
        QAction *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        while (stack->canUndo())
            undo->trigger();
        // THEN the register is empty again, in memory and in the file
        QCOMPARE(Json::write(doc->reg()), empty);
        Register onDisk;
        QVERIFY(Store::read(path, &onDisk, &error));
        QCOMPARE(Json::write(onDisk), empty);

        // AND redo brings it all back, and it is there after quitting and reopening
        QAction *redo = window.findChild<QAction *>(QStringLiteral("redoAction"));
        while (stack->canRedo())
            redo->trigger();
        QCOMPARE(Json::write(doc->reg()), built);
        window.close();
        MainWindow reopened;
        QVERIFY(reopened.openFile(path));
        QCOMPARE(Json::write(reopened.document()->reg()), built);
    }

    void shouldPreviewTheLatestEditAndCloseWhileMakingIt()
    {
        // GIVEN the sample register open, its policy previewed
        QTemporaryDir dir;
        auto window = std::make_unique<MainWindow>();
        QVERIFY(openSample(dir, *window));
        window->show();
        QTextBrowser *browser = window->preview()->browser();
        QTRY_VERIFY_WITH_TIMEOUT(!browser->toPlainText().isEmpty(), 10000);
        // WHEN the officer types a new name for the organisation, a policy for each pause
        window->showPart(EntityKind::Organisation);
        ItemForm *org = window->singletonForm(EntityKind::Organisation);
        typeInto(org->editorFor(QStringLiteral("name")), QStringLiteral("Bager Hansen ApS"));
        // THEN the preview, made in the background, ends with the name as typed last
        QTRY_VERIFY_WITH_TIMEOUT(browser->toPlainText().contains(QStringLiteral("Bager Hansen ApS")), 10000);
        QVERIFY(browser->document()->parent() == browser); // owned, and freed with it
        // AND the window can close while a policy is still being made
        window->preview()->regenerateInBackground();
        window.reset();
    }

    void shouldShowTheRetentionScheduleAndJumpToARule()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("retentionTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 2)->text().startsWith(QStringLiteral("5 ")));
        QVERIFY(table->item(0, 5)->text().contains(QStringLiteral("10")));
        emit table->cellActivated(0, 0);
        QCOMPARE(window.listPage(EntityKind::Activity)->form()->itemId(), QStringLiteral("sales"));
        // It follows edits.
        window.document()->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
            a.retention.append(RetentionRule{});
        },
                                                      {});
        QTRY_COMPARE(table->rowCount(), 2);
    }

    void shouldMakePreviewAndExportTheRecord()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        // WHEN the officer opens the record; it is made in the background
        RecordWindow *record = window.openRecord();
        QVERIFY(record);
        QSignalSpy finished(record, &RecordWindow::finished);
        QTest::mouseClick(child<QPushButton>(record, QStringLiteral("makeRecord")), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        // THEN the preview shows its pages, and it exports as the same PDF
        QVERIFY(record->pdfDocument()->pageCount() >= 4);
        QVERIFY(record->pdfDocument()->getAllText(0).text().contains(QStringLiteral("Eksempel ApS")));
        const QString path = dir.filePath(QStringLiteral("fortegnelse.pdf"));
        QString error;
        QVERIFY2(record->exportTo(path, &error), qPrintable(error));
        QCOMPARE(Test::FileFingerprint::of(path).bytes, record->pdf());
        // AND a run can be cancelled, leaving the shown record as it was
        const QByteArray shown = record->pdf();
        record->generate();
        record->cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(record->pdf(), shown);
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseTests"));
    TestEditing tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_editing.moc"

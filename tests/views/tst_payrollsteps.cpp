// The payroll register of issue 14 built through real widgets, step by step, in at most
// half the steps it took before: once from the activity template and once by hand. Each
// click, key press, typed field and page switch is counted as the issue counted them.

#include "activityeditor.h"
#include "activitytemplates.h"
#include "itemoperations.h"
#include "document.h"
#include "fieldset.h"
#include "itemform.h"
#include "listpage.h"
#include "matrixeditor.h"
#include "pickers.h"
#include "testsupport.h"
#include "widgetsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace Fortegnelse;
using Fortegnelse::Test::child;
using Fortegnelse::Test::showActive;
using Fortegnelse::Test::UiLocale;

namespace {

/// Every step an officer takes, counted as the issue counted them: a click, a key press
/// (Tab, Enter, Space), a field typed into (one step, however long the text), and a switch
/// to another page or section.
struct Steps
{
    int clicks = 0;
    int keys = 0;
    int typed = 0;
    int characters = 0;
    int pages = 0;
    int total() const { return clicks + keys + typed + pages; }

    void click(QWidget *w)
    {
        QVERIFY(w);
        QTest::mouseClick(w, Qt::LeftButton);
        ++clicks;
    }
    void key(QWidget *w, Qt::Key k)
    {
        QVERIFY(w);
        QTest::keyClick(w, k);
        ++keys;
    }
    void type(QWidget *w, const QString &text)
    {
        QVERIFY(w);
        QTest::mouseClick(w, Qt::LeftButton); // the click into the field is part of typing
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->selectAll();
        QTest::keyClicks(w, text);
        ++typed;
        characters += int(text.size());
    }
    /// Opens a combo's list and clicks the entry: two clicks.
    void pick(QComboBox *combo, const QString &data)
    {
        QVERIFY(combo);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        QTest::mouseClick(combo, Qt::LeftButton);
        QAbstractItemView *view = combo->view();
        QTRY_VERIFY(view->isVisible());
        // A combo ignores a release that comes sooner than a double-click after it opened.
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        const QRect rect = view->visualRect(view->model()->index(index, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_VERIFY(!view->isVisible());
        clicks += 2;
        QCOMPARE(combo->currentIndex() == index || combo->currentIndex() == 0, true);
    }
    void section(ActivityEditor *editor, int index)
    {
        QListWidget *list = editor->sectionList();
        const QRect rect = list->visualItemRect(list->item(index));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(editor->currentSection(), index);
        ++pages;
    }
};
} // namespace

class TestPayrollSteps : public QObject
{
    Q_OBJECT

private slots:
    void shouldBuildThePayrollRegisterInHalfTheSteps()
    {
        const UiLocale ui(QStringLiteral("da_DK"));
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("payroll.ropa")), Register::createEmpty(QStringLiteral("da")), &error);
        QVERIFY2(doc, qPrintable(error));
        Steps steps;

        // The organisation.
        ItemForm organisation;
        organisation.setItem(doc.get(), EntityKind::Organisation, {});
        showActive(organisation);
        ++steps.pages;
        steps.type(organisation.editorFor(QStringLiteral("name")), QStringLiteral("Nordlys ApS"));
        steps.type(organisation.editorFor(QStringLiteral("website")), QStringLiteral("nordlys.dk"));
        steps.type(organisation.editorFor(QStringLiteral("dpo.email")), QStringLiteral("dpo@nordlys.dk"));
        organisation.hide();

        // The activity, from the Lønadministration template.
        ListPage page(doc.get(), EntityKind::Activity);
        showActive(page);
        ++steps.pages;
        steps.click(child<QPushButton>(&page, QStringLiteral("add")));
        ActivityEditor *editor = page.form()->activityEditor();
        QVERIFY(editor);
        steps.pick(child<QComboBox>(editor, QStringLiteral("templatePicker")), QStringLiteral("payroll-dk"));
        // A processor of our own: the payroll system, made where it is needed.
        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("recipients")));
        steps.type(child<QLineEdit>(editor, QStringLiteral("newParty")), QStringLiteral("Dataløn A/S"));
        steps.key(child<QLineEdit>(editor, QStringLiteral("newParty")), Qt::Key_Return);
        // Transfers: none, as the officer confirms.
        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("thirdCountryTransfers")));
        steps.pick(child<QComboBox>(editor, QStringLiteral("thirdCountryTransfers")), QStringLiteral("no"));
        // Security: three measures from the catalogue.
        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("measures")));
        for (const QString &m : {QStringLiteral("access-control"), QStringLiteral("mfa"), QStringLiteral("backup")})
            steps.pick(child<QComboBox>(editor, QStringLiteral("measureCatalogue")), m);
        // DPIA and review.
        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("dpia")));
        steps.pick(child<QComboBox>(editor, QStringLiteral("dpia.required")), QStringLiteral("no"));
        steps.type(child<QWidget>(editor, QStringLiteral("dpia.reason")), QStringLiteral("Almindelige personaleoplysninger i et lille omfang."));
        steps.pick(child<QComboBox>(editor, QStringLiteral("automated.used")), QStringLiteral("no"));
        steps.type(child<QLineEdit>(editor, QStringLiteral("nextReview")), QStringLiteral("01-03-2027"));
        steps.key(child<QLineEdit>(editor, QStringLiteral("nextReview")), Qt::Key_Tab);

        // THEN the register holds the payroll activity in full
        const Register &reg = doc->reg();
        QCOMPARE(reg.organisation.name, QStringLiteral("Nordlys ApS"));
        QCOMPARE(reg.organisation.website, QStringLiteral("https://nordlys.dk"));
        QCOMPARE(reg.organisation.dpo.email, QStringLiteral("dpo@nordlys.dk"));
        QCOMPARE(reg.activities.size(), 1);
        const ProcessingActivity &a = reg.activities.at(0);
        QCOMPARE(a.name.text(QStringLiteral("da")), QStringLiteral("Lønadministration"));
        QCOMPARE(a.purposes.size(), 2);
        QCOMPARE(a.subjects().size(), 2);
        QCOMPARE(a.data.size(), 7);
        for (const MatrixRow &row : a.matrix)
            QCOMPARE(row.data.size(), 7);
        QCOMPARE(a.retention.size(), 2);
        QCOMPARE(a.recipients.size(), 4);
        QCOMPARE(reg.parties.size(), 1);
        QCOMPARE(reg.parties.at(0).name, QStringLiteral("Dataløn A/S"));
        QCOMPARE(a.thirdCountryTransfers, Answer::No);
        QCOMPARE(a.measures.size(), 3);
        QCOMPARE(a.dpia.required, Answer::No);
        QVERIFY(!a.dpia.reason.isEmpty());
        QCOMPARE(a.automated.used, Answer::No);
        QCOMPARE(a.nextReview, QDate(2027, 3, 1));
        // and it took at most half of the 176 steps of before (issue 14)
        qInfo("payroll register: %d steps (%d clicks, %d key presses, %d fields typed with %d characters, "
              "%d page or section switches); before: 176",
              steps.total(), steps.clicks, steps.keys, steps.typed, steps.characters, steps.pages);
        QVERIFY2(steps.total() <= 88, qPrintable(QString::number(steps.total())));
    }

    void shouldBuildThePayrollRegisterByHandInHalfTheSteps()
    {
        // The same register without the template: every category, subject and party made
        // from inside the activity, the matrix and a recipient ticked at once.
        const UiLocale ui(QStringLiteral("da_DK"));
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("payroll.ropa")), Register::createEmpty(QStringLiteral("da")), &error);
        QVERIFY2(doc, qPrintable(error));
        Steps steps;
        ItemForm organisation;
        organisation.setItem(doc.get(), EntityKind::Organisation, {});
        showActive(organisation);
        ++steps.pages;
        steps.type(organisation.editorFor(QStringLiteral("name")), QStringLiteral("Nordlys ApS"));
        steps.type(organisation.editorFor(QStringLiteral("website")), QStringLiteral("nordlys.dk"));
        steps.type(organisation.editorFor(QStringLiteral("dpo.email")), QStringLiteral("dpo@nordlys.dk"));
        organisation.hide();

        ListPage page(doc.get(), EntityKind::Activity);
        showActive(page, {1280, 720});
        ++steps.pages;
        steps.click(child<QPushButton>(&page, QStringLiteral("add")));
        ActivityEditor *editor = page.form()->activityEditor();
        QVERIFY(editor);
        steps.type(child<QLineEdit>(editor, QStringLiteral("name")), QStringLiteral("Lønadministration"));
        steps.type(child<QWidget>(editor, QStringLiteral("description")), QStringLiteral("Løn og pension til medarbejdere."));

        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("purposes")));
        steps.click(child<QPushButton>(editor, QStringLiteral("purposes#add")));
        steps.type(child<QWidget>(editor, QStringLiteral("purposes[0].description")), QStringLiteral("Udbetaling af løn"));
        steps.pick(child<QComboBox>(editor, QStringLiteral("purposes[0].legalBasis")), QStringLiteral("b"));
        steps.click(child<QPushButton>(editor, QStringLiteral("purposes#add")));
        steps.type(child<QWidget>(editor, QStringLiteral("purposes[1].description")), QStringLiteral("Indberetning til Skattestyrelsen"));
        steps.pick(child<QComboBox>(editor, QStringLiteral("purposes[1].legalBasis")), QStringLiteral("c"));
        steps.pick(child<QComboBox>(editor, QStringLiteral("purposes[1].cprGround")), QStringLiteral("dbl-11-2-1"));

        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("data")));
        auto *newData = child<QLineEdit>(editor, QStringLiteral("newDataCategory"));
        for (const QString &name : {QStringLiteral("navn"), QStringLiteral("postadresse"), QStringLiteral("CPR-nummer"),
                                    QStringLiteral("bankkontooplysninger"), QStringLiteral("løn- og pensionsoplysninger"),
                                    QStringLiteral("skatteoplysninger"), QStringLiteral("ansættelseshistorik")}) {
            steps.type(newData, name);
            steps.key(newData, Qt::Key_Return);
        }
        auto *newSubject = child<QLineEdit>(editor, QStringLiteral("newSubject"));
        for (const QString &name : {QStringLiteral("medarbejdere"), QStringLiteral("tidligere medarbejdere")}) {
            steps.type(newSubject, name);
            steps.key(newSubject, Qt::Key_Return);
        }
        steps.click(child<QPushButton>(editor, QStringLiteral("matrixAll")));

        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("recipients")));
        auto *newParty = child<QLineEdit>(editor, QStringLiteral("newParty"));
        steps.type(newParty, QStringLiteral("Dataløn A/S"));
        steps.key(newParty, Qt::Key_Return);
        // What the payroll system receives: everything, in the recipient's view of the matrix.
        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("matrix")));
        auto *view = child<QComboBox>(editor, QStringLiteral("matrixView"));
        QTest::mouseClick(view, Qt::LeftButton);
        QTRY_VERIFY(view->view()->isVisible());
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QTest::mouseClick(view->view()->viewport(), Qt::LeftButton, {}, view->view()->visualRect(view->model()->index(1, 0)).center());
        steps.clicks += 2;
        QTRY_COMPARE(view->currentIndex(), 1);
        steps.click(child<QPushButton>(editor, QStringLiteral("matrixAll")));

        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("retention")));
        steps.pick(child<QComboBox>(editor, QStringLiteral("retentionCatalogue")), QStringLiteral("bookkeeping-dk"));
        steps.pick(child<QComboBox>(editor, QStringLiteral("retentionCatalogue")), QStringLiteral("former-employees-dk"));
        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("thirdCountryTransfers")));
        steps.pick(child<QComboBox>(editor, QStringLiteral("thirdCountryTransfers")), QStringLiteral("no"));
        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("measures")));
        for (const QString &m : {QStringLiteral("access-control"), QStringLiteral("mfa"), QStringLiteral("backup")})
            steps.pick(child<QComboBox>(editor, QStringLiteral("measureCatalogue")), m);
        steps.section(editor, ActivityEditor::sectionOf(QStringLiteral("dpia")));
        steps.pick(child<QComboBox>(editor, QStringLiteral("dpia.required")), QStringLiteral("no"));
        steps.type(child<QWidget>(editor, QStringLiteral("dpia.reason")), QStringLiteral("Almindelige personaleoplysninger."));
        steps.pick(child<QComboBox>(editor, QStringLiteral("automated.used")), QStringLiteral("no"));
        steps.type(child<QLineEdit>(editor, QStringLiteral("nextReview")), QStringLiteral("1.3.2027"));
        steps.key(child<QLineEdit>(editor, QStringLiteral("nextReview")), Qt::Key_Tab);

        const Register &reg = doc->reg();
        const ProcessingActivity &a = reg.activities.at(0);
        QCOMPARE(a.name.text(QStringLiteral("da")), QStringLiteral("Lønadministration"));
        QCOMPARE(a.purposes.size(), 2);
        QCOMPARE(a.purposes.at(1).cprGround, QStringLiteral("dbl-11-2-1"));
        QCOMPARE(a.data.size(), 7);
        QCOMPARE(reg.dataCategories.size(), 7);
        for (const DataCategory &d : reg.dataCategories)
            QVERIFY2(!d.ref.isEmpty(), qPrintable(d.name.text(QStringLiteral("da")))); // each a common category
        QCOMPARE(a.subjects().size(), 2);
        for (const MatrixRow &row : a.matrix)
            QCOMPARE(row.data.size(), 7);
        QCOMPARE(a.recipients.size(), 1);
        QCOMPARE(a.recipients.at(0).data.size(), 7);
        QCOMPARE(a.recipients.at(0).subjects.size(), 2);
        QCOMPARE(a.retention.size(), 2);
        QCOMPARE(a.measures.size(), 3);
        QCOMPARE(a.dpia.required, Answer::No);
        QCOMPARE(a.nextReview, QDate(2027, 3, 1));
        qInfo("payroll register by hand: %d steps (%d clicks, %d key presses, %d fields typed with %d characters, "
              "%d page or section switches); before: 176",
              steps.total(), steps.clicks, steps.keys, steps.typed, steps.characters, steps.pages);
        QVERIFY2(steps.total() <= 88, qPrintable(QString::number(steps.total())));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseTests"));
    TestPayrollSteps tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_payrollsteps.moc"

// The activity editor of issue 14: pickers that cannot pick wrong, sections with their
// progress and the matrix. The payroll register built step by step is tst_payrollsteps.

#include "activityeditor.h"
#include "activitytemplates.h"
#include "itemoperations.h"
#include "document.h"
#include "fieldset.h"
#include "itemform.h"
#include "labels.h"
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

std::unique_ptr<Document> sample(const QTemporaryDir &dir)
{
    QString error;
    return Document::create(dir.filePath(QStringLiteral("r.ropa")), Test::sampleRegister(), &error);
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private slots:
    void shouldPickTheCountryMeant_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected"); ///< empty: refused, the value stays
        QTest::newRow("en: USA") << "en_GB"
                                 << "USA"
                                 << "US";
        QTest::newRow("en: United States") << "en_GB"
                                           << "United States"
                                           << "US";
        QTest::newRow("en: united states, in lower case") << "en_GB"
                                                          << "united states"
                                                          << "US";
        QTest::newRow("en: the ISO code") << "en_GB"
                                          << "us"
                                          << "US";
        QTest::newRow("en: UK") << "en_GB"
                                << "UK"
                                << "GB";
        QTest::newRow("en: the start of one name") << "en_GB"
                                                   << "Germ"
                                                   << "DE";
        QTest::newRow("da: USA") << "da_DK"
                                 << "USA"
                                 << "US";
        QTest::newRow("da: Tyskland") << "da_DK"
                                      << "Tyskland"
                                      << "DE";
        QTest::newRow("da: Forenede Stater, in English") << "da_DK"
                                                         << "United States"
                                                         << "US";
        QTest::newRow("sv: Tyskland") << "sv_SE"
                                      << "Tyskland"
                                      << "DE";
        QTest::newRow("en: United, which could be several") << "en_GB"
                                                            << "United"
                                                            << "";
        QTest::newRow("en: no such country") << "en_GB"
                                             << "Atlantis"
                                             << "";
    }
    void shouldPickTheCountryMeant()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        const UiLocale ui(locale);
        QTemporaryDir dir;
        auto doc = sample(dir);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Party, QStringLiteral("hosting"));
        showActive(form);
        auto *picker = qobject_cast<CountryPicker *>(form.editorFor(QStringLiteral("country")));
        QVERIFY(picker);
        // The list is sorted by the name the officer reads, not by code.
        QVERIFY(picker->findData(QStringLiteral("US")) < picker->findData(QStringLiteral("UM")) || locale != u"en_GB");
        picker->lineEdit()->setFocus();
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), typed);
        // The list of suggestions, when open, has the keyboard, as it has for the officer.
        QWidget *popup = QApplication::activePopupWidget();
        QTest::keyClick(popup ? popup : picker->lineEdit(), Qt::Key_Tab);
        const QString stored = doc->reg().parties.find(QStringLiteral("hosting"))->country;
        if (expected.isEmpty()) {
            QCOMPARE(stored, QStringLiteral("DK")); // unchanged
            QVERIFY2(!form.messageFor(QStringLiteral("country")).isEmpty(), "the refusal is shown");
        } else {
            QCOMPARE(stored, expected);
            QCOMPARE(picker->code(), expected);
            QVERIFY(form.messageFor(QStringLiteral("country")).isEmpty());
        }
    }

    void shouldParseDatesInTheUiLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected"); ///< invalid: refused, the date stays
        QTest::addColumn<QString>("shown"); ///< the text after leaving the field
        QTest::newRow("da: 01-03-2024") << "da_DK"
                                        << "01-03-2024" << QDate(2024, 3, 1) << "01.03.2024";
        QTest::newRow("da: 1.3.2024") << "da_DK"
                                      << "1.3.2024" << QDate(2024, 3, 1) << "01.03.2024";
        QTest::newRow("da: ISO") << "da_DK"
                                 << "2024-03-01" << QDate(2024, 3, 1) << "01.03.2024";
        QTest::newRow("nb: 1.3.2024") << "nb_NO"
                                      << "1.3.2024" << QDate(2024, 3, 1) << "01.03.2024";
        QTest::newRow("sv: ISO") << "sv_SE"
                                 << "2024-03-01" << QDate(2024, 3, 1) << "2024-03-01";
        QTest::newRow("en-GB: 01/03/2024") << "en_GB"
                                           << "01/03/2024" << QDate(2024, 3, 1) << "01/03/2024";
        QTest::newRow("en-US: 3/1/2024") << "en_US"
                                         << "3/1/2024" << QDate(2024, 3, 1) << "3/1/2024";
        QTest::newRow("da: 31-02-2024 is no date") << "da_DK"
                                                   << "31-02-2024" << QDate() << "31-02-2024";
        QTest::newRow("da: 1.3.24 has no full year") << "da_DK"
                                                     << "1.3.24" << QDate() << "1.3.24";
    }
    void shouldParseDatesInTheUiLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        QFETCH(QString, shown);
        const UiLocale ui(locale);
        QTemporaryDir dir;
        auto doc = sample(dir);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Activity, QStringLiteral("sales"));
        showActive(form);
        auto *date = qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("nextReview")));
        QVERIFY(date);
        date->setFocus();
        QTest::keyClicks(date, typed);
        QTest::keyClick(date, Qt::Key_Tab);
        QCOMPARE(doc->reg().activities.find(QStringLiteral("sales"))->nextReview, expected);
        QCOMPARE(date->text(), shown);
        // An unparseable date is never kept silently: the form says what it keeps.
        QCOMPARE(form.messageFor(QStringLiteral("nextReview")).startsWith(QStringLiteral("Not a date")), !expected.isValid());
    }

    void shouldAcceptAWebAddressWithoutAScheme_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("problem");
        QTest::newRow("nordlys.dk") << "nordlys.dk"
                                    << "https://nordlys.dk" << false;
        QTest::newRow("with a path") << "www.nordlys.dk/privatliv"
                                     << "https://www.nordlys.dk/privatliv" << false;
        QTest::newRow("with a scheme") << "http://nordlys.dk"
                                       << "http://nordlys.dk" << false;
        QTest::newRow("no host") << "nordlys"
                                 << "nordlys" << true;
    }
    void shouldAcceptAWebAddressWithoutAScheme()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(bool, problem);
        QTemporaryDir dir;
        auto doc = sample(dir);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Organisation, {});
        showActive(form);
        auto *line = qobject_cast<QLineEdit *>(form.editorFor(QStringLiteral("website")));
        QVERIFY(line);
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, typed);
        QCOMPARE(doc->reg().organisation.website, stored);
        QCOMPARE(!form.messageFor(QStringLiteral("website")).isEmpty(), problem);
        QTest::keyClick(line, Qt::Key_Tab);
        QCOMPARE(line->text(), stored); // what is stored is what is shown once the field is left
    }

    void shouldShowNamesNotCodes()
    {
        QTemporaryDir dir;
        auto doc = sample(dir);
        QVERIFY(doc->update<Transfer>(QStringLiteral("us-cloud"), [](Transfer &t) { t.mechanism = QStringLiteral("art46-2-c"); }, {}));
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Transfer, QStringLiteral("us-cloud"));
        auto *mechanism = qobject_cast<QComboBox *>(form.editorFor(QStringLiteral("mechanism")));
        QVERIFY(mechanism);
        QVERIFY2(!mechanism->currentText().contains(QStringLiteral("art46")), qPrintable(mechanism->currentText()));
        QVERIFY(!mechanism->currentText().isEmpty());
        // A transfer with neither recipient nor country is named in words, never "transfer-1".
        const QString empty = doc->add(Transfer{});
        QVERIFY(!empty.isEmpty());
        const QString label = itemLabel(doc->reg(), EntityKind::Transfer, empty);
        QVERIFY2(!label.contains(empty), qPrintable(label));
        QCOMPARE(itemLabel(doc->reg(), EntityKind::Transfer, QStringLiteral("us-cloud")), QStringLiteral("Cloud Inc. (United States)"));
        // The activity's transfers are listed by name in its Transfers section.
        ItemForm activity;
        activity.setItem(doc.get(), EntityKind::Activity, QStringLiteral("sales"));
        auto *transfers = activity.findChild<QLabel *>(QStringLiteral("activityTransfers"));
        QVERIFY(transfers);
        QVERIFY2(transfers->text().contains(QStringLiteral("Cloud Inc.")), qPrintable(transfers->text()));
        QVERIFY(!transfers->text().contains(QStringLiteral("us-cloud")));
    }

    void shouldRevealAndFocusAFieldInALaterSection_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("section");
        QTest::newRow("the DPIA answer") << "dpia.required"
                                         << "review";
        QTest::newRow("a purpose's legal basis") << "purposes[0].legalBasis"
                                                 << "purposes";
        QTest::newRow("a retention rule's period") << "retention[0].amount"
                                                   << "retention";
        QTest::newRow("the name") << "name"
                                  << "overview";
    }
    void shouldRevealAndFocusAFieldInALaterSection()
    {
        QFETCH(QString, field);
        QFETCH(QString, section);
        QTemporaryDir dir;
        auto doc = sample(dir);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Activity, QStringLiteral("sales"));
        showActive(form);
        ActivityEditor *editor = form.activityEditor();
        QVERIFY(editor);
        QVERIFY(form.focusField(field));
        QCOMPARE(editor->sectionList()->currentItem()->data(Qt::UserRole).toString(), section);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QCOMPARE(focused->objectName(), field);
        QVERIFY(focused->isVisible());
        QVERIFY(!form.focusField(QStringLiteral("noSuchField")));
    }

    void shouldShowEachSectionsProgress()
    {
        QTemporaryDir dir;
        auto doc = sample(dir);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Activity, QStringLiteral("sales"));
        QListWidget *sections = form.activityEditor()->sectionList();
        QCOMPARE(sections->count(), ActivityEditor::sectionCount());
        const int review = ActivityEditor::sectionOf(QStringLiteral("nextReview"));
        QVERIFY2(sections->item(review)->text().contains(QStringLiteral("2/3")), qPrintable(sections->item(review)->text()));
        QVERIFY(doc->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) { a.nextReview = QDate(2027, 3, 1); }, {}));
        QVERIFY2(sections->item(review)->text().contains(QStringLiteral("3/3")), qPrintable(sections->item(review)->text()));

        // A processor's activity is complete on the Art. 30(2) record: no purposes,
        // retention or DPIA of its own, which are the client controller's.
        QVERIFY(doc->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
            a.role = ActivityRole::Processor;
            a.client = QStringLiteral("hosting");
            a.purposes.clear();
            a.retention.clear();
        },
                                                {}));
        for (const char *section : {"purposes", "retention"}) {
            const QListWidgetItem *item = sections->item(ActivityEditor::sectionOf(QLatin1String(section)));
            QVERIFY2(!item->text().contains(u'/'), qPrintable(item->text())); // nothing it must state
        }
        const QListWidgetItem *overview = sections->item(ActivityEditor::sectionOf(QStringLiteral("client")));
        QVERIFY2(overview->text().contains(QStringLiteral("2/2")), qPrintable(overview->text())); // name and client
    }

    void shouldWorkTheMatrixByRowColumnAndKeyboard()
    {
        QTemporaryDir dir;
        auto doc = sample(dir);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Activity, QStringLiteral("sales"));
        showActive(form);
        form.activityEditor()->revealField(QStringLiteral("matrix"));
        auto *table = form.findChild<QTableWidget *>(QStringLiteral("matrixTable"));
        QVERIFY(table);
        const auto matrix = [&] { return doc->reg().activities.find(QStringLiteral("sales"))->matrix; };
        // Rows are the activity's own subjects, not all of the register's.
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->columnCount(), 2);
        // A row header ticks the whole row, as one step.
        const int steps = doc->undoStack()->count();
        emit table->verticalHeader()->sectionClicked(0);
        QCOMPARE(matrix().at(0).data.size(), 2);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        // Choosing a subject adds its row; Space on a cell ticks it.
        auto *subjects = form.findChild<QListWidget *>(QStringLiteral("matrixSubjects"));
        Test::check(subjects, QStringLiteral("Børn"));
        QCOMPARE(table->rowCount(), 2);
        table->setFocus();
        table->setCurrentCell(1, 0);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(matrix().at(1).data, QStringList{QStringLiteral("name")});
        QTest::keyClick(table, Qt::Key_Right);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(matrix().at(1).data.size(), 2);
        // "Clear all" clears every cell, and the subjects stay chosen.
        auto *all = form.findChild<QPushButton *>(QStringLiteral("matrixAll"));
        QCOMPARE(all->text(), QStringLiteral("Clear all"));
        QTest::mouseClick(all, Qt::LeftButton);
        QCOMPARE(matrix().size(), 2);
        QVERIFY(matrix().at(0).data.isEmpty() && matrix().at(1).data.isEmpty());
    }

    void shouldShowWhatARecipientReceives()
    {
        QTemporaryDir dir;
        auto doc = sample(dir);
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Activity, QStringLiteral("sales"));
        auto *view = form.findChild<QComboBox *>(QStringLiteral("matrixView"));
        auto *table = form.findChild<QTableWidget *>(QStringLiteral("matrixTable"));
        QVERIFY(view && table);
        QCOMPARE(view->count(), 2); // the activity, and its one recipient
        QVERIFY(view->itemText(1).contains(QStringLiteral("Hosting A/S")));
        view->setCurrentIndex(1);
        emit view->activated(1);
        // Hosting receives names of customers: that cell is ticked; health is not processed
        // about customers, so its cell is greyed out.
        QCOMPARE(table->item(0, 0)->checkState(), Qt::Checked);
        QVERIFY(!(table->item(0, 1)->flags() & Qt::ItemIsEnabled));
        table->item(0, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(doc->reg().activities.find(QStringLiteral("sales"))->recipients.at(0).data.isEmpty());
    }

    void shouldAskToConfirmWhatAnImportGenerated()
    {
        // GIVEN a matrix row and a recipient an import generated (rule U1)
        QTemporaryDir dir;
        auto doc = sample(dir);
        QVERIFY(doc->update<ProcessingActivity>(QStringLiteral("sales"), [](ProcessingActivity &a) {
            a.matrix[0].unconfirmed = true;
            a.recipients[0].unconfirmed = true;
        },
                                                {}));
        ItemForm form;
        form.setItem(doc.get(), EntityKind::Activity, QStringLiteral("sales"));
        showActive(form);
        form.activityEditor()->revealField(QStringLiteral("matrix"));
        auto *confirm = form.findChild<QPushButton *>(QStringLiteral("matrixConfirm"));
        auto *table = form.findChild<QTableWidget *>(QStringLiteral("matrixTable"));
        auto *view = form.findChild<QComboBox *>(QStringLiteral("matrixView"));
        QVERIFY(confirm && table && view);
        const auto sales = [&] { return *doc->reg().activities.find(QStringLiteral("sales")); };
        // THEN the row says it is not confirmed, and the officer can confirm it as it stands
        QVERIFY(!confirm->isHidden());
        QVERIFY(table->verticalHeaderItem(0)->font().italic());
        const int steps = doc->undoStack()->count();
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(!sales().matrix.at(0).unconfirmed);
        QVERIFY(sales().recipients.at(0).unconfirmed); // only what the view shows
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(confirm->isHidden());
        QVERIFY(!table->verticalHeaderItem(0)->font().italic());
        // AND a recipient's guess is confirmed by changing what it receives
        view->setCurrentIndex(1);
        emit view->activated(1);
        QVERIFY(!confirm->isHidden());
        table->item(0, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(!sales().recipients.at(0).unconfirmed);
        QVERIFY(confirm->isHidden());
        // AND undo brings the mark back
        doc->undoStack()->undo();
        QVERIFY(sales().recipients.at(0).unconfirmed);
    }

    void shouldLeaveNoFieldSetBehind()
    {
        QTemporaryDir dir;
        auto doc = sample(dir);
        const int before = FieldSet::liveCount();
        {
            ListPage page(doc.get(), EntityKind::Activity);
            page.addItem(); // two activities to choose between
            const int withOne = FieldSet::liveCount();
            QVERIFY(withOne > before);
            for (int i = 0; i < 6; ++i) {
                page.view()->setCurrentIndex(page.view()->model()->index(i % 2, 0));
                QCOMPARE(FieldSet::liveCount(), withOne); // selecting another item frees the last one's
            }
        }
        QCOMPARE(FieldSet::liveCount(), before);
    }

    void shouldLeaveTheFieldsRoomAtLaptopSize_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("field");
        QTest::newRow("overview") << "overview"
                                  << "name";
        QTest::newRow("people and data") << "people"
                                         << "data";
        QTest::newRow("recipients") << "recipients"
                                    << "recipients";
        QTest::newRow("DPIA and review") << "review"
                                         << "nextReview";
    }
    void shouldLeaveTheFieldsRoomAtLaptopSize()
    {
        QFETCH(QString, section);
        QFETCH(QString, field);
        const UiLocale ui(QStringLiteral("da_DK"));
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("payroll.ropa")), Register::createEmpty(QStringLiteral("da")), &error);
        QVERIFY(doc);
        const QString id = addItemWithDefaults(*doc, EntityKind::Activity, QDate(2026, 12, 3));
        QVERIFY(applyActivityTemplate(*doc, id, QStringLiteral("payroll-dk")));
        ListPage page(doc.get(), EntityKind::Activity);
        showActive(page, {1280, 720});
        page.select(id);
        ActivityEditor *editor = page.form()->activityEditor();
        QVERIFY(editor);
        QWidget *w = page.form()->editorFor(field);
        QVERIFY(w);
        QCOMPARE(editor->sectionList()->currentItem()->data(Qt::UserRole).toString(), section);
        QTest::qWait(50); // let the layouts settle, as they do before the officer sees them
        if (const QString shots = qEnvironmentVariable("FORTEGNELSE_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(page.grab().save(shots + QStringLiteral("/activity-editor-%1-1280x720.png").arg(section)));
        QVERIFY2(w->width() >= 300, qPrintable(QString::number(w->width())));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseTests"));
    TestEditor tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_editor.moc"

// The register's history and snapshots in the app (issue 16), through the real dialogs over
// a real .ropa: entries after edits with their fields before and after, filters, one item's
// history, restore and undo, pages read lazily, snapshots listed, compared and saved.
// Screenshots for the docs with FORTEGNELSE_SCREENSHOTS=<dir>; a timing of the first page
// over FORTEGNELSE_HISTORY_ENTRIES journal entries (450 unless set).

#include "document.h"
#include "historydialog.h"
#include "itemoperations.h"
#include "labels.h"
#include "listpage.h"
#include "mainwindow.h"
#include "registerdiff.h"
#include "snapshotoperations.h"
#include "snapshotsdialog.h"
#include "step.h"
#include "testsupport.h"
#include "uilanguage.h"
#include "historysupport.h"
#include "widgetsupport.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Fortegnelse;
using Fortegnelse::Test::child;
using Fortegnelse::Test::save;

using namespace Fortegnelse::Test::History;

class TestHistoryDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installUiLanguage(QStringLiteral("en"));
    }

    void shouldListEachChangeWithItsFieldsBeforeAndAfter_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("an activity's name") << 0 << QStringLiteral("Handel") << fieldLabel(QStringLiteral("name")) << QStringLiteral("\"Salg\"") << QStringLiteral("\"Handel\"");
        QTest::newRow("the organisation's e-mail") << 1 << QStringLiteral("Eksempel ApS") << fieldLabel(QStringLiteral("email")) << QStringLiteral("\"privacy@eksempel.dk\"") << QStringLiteral("\"gdpr@eksempel.dk\"");
        // Typing commits a step per keystroke; the list shows the typing as one change.
        QTest::newRow("an activity's name, typed") << 3 << QStringLiteral("Handel") << fieldLabel(QStringLiteral("name")) << QStringLiteral("\"Salg\"") << QStringLiteral("\"Handel\"");
        QTest::newRow("a cookie deleted") << 2 << QStringLiteral("PHPSESSID") << fieldLabel(QStringLiteral("name")) << QStringLiteral("\"PHPSESSID\"") << QStringLiteral("(empty)");
    }
    void shouldListEachChangeWithItsFieldsBeforeAndAfter()
    {
        QFETCH(int, change);
        QFETCH(QString, item);
        QFETCH(QString, field);
        QFETCH(QString, before);
        QFETCH(QString, after);
        // GIVEN a register with an earlier edit
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openWith(dir, window));
        Document &doc = *window.document();
        QVERIFY(doc.updatePolicy([](PolicySettings &p) { p.version = QStringLiteral("1.1"); }, QStringLiteral("Version")));

        // WHEN the item is changed and the register's history is opened
        switch (change) {
        case 0: QVERIFY(renameSales(doc, QStringLiteral("Handel"))); break;
        case 1: QVERIFY(doc.updateOrganisation([](Organisation &o) { o.email = QStringLiteral("gdpr@eksempel.dk"); }, QStringLiteral("E-mail"))); break;
        case 2: QVERIFY(doc.remove<Cookie>(QStringLiteral("session"))); break;
        case 3:
            for (const char *typed : {"H", "Ha", "Han", "Hand", "Hande", "Handel"})
                QVERIFY(typeSalesName(doc, QString::fromLatin1(typed)));
            break;
        }
        HistoryDialog *dialog = openHistory(window, QStringLiteral("registerHistoryAction"));
        QVERIFY(dialog);
        auto *entries = child<QTreeWidget>(dialog, QStringLiteral("entries"));

        // THEN the change is the newest entry: who, what kind, the item by its name, the field by its label
        QCOMPARE(entries->topLevelItemCount(), 2);
        QTreeWidgetItem *newest = entries->topLevelItem(0);
        QCOMPARE(newest->text(1), currentOsUser());
        QCOMPARE(newest->text(2), QStringLiteral("Edit"));
        QCOMPARE(newest->text(3), item);
        QVERIFY2(newest->text(4).contains(field), qPrintable(newest->text(4)));
        QCOMPARE(entries->topLevelItem(1)->text(3), QStringLiteral("Privatlivspolitik"));
        // AND its details show the field before and after, by label, never a code
        auto *details = child<QTreeWidget>(dialog, QStringLiteral("details"));
        QCOMPARE(entries->currentItem(), newest);
        bool found = false;
        for (int row = 0; row < details->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *d = details->topLevelItem(row);
            if (d->text(0).startsWith(field) && d->text(1) == before && d->text(2) == after)
                found = true;
        }
        QVERIFY2(found, qPrintable(column(details, 0).join(u'|') + QStringLiteral(" / ") + column(details, 1).join(u'|') + QStringLiteral(" / ") + column(details, 2).join(u'|')));
        delete dialog;
    }

    void shouldNarrowTheListByUserKindAndDate_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("texts");
        const QDate any(2000, 1, 1);
        const QDate today = QDate::currentDate();
        const QString renamed = QStringLiteral("Rename of “Salg”");
        QTest::newRow("all") << QString() << -1 << any << any << QStringList{renamed, renamed, QStringLiteral("Edit processing activity")};
        QTest::newRow("another user") << QStringLiteral("mette") << -1 << any << any << QStringList{QStringLiteral("Edit processing activity")};
        QTest::newRow("this user") << currentOsUser() << -1 << any << any << QStringList{renamed, renamed};
        QTest::newRow("undos") << QString() << int(JournalEntry::Undo) << any << any << QStringList{renamed};
        QTest::newRow("repairs") << QString() << int(JournalEntry::Repair) << any << any << QStringList{};
        QTest::newRow("January 2026") << QString() << -1 << QDate(2026, 1, 1) << QDate(2026, 1, 31) << QStringList{QStringLiteral("Edit processing activity")};
        QTest::newRow("from today") << QString() << -1 << today << any << QStringList{renamed, renamed};
        QTest::newRow("until 14 January 2026") << QString() << -1 << any << QDate(2026, 1, 14) << QStringList{};
    }
    void shouldNarrowTheListByUserKindAndDate()
    {
        QFETCH(QString, user);
        QFETCH(int, kind);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, texts);
        // GIVEN a change by mette in January 2026, and an edit and its undo by this user today
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openWith(dir, window, {journalRows(1)}));
        QVERIFY(renameSales(*window.document(), QStringLiteral("Handel")));
        QVERIFY(window.document()->undo());
        HistoryDialog *dialog = openHistory(window, QStringLiteral("registerHistoryAction"));
        QVERIFY(dialog);
        // (the users are read once the first page has been painted)
        auto *users = child<QComboBox>(dialog, QStringLiteral("userFilter"));
        QTRY_COMPARE(users->count(), currentOsUser() == u"mette" ? 2 : 3);

        // WHEN the filters are set
        if (!user.isEmpty())
            choose(users, user);
        choose(child<QComboBox>(dialog, QStringLiteral("kindFilter")), kind);
        child<QDateEdit>(dialog, QStringLiteral("fromDate"))->setDate(from);
        child<QDateEdit>(dialog, QStringLiteral("toDate"))->setDate(to);

        // THEN only the matching changes are listed
        auto *entries = child<QTreeWidget>(dialog, QStringLiteral("entries"));
        QCOMPARE(column(entries, 5), texts);
        for (const JournalEntry &e : dialog->entries()) {
            QVERIFY(user.isEmpty() || e.actor == user);
            QVERIFY(kind < 0 || e.kind == kind);
        }
        delete dialog;
    }

    void shouldShowOneItemsHistoryFromItsListOrTheEditMenu_data()
    {
        QTest::addColumn<bool>("fromList");
        QTest::newRow("the list's context menu") << true;
        QTest::newRow("Edit > Item history") << false;
    }
    void shouldShowOneItemsHistoryFromItsListOrTheEditMenu()
    {
        QFETCH(bool, fromList);
        // GIVEN changes to the sales activity and to others
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openWith(dir, window));
        Document &doc = *window.document();
        QVERIFY(renameSales(doc, QStringLiteral("Handel")));
        QVERIFY(doc.updateOrganisation([](Organisation &o) { o.email = QStringLiteral("gdpr@eksempel.dk"); }, QStringLiteral("E-mail")));
        QVERIFY(doc.remove<Cookie>(QStringLiteral("session")));
        QVERIFY(renameSales(doc, QStringLiteral("Handel og salg")));

        // WHEN the activity's history is opened where it is listed
        window.showPart(EntityKind::Activity);
        ListPage *page = window.listPage(EntityKind::Activity);
        page->select(QStringLiteral("sales"));
        if (fromList) {
            auto *history = page->view()->findChild<QAction *>(QStringLiteral("itemHistory"));
            QVERIFY(history);
            QVERIFY(page->view()->actions().contains(history));
            history->trigger();
        } else {
            window.findChild<QAction *>(QStringLiteral("itemHistoryAction"))->trigger();
        }
        const QList<HistoryDialog *> open = window.findChildren<HistoryDialog *>();
        QCOMPARE(open.size(), 1);

        // THEN it lists that item's changes only, newest first, and names it in its title
        QCOMPARE(open.first()->entries().size(), 2);
        for (const JournalEntry &e : open.first()->entries())
            QCOMPARE(e.itemId, QStringLiteral("sales"));
        QVERIFY2(open.first()->windowTitle().contains(QStringLiteral("Handel og salg")), qPrintable(open.first()->windowTitle()));
        delete open.first();

        // AND on the policy's page it is the policy's, on the overview the whole register's
        window.showPart(EntityKind::Policy);
        QCOMPARE(openHistory(window, QStringLiteral("itemHistoryAction"))->entries().size(), 0);
        window.showOverview();
        QCOMPARE(openHistory(window, QStringLiteral("itemHistoryAction"))->entries().size(), 4);
    }

    void shouldRestoreAnEarlierStateAsOneStepThatUndoTakesBack()
    {
        // GIVEN the activity renamed twice, its item history open
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openWith(dir, window));
        Document &doc = *window.document();
        QVERIFY(renameSales(doc, QStringLiteral("Handel")));
        QVERIFY(renameSales(doc, QStringLiteral("Handel og salg")));
        auto *dialog = HistoryDialog::showFor(&doc, HistoryDialog::Item{EntityKind::Activity, QStringLiteral("sales")}, &window);
        QStringList warnings;
        dialog->warn = [&](const QString &, const QString &text) { warnings.append(text); };
        auto *entries = child<QTreeWidget>(dialog, QStringLiteral("entries"));
        QCOMPARE(entries->topLevelItemCount(), 2);
        const int steps = doc.undoStack()->count();

        // WHEN the state before the oldest change is restored
        entries->setCurrentItem(entries->topLevelItem(1));
        child<QPushButton>(dialog, QStringLiteral("restoreBefore"))->click();
        QApplication::processEvents();

        // THEN the activity is as it was, by one new step, listed as the newest change
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QCOMPARE(doc.reg().activities.find(QStringLiteral("sales"))->name.text(QStringLiteral("da")), salesName);
        QCOMPARE(doc.reg().activities.find(QStringLiteral("sales"))->name, Test::sampleRegister().activities.at(0).name);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(entries->topLevelItemCount(), 3);
        QVERIFY2(entries->topLevelItem(0)->text(5).startsWith(QStringLiteral("Restore")), qPrintable(entries->topLevelItem(0)->text(5)));

        // WHEN Ctrl+Z is pressed in the history window
        QTest::keyClick(dialog, Qt::Key_Z, Qt::ControlModifier);
        QApplication::processEvents();

        // THEN the restore is taken back, and the undo is listed too
        QCOMPARE(doc.reg().activities.find(QStringLiteral("sales"))->name.text(QStringLiteral("da")), QStringLiteral("Handel og salg"));
        QCOMPARE(entries->topLevelItem(0)->text(2), QStringLiteral("Undo"));

        // WHEN a state that refers to an item deleted since is restored
        QVERIFY(doc.remove<DataCategory>(QStringLiteral("health")));
        QApplication::processEvents();
        entries->setCurrentItem(entries->topLevelItem(entries->topLevelItemCount() - 1));
        const QByteArray now = storedBody(AnyItem(*doc.reg().activities.find(QStringLiteral("sales"))));
        child<QPushButton>(dialog, QStringLiteral("restoreBefore"))->click();

        // THEN it is refused with restoreItem's reason, and nothing changes
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QStringLiteral("no longer exist")), qPrintable(warnings.first()));
        QCOMPARE(storedBody(AnyItem(*doc.reg().activities.find(QStringLiteral("sales")))), now);
        delete dialog;
    }

    void shouldOfferNoRestoreOnAReadOnlyRegister()
    {
        // GIVEN a register with a change, held by one window and opened read-only by another
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openWith(dir, window));
        QVERIFY(renameSales(*window.document(), QStringLiteral("Handel")));
        QString error;
        std::unique_ptr<Document> reader = Document::open(window.document()->filePath(), &error, Document::Mode::ReadOnly);
        QVERIFY2(reader, qPrintable(error));

        // WHEN its history is opened there
        HistoryDialog dialog(reader.get());

        // THEN the change is listed, and neither restore is offered, saying why
        QCOMPARE(dialog.entries().size(), 1);
        for (const char *name : {"restoreAfter", "restoreBefore"}) {
            auto *button = child<QPushButton>(&dialog, QString::fromLatin1(name));
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(), reader->readOnlyReason());
        }
    }

    void shouldReadTheJournalInPages()
    {
        // GIVEN a register whose journal holds many entries (450, or FORTEGNELSE_HISTORY_ENTRIES)
        const int count = qEnvironmentVariableIsSet("FORTEGNELSE_HISTORY_ENTRIES") ? qEnvironmentVariableIntValue("FORTEGNELSE_HISTORY_ENTRIES") : 450;
        QVERIFY(count > 2 * HistoryDialog::pageSize);
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openWith(dir, window, {QStringLiteral("BEGIN"), journalRows(count, QStringLiteral("anna")), QStringLiteral("COMMIT")}));

        // WHEN the history is opened
        QElapsedTimer timer;
        timer.start();
        HistoryDialog dialog(window.document(), std::nullopt, &window);
        dialog.show();
        qint64 firstPage = timer.nsecsElapsed();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog)); // the window system's time, not counted
        auto *users = child<QComboBox>(&dialog, QStringLiteral("userFilter"));
        timer.restart();
        dialog.repaint(); // the first paint, as the first expose makes it
        firstPage += timer.nsecsElapsed();
        QCOMPARE(users->count(), 2); // all, and mette of the page shown
        timer.restart();
        while (users->count() < 3 && timer.elapsed() < 10'000)
            QApplication::processEvents();
        QCOMPARE(users->count(), 3); // and anna, of the oldest entry
        qInfo("first page of %d entries shown and painted in %.1f ms; then the users read in %.1f ms", count,
              firstPage / 1e6, timer.nsecsElapsed() / 1e6);

        // THEN it shows the newest page, and more on asking
        QCOMPARE(dialog.entries().size(), HistoryDialog::pageSize);
        QCOMPARE(dialog.entries().first().seq, count);
        QVERIFY(dialog.hasMore());
        auto *more = child<QPushButton>(&dialog, QStringLiteral("loadMore"));
        QVERIFY(more->isEnabled());
        more->click();
        QCOMPARE(dialog.entries().size(), 2 * HistoryDialog::pageSize);
        // AND scrolling to the end reads the next
        auto *entries = child<QTreeWidget>(&dialog, QStringLiteral("entries"));
        timer.restart();
        entries->scrollToBottom();
        qInfo("the third page read in %.1f ms", timer.nsecsElapsed() / 1e6);
        QCOMPARE(dialog.entries().size(), std::min(count, 3 * HistoryDialog::pageSize));
        while (dialog.loadMore()) {
        }
        QCOMPARE(dialog.entries().size(), count);
        QVERIFY(!more->isEnabled());
        QCOMPARE(dialog.entries().last().seq, 1);
        // AND a filter that matches few reads through the rest without keeping it
        timer.restart();
        choose(child<QComboBox>(&dialog, QStringLiteral("kindFilter")), int(JournalEntry::Undo));
        qInfo("a filter matching nothing in %.1f ms", timer.nsecsElapsed() / 1e6);
        QCOMPARE(dialog.entries().size(), 0);
    }

    void shouldListCompareAndSaveSnapshots()
    {
        // GIVEN a register whose policy was published, then changed
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openWith(dir, window));
        Document &doc = *window.document();
        QVERIFY(publishPolicy(doc, QStringLiteral("2.0"), QDateTime(QDate(2026, 3, 3), QTime(10, 0), Qt::UTC)));

        // WHEN the snapshots are opened
        window.findChild<QAction *>(QStringLiteral("snapshotsAction"))->trigger();
        auto *dialog = window.findChild<SnapshotsDialog *>();
        QVERIFY(dialog);
        QStringList warnings, notices;
        dialog->warn = [&](const QString &, const QString &text) { warnings.append(text); };
        dialog->inform = [&](const QString &, const QString &text) { notices.append(text); };

        // THEN the publishing is listed, by whom
        auto *list = child<QTreeWidget>(dialog, QStringLiteral("snapshots"));
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), currentOsUser());
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Policy version 2.0 published"));
        // AND a change made while it is open leaves the list as it is
        QVERIFY(renameSales(doc, QStringLiteral("Handel")));
        QCOMPARE(list->topLevelItemCount(), 1);

        // WHEN it is compared with now
        child<QPushButton>(dialog, QStringLiteral("compare"))->click();

        // THEN the one change since is listed: the item by name, the field by label, then and now
        auto *comparison = child<QTreeWidget>(dialog, QStringLiteral("comparison"));
        QCOMPARE(comparison->topLevelItemCount(), 1);
        QTreeWidgetItem *row = comparison->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("Handel"));
        QVERIFY2(row->text(1).startsWith(fieldLabel(QStringLiteral("name"))), qPrintable(row->text(1)));
        QCOMPARE(row->text(2), QStringLiteral("\"Salg\""));
        QCOMPARE(row->text(3), QStringLiteral("\"Handel\""));

        // WHEN the policy is published again while the window is open
        QVERIFY(publishPolicy(doc, QStringLiteral("2.1"), QDateTime(QDate(2026, 3, 3), QTime(11, 0), Qt::UTC)));

        // THEN it is listed at the top
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("Policy version 2.1 published"));

        // WHEN its text is shown
        QDialog *shown = dialog->showPublishedText();

        // THEN it is the text kept in the UI language, read-only
        QVERIFY(shown);
        auto *view = child<QTextBrowser>(shown, QStringLiteral("publishedTextView"));
        QVERIFY(view->isReadOnly());
        QVERIFY2(view->toPlainText().contains(QStringLiteral("Privacy policy")), qPrintable(view->toPlainText().left(200)));
        delete shown;

        // WHEN its documents are saved
        QTemporaryDir out;
        QStringList written;
        QVERIFY2(dialog->saveDocuments(out.path(), &written), qPrintable(warnings.join(u'\n')));

        // THEN every kept text is written as it was published, in a folder of its own
        Snapshot kept;
        QVERIFY(readSnapshotOf(doc.filePath(), Snapshot::Published, 0, &kept));
        QCOMPARE(written.size(), kept.documents.size());
        QFile da(QFileInfo(written.first()).dir().filePath(QStringLiteral("privacy-policy-da.html")));
        QVERIFY(da.open(QIODevice::ReadOnly));
        QCOMPARE(da.readAll(), kept.documents.value(QStringLiteral("da/html")));
        QCOMPARE(notices.size(), 1);

        // WHEN the record is submitted and its documents are saved
        QByteArray pdf;
        RecordOptions options;
        options.today = QDate(2026, 3, 4);
        QVERIFY(submitRecord(doc, options, {QDate(2026, 3, 4), QStringLiteral("Datatilsynet"), QStringLiteral("26-123")}, &pdf));
        dialog->reload(); // submitting is not a step, so nothing tells the window
        QCOMPARE(list->topLevelItemCount(), 3);
        QVERIFY2(list->topLevelItem(0)->text(2).contains(QStringLiteral("26-123")), qPrintable(list->topLevelItem(0)->text(2)));
        QVERIFY(!child<QPushButton>(dialog, QStringLiteral("showText"))->isEnabled()); // a record keeps no text
        QVERIFY(dialog->saveDocuments(out.path(), &written));

        // THEN the record is made again from the register as submitted, and the folder is new
        QCOMPARE(written.size(), 1);
        QVERIFY(written.first().endsWith(QStringLiteral("record-2026-03-04.pdf")));
        QFile record(written.first());
        QVERIFY(record.open(QIODevice::ReadOnly));
        QVERIFY(record.readAll().startsWith("%PDF"));
        QVERIFY(notices.last().contains(QStringLiteral("SHA-256")));
        QCOMPARE(QDir(out.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
        QVERIFY(warnings.isEmpty());
        delete dialog;
    }

    void shouldLookRightInTheLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"en", "da", "nb", "sv"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    void shouldLookRightInTheLanguage()
    {
        QFETCH(QString, lang);
        // GIVEN the Øsyn example in the UI language, edited, published and edited again
        installUiLanguage(lang);
        QTemporaryDir dir;
        QVERIFY(QFile::copy(Test::sourcePath(QStringLiteral("resources/examples/oesyn.json")), dir.filePath(QStringLiteral("oesyn.json"))));
        MainWindow window;
        window.warn = [](const QString &, const QString &text) { QFAIL(qPrintable(text)); };
        QVERIFY(window.openFile(dir.filePath(QStringLiteral("oesyn.json"))));
        Document &doc = *window.document();
        const ProcessingActivity first = doc.reg().activities.at(0);
        QVERIFY(doc.update<ProcessingActivity>(
            first.id, [](ProcessingActivity &a) { a.notes = QStringLiteral("Gennemgået med HR."); }, QStringLiteral("Notes")));
        QVERIFY(doc.updateOrganisation([](Organisation &o) { o.phone = QStringLiteral("+45 70 20 30 40"); }, QStringLiteral("Phone")));
        QVERIFY(publishPolicy(doc, QStringLiteral("3.0"), QDateTime::currentDateTimeUtc()));
        QVERIFY(doc.update<ProcessingActivity>(
            first.id, [](ProcessingActivity &a) { a.nextReview = QDate(2027, 3, 1); }, QStringLiteral("Review")));
        QVERIFY(doc.undo());
        QVERIFY(doc.redo());

        // WHEN the history and the snapshots are opened
        HistoryDialog *history = openHistory(window, QStringLiteral("registerHistoryAction"));
        QVERIFY(history);
        QApplication::processEvents();
        auto *entries = child<QTreeWidget>(history, QStringLiteral("entries"));
        entries->setCurrentItem(entries->topLevelItem(entries->topLevelItemCount() - 1));
        window.findChild<QAction *>(QStringLiteral("snapshotsAction"))->trigger();
        auto *snapshots = window.findChild<SnapshotsDialog *>();
        QVERIFY(snapshots && snapshots->compareWithNow());

        // THEN they fit a 1280x720 screen, the dialogs' own titles are in the language
        for (QDialog *d : {static_cast<QDialog *>(history), static_cast<QDialog *>(snapshots)}) {
            QVERIFY(d->frameGeometry().width() <= 1280 && d->frameGeometry().height() <= 720);
        }
        // AND no row shows a field's key or a kind's code where a label exists
        for (int row = 0; row < entries->topLevelItemCount(); ++row) {
            const QString fields = entries->topLevelItem(row)->text(4);
            QVERIFY2(!fields.contains(QStringLiteral("nextReview")) && !fields.contains(QStringLiteral("phone")), qPrintable(fields));
            QVERIFY(!entries->topLevelItem(row)->text(3).isEmpty());
        }
        save(history, QStringLiteral("history-%1.png").arg(lang));
        save(snapshots, QStringLiteral("snapshots-%1.png").arg(lang));
        delete history;
        delete snapshots;
        installUiLanguage(QStringLiteral("en"));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    // The offscreen platform's one screen, as a laptop's.
    QTemporaryFile config(QDir::tempPath() + QStringLiteral("/fortegnelse-screen-XXXXXX.json"));
    if (!Test::useOneScreen(config, QStringLiteral("1280x720")))
        return 2;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseHistoryTests"));
    TestHistoryDialog tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_historydialog.moc"

// The main window at a laptop's size and at 200 %, in every language: layout facts that
// can fail, and the screenshots for the README (FORTEGNELSE_SCREENSHOTS=<dir>).
//
// The screen is the offscreen platform's, configured from FORTEGNELSE_TEST_SCREEN
// ("1280x720", the default, or "1920x1080"); QT_SCALE_FACTOR comes from ctest, since it
// must be set before the application exists. 1920x1080 at 2 is 960x540 logical pixels.

#include "document.h"
#include "itemform.h"
#include "listpage.h"
#include "mainwindow.h"
#include "startpage.h"
#include "testsupport.h"
#include "uilanguage.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QHeaderView>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>

using namespace Fortegnelse;
using Fortegnelse::Test::child;
using Fortegnelse::Test::save;

namespace {

/// Below this the fields of a form cannot show what is typed (logical pixels).
constexpr int minimumFormWidth = 320;

QString sizeName()
{
    const QSize screen = QGuiApplication::primaryScreen()->size() * QGuiApplication::primaryScreen()->devicePixelRatio();
    return QStringLiteral("%1x%2@%3").arg(screen.width()).arg(screen.height()).arg(qRound(QGuiApplication::primaryScreen()->devicePixelRatio()));
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void shouldFitTheScreenAndLeaveTheFormRoom_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"da", "nb", "sv", "en"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    void shouldFitTheScreenAndLeaveTheFormRoom()
    {
        QFETCH(QString, lang);
        // GIVEN the UI in the language, a first start, and the Øsyn example
        installUiLanguage(lang);
        QSettings().remove(QStringLiteral("window"));
        QTemporaryDir dir;
        QVERIFY(QFile::copy(Test::sourcePath(QStringLiteral("resources/examples/oesyn.json")), dir.filePath(QStringLiteral("oesyn.json"))));
        MainWindow window;
        window.showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        // THEN the start page fits
        QVERIFY2(available.contains(window.frameGeometry()), qPrintable(sizeName()));
        save(&window, QStringLiteral("start-%1-%2.png").arg(sizeName(), lang));

        // WHEN the example is open on its activities, one selected
        QVERIFY(window.openFile(dir.filePath(QStringLiteral("oesyn.json"))));
        save(&window, QStringLiteral("overview-%1-%2.png").arg(sizeName(), lang));
        window.showPart(EntityKind::Activity);
        ListPage *page = window.listPage(EntityKind::Activity);
        page->select(QStringLiteral("customer-admin"));
        QApplication::processEvents();

        // THEN the window fits the screen
        QVERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1: window %2x%3 on %4x%5").arg(sizeName()).arg(window.frameGeometry().width()).arg(window.frameGeometry().height()).arg(available.width()).arg(available.height())));
        // AND the editor and the form keep a usable width
        QWidget *pages = child<QWidget>(&window, QStringLiteral("pages"));
        QVERIFY2(pages->width() >= 560, qPrintable(QString::number(pages->width())));
        QVERIFY2(page->form()->width() >= minimumFormWidth,
                 qPrintable(QStringLiteral("%1: form %2 px").arg(sizeName()).arg(page->form()->width())));
        // AND no part's name in the navigator is cut
        auto *navigator = child<QListWidget>(&window, QStringLiteral("navigator"));
        for (int i = 0; i < navigator->count(); ++i) {
            const int needed = navigator->fontMetrics().horizontalAdvance(navigator->item(i)->text());
            QVERIFY2(needed <= navigator->viewport()->width(),
                     qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4").arg(sizeName(), navigator->item(i)->text()).arg(needed).arg(navigator->viewport()->width())));
        }
        // AND no header of the activity list is elided
        QHeaderView *header = page->view()->horizontalHeader();
        const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        QStringList elided;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section))
                continue;
            const QString text = page->view()->model()->headerData(section, Qt::Horizontal).toString();
            const int needed = header->fontMetrics().horizontalAdvance(text) + margin;
            if (needed > header->sectionSize(section))
                elided.append(QStringLiteral("\"%1\" needs %2 px, has %3").arg(text).arg(needed).arg(header->sectionSize(section)));
        }
        QVERIFY2(elided.isEmpty(), qPrintable(sizeName() + QLatin1Char(' ') + elided.join(QStringLiteral("; "))));
        save(&window, QStringLiteral("activity-editor-%1-%2.png").arg(sizeName(), lang));
        installUiLanguage(QStringLiteral("en"));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    // The offscreen platform's one screen, as a laptop's (or a 1080p monitor's) would be.
    QTemporaryFile config(QDir::tempPath() + QStringLiteral("/fortegnelse-screen-XXXXXX.json"));
    if (!Test::useOneScreen(config, qEnvironmentVariable("FORTEGNELSE_TEST_SCREEN", QStringLiteral("1280x720"))))
        return 2;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FortegnelseWorkspaceTests"));
    TestWorkspace tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_workspace.moc"

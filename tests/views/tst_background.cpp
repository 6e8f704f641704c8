// The one concurrency module (model/concurrency.h, issue 18 item 5): the record and the
// policy preview made in the background come out exactly as made in the foreground, many
// times over and several at once, and a window closed while one is being made exits
// cleanly. Run under ASan and TSan too (see the report of issue 18).

#include "concurrency.h"
#include "document.h"
#include "jsoncodec.h"
#include "policypreview.h"
#include "recordpainter.h"
#include "testsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QPdfDocument>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>

#include <atomic>
#include <memory>
#include <vector>

using namespace Fortegnelse;

namespace {

/// How many times each background run is repeated: FORTEGNELSE_BACKGROUND_RUNS, else 6.
int runs()
{
    return qEnvironmentVariableIsSet("FORTEGNELSE_BACKGROUND_RUNS") ? qEnvironmentVariableIntValue("FORTEGNELSE_BACKGROUND_RUNS") : 6;
}

/// The text of each page of a PDF, as a reader would copy it.
QStringList pageTexts(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument doc;
    doc.load(&buffer);
    QStringList pages;
    for (int i = 0; i < doc.pageCount(); ++i)
        pages.append(doc.getAllText(i).text());
    return pages;
}

Register example(const QString &name)
{
    QFile f(Test::sourcePath(QStringLiteral("resources/examples/%1.json").arg(name)));
    Register reg;
    QList<Json::Error> errors;
    if (!f.open(QIODevice::ReadOnly) || !Json::read(f.readAll(), &reg, &errors))
        qWarning("example %s cannot be read", qPrintable(name));
    return reg;
}

/// An example's activities \a times over, each copy with an id of its own: long enough
/// that the record is laid out in many pieces and painted in parts.
Register repeated(const QString &name, int times)
{
    Register reg = example(name);
    const QList<ProcessingActivity> originals(reg.activities.begin(), reg.activities.end());
    for (int t = 1; t < times; ++t)
        for (ProcessingActivity a : originals) {
            a.id += QStringLiteral("-%1").arg(t);
            reg.activities.append(a);
        }
    return reg;
}

RecordOptions recordOptions(const QString &lang)
{
    RecordOptions options;
    options.language = lang;
    options.today = QDate(2026, 3, 1);
    return options;
}

struct Made
{
    bool ok = false;
    QString error;
    QByteArray pdf;
};

Made makeRecord(const Register &reg, const RecordOptions &options)
{
    Made made;
    made.ok = writeRecordPdf(reg, options, &made.pdf, &made.error);
    return made;
}

} // namespace

class TestBackground : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Qt warns when a timer or object is used on a thread it does not belong to.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("^QBasicTimer|^QObject|^QThread|^QFont|^QSocketNotifier")));
    }

    void shouldRunEveryPartOnceWhateverThePoolHolds_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("fromAPoolTask");
        QTest::newRow("no part") << 0 << false;
        QTest::newRow("one part") << 1 << false;
        QTest::newRow("8 parts from the GUI thread") << 8 << false;
        QTest::newRow("33 parts from the GUI thread") << 33 << false;
        QTest::newRow("8 parts from a pool task, the pool full") << 8 << true;
    }
    void shouldRunEveryPartOnceWhateverThePoolHolds()
    {
        QFETCH(int, count);
        QFETCH(bool, fromAPoolTask);
        // GIVEN a pool of two threads, and when asked, both taken: one by a task that
        // waits, one by the task that splits its job
        QThreadPool *pool = QThreadPool::globalInstance();
        const int maxThreads = pool->maxThreadCount();
        pool->setMaxThreadCount(2);
        QSemaphore release;
        QFuture<void> blocker;
        if (fromAPoolTask)
            blocker = runInBackground([&release] { release.acquire(); });
        // WHEN the job is split into parts
        std::vector<std::atomic<int>> ran(size_t(qMax(count, 1)));
        std::atomic<bool> firstOnCaller = count == 0;
        const auto split = [&] {
            QThread *caller = QThread::currentThread();
            runInParallel(count, [&](int i) {
                ++ran[size_t(i)];
                if (i == 0)
                    firstOnCaller = QThread::currentThread() == caller;
            });
        };
        if (fromAPoolTask) {
            QFuture<void> task = runInBackground(split);
            // THEN it finishes although no thread of the pool is free for its parts
            QTRY_VERIFY_WITH_TIMEOUT(task.isFinished(), 10000);
        } else {
            split();
        }
        release.release();
        blocker.waitForFinished();
        pool->setMaxThreadCount(maxThreads);
        // AND every part ran exactly once, the first on the thread that asked
        for (int i = 0; i < count; ++i)
            QVERIFY2(ran[size_t(i)] == 1, qPrintable(QStringLiteral("part %1 ran %2 times").arg(i).arg(ran[size_t(i)].load())));
        QVERIFY(firstOnCaller);
    }

    void shouldLookUpFromManyThreadsAtOnce()
    {
        // A register is read on every core at once (the record's items are made in
        // parallel): the first look-up by id after a change builds the list's index, and
        // must do so once, whoever asks first (the record of 1,000 activities crashed,
        // one run in six under load, on two threads building it at once).
        EntityList<DataCategory> list;
        for (int i = 0; i < 2000; ++i) {
            DataCategory c;
            c.id = QStringLiteral("d%1").arg(i);
            list.append(c);
        }
        std::atomic<int> wrong = 0;
        for (int round = 0; round < 200 && wrong == 0; ++round) {
            DataCategory first = list.at(0);
            first.id = QStringLiteral("d0-%1").arg(round);
            list.replace(0, first); // a new id: the index is built again when next asked
            const EntityList<DataCategory> &shared = list;
            runInParallel(4, [&](int part) {
                for (int i = part; i < 2000; i += 4) {
                    const QString id = i == 0 ? first.id : QStringLiteral("d%1").arg(i);
                    const DataCategory *found = shared.find(id);
                    if (!found || found->id != id || shared.indexOf(id) != i)
                        ++wrong;
                }
            });
        }
        QCOMPARE(wrong.load(), 0);
    }

    void shouldMakeTheRecordInTheBackgroundAsInTheForeground_data()
    {
        QTest::addColumn<Register>("reg");
        QTest::addColumn<QString>("lang");
        QTest::newRow("sample register, da") << Test::sampleRegister() << QStringLiteral("da");
        // About 140 pages: laid out in pieces on every core and painted in parts.
        QTest::newRow("octopus eight times over, en") << repeated(QStringLiteral("octopus"), 8) << QStringLiteral("en");
    }
    void shouldMakeTheRecordInTheBackgroundAsInTheForeground()
    {
        QFETCH(Register, reg);
        QFETCH(QString, lang);
        // GIVEN the record made on this thread
        const Made foreground = makeRecord(reg, recordOptions(lang));
        QVERIFY2(foreground.ok, qPrintable(foreground.error));
        const QStringList expected = pageTexts(foreground.pdf);
        QVERIFY(!expected.isEmpty());
        // WHEN it is made in the background, two at once, again and again
        for (int run = 0; run < runs(); run += 2) {
            QFuture<Made> first = runInBackground(makeRecord, reg, recordOptions(lang));
            QFuture<Made> second = runInBackground(makeRecord, reg, recordOptions(lang));
            // THEN each reads exactly as the one made in the foreground
            for (const Made &made : {first.result(), second.result()}) {
                QVERIFY2(made.ok, qPrintable(made.error));
                const QStringList pages = pageTexts(made.pdf);
                QCOMPARE(pages.size(), expected.size());
                for (qsizetype i = 0; i < pages.size(); ++i)
                    QVERIFY2(pages.at(i) == expected.at(i), qPrintable(QStringLiteral("run %1, page %2 differs").arg(run).arg(i + 1)));
            }
        }
    }

    void shouldPreviewInTheBackgroundAsInTheForeground_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char *lang : {"da", "en"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    void shouldPreviewInTheBackgroundAsInTheForeground()
    {
        QFETCH(QString, lang);
        // GIVEN a register open, its policy previewed in the foreground
        QTemporaryDir dir;
        QString error;
        Register reg = example(QStringLiteral("oesyn"));
        reg.organisation.language = lang;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), reg, &error);
        QVERIFY2(doc, qPrintable(error));
        PolicyPreview preview;
        QSignalSpy updated(&preview, &PolicyPreview::updated);
        preview.setDocument(doc.get()); // starts a background run
        preview.regenerate(); // waits for it, then makes the policy here
        const QString expected = preview.browser()->toHtml();
        QVERIFY(preview.browser()->toPlainText().contains(QStringLiteral("OESYN")));
        for (int run = 0; run < runs(); ++run) {
            // WHEN it is made again in the background, asked for several times at once
            updated.clear();
            for (int ask = 0; ask < 5; ++ask)
                preview.regenerateInBackground();
            QVERIFY(updated.wait(20000));
            // THEN the browser shows the same policy, in a document it owns
            QCOMPARE(preview.browser()->toHtml(), expected);
            QVERIFY(preview.browser()->document()->parent() == preview.browser());
            QCOMPARE(preview.browser()->document()->thread(), QThread::currentThread());
        }
    }

    void shouldCloseWhileMakingInTheBackground()
    {
        // GIVEN a preview making a large policy in the background
        QTemporaryDir dir;
        QString error;
        auto doc = Document::create(dir.filePath(QStringLiteral("r.ropa")), repeated(QStringLiteral("oesyn"), 10), &error);
        QVERIFY2(doc, qPrintable(error));
        for (int run = 0; run < runs(); ++run) {
            auto preview = std::make_unique<PolicyPreview>();
            preview->setDocument(doc.get());
            // WHEN it is closed before the policy is done
            preview.reset();
        }
        // THEN nothing is left running, and nothing leaks (LeakSanitizer, at exit)
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    TestBackground tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_background.moc"

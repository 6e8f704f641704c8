// bench_register: how the register performs at 100, 1,000 and 10,000 activities (issue 7).
//
// Prints one line per operation and size: "open+list  10000  212.40 ms  (median of 5)".
// Each size's register is generated and written to a .ropa file first, untimed. Peak
// memory is measured in a fresh process per size (this program run with --memory FILE),
// since VmHWM only ever grows. docs/performance.md has the figures and the targets.

#include "checker.h"
#include "checks.h"
#include "document.h"
#include "jsoncodec.h"
#include "policygenerator.h"
#include "policypreview.h"
#include "policywriters.h"
#include "problemspanel.h"
#include "recordpainter.h"
#include "registerlistmodel.h"
#include "store.h"
#include "benchtiming.h"
#include "syntheticregister.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPdfDocument>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace Fortegnelse::Bench {

namespace {

constexpr int screenfulRows = 40;

struct Settings
{
    QList<int> sizes{100, 1000, 10000};
    int runs = 5;
    int edits = 50;
    /// An operation stops repeating once its runs took this long: the Article 30 PDF of
    /// 10,000 activities is measured, but not five times.
    qint64 budgetMs = 30000;
    QString dir;
    bool keepDocuments = false; ///< leave the generated documents in dir
    QStringList skip; ///< operations not to measure, by the names they print
    bool wanted(const char *operation) const { return !skip.contains(QLatin1String(operation)); }
};

/// The activity list as ListPage sets it up: the list model behind a case-insensitive
/// proxy that filters on every column.
void setUpProxy(QSortFilterProxyModel &proxy, RegisterListModel &model)
{
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    proxy.setSortLocaleAware(true);
    proxy.setSourceModel(&model);
}

/// What a view does to show the first screenful: every column of the first 40 rows.
int touchScreenful(const QSortFilterProxyModel &proxy)
{
    const int rows = std::min(proxy.rowCount(), screenfulRows);
    qsizetype chars = 0;
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < proxy.columnCount(); ++column)
            chars += proxy.index(row, column).data().toString().size();
    return int(chars);
}

/// The child process of the memory measurement: open, list and check, then print
/// "<VmHWM kB> <VmRSS kB before opening>".
int measureMemory(const QString &path)
{
    const qint64 baseline = statusKb("VmRSS");
    QString error;
    // The parent holds the register open for editing; a second process opens it read-only.
    std::unique_ptr<Document> doc = Document::open(path, &error, Document::Mode::ReadOnly);
    if (!doc) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    RegisterListModel model(doc.get(), EntityKind::Activity);
    QSortFilterProxyModel proxy;
    setUpProxy(proxy, model);
    touchScreenful(proxy);
    const QList<Problem> problems = checkRegister(doc->reg(), {benchmarkToday(), doc->lastChange()});
    std::printf("%lld %lld %lld\n", statusKb("VmHWM"), baseline, qlonglong(problems.size()));
    return 0;
}

/// What every operation of one size works on.
struct Bench
{
    const Settings &s;
    int size;
    QString path; ///< the generated register
    const Register *reg = nullptr;
    QDateTime lastChange;
};

void openAndList(const Bench &b)
{
    // What the officer waits for is the list; the previous run's register is freed
    // untimed, as the app frees the register it closes after showing the new one.
    QString error;
    std::unique_ptr<Document> doc;
    std::unique_ptr<RegisterListModel> model;
    std::unique_ptr<QSortFilterProxyModel> proxy;
    const auto close = [&] {
        proxy.reset();
        model.reset();
        doc.reset();
    };
    report("open+list", b.size, measure(b.s.runs, b.s.budgetMs, close, [&] {
               doc = Document::open(b.path, &error);
               if (!doc)
                   return fail("open+list", b.size, error);
               model = std::make_unique<RegisterListModel>(doc.get(), EntityKind::Activity);
               proxy = std::make_unique<QSortFilterProxyModel>();
               setUpProxy(*proxy, *model);
               touchScreenful(*proxy);
           }));
    close();
}

void filter(const Bench &b, Document *doc)
{
    RegisterListModel model(doc, EntityKind::Activity);
    QSortFilterProxyModel proxy;
    setUpProxy(proxy, model);
    touchScreenful(proxy);
    int matched = 0;
    const Timing t = measure(
        b.s.runs, b.s.budgetMs, [&] { proxy.setFilterFixedString(QString()); },
        [&] {
            proxy.setFilterFixedString(onePercentFilterTerm());
            matched = proxy.rowCount();
            touchScreenful(proxy);
        });
    if (matched != b.size / 100)
        fail("filter", b.size,
             QStringLiteral("%1 rows matched, expected %2").arg(matched).arg(b.size / 100));
    report("filter", b.size, t, QStringLiteral("%1 of %2 rows match").arg(matched).arg(b.size));
}

/// Typing an activity's name with the problems panel open: the name is in the
/// activity's messages, so each keystroke changes problems and the panel is refilled.
void renameWithProblemsPanel(const Bench &b, Document *doc)
{
    ProblemsPanel panel;
    panel.setDocument(doc);
    panel.checker()->setToday(benchmarkToday());
    const auto withProblems = std::find_if(
        panel.checker()->problems().cbegin(), panel.checker()->problems().cend(),
        [](const Problem &p) { return p.kind == EntityKind::Activity; });
    if (withProblems == panel.checker()->problems().cend())
        return fail("edit+problems", b.size, QStringLiteral("no activity has a problem"));
    const QString id = withProblems->itemId;
    QString name = doc->reg().activities.find(id)->name.text(QStringLiteral("da"));
    const Timing t = measure(b.s.edits, b.s.budgetMs, [&] {
        name += QLatin1Char(char('a' + name.size() % 26));
        doc->update<ProcessingActivity>(
            id, [&](ProcessingActivity &a) { a.name.set(QStringLiteral("da"), name); }, {},
            QStringLiteral("name"));
    });
    report("edit+problems", b.size, t,
           QStringLiteral("max %1 ms; %2 problems listed")
               .arg(t.max, 0, 'f', 2)
               .arg(panel.checker()->problems().size()));
}

/// Typing in a field: one activity's notes, one character more each time. Each edit is
/// an undo command whose redo writes the row in its own SQLite transaction. The edits go
/// to a copy, so the register the other operations read stays as generated.
void edit(const Bench &b)
{
    const QString editPath = QStringLiteral("%1/edit-%2.ropa").arg(b.s.dir).arg(b.size);
    QFile::remove(editPath);
    QString error;
    std::unique_ptr<Document> doc;
    if (QFile::copy(b.path, editPath))
        doc = Document::open(editPath, &error);
    if (!doc)
        return fail("edit", b.size, error);
    QObject::connect(doc.get(), &Document::writeFailed, doc.get(),
                     [size = b.size](const QString &message) { fail("edit", size, message); });
    const QString id = doc->reg().activities.at(b.size / 2).id;
    const QString start = QStringLiteral("Gennemgået ");
    QString typed = start;
    const auto typeOne = [&] {
        typed += QLatin1Char(char('a' + typed.size() % 26));
        doc->update<ProcessingActivity>(
            id, [&](ProcessingActivity &a) { a.notes = typed; }, {}, QStringLiteral("notes"));
    };
    if (b.s.wanted("edit")) {
        const Timing t = measure(b.s.edits, b.s.budgetMs, typeOne);
        report("edit", b.size, t, QStringLiteral("max %1 ms").arg(t.max, 0, 'f', 2));
    }
    if (b.s.wanted("edit+views")) {
        // As in the app: the list and the live problems follow every change.
        RegisterListModel model(doc.get(), EntityKind::Activity);
        QSortFilterProxyModel proxy;
        setUpProxy(proxy, model);
        touchScreenful(proxy);
        Checker checker(doc.get());
        checker.setToday(benchmarkToday());
        const Timing t = measure(b.s.edits, b.s.budgetMs, typeOne);
        report("edit+views", b.size, t, QStringLiteral("max %1 ms").arg(t.max, 0, 'f', 2));
    }
    if (b.s.wanted("edit+problems"))
        renameWithProblemsPanel(b, doc.get());
    if (typed != start && doc->reg().activities.find(id)->notes != typed)
        fail("edit", b.size, QStringLiteral("the edits did not reach the register"));
}

void json(const Bench &b)
{
    QByteArray json;
    const Timing exported = measure(b.s.runs, b.s.budgetMs, [&] { json = Json::write(*b.reg); });
    if (b.s.wanted("json export"))
        report("json export", b.size, exported, megabytes(json.size()));
    if (b.s.wanted("json import"))
        report("json import", b.size, measure(b.s.runs, b.s.budgetMs, [&] {
                   Register read;
                   QList<Json::Error> errors;
                   if (!Json::read(json, &read, &errors))
                       fail("json import", b.size, Json::summarize(errors));
               }));
}

/// Checks a generated document and, when the files go to a folder of the caller's
/// choosing (--dir), leaves it there to look at.
void keep(const Bench &b, const char *operation, const QString &suffix, const QByteArray &bytes)
{
    const bool pdf = suffix == u"pdf";
    if (bytes.size() < 100 || (pdf && !bytes.startsWith("%PDF-")))
        fail(operation, b.size, QStringLiteral("the document is empty or not a %1 file").arg(suffix));
    if (!b.s.keepDocuments)
        return;
    QFile file(QStringLiteral("%1/%2-%3.%4")
                   .arg(b.s.dir, QString::fromLatin1(operation).replace(QLatin1Char(' '), QLatin1Char('-')))
                   .arg(b.size)
                   .arg(suffix));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        fail(operation, b.size, file.errorString());
}

void policy(const Bench &b, const char *operation, PolicyFormat format)
{
    QByteArray bytes;
    QString error;
    const Timing t = measure(b.s.runs, b.s.budgetMs, [&] {
        PolicyDocument generated;
        if (!PolicyGenerator::generate(*b.reg, PolicyOptions{}, &generated, &error)
            || !writePolicy(generated, format, &bytes, &error))
            fail(operation, b.size, error);
    });
    report(operation, b.size, t, megabytes(bytes.size()));
    keep(b, operation, policyFormatSuffix(format), bytes);
}

/// The live policy preview regenerates the whole policy a moment after each edit: all
/// of it, and the part that stays on the GUI thread when the policy is made in the
/// background (handing the parsed document to the browser, which lays out what shows).
void preview(const Bench &b, Document *doc)
{
    PolicyPreview preview;
    preview.setDocument(doc);
    preview.regenerate(); // the first generation, untimed
    if (b.s.wanted("preview"))
        report("preview", b.size, measure(b.s.runs, b.s.budgetMs, [&] { preview.regenerate(); }),
               QStringLiteral("after each edit"));
    if (b.s.wanted("preview gui")) {
        PolicyDocument policy;
        QString error;
        if (!PolicyGenerator::generate(*b.reg, PolicyOptions{}, &policy, &error))
            return fail("preview gui", b.size, error);
        // Each document is made first, untimed, as the worker thread makes it.
        const QString html = toHtml(policy, false);
        QTextDocument *text = nullptr;
        const Timing t = measure(
            b.s.runs, b.s.budgetMs,
            [&] { text = PolicyPreview::makeTextDocument(html, preview.browser()->font()); },
            [&] {
                preview.showTextDocument(text);
                QCoreApplication::processEvents(); // what the browser does before it is seen
            });
        if (preview.browser()->toPlainText().size() < html.size() / 4)
            return fail("preview gui", b.size, QStringLiteral("the preview shows too little"));
        report("preview gui", b.size, t, QStringLiteral("showing the parsed policy"));
    }
}

void record(const Bench &b)
{
    RecordOptions options;
    options.today = benchmarkToday();
    QByteArray pdf;
    QString error;
    const Timing t = measure(b.s.runs, b.s.budgetMs, [&] {
        if (!writeRecordPdf(*b.reg, options, &pdf, &error))
            fail("record pdf", b.size, error);
    });
    // Read back with QtPdf, untimed: every activity takes at least a part of a page, and
    // far fewer pages, or none, is a broken record.
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument reader;
    reader.load(&buffer);
    const int pages = reader.status() == QPdfDocument::Status::Ready ? reader.pageCount() : 0;
    report("record pdf", b.size, t,
           QStringLiteral("%1, %2 pages").arg(megabytes(pdf.size())).arg(pages));
    keep(b, "record pdf", QStringLiteral("pdf"), pdf);
    if (pages < b.size / 4)
        fail("record pdf", b.size,
             QStringLiteral("%1 pages for %2 activities").arg(pages).arg(b.size));
}

void checks(const Bench &b)
{
    qsizetype problems = 0;
    const CheckContext ctx{benchmarkToday(), b.lastChange};
    const Timing t = measure(b.s.runs, b.s.budgetMs,
                             [&] { problems = checkRegister(*b.reg, ctx).size(); });
    report("checks", b.size, t, QStringLiteral("%1 problems").arg(problems));
}

/// Peak memory in a fresh process, since VmHWM never goes down.
void memory(const Bench &b)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--memory"), b.path});
    if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit
        || child.exitCode() != 0)
        return fail("peak memory", b.size, QString::fromLocal8Bit(child.readAllStandardError()));
    const QList<QByteArray> kb = child.readAllStandardOutput().trimmed().split(' ');
    std::printf("%-13s %6d %10.1f MB  (VmHWM after open+list+checks; %.1f MB before opening)\n",
                "peak memory", b.size, kb.value(0).toDouble() / 1024.0,
                kb.value(1).toDouble() / 1024.0);
    std::fflush(stdout);
}

void benchSize(int size, const Settings &s)
{
    Bench b{s, size, QStringLiteral("%1/synthetic-%2.ropa").arg(s.dir).arg(size), nullptr, {}};
    QString error;
    {
        const Register generated = syntheticRegister(size);
        if (!Store::create(b.path, generated, &error))
            return fail("create", size, error);
        std::printf("# %d activities, %d parties, %d transfers; .ropa file %s\n",
                    generated.activities.size(), generated.parties.size(),
                    generated.transfers.size(),
                    qPrintable(megabytes(QFileInfo(b.path).size())));
    }
    if (s.wanted("open+list"))
        openAndList(b);

    const std::unique_ptr<Document> doc = Document::open(b.path, &error);
    if (!doc)
        return fail("open", size, error);
    b.reg = &doc->reg();
    b.lastChange = doc->lastChange();
    if (s.wanted("filter"))
        filter(b, doc.get());
    if (s.wanted("edit") || s.wanted("edit+views") || s.wanted("edit+problems"))
        edit(b);
    if (s.wanted("json export") || s.wanted("json import"))
        json(b);
    if (s.wanted("policy md"))
        policy(b, "policy md", PolicyFormat::Markdown);
    if (s.wanted("policy pdf"))
        policy(b, "policy pdf", PolicyFormat::Pdf);
    if (s.wanted("preview") || s.wanted("preview gui"))
        preview(b, doc.get());
    if (s.wanted("record pdf"))
        record(b);
    if (s.wanted("checks"))
        checks(b);
    if (s.wanted("peak memory"))
        memory(b);
}

} // namespace

} // namespace Fortegnelse::Bench

int main(int argc, char *argv[])
{
    using namespace Fortegnelse::Bench;
    // The list model and the PDF writers need a GUI application, but no display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the register's operations on "
                                                    "synthetic registers of several sizes."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Size 100 only, one run each (for ctest)."));
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Comma-separated sizes (default 100,1000,10000)."),
                                   QStringLiteral("list"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Runs per operation (default 5)."),
                                  QStringLiteral("n"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Folder for the .ropa files and the generated "
                                                "documents (default: a new temporary folder, "
                                                "removed afterwards)."),
                                 QStringLiteral("folder"));
    const QCommandLineOption memory(QStringLiteral("memory"),
                                    QStringLiteral("Internal: open, list and check a file, then "
                                                   "print the peak memory."),
                                    QStringLiteral("file"));
    const QCommandLineOption skip(QStringLiteral("skip"),
                                  QStringLiteral("Comma-separated operations not to measure, "
                                                 "by the names they print (\"record pdf\")."),
                                  QStringLiteral("list"));
    parser.addOptions({quick, sizes, runs, dir, skip, memory});
    parser.process(app);

    if (parser.isSet(memory))
        return measureMemory(parser.value(memory));

    Settings s;
    if (parser.isSet(quick)) {
        s.sizes = {100};
        s.runs = 1;
        s.edits = 1;
    }
    if (parser.isSet(sizes)) {
        s.sizes.clear();
        for (const QString &size : parser.value(sizes).split(QLatin1Char(',')))
            s.sizes.append(size.toInt());
    }
    if (parser.isSet(runs))
        s.runs = std::max(1, parser.value(runs).toInt());
    if (parser.isSet(skip))
        s.skip = parser.value(skip).split(QLatin1Char(','));
    QTemporaryDir temporary;
    s.dir = parser.isSet(dir) ? parser.value(dir) : temporary.path();
    s.keepDocuments = parser.isSet(dir);

    // Other work on the machine shows in the figures, most of all in the edits, which
    // wait for the disk: say how busy it was.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QList<QByteArray> load = loadavg.open(QIODevice::ReadOnly)
        ? loadavg.readLine().split(' ').mid(0, 3)
        : QList<QByteArray>{"unknown"};
    std::printf("# bench_register, Qt %s, %d cores, load average %s\n", qVersion(),
                QThread::idealThreadCount(), load.join(' ').constData());
    for (int size : std::as_const(s.sizes))
        benchSize(size, s);
    return g_failed ? 1 : 0;
}

// The cost of the journal (issue 16), one line per figure:
//   edit           the same typing edit, with the journal and with its writes left out
//   open           opening a register with no journal entries and with many
//   history page   the first page (100 entries) of the journal, newest first
// Runs the two sides of each comparison alternately, so load on the machine falls on both.

#include "document.h"
#include "store.h"
#include "syntheticregister.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Fortegnelse;

namespace {

bool g_failed = false;

void fail(const char *what, const QString &error)
{
    g_failed = true;
    std::fprintf(stderr, "FAILED %s: %s\n", what, qPrintable(error));
}

/// A Store whose journal writes are left out: today's edit without the journal.
class NoJournal : public Storage
{
public:
    explicit NoJournal(std::unique_ptr<Storage> inner)
        : m_inner(std::move(inner))
    {}
    QString location() const override { return m_inner->location(); }
    bool begin(QString *e) override { return m_inner->begin(e); }
    bool put(EntityKind k, const QString &id, qint64 p, const QByteArray &b, QString *e) override
    {
        return m_inner->put(k, id, p, b, e);
    }
    bool erase(EntityKind k, const QString &id, QString *e) override { return m_inner->erase(k, id, e); }
    bool commit(QString *e) override { return m_inner->commit(e); }
    void rollback() override { m_inner->rollback(); }
    bool appendJournal(const QList<JournalEntry> &, QString *) override { return true; }
    bool readJournal(const JournalQuery &q, QList<JournalEntry> *p, QString *e) override
    {
        return m_inner->readJournal(q, p, e);
    }
    QDateTime lastChange() const override { return m_inner->lastChange(); }
    bool changedElsewhere() override { return m_inner->changedElsewhere(); }
    bool reload(Register *r, LoadReport *l, QString *e) override { return m_inner->reload(r, l, e); }

private:
    std::unique_ptr<Storage> m_inner;
};

double median(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const qsizetype n = ms.size();
    return n == 0 ? 0 : n % 2 ? ms.at(n / 2)
                              : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
}

template <class Work> double timed(Work &&work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

std::unique_ptr<Document> openDocument(const QString &path, bool journal)
{
    Register reg;
    QString error;
    std::unique_ptr<Storage> store = Store::open(path, &reg, &error);
    if (!store) {
        fail("open", error);
        return nullptr;
    }
    if (!journal)
        store = std::make_unique<NoJournal>(std::move(store));
    return Document::fromStorage(std::move(store), std::move(reg));
}

void editOverhead(const QString &dir, int size, int edits)
{
    const QString withPath = dir + QStringLiteral("/with.ropa");
    const QString withoutPath = dir + QStringLiteral("/without.ropa");
    QString error;
    const Register reg = Bench::syntheticRegister(size);
    if (!Store::create(withPath, reg, &error) || !Store::create(withoutPath, reg, &error))
        return fail("create", error);
    auto with = openDocument(withPath, true);
    auto without = openDocument(withoutPath, false);
    if (!with || !without)
        return;
    const QString id = reg.activities.at(size / 2).id;
    QString typed = QStringLiteral("Gennemgået ");
    QList<double> a, b;
    for (int n = 0; n < edits; ++n) {
        typed += QLatin1Char(char('a' + n % 26));
        const auto edit = [&](Document &doc) {
            doc.update<ProcessingActivity>(
                id, [&](ProcessingActivity &x) { x.notes = typed; }, {},
                QStringLiteral("notes"));
        };
        // Alternate which goes first, so neither always follows the other's fsync.
        if (n % 2) {
            a.append(timed([&] { edit(*with); }));
            b.append(timed([&] { edit(*without); }));
        } else {
            b.append(timed([&] { edit(*without); }));
            a.append(timed([&] { edit(*with); }));
        }
    }
    const double ma = median(a), mb = median(b);
    std::printf("%-22s %6d %9.2f ms  (without the journal %.2f ms; %+.1f%%; median of %d)\n", "edit", size, ma,
                mb, (ma / mb - 1) * 100, edits);
}

/// Appends \a count entries, each with a real activity's body before and after, in one transaction.
bool fillJournal(const QString &path, const Register &reg, int count, QString *error)
{
    const QString connection = QStringLiteral("bench-fill");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("BEGIN"));
        ok = ok && q.prepare(QStringLiteral("INSERT INTO journal VALUES (?, ?, ?, ?, 'edit', 'Edit processing "
                                            "activity', 'activity', ?, 'notes', ?, ?)"));
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
        for (int n = 1; ok && n <= count; ++n) {
            const ProcessingActivity &a = reg.activities.at(n % reg.activities.size());
            const QString body = QString::fromUtf8(storedBody(AnyItem(a)));
            q.addBindValue(n);
            q.addBindValue(n);
            q.addBindValue(start.addSecs(n * 300).toString(Qt::ISODateWithMs));
            // Three officers: two share the work, one made ten edits in all (the filter
            // that matches few entries).
            q.addBindValue(n % (count / 10 > 0 ? count / 10 : 1) == 0 ? QStringLiteral("rare")
                               : n % 3 == 0                           ? QStringLiteral("colleague")
                                                                      : QStringLiteral("bench"));
            q.addBindValue(a.id);
            q.addBindValue(body);
            q.addBindValue(body);
            ok = q.exec();
        }
        ok = ok && q.exec(QStringLiteral("COMMIT"));
        if (!ok)
            *error = q.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

void openAndFirstPage(const QString &dir, int size, int entries, int runs)
{
    const QString empty = dir + QStringLiteral("/empty.ropa");
    const QString full = dir + QStringLiteral("/full.ropa");
    QString error;
    const Register reg = Bench::syntheticRegister(size);
    if (!Store::create(empty, reg, &error) || !Store::create(full, reg, &error))
        return fail("create", error);
    if (!fillJournal(full, reg, entries, &error))
        return fail("fill", error);
    QList<double> a, b, page, item, rare, users;
    for (int n = 0; n < runs; ++n) {
        std::unique_ptr<Document> doc;
        b.append(timed([&] { doc = Document::open(empty, &error, Document::Mode::ReadOnly); }));
        doc.reset();
        a.append(timed([&] { doc = Document::open(full, &error, Document::Mode::ReadOnly); }));
        if (!doc)
            return fail("open", error);
        QList<JournalEntry> first;
        page.append(timed([&] {
            JournalQuery query;
            query.limit = 100;
            if (!doc->readJournal(query, &first, &error) || first.size() != 100)
                fail("history page", error);
        }));
        // An item's history: its entries are spread over the whole journal.
        item.append(timed([&] {
            JournalQuery query;
            query.itemKind = EntityKind::Activity;
            query.itemId = reg.activities.at(1).id;
            if (!doc->readJournal(query, &first, &error) || first.isEmpty())
                fail("item history", error);
        }));
        rare.append(timed([&] {
            JournalQuery query;
            query.actor = QStringLiteral("rare");
            if (!doc->readJournal(query, &first, &error) || first.isEmpty())
                fail("user filter", error);
        }));
        QStringList actors;
        users.append(timed([&] {
            if (!doc->readJournalActors(&actors, &error) || actors.size() != 3)
                fail("users", error);
        }));
    }
    std::printf("%-22s %6d %9.2f ms  (%d journal entries, %.0f MB; without entries %.2f ms; median of %d)\n",
                "open", size, median(a), entries, QFile(full).size() / 1e6, median(b), runs);
    std::printf("%-22s %6d %9.2f ms  (newest 100 of %d entries, with their bodies; median of %d)\n",
                "history first page", size, median(page), entries, runs);
    std::printf("%-22s %6d %9.2f ms  (one activity's entries, spread over %d; median of %d)\n", "history of one item",
                size, median(item), entries, runs);
    std::printf("%-22s %6d %9.2f ms  (a user with 10 of %d entries; median of %d)\n", "history of one user", size,
                median(rare), entries, runs);
    std::printf("%-22s %6d %9.2f ms  (the 3 users of %d entries; median of %d)\n", "history users", size,
                median(users), entries, runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Smallest sizes, once."));
    parser.addOption(quick);
    parser.process(app);
    const bool q = parser.isSet(quick);
    QTemporaryDir dir;
    editOverhead(dir.path(), q ? 100 : 10'000, q ? 4 : 60);
    openAndFirstPage(dir.path(), q ? 100 : 1'000, q ? 1'000 : 100'000, q ? 1 : 5);
    return g_failed ? 1 : 0;
}

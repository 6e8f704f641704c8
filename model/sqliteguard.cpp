#include "sqliteguard.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Fortegnelse {

namespace {

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

struct Deadline
{
    QElapsedTimer clock;
    qint64 limit = 0;
    bool passed = false;
};

// One deadline per connection handle; SQLite calls the handler on the thread that runs
// the statement, and connections are never shared between threads.
QMutex deadlinesMutex;
QHash<sqlite3 *, Deadline *> deadlines;

int checkDeadline(void *data)
{
    auto *d = static_cast<Deadline *>(data);
    if (d->clock.elapsed() > d->limit) {
        d->passed = true;
        return 1; // interrupts the statement
    }
    return 0;
}

} // namespace

bool SqliteGuard::harden(QSqlDatabase &db, QString *error)
{
    sqlite3 *h = handleOf(db);
    if (!h) {
        *error = QCoreApplication::translate("Fortegnelse::Store", "The database connection is not an SQLite connection.");
        return false;
    }
    int off = 0;
    int on = 1;
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, off, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, off, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, off, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, off, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, on, nullptr);
    sqlite3_limit(h, SQLITE_LIMIT_LENGTH, maxValueBytes);
    return true;
}

void SqliteGuard::setDeadline(QSqlDatabase &db, qint64 milliseconds)
{
    sqlite3 *h = handleOf(db);
    if (!h)
        return;
    clearDeadline(db);
    auto *d = new Deadline;
    d->limit = milliseconds;
    d->clock.start();
    {
        QMutexLocker locker(&deadlinesMutex);
        deadlines.insert(h, d);
    }
    sqlite3_progress_handler(h, 1000, checkDeadline, d);
}

void SqliteGuard::clearDeadline(QSqlDatabase &db)
{
    sqlite3 *h = handleOf(db);
    if (!h)
        return;
    sqlite3_progress_handler(h, 0, nullptr, nullptr);
    QMutexLocker locker(&deadlinesMutex);
    delete deadlines.take(h);
}

bool SqliteGuard::deadlinePassed(QSqlDatabase &db)
{
    sqlite3 *h = handleOf(db);
    QMutexLocker locker(&deadlinesMutex);
    const Deadline *d = deadlines.value(h);
    return d && d->passed;
}

} // namespace Fortegnelse

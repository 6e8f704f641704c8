#pragma once

#include <QElapsedTimer>
#include <QString>

class QSqlDatabase;

namespace Fortegnelse {

/// Makes an SQLite connection safe for a register that came from someone else.
///
/// A .ropa file is a database, and a database can carry code: triggers that run on the
/// next write, views that run when read, defaults and checks that call functions. On a
/// guarded connection none of it runs: triggers and views are switched off, schema
/// functions are untrusted, extensions cannot load, the schema cannot be written
/// directly, and one value may be at most maxValueBytes long. A deadline bounds how long
/// the statements may take while a file is opened.
class SqliteGuard
{
public:
    static constexpr int maxValueBytes = 64 * 1024 * 1024;

    /// Applies the settings above; false when the connection is not an SQLite one.
    static bool harden(QSqlDatabase &db, QString *error);

    /// Interrupts any statement on \a db once \a milliseconds have passed, until
    /// clearDeadline(). An interrupted statement fails with SQLite's "interrupted".
    static void setDeadline(QSqlDatabase &db, qint64 milliseconds);
    static void clearDeadline(QSqlDatabase &db);
    /// Whether the last deadline on \a db ran out.
    static bool deadlinePassed(QSqlDatabase &db);
};

} // namespace Fortegnelse

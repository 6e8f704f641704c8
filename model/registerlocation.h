#pragma once

// Where a register lives: a .ropa file or a database on a PostgreSQL server, named by a
// path or by a postgresql:// URL. Everything that takes a register takes either.

#include "register.h"
#include "registerlock.h"
#include "storage.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace Fortegnelse {

struct RegisterHistory;

/// A register on a PostgreSQL server, from a URL in libpq's form:
/// postgresql://user@host:port/database?sslmode=verify-full&service=...
///
/// Everything after "?" is passed to libpq as it is (sslmode, sslrootcert, service,
/// connect_timeout, host=/a/socket/folder, ...), so service files (~/.pg_service.conf),
/// ~/.pgpass and the PG* environment variables work as for psql. A URL with a password
/// is refused: Fortegnelse never keeps one; libpq reads it from ~/.pgpass.
struct ServerAddress
{
    QString host; ///< empty: libpq's default (PGHOST, or the local socket)
    int port = -1; ///< -1: libpq's default
    QString database; ///< one register per database
    QString user; ///< empty: libpq's default (PGUSER, or the login name)
    QList<QPair<QString, QString>> options;

    /// Parses \a url; false with *error when it is not a usable postgresql:// URL.
    static bool parse(const QString &url, ServerAddress *address, QString *error);
    /// The URL again, for titles, messages and the recent list; never with a password.
    QString toUrl() const;
    /// The parameters for libpq beyond host, port, database and user, as Qt's QPSQL
    /// driver takes them ("sslmode=require;connect_timeout=5").
    QString connectOptions() const;
};

/// Whether \a location names a register on a server rather than a file.
bool isServerLocation(const QString &location);

/// Reads the register at \a location (file or server) without writing it; damage is
/// refused. The commands that only read use this.
bool readRegisterAt(const QString &location, Register *reg, QString *error, QDateTime *lastChange = nullptr);

/// Writes \a reg as the register at \a location: a new .ropa file, or into an initialized
/// database on a server that holds no register yet (see PgStore::write()). Refused when a
/// register is already there: a copy never overwrites one. With \a history, the register's
/// journal and snapshots are written too, as they were where they were read.
bool writeRegisterAt(const QString &location, const Register &reg, QString *error,
                     const RegisterHistory *history = nullptr);

} // namespace Fortegnelse

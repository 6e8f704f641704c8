#pragma once

// A real PostgreSQL 15 cluster for tests: initdb and pg_ctl in a temporary folder, the
// Unix socket in that folder (no TCP), a random port number, stopped and removed at the end.
//
// initdb refuses to run as root, and CI runs as root: then the cluster is made and run
// as an unprivileged user (postgres, which Debian's package creates, or fortegnelse-ci,
// which dev.sh creates) and the folder is given to that user. As a plain user (the
// sanitizer suite) it runs directly.

#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace Fortegnelse::Test {

class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    /// Where the PostgreSQL 15 programs are; empty when they are not installed.
    static QString binDir();

    /// Makes and starts the cluster; false with *error when it could not.
    bool start(QString *error);
    /// Stops the server (fast shutdown: open sessions are ended); the data stays.
    bool stop(QString *error = nullptr);
    /// Starts the stopped server again on the same socket and port.
    bool restart(QString *error);
    bool isRunning() const { return m_running; }

    QString socketDir() const;
    int port() const { return m_port; }
    /// The superuser the cluster was made with.
    static QString superuser() { return QStringLiteral("fortegnelse_test"); }
    /// A postgresql:// URL for \a database as \a user over the cluster's socket.
    QString url(const QString &database, const QString &user = superuser()) const;

    /// Runs SQL through psql as \a user on \a database, around the application; returns
    /// psql's output, or sets *error to its error output.
    QString psql(const QString &database, const QString &sql, QString *error,
                 const QString &user = superuser()) const;
    /// Creates an empty database.
    bool createDatabase(const QString &name, QString *error);
    /// Restarts the server listening on localhost too, over TLS only: a self-signed
    /// certificate for "localhost" (certificatePath()), pg_hba refusing TCP without TLS.
    /// The Unix socket stays as it was.
    bool enableTls(QString *error);
    QString certificatePath() const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *output, QString *error) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_runAs; ///< the user the server runs as, when we are root
    int m_port = 0;
    bool m_running = false;
    bool m_tls = false;
};

} // namespace Fortegnelse::Test

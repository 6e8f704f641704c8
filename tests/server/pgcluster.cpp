#include "pgcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <cerrno>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Fortegnelse::Test {

namespace {

/// The first of the unprivileged users that exists, for running the server as root.
QString unprivilegedUser()
{
    for (const char *name : {"postgres", "fortegnelse-ci", "nobody"}) {
        if (getpwnam(name))
            return QString::fromLatin1(name);
    }
    return {};
}

bool giveTo(const QString &path, const QString &user)
{
    const passwd *pw = getpwnam(user.toLocal8Bit().constData());
    return pw && chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

/// Stops the clusters of test processes that died without stopping theirs (a QFATAL or a
/// crash skips the destructor): each folder names the process that made it.
void stopOrphans(const QString &runAs)
{
    const QDir tmp(QStringLiteral("/tmp"));
    for (const QString &name : tmp.entryList({QStringLiteral("fpg-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = tmp.filePath(name);
        QFile owner(dir + QStringLiteral("/owner.pid"));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        const qint64 pid = owner.readAll().trimmed().toLongLong();
        if (pid <= 0 || ::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // alive, or not ours to judge
        const QString pgCtl = PgCluster::binDir() + QStringLiteral("/pg_ctl");
        const QStringList stop{QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-m"),
                               QStringLiteral("immediate"), QStringLiteral("stop")};
        if (runAs.isEmpty())
            QProcess::execute(pgCtl, stop);
        else
            QProcess::execute(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), runAs, QStringLiteral("--"), pgCtl} + stop);
        QDir(dir).removeRecursively();
    }
}

} // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binDir()
{
    const QString dir = QStringLiteral("/usr/lib/postgresql/15/bin");
    return QFile::exists(dir + QStringLiteral("/initdb")) && QFile::exists(dir + QStringLiteral("/pg_ctl"))
        ? dir
        : QString();
}

QString PgCluster::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

bool PgCluster::run(const QString &program, const QStringList &arguments, QString *output,
                    QString *error) const
{
    QProcess p;
    QStringList args = arguments;
    QString exe = program;
    if (!m_runAs.isEmpty()) {
        args = QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + arguments;
        exe = QStringLiteral("runuser");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A developer's own PG* settings must not point the tools elsewhere.
    for (const QString &key : env.keys()) {
        if (key.startsWith(u"PG"))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(socketDir().isEmpty() ? QDir::tempPath() : socketDir());
    p.start(exe, args);
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 %2: %3%4")
                         .arg(program, arguments.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()),
                              p.errorString());
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

bool PgCluster::start(QString *error)
{
    const QString bin = binDir();
    if (bin.isEmpty()) {
        *error = QStringLiteral("PostgreSQL 15 is not installed (package postgresql-15)");
        return false;
    }
    // A short folder: a Unix socket's path may have at most 107 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/fpg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = m_dir->errorString();
        return false;
    }
    if (geteuid() == 0) {
        m_runAs = unprivilegedUser();
        if (m_runAs.isEmpty() || !giveTo(m_dir->path(), m_runAs)) {
            *error = QStringLiteral("running as root, and no unprivileged user to run PostgreSQL as");
            return false;
        }
    }
    stopOrphans(m_runAs);
    {
        QFile owner(m_dir->filePath(QStringLiteral("owner.pid")));
        if (!owner.open(QIODevice::WriteOnly) || owner.write(QByteArray::number(QCoreApplication::applicationPid())) <= 0) {
            *error = owner.errorString();
            return false;
        }
    }
    m_port = QRandomGenerator::global()->bounded(20000, 60000);
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run(bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), superuser(), QStringLiteral("--auth=trust"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
              QStringLiteral("--no-sync")},
             nullptr, error))
        return false;
    return restart(error);
}

bool PgCluster::restart(QString *error)
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    // Only the Unix socket in our folder: no TCP port is opened, so tests never collide
    // with each other or with a server on the machine. fsync off: a test cluster.
    QString options = QStringLiteral("-k %1 -h '' -p %2 -F -c max_connections=40")
                          .arg(m_dir->path())
                          .arg(m_port);
    if (m_tls) // enableTls(): TCP on localhost as well, with the certificate in the data folder
        options.replace(QStringLiteral("-h ''"), QStringLiteral("-h localhost -c ssl=on"));
    if (!run(binDir() + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
              m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
              QStringLiteral("60"), QStringLiteral("start")},
             nullptr, error))
        return false;
    m_running = true;
    return true;
}

bool PgCluster::stop(QString *error)
{
    if (!m_running)
        return true;
    m_running = false;
    return run(binDir() + QStringLiteral("/pg_ctl"),
               {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
               nullptr, error);
}

QString PgCluster::certificatePath() const
{
    return m_dir->filePath(QStringLiteral("data/server.crt"));
}

bool PgCluster::enableTls(QString *error)
{
    if (!stop(error))
        return false;
    const QString data = m_dir->filePath(QStringLiteral("data"));
    // Made as the user the server runs as, which must own its key (mode 0600).
    if (!run(QStringLiteral("/usr/bin/openssl"),
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
              QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
              QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
              QStringLiteral("-keyout"), data + QStringLiteral("/server.key"), QStringLiteral("-out"),
              data + QStringLiteral("/server.crt")},
             nullptr, error)
        || !run(QStringLiteral("/bin/chmod"), {QStringLiteral("600"), data + QStringLiteral("/server.key")}, nullptr, error))
        return false;
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || hba.write("local all all trust\n"
                     "hostssl all all 127.0.0.1/32 trust\n"
                     "hostssl all all ::1/128 trust\n"
                     "hostnossl all all 127.0.0.1/32 reject\n"
                     "hostnossl all all ::1/128 reject\n")
            < 0) {
        *error = hba.errorString();
        return false;
    }
    hba.close();
    m_tls = true;
    return restart(error);
}

QString PgCluster::url(const QString &database, const QString &user) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), socketDir());
    query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    url.setQuery(query);
    return url.toString();
}

QString PgCluster::psql(const QString &database, const QString &sql, QString *error, const QString &user) const
{
    QString out;
    if (!run(binDir() + QStringLiteral("/psql"),
             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
              QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), socketDir(),
              QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), user, QStringLiteral("-d"),
              database, QStringLiteral("-c"), sql},
             &out, error))
        return {};
    return out.trimmed();
}

bool PgCluster::createDatabase(const QString &name, QString *error)
{
    QString err;
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name), &err);
    if (!err.isEmpty() && error)
        *error = err;
    return err.isEmpty();
}

} // namespace Fortegnelse::Test

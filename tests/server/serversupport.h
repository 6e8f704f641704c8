#pragma once

// What the server tests share: a real cluster with registers made by server-init, and
// small edits of the activities' department that every test can count on.

#include "document.h"
#include "pgcluster.h"
#include "registerlocation.h"
#include "registeroperations.h"
#include "serveroperations.h"
#include "testsupport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QtTest>

namespace Fortegnelse::Test {

/// A register of \a count activities, "activity-1"..., in department "start".
inline Register activitiesRegister(int count)
{
    Register reg = Register::createEmpty(QStringLiteral("da"));
    for (int i = 1; i <= count; ++i) {
        ProcessingActivity a;
        a.id = QStringLiteral("activity-%1").arg(i);
        a.name = LocalText(QStringLiteral("da"), QStringLiteral("Aktivitet %1").arg(i));
        a.department = QStringLiteral("start");
        reg.activities.insert(a, reg.activities.nextPosition());
    }
    return reg;
}

inline QString departmentOf(const Document &doc, const QString &id)
{
    const int i = doc.reg().activities.indexOf(id);
    return i < 0 ? QStringLiteral("<gone>") : doc.reg().activities.at(i).department;
}

inline bool setDepartment(Document &doc, const QString &id, const QString &value)
{
    return doc.update<ProcessingActivity>(
        id, [&](ProcessingActivity &a) { a.department = value; },
        QStringLiteral("Department"));
}

inline QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

inline QByteArray exported(const QString &location)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const OperationResult result = exportJson(location, Destination::toStream(&buffer));
    return result ? buffer.data() : QByteArray("refused: ") + result.message.toUtf8();
}

/// A cluster for one test executable, and fresh registers on it.
class ServerFixture
{
public:
    PgCluster cluster;

    /// A fresh database set up by server-init, holding \a reg; its URL for \a user.
    QString newRegister(const Register &reg, const QString &user = PgCluster::superuser())
    {
        const QString name = QStringLiteral("reg%1").arg(++m_databases);
        QString error;
        if (!cluster.createDatabase(name, &error))
            qFatal("%s", qPrintable(error));
        QStringList done;
        if (OperationResult r = initializeServer(cluster.url(name), &done); !r)
            qFatal("%s", qPrintable(r.message));
        if (!writeRegisterAt(cluster.url(name), reg, &error))
            qFatal("%s", qPrintable(error));
        return cluster.url(name, user);
    }

    /// A name for a new database.
    QString newName(const QString &prefix) { return prefix + QString::number(++m_databases); }

    /// Runs SQL with psql on the database of \a url, around the application.
    QString sql(const QString &url, const QString &statement, QString *error = nullptr,
                const QString &user = PgCluster::superuser())
    {
        ServerAddress a;
        QString ignored;
        ServerAddress::parse(url, &a, &ignored);
        QString err;
        const QString out = cluster.psql(a.database, statement, &err, user);
        if (error)
            *error = err;
        else if (!err.isEmpty())
            qWarning("%s", qPrintable(err));
        return out;
    }

    /// Starts the cluster; skips the test when PostgreSQL is not installed.
    bool start(QString *error)
    {
        return cluster.start(error);
    }

private:
    int m_databases = 0;
};

} // namespace Fortegnelse::Test

/// main() for a server test: the record PDF lays out text with fonts.
#define FORTEGNELSE_SERVER_TEST_MAIN(TestObject)            \
    int main(int argc, char *argv[])                        \
    {                                                       \
        Fortegnelse::Test::setUpDeterministicEnvironment(); \
        QGuiApplication app(argc, argv);                    \
        TestObject tc;                                      \
        QTEST_SET_MAIN_SOURCE_PATH                          \
        return QTest::qExec(&tc, argc, argv);               \
    }

#pragma once

// Shared by every test executable: deterministic runs (fixed locale, hash seed, platform)
// and a sample register that touches every kind of item.

#include "register.h"

#include <QByteArray>
#include <QString>
#include <QtTest>

namespace Fortegnelse::Test {

/// Sets the environment every test runs in; call first in main().
void setUpDeterministicEnvironment();

/// A small register with one of everything and the references between them.
Register sampleRegister();

/// One of the example registers shipped in resources/examples ("oesyn"), as read from its
/// JSON; the test stops when it cannot be read.
Register exampleRegister(const QString &name);

/// The bytes and modification time of a file, to prove it was left untouched.
struct FileFingerprint
{
    QByteArray bytes;
    QDateTime modified;
    bool exists = false;
    static FileFingerprint of(const QString &path);
    friend bool operator==(const FileFingerprint &, const FileFingerprint &) = default;
};

/// Runs SQL on a file through a plain connection, as another program (or an attacker)
/// would; returns the first error, or an empty string.
QString runSql(const QString &path, const QStringList &statements);
/// The first column of the first row \a sql returns, read through a read-only connection;
/// the error when it fails.
QString queryOne(const QString &path, const QString &sql);
/// The register in a file as JSON, as a command that only reads sees it; the error when
/// it cannot be read.
QByteArray fileContents(const QString &path);

/// Path of a file in the source tree (resources/examples/...), for tests run from anywhere.
QString sourcePath(const QString &relative);

} // namespace Fortegnelse::Test

#define FORTEGNELSE_TEST_MAIN(TestObject)                   \
    int main(int argc, char *argv[])                        \
    {                                                       \
        Fortegnelse::Test::setUpDeterministicEnvironment(); \
        QCoreApplication app(argc, argv);                   \
        TestObject tc;                                      \
        QTEST_SET_MAIN_SOURCE_PATH                          \
        return QTest::qExec(&tc, argc, argv);               \
    }

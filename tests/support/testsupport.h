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

/// The bytes and modification time of a file, to prove it was left untouched.
struct FileFingerprint
{
    QByteArray bytes;
    QDateTime modified;
    bool exists = false;
    static FileFingerprint of(const QString &path);
    friend bool operator==(const FileFingerprint &, const FileFingerprint &) = default;
};

/// Path of a file in the source tree (resources/examples/...), for tests run from anywhere.
QString sourcePath(const QString &relative);

} // namespace Fortegnelse::Test

#define FORTEGNELSE_TEST_MAIN(TestObject)                                                          \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        Fortegnelse::Test::setUpDeterministicEnvironment();                                        \
        QCoreApplication app(argc, argv);                                                          \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }

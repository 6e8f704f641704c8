// The safe-output helpers on their own: quoted text made printable, and a full disk that
// says so and leaves nothing behind.

#include "printable.h"
#include "registeroperations.h"
#include "safeoutput.h"
#include "documentoperations.h"
#include "testsupport.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>

using namespace Fortegnelse;

namespace {

/// The oesyn example with its activities repeated \a copies times under new ids.
bool writeExampleTimes(int copies, const QString &path)
{
    QFile example(Test::sourcePath(QStringLiteral("resources/examples/oesyn.json")));
    if (!example.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(example.readAll()).object();
    const QJsonArray activities = root.value(QStringLiteral("activities")).toArray();
    QJsonArray all;
    for (int copy = 0; copy < copies; ++copy) {
        for (const QJsonValue &value : activities) {
            QJsonObject activity = value.toObject();
            if (copy > 0)
                activity.insert(QStringLiteral("id"), activity.value(QStringLiteral("id")).toString() + QStringLiteral("-copy%1").arg(copy));
            all.append(activity);
        }
    }
    root.insert(QStringLiteral("activities"), all);
    QFile out(path);
    const QByteArray bytes = QJsonDocument(root).toJson();
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

} // namespace

class TestSafeOutput : public QObject
{
    Q_OBJECT

private slots:
    void shouldMakeEveryTerminalControlVisible_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text") << QStringLiteral("r.ropa") << QStringLiteral("r.ropa");
        QTest::newRow("letters beyond ASCII") << QStringLiteral("Æblegård – Łódź") << QStringLiteral("Æblegård – Łódź");
        QTest::newRow("escape sequence") << QStringLiteral("\x1b[2J") << QStringLiteral("\\x1b[2J");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("a\\rb");
        QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
        QTest::newRow("bell and NUL") << QString(QStringLiteral("\x07") + QChar(0)) << QStringLiteral("\\x07\\x00");
        QTest::newRow("delete") << QStringLiteral("\x7f") << QStringLiteral("\\x7f");
        QTest::newRow("C1 control sequence introducer") << QString(QChar(0x9b)) << QStringLiteral("\\x9b");
        QTest::newRow("right-to-left override") << QStringLiteral("gpj.\u202Eexe") << QStringLiteral("gpj.\\u202eexe");
        QTest::newRow("first strong isolate") << QStringLiteral("\u2068x") << QStringLiteral("\\u2068x");
        QTest::newRow("already escaped stays the same") << QStringLiteral("\\x1b") << QStringLiteral("\\x1b");
    }
    void shouldMakeEveryTerminalControlVisible()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(printable(text), expected);
    }

    void shouldNameAFullDisk_data()
    {
        QTest::addColumn<QString>("systemMessage");
        QTest::addColumn<int>("savedErrno");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ENOSPC") << QStringLiteral("Unknown error") << ENOSPC << QStringLiteral("the disk is full");
        QTest::newRow("quota") << QStringLiteral("Unknown error") << EDQUOT << QStringLiteral("the disk is full");
        QTest::newRow("system message") << QStringLiteral("No space left on device") << 0 << QStringLiteral("the disk is full");
        QTest::newRow("SQLite") << QStringLiteral("database or disk is full Unable to commit transaction") << 0
                                << QStringLiteral("the disk is full");
        QTest::newRow("another failure") << QStringLiteral("Permission denied") << EACCES << QStringLiteral("Permission denied");
    }
    void shouldNameAFullDisk()
    {
        QFETCH(QString, systemMessage);
        QFETCH(int, savedErrno);
        QFETCH(QString, expected);
        QCOMPARE(SafeOutput::describeWriteFailure(systemMessage, savedErrno), expected);
    }

    void shouldSayTheDiskIsFullAndLeaveNothingBehind_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("copies");
        QTest::addColumn<QByteArray>("size");
        QTest::newRow("import (Store::create)") << QStringLiteral("import") << 1 << QByteArray("16k");
        // Large enough for SQLite to spill pages mid-transaction, so Store::create's
        // temporary database has a journal beside it when the disk fills.
        QTest::newRow("import of a register that spills its journal") << QStringLiteral("import") << 40
                                                                      << QByteArray("512k");
        QTest::newRow("export-json (QSaveFile)") << QStringLiteral("export-json") << 1 << QByteArray("16k");
        QTest::newRow("ropa-pdf (QSaveFile)") << QStringLiteral("ropa-pdf") << 1 << QByteArray("16k");
    }
    void shouldSayTheDiskIsFullAndLeaveNothingBehind()
    {
        QFETCH(QString, operation);
        QFETCH(int, copies);
        QFETCH(QByteArray, size);
        // GIVEN a register too large for a small file system
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString json = dir.filePath(QStringLiteral("register.json"));
        QVERIFY(writeExampleTimes(copies, json));
        const QString ropa = dir.filePath(QStringLiteral("register.ropa"));
        QVERIFY(importRegister(json, ropa).ok);
        const QString small = dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(small));
        if (::mount("tmpfs", QFile::encodeName(small).constData(), "tmpfs", 0, "size=" + size) != 0)
            QSKIP(qPrintable(QStringLiteral("A small tmpfs cannot be mounted here (%1); mounting needs root "
                                            "(CAP_SYS_ADMIN), so this runs where the tests run as root")
                                 .arg(QString::fromLocal8Bit(std::strerror(errno)))));
        const auto unmount = qScopeGuard([&small] { ::umount2(QFile::encodeName(small).constData(), MNT_DETACH); });
        const QString output = QDir(small).filePath(QStringLiteral("out"));

        // WHEN the operation writes there
        OperationResult result;
        if (operation == u"import") {
            result = importRegister(json, output);
        } else if (operation == u"export-json") {
            result = exportJson(ropa, Destination::file(output));
        } else {
            RecordOptions options;
            options.today = QDate(2026, 12, 1);
            result = writeRecordFile(ropa, options, Destination::file(output));
        }

        // THEN it says the disk is full, and leaves no file, temporary or journal
        QVERIFY(!result.ok);
        QCOMPARE(result.message, output + QStringLiteral(": cannot be written: the disk is full"));
        QCOMPARE(QDir(small).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
                 QStringList());
    }
};

int main(int argc, char *argv[])
{
    Test::setUpDeterministicEnvironment();
    QGuiApplication app(argc, argv); // the record is laid out with fonts
    TestSafeOutput tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_safeoutput.moc"

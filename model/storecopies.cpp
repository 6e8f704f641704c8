// Store: noticing that another process changed the file, copies of the register (save a
// copy, a backup before a repair), and SQLite's errors in words. The rest is in store.cpp.

#include "store.h"

#include "registerlock.h"
#include "storefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace Fortegnelse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::Store", text);
}

} // namespace

QString Store::describeSqlError(const QString &nativeCode, const QString &driverText)
{
    switch (nativeCode.toInt() & 0xff) {
    case 13: return tr("the disk is full");
    case 10: return tr("the disk could not be written (input/output error): %1").arg(driverText);
    case 5:
    case 6: return tr("another program is writing the register; try again in a moment");
    case 8: return tr("the file or its folder is read-only");
    case 9: return tr("it took too long and was stopped");
    default: return driverText;
    }
}

qint64 Store::dataVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool Store::changedElsewhere()
{
    if (!m_db.isOpen() || m_inStep)
        return false;
    if (!m_privateCopy && StoreFiles::identity(m_path) != m_fileIdentity)
        return true;
    // SQLite's data_version changes when another connection commits, never for our own.
    return dataVersion() != m_dataVersion;
}

bool Store::saveCopy(const QString &path, QString *error)
{
    const QString target = absolutePath(path);
    if (StoreFiles::sameFile(target, m_path)) {
        *error = tr("A copy cannot replace the register it is a copy of.");
        return false;
    }
    if (!StoreFiles::checkReplaceable(target, error))
        return false;
    RegisterLock lock(target);
    if (!lock.tryLock()) {
        *error = tr("%1 is open for editing by %2.").arg(QDir::toNativeSeparators(target), lock.owner().describe());
        return false;
    }
    const QString temp = StoreFiles::temporarySibling(target);
    QString quoted = temp;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    // VACUUM INTO writes a consistent snapshot in one statement (SQLite 3.27 and later).
    if (!exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted), error)) {
        StoreFiles::removeWithJournal(temp);
        *error = tr("Could not write %1: %2").arg(target, *error);
        return false;
    }
    return StoreFiles::replaceRegister(temp, target, error);
}

QString Store::backup(const QString &label, QString *error)
{
    const QString copy = QStringLiteral("%1.%2-%3.bak")
                             .arg(m_path, label, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile::remove(copy);
    if (!QFile::copy(m_path, copy)) {
        *error = tr("A backup could not be written to %1.").arg(copy);
        return {};
    }
    return copy;
}

} // namespace Fortegnelse

#include "storage.h"

#include <QCoreApplication>

namespace Fortegnelse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::Storage", text);
}

} // namespace

bool Storage::saveCopy(const QString &path, QString *error)
{
    Q_UNUSED(path);
    *error = tr("This register cannot be copied to a file.");
    return false;
}

QString Storage::backup(const QString &label, QString *error)
{
    Q_UNUSED(label);
    *error = tr("This register cannot be backed up here.");
    return {};
}

bool Storage::repairStructure(const LoadReport &report, QString *error)
{
    Q_UNUSED(report);
    *error = tr("This register cannot be repaired here.");
    return false;
}

bool Storage::appendSnapshot(const Snapshot &snapshot, QString *error)
{
    Q_UNUSED(snapshot);
    *error = tr("This register keeps no snapshots.");
    return false;
}

bool Storage::readJournalActors(QStringList *actors, QString *error)
{
    Q_UNUSED(error);
    actors->clear();
    return true;
}

bool Storage::readSnapshots(const SnapshotQuery &query, QList<Snapshot> *list, QString *error)
{
    Q_UNUSED(query);
    Q_UNUSED(error);
    list->clear();
    return true;
}

} // namespace Fortegnelse

#pragma once

// What the table import's tests share (tst_tableimport, tst_tableimportcli): a plan of an
// import, the command line run in-process, and the facts of an imported activity.

#include "register.h"
#include "tableimport.h"

#include <QStringList>

namespace Fortegnelse::ImportTest {

const ProcessingActivity *activityNamed(const Register &reg, const QString &name);
/// The names of the items \a ids refer to, in the register's language.
template <class T> QStringList namesOf(const EntityList<T> &list, const QStringList &ids)
{
    QStringList names;
    for (const QString &id : ids)
        names.append(list.find(id) ? list.find(id)->name.texts().first() : QStringLiteral("?") + id);
    return names;
}
/// Each purpose as "description=basis", with "+condition" where it has one.
QStringList purposeBases(const ProcessingActivity &activity);
/// The activity's transfers as "destination:mechanism".
QStringList transfersOf(const Register &reg, const ProcessingActivity &activity);

struct Planned
{
    Register reg;
    Tables::ImportReport report;
    QString error;
    bool ok = false;
};

/// The import of \a path planned into an empty register, nothing written.
Planned plan(const QString &path, Tables::ImportOptions options = {});

struct Run
{
    int exitCode;
    QString out;
    QString err;
};

/// The command line run in this process, with what it wrote to each stream.
Run runInProcess(const QStringList &arguments);

} // namespace Fortegnelse::ImportTest

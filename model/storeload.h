#pragma once

// Reading a .ropa file that may be damaged or hostile: its schema is compared with
// Fortegnelse's own before anything in it is read, and every item is decoded on its own,
// so one bad row is reported rather than refusing the register.

#include "register.h"
#include "storage.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Fortegnelse::StoreLoad {

/// The tables of the item lists, in the file format's order.
const QStringList &listTables();

/// What the file's schema says, and what is wrong with it.
struct Schema
{
    int version = 0;
    QDateTime lastChange;
    /// Tables that are Fortegnelse's and can be read (possibly malformed).
    QStringList readable;
    QList<Damage> damage;
};

/// Checks the file's schema against the one Fortegnelse writes. False (with *error)
/// when the file is not a register, is newer than this version, or SQLite cannot read
/// it; damage that a repair can fix goes to schema->damage.
bool inspect(QSqlDatabase &db, int newestVersion, Schema *schema, QString *error);

/// Loads every item it can from the readable tables. Rows that do not decode, second
/// rows with an id already read, and references to nothing are reported in *report
/// (with the undecodable rows' bodies, so a repair can be undone).
bool loadItems(QSqlDatabase &db, const Schema &schema, Register *reg, LoadReport *report,
               QString *error);

/// One row of an item list as stored, before it is decoded.
struct StoredRow
{
    QString id;
    qint64 position = 0;
    QByteArray body; ///< UTF-8 JSON, untrusted
};

/// A register's rows as read from wherever it lives (a server), before they are decoded.
struct StoredRows
{
    std::optional<QByteArray> organisation;
    std::optional<QByteArray> policy;
    /// The rows of each list table, by table name, in the order they were read.
    QHash<QString, QList<StoredRow>> lists;
};

/// Decodes \a rows exactly as loadItems() decodes a file's rows, as strictly and with the
/// same damage reported: the server's rows go through the file's reader without a copy.
/// The rows are consumed table by table, so their bodies are freed as they are decoded.
void decodeItems(StoredRows rows, Register *reg, LoadReport *report);

/// Whether SQLite's message means the register is held by another writer right now.
bool isBusy(const QString &nativeCode);

} // namespace Fortegnelse::StoreLoad

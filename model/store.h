#pragma once

#include "register.h"
#include "registerlock.h"
#include "step.h"
#include "storage.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace Fortegnelse {

struct RegisterHistory;

/// The .ropa file: an SQLite database read and written through Qt SQL.
///
/// - Each step the document writes is one transaction (begin/put/erase/commit), so the
///   file is always consistent and nothing committed is lost if the machine dies.
/// - A register left by a crash (SQLite's hot journal) is recovered by the next open;
///   a read-only open recovers it in a private copy instead of the file.
/// - A received file is untrusted: its SQL never runs (triggers and views are disabled on
///   every connection, and the schema is compared with Fortegnelse's own), and the time
///   and memory one statement may take are bounded.
/// - Damage that can be repaired (see Damage) is reported, not refused; only a file SQLite
///   cannot read, that is not a register, or that is newer than this version is refused.
/// - An older schema is backed up to "<file>.v<N>.bak" and migrated one step at a time,
///   each step in its own transaction.
/// - Opened for editing, the register is locked (RegisterLock): one writer per file.
class Store : public Storage
{
public:
    static constexpr int schemaVersion = 6;
    static constexpr auto applicationId = "fortegnelse";

    enum class Mode
    {
        Read, ///< never writes the file and takes no lock (the commands that only read)
        Edit, ///< locks the register, migrates it, and writes it
    };
    struct Options
    {
        Mode mode = Mode::Edit;
        /// Where damage is reported. Without it, a damaged register is refused.
        LoadReport *report = nullptr;
        /// Who holds the lock, when opening for editing failed because of it.
        LockOwner *lockedBy = nullptr;
    };

    ~Store() override;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Reads a register without opening it for editing: the file is never written, and an
    /// older schema is read as it is, not migrated. Damage is refused.
    static bool read(const QString &path, Register *reg, QString *error,
                     QDateTime *lastChange = nullptr);
    /// Opens an existing register and loads it into \a reg.
    static std::unique_ptr<Store> open(const QString &path, Register *reg, QString *error,
                                       const Options &options);
    /// Opens for editing; a damaged register is refused.
    static std::unique_ptr<Store> open(const QString &path, Register *reg, QString *error);
    /// Writes \a reg as a new register at \a path, replacing any register there only once
    /// the new one is complete, and opens it for editing. Refused when another process
    /// holds the register at \a path, or \a path is not a regular file.
    static std::unique_ptr<Store> create(const QString &path, const Register &reg,
                                         QString *error, const RegisterHistory *history = nullptr);

    /// The absolute path SQLite is given: never read as a "file:" URI.
    static QString absolutePath(const QString &path);

    QString path() const { return m_path; }
    QString location() const override { return m_path; }
    QDateTime lastChange() const override { return m_lastChange; }
    /// The schema version the file had before it was opened (older files are migrated).
    int openedSchemaVersion() const override { return m_openedVersion; }
    bool isEditable() const override { return m_mode == Mode::Edit; }

    bool begin(QString *error) override;
    bool put(EntityKind kind, const QString &id, qint64 position, const QByteArray &body,
             QString *error) override;
    bool erase(EntityKind kind, const QString &id, QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;
    bool appendJournal(const QList<JournalEntry> &entries, QString *error) override;
    bool readJournal(const JournalQuery &query, QList<JournalEntry> *page, QString *error) override;
    bool readJournalActors(QStringList *actors, QString *error) override;
    /// Snapshots (schema 5 and later; storesnapshots.cpp).
    bool appendSnapshot(const Snapshot &snapshot, QString *error) override;
    bool readSnapshots(const SnapshotQuery &query, QList<Snapshot> *list, QString *error) override;
    /// When the journal began: when the file was made, or migrated to schema 4. Invalid
    /// when the file has no journal. What happened before is not known.
    QDateTime journalStart();
    bool changedElsewhere() override;
    bool reload(Register *reg, LoadReport *report, QString *error) override;

    /// A consistent copy of the register at \a path, written atomically.
    bool saveCopy(const QString &path, QString *error) override;
    /// Copies the register beside itself before a repair; returns the copy's path.
    QString backup(const QString &label, QString *error) override;
    /// Puts the file's structure right: drops foreign triggers, views and indexes, and
    /// rebuilds or creates the tables \a report names. The items themselves are the
    /// document's to repair, as an undoable step.
    bool repairStructure(const LoadReport &report, QString *error) override;

    /// One table of the register's schema: its name, and the SQL that creates it.
    struct Table
    {
        QString name;
        QString sql;
    };
    /// The tables of schema \a version, in the order they are created: the names as data,
    /// for migrations, repairs and checks, rather than cut out of the SQL.
    static QList<Table> schemaTables(int version);
    /// One index of the register's schema: its name, the table it indexes, and its SQL.
    struct Index
    {
        QString name;
        QString table;
        QString sql;
        /// The SQL that makes the index where it is missing (a migration, a repair).
        QString sqlIfMissing() const
        {
            return QString(sql).replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
        }
    };
    /// The indexes of schema \a version beyond the primary keys: from schema 6, the
    /// journal's, so that the history's filters read their entries and not the whole journal.
    static QList<Index> schemaIndexes(int version);
    /// For tests and tools: the schema SQL of a given version (schemaTables()' SQL, then
    /// schemaIndexes()').
    static QStringList schemaStatements(int version);
    /// The names of schemaTables(\a version).
    static QStringList schemaTableNames(int version);
    /// The journal's table (schema 4 and later), in SQL that PostgreSQL accepts too.
    static QString journalStatement();
    /// The snapshots' table (schema 5 and later), in SQL that PostgreSQL accepts too.
    static QString snapshotStatement();
    /// An SQLite failure put in words an officer understands ("the disk is full").
    static QString describeSqlError(const QString &nativeCode, const QString &driverText);

private:
    explicit Store(QString path, Mode mode);
    /// Checks the file, recovers it when a crash left it mid-write, and loads it.
    bool openAndLoad(Register *reg, LoadReport *report, QString *error);
    bool openConnection(bool readOnly, QString *error);
    void closeConnection();
    bool migrate(int fromVersion, QString *error);
    /// Writes an imported journal and snapshots as they were (storesnapshots.cpp).
    bool writeHistory(const RegisterHistory &history, QString *error);
    bool exec(const QString &sql, QString *error);
    QSqlQuery &prepared(const QString &sql);
    bool runPrepared(QSqlQuery &q, QString *error);
    qint64 dataVersion();

    QString m_path;
    Mode m_mode;
    QString m_connection;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
    QDateTime m_lastChange;
    int m_openedVersion = 0;
    int m_schemaVersionRead = 0;
    qint64 m_dataVersion = -1;
    QByteArray m_fileIdentity;
    bool m_inStep = false;
    QString m_actor; ///< who the journal names for this process's changes
    std::unique_ptr<RegisterLock> m_lock;
    /// A private copy the register was recovered into, when a read found it mid-write.
    std::unique_ptr<QTemporaryDir> m_privateCopy;
};

/// The table a kind of item is kept in.
QString tableName(EntityKind kind);

} // namespace Fortegnelse

#pragma once

#include "register.h"
#include "registerlocation.h"
#include "storage.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace Fortegnelse {

struct RegisterHistory;

/// A register in a PostgreSQL database, for a team that edits one register at once.
///
/// - The tables are the file's own (Store::schemaStatements()), with two columns more on
///   every item: its version and the database user who last changed it.
/// - Each step is one transaction. Every item written carries the version this window
///   last read: an edit (or undo) of an item a colleague has changed since is refused as
///   a whole, naming who changed it, when, and what it now says (lastConflict()). No
///   update is ever lost.
/// - Every commit notifies the other windows (LISTEN/NOTIFY), which read the register
///   again; the last change is also polled, so a missed notification is only late.
/// - What a login may do is the server's to enforce (server-init creates the roles
///   <database>_reader, _editor and _admin); a login that may not write opens read-only.
/// - A lost connection makes the step fail (nothing is half-written: the server rolls
///   back) and the register read-only until the connection is back.
class PgStore : public Storage
{
public:
    static constexpr auto channel = "fortegnelse_changed";

    enum class Mode
    {
        Read,
        Edit
    };

    /// What a refused edit ran into: the item as a colleague left it (base and mine are
    /// Document's to fill in).
    using Conflict = EditConflict;

    ~PgStore() override;
    PgStore(const PgStore &) = delete;
    PgStore &operator=(const PgStore &) = delete;

    /// Opens the register on a server and loads it into \a reg.
    static std::unique_ptr<PgStore> open(const ServerAddress &address, Register *reg, LoadReport *report,
                                         Mode mode, QString *error);
    /// Creates the register's tables in the (existing, empty) database and the roles
    /// <database>_reader, <database>_editor and <database>_admin with their grants, each in
    /// one transaction. Run by the database's owner. *done says what was done.
    static bool initialize(const ServerAddress &address, QStringList *done, QString *error);
    /// Writes \a reg into an initialized database that holds no items yet, in one transaction,
    /// with \a history (its journal and snapshots as they were) when given.
    static bool write(const ServerAddress &address, const Register &reg, QString *error,
                      const RegisterHistory *history = nullptr);

    /// The SQL that makes the register's tables on a server: the file's tables, plus the
    /// version and author of every item, plus the notification of every commit.
    static QStringList schemaStatements();
    /// The roles server-init creates for \a database, reader first.
    static QStringList roleNames(const QString &database);

    QString location() const override { return m_address.toUrl(); }
    bool begin(QString *error) override;
    bool put(EntityKind kind, const QString &id, qint64 position, const QByteArray &body,
             QString *error) override;
    bool erase(EntityKind kind, const QString &id, QString *error) override;
    bool commit(QString *error) override;
    void rollback() override;
    QDateTime lastChange() const override { return m_lastChange; }
    bool changedElsewhere() override;
    bool reload(Register *reg, LoadReport *report, QString *error) override;
    int openedSchemaVersion() const override { return m_schemaVersion; }
    bool isEditable() const override { return m_mode == Mode::Edit; }
    QString readOnlyReason() const override;
    QString unavailableReason() const override;
    bool commitOutcomeUnknown() const override { return m_commitOutcomeUnknown; }
    QString administratorOnlyReason() const override;
    bool saveCopy(const QString &path, QString *error) override;
    /// The journal names the database user (pgjournal.cpp).
    bool appendJournal(const QList<JournalEntry> &entries, QString *error) override;
    bool readJournal(const JournalQuery &query, QList<JournalEntry> *page, QString *error) override;
    bool readJournalActors(QStringList *actors, QString *error) override;
    /// Snapshots, naming the database user (pgsnapshots.cpp).
    bool appendSnapshot(const Fortegnelse::Snapshot &snapshot, QString *error) override;
    bool readSnapshots(const SnapshotQuery &query, QList<Fortegnelse::Snapshot> *list, QString *error) override;
    void watch(std::function<void()> onChange) override;

    /// The last edit refused because a colleague had changed the item.
    std::optional<EditConflict> lastConflict() const override { return m_conflict; }
    bool lastChangeOf(EntityKind kind, const QString &id, QString *by, QDateTime *at) override;
    /// The database user this window is logged in as.
    QString user() const { return m_user; }

private:
    PgStore(ServerAddress address, Mode mode);
    bool connect(QString *error);
    void disconnect();
    bool exec(const QString &sql, QString *error);
    /// Notes a lost connection after a failed statement; the error in words.
    QString failure(const class QSqlError &error);
    /// Runs a prepared statement for the journal's SQL (JournalSql), through failure().
    std::function<bool(QSqlQuery &, QString *)> runner();
    /// What a read found beside the items.
    struct Snapshot
    {
        int schemaVersion = 0;
        QString lastChangeText;
        QHash<QString, qint64> versions;
    };
    /// Reads the whole register in one snapshot of the database.
    bool readAll(Register *reg, LoadReport *report, Snapshot *snapshot, QString *error);
    bool refuseConflict(EntityKind kind, const QString &id, QString *error);
    bool updateRow(EntityKind kind, const QString &id, qint64 position, const QByteArray &body,
                   QString *error);

    ServerAddress m_address;
    Mode m_mode;
    QString m_connection;
    QSqlDatabase m_db;
    QString m_user;
    bool m_mayWrite = false;
    bool m_mayAdminister = false; ///< member of <database>_admin, the database's owner, or superuser
    bool m_lost = false;
    bool m_commitOutcomeUnknown = false; ///< the last COMMIT lost its connection
    bool m_notified = false;
    bool m_inStep = false;
    int m_schemaVersion = 0;
    QDateTime m_lastChange;
    QString m_lastChangeText;
    /// The version of every item as this window last read or wrote it, by "table/id".
    QHash<QString, qint64> m_versions;
    /// The versions the open step will leave (0: the item is gone).
    QHash<QString, qint64> m_pending;
    std::optional<Conflict> m_conflict;
    std::function<void()> m_onChange;
    std::unique_ptr<QObject> m_listener;
};

} // namespace Fortegnelse

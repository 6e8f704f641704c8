#pragma once

#include "register.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Fortegnelse {

/// The .ropa file: an SQLite database read and written through Qt SQL.
///
/// Every write is its own transaction, so the file is always consistent and nothing
/// typed is lost if the machine dies. Opening validates the whole file read-only first;
/// a file that is not a register, is damaged, or comes from a newer version is refused
/// untouched. An older schema is backed up to "<file>.v<N>.bak" and migrated one step
/// at a time, each step in its own transaction.
class Store
{
public:
    static constexpr int schemaVersion = 2;
    static constexpr auto applicationId = "fortegnelse";

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Reads a register without opening it for editing: the file is never written, and an
    /// older schema is read as it is, not migrated. For commands that only read.
    static bool read(const QString &path, Register *reg, QString *error,
                     QDateTime *lastChange = nullptr);
    /// Opens an existing register and loads it into \a reg.
    static std::unique_ptr<Store> open(const QString &path, Register *reg, QString *error);
    /// Writes \a reg as a new register at \a path, replacing any file there only once the
    /// new one is complete, and opens it.
    static std::unique_ptr<Store> create(const QString &path, const Register &reg,
                                         QString *error);

    QString path() const { return m_path; }
    QDateTime lastChange() const { return m_lastChange; }
    /// The schema version the file had before it was opened (older files are migrated).
    int openedSchemaVersion() const { return m_openedVersion; }

    template <class T> bool write(const T &item, qint64 position, QString *error);
    template <class T> bool remove(const QString &id, QString *error);
    bool writeOrganisation(const Organisation &organisation, QString *error);
    bool writePolicy(const PolicySettings &policy, QString *error);

    /// A consistent copy of the register at \a path, written atomically.
    bool saveCopy(const QString &path, QString *error);

    /// For tests and tools: the schema SQL of a given version.
    static QStringList schemaStatements(int version);

private:
    explicit Store(QString path);
    /// Checks the file and loads it over a read-only connection; on success the
    /// connection is closed and the schema version is known.
    bool validateAndLoad(Register *reg, bool requireWritable, QString *error);
    bool openConnection(bool readOnly, QString *error);
    void closeConnection();
    bool migrate(int fromVersion, QString *error);
    bool writeBody(const QString &table, const QString &id, qint64 position, const QByteArray &body,
                   QString *error);
    bool removeRow(const QString &table, const QString &id, QString *error);
    bool writeSingleton(const QString &name, const QByteArray &body, QString *error);
    bool touch(QString *error);
    /// Runs one bound write and records the change time, in one transaction.
    bool commitWrite(QSqlQuery &q, QString *error);
    bool exec(const QString &sql, QString *error);
    QSqlQuery &prepared(const QString &sql);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_queries;
    QDateTime m_lastChange;
    int m_openedVersion = 0;
};

/// The table a kind of item is kept in.
QString tableName(EntityKind kind);

namespace StoreDetail {
QByteArray body(const QJsonObject &object);
template <class T> QJsonObject toObject(const T &item);
} // namespace StoreDetail

} // namespace Fortegnelse

#include "store_impl.h"

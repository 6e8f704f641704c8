#include "pgstore.h"

#include "store.h"
#include "storeload.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Fortegnelse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::PgStore", text);
}

bool isSingleton(EntityKind kind)
{
    return kind == EntityKind::Organisation || kind == EntityKind::Policy;
}

/// The row's key: the id, or the singleton's name.
QString rowKey(EntityKind kind, const QString &id)
{
    if (kind == EntityKind::Organisation)
        return QStringLiteral("organisation");
    if (kind == EntityKind::Policy)
        return QStringLiteral("policy");
    return id;
}

QString keyColumn(EntityKind kind)
{
    return isSingleton(kind) ? QStringLiteral("name") : QStringLiteral("id");
}

QString versionKey(EntityKind kind, const QString &id)
{
    return tableName(kind) + QLatin1Char('/') + rowKey(kind, id);
}

/// What an item is called in a message: its name when it has one, else its id.
QString itemName(EntityKind kind, const QString &id, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (name.isString() && !name.toString().isEmpty())
        return QStringLiteral("\"%1\"").arg(name.toString());
    return isSingleton(kind) ? rowKey(kind, id) : QStringLiteral("\"%1\"").arg(id);
}

} // namespace

PgStore::PgStore(ServerAddress address, Mode mode)
    : m_address(std::move(address))
    , m_mode(mode)
{
    static std::atomic<int> counter = 0;
    m_connection = QStringLiteral("fortegnelse-server-%1").arg(++counter);
}

PgStore::~PgStore()
{
    if (m_inStep)
        rollback();
    disconnect();
}

bool PgStore::connect(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).");
        return false;
    }
    disconnect();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!m_address.host.isEmpty())
        m_db.setHostName(m_address.host);
    if (m_address.port > 0)
        m_db.setPort(m_address.port);
    m_db.setDatabaseName(m_address.database);
    if (!m_address.user.isEmpty())
        m_db.setUserName(m_address.user);
    m_db.setConnectOptions(m_address.connectOptions());
    if (!m_db.open()) {
        *error = tr("Could not connect to %1: %2").arg(m_address.toUrl(), m_db.lastError().text().trimmed());
        disconnect();
        return false;
    }
    m_user.clear();
    {
        QSqlQuery who(m_db);
        // The administrator: a member of <database>_admin (server-init), the database's
        // owner, or a superuser.
        who.prepare(QStringLiteral(
            "SELECT current_user, has_table_privilege('activities', 'UPDATE'), "
            "EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = ? AND pg_has_role(current_user, r.oid, 'MEMBER')) "
            "OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
            "OR (SELECT pg_get_userbyid(datdba) = current_user FROM pg_database WHERE datname = current_database())"));
        who.addBindValue(roleNames(m_address.database).at(2));
        if (who.exec() && who.next()) {
            m_user = who.value(0).toString();
            m_mayWrite = who.value(1).toBool();
            m_mayAdminister = who.value(2).toBool();
        } else {
            *error = tr("%1 holds no register; run \"fortegnelse server-init\" on it first (%2).")
                         .arg(m_address.toUrl(), who.lastError().text().trimmed());
        }
    }
    if (m_user.isEmpty()) {
        disconnect();
        return false;
    }
    // Other windows' commits are notified; ours (SelfSource) are not news.
    m_listener = std::make_unique<QObject>();
    QObject::connect(m_db.driver(), &QSqlDriver::notification, m_listener.get(),
                     [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (source == QSqlDriver::SelfSource)
                             return;
                         m_notified = true;
                         if (m_onChange)
                             m_onChange();
                     });
    m_db.driver()->subscribeToNotification(QLatin1String(channel));
    return true;
}

void PgStore::disconnect()
{
    m_listener.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

void PgStore::watch(std::function<void()> onChange)
{
    m_onChange = std::move(onChange);
}

QString PgStore::failure(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // Class 08 is a connection exception, 57P a server shutting down; the driver reports
    // a connection that died between statements as a connection error.
    if (error.type() == QSqlError::ConnectionError || code.startsWith(u"08") || code.startsWith(u"57P")
        || !m_db.isOpen())
        m_lost = true;
    if (m_lost)
        return tr("the connection to the server was lost (%1)").arg(error.text().trimmed());
    if (code == u"42501")
        return tr("your login (%1) may not change this register").arg(m_user);
    return error.text().trimmed();
}

bool PgStore::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        *error = failure(q.lastError());
        return false;
    }
    return true;
}

QString PgStore::readOnlyReason() const
{
    if (m_mode == Mode::Edit && !m_mayWrite)
        return tr("Your login (%1) may only read this register, so it is open read-only.").arg(m_user);
    return {};
}

QString PgStore::administratorOnlyReason() const
{
    if (m_mayAdminister)
        return {};
    return tr("Only the register's administrators (role %1) publish the policy and submit the record; "
              "your login (%2) is not one of them.")
        .arg(roleNames(m_address.database).at(2), m_user);
}

QString PgStore::unavailableReason() const
{
    return m_lost ? tr("The connection to the server was lost.") : QString();
}

bool PgStore::begin(QString *error)
{
    m_conflict.reset();
    m_commitOutcomeUnknown = false;
    if (m_mode != Mode::Edit) {
        *error = tr("the register is open read-only");
        return false;
    }
    if (m_lost) {
        *error = unavailableReason();
        return false;
    }
    m_pending.clear();
    m_conflict.reset();
    // One writer at a time: every step first takes the register's last-change row, so
    // steps that touch several items never wait for each other in a circle.
    if (!exec(QStringLiteral("BEGIN"), error))
        return false;
    m_inStep = true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'last_change' FOR UPDATE"))) {
        *error = failure(q.lastError());
        rollback();
        return false;
    }
    return true;
}

bool PgStore::lastChangeOf(EntityKind kind, const QString &id, QString *by, QDateTime *at)
{
    if (m_lost)
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT changed_by, changed_at FROM %1 WHERE %2 = ?").arg(tableName(kind), keyColumn(kind)));
    q.addBindValue(rowKey(kind, id));
    if (!q.exec() || !q.next())
        return false;
    *by = q.value(0).toString();
    *at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    return true;
}

bool PgStore::refuseConflict(EntityKind kind, const QString &id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body, changed_by, changed_at FROM %1 WHERE %2 = ?")
                  .arg(tableName(kind), keyColumn(kind)));
    q.addBindValue(rowKey(kind, id));
    if (!q.exec()) {
        *error = failure(q.lastError());
        return false;
    }
    Conflict c;
    c.kind = kind;
    c.id = id;
    if (q.next()) {
        c.theirs = q.value(0).toString().toUtf8();
        c.by = q.value(1).toString();
        c.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    }
    const QString who = c.by.isEmpty() ? tr("a colleague") : c.by;
    // The window reads the register again right after, so the officer sees their version
    // in place and can make the change again on top of it.
    if (c.theyDeleted())
        *error = tr("a colleague deleted %1 after this window read it. The register is read again.")
                     .arg(itemName(kind, id, {}));
    else
        *error = tr("%1 changed %2 at %3 after this window read it. Their version is shown now; make "
                    "your change again if it still applies.")
                     .arg(who, itemName(kind, id, c.theirs),
                          QLocale().toString(c.at.toLocalTime(), QLocale::ShortFormat));
    m_conflict = c;
    // This window's copy is stale: read the register again.
    m_notified = true;
    return false;
}

bool PgStore::updateRow(EntityKind kind, const QString &id, qint64 position, const QByteArray &body,
                        QString *error)
{
    const QString key = versionKey(kind, id);
    const auto pending = m_pending.constFind(key);
    const bool known = pending != m_pending.cend() ? *pending > 0 : m_versions.contains(key);
    const qint64 expected = pending != m_pending.cend() ? *pending : m_versions.value(key);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    if (known) {
        // The edit is based on the version this window has: if a colleague's commit came
        // first, no row matches and the edit is refused.
        q.prepare(isSingleton(kind)
                      ? QStringLiteral("UPDATE singletons SET body = ?, changed_at = ?, changed_by = current_user, "
                                       "version = version + 1 WHERE name = ? AND version = ? RETURNING version")
                      : QStringLiteral("UPDATE %1 SET position = ?, body = ?, changed_at = ?, "
                                       "changed_by = current_user, version = version + 1 "
                                       "WHERE id = ? AND version = ? RETURNING version")
                            .arg(tableName(kind)));
        if (!isSingleton(kind))
            q.addBindValue(position);
        q.addBindValue(QString::fromUtf8(body));
        q.addBindValue(now);
        q.addBindValue(rowKey(kind, id));
        q.addBindValue(expected);
    } else {
        q.prepare(isSingleton(kind)
                      ? QStringLiteral("INSERT INTO singletons (name, body, changed_at, changed_by) "
                                       "VALUES (?, ?, ?, current_user) ON CONFLICT DO NOTHING RETURNING version")
                      : QStringLiteral("INSERT INTO %1 (id, position, body, changed_at, changed_by) "
                                       "VALUES (?, ?, ?, ?, current_user) ON CONFLICT DO NOTHING RETURNING version")
                            .arg(tableName(kind)));
        q.addBindValue(rowKey(kind, id));
        if (!isSingleton(kind))
            q.addBindValue(position);
        q.addBindValue(QString::fromUtf8(body));
        q.addBindValue(now);
    }
    if (!q.exec()) {
        *error = failure(q.lastError());
        return false;
    }
    if (!q.next())
        return refuseConflict(kind, id, error);
    m_pending.insert(key, q.value(0).toLongLong());
    return true;
}

bool PgStore::put(EntityKind kind, const QString &id, qint64 position, const QByteArray &body,
                  QString *error)
{
    return updateRow(kind, id, position, body, error);
}

bool PgStore::erase(EntityKind kind, const QString &id, QString *error)
{
    const QString key = versionKey(kind, id);
    const auto pending = m_pending.constFind(key);
    const qint64 expected = pending != m_pending.cend() ? *pending : m_versions.value(key);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND version = ? RETURNING version")
                  .arg(tableName(kind), keyColumn(kind)));
    q.addBindValue(rowKey(kind, id));
    q.addBindValue(expected);
    if (!q.exec()) {
        *error = failure(q.lastError());
        return false;
    }
    if (!q.next())
        return refuseConflict(kind, id, error);
    m_pending.insert(key, 0);
    return true;
}

bool PgStore::commit(QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString text = now.toString(Qt::ISODateWithMs);
    // As in Store::commit: a transaction that changed no item (a snapshot kept alone, when
    // the record is submitted) leaves last_change, or the published policy would look
    // older than the register's contents. Every item written is in m_pending.
    const bool changed = !m_pending.isEmpty();
    if (changed) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'last_change'"));
        q.addBindValue(text);
        if (!q.exec()) {
            *error = failure(q.lastError());
            rollback();
            return false;
        }
    }
    if (!exec(QStringLiteral("COMMIT"), error)) {
        // Whether a COMMIT that lost its connection took effect cannot be known here; the
        // register is read again once the server is back, and the document then tells.
        m_commitOutcomeUnknown = m_lost;
        rollback();
        return false;
    }
    m_inStep = false;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (*it > 0)
            m_versions.insert(it.key(), *it);
        else
            m_versions.remove(it.key());
    }
    m_pending.clear();
    if (changed) {
        m_lastChange = now;
        m_lastChangeText = text;
    }
    return true;
}

void PgStore::rollback()
{
    m_pending.clear();
    m_inStep = false;
    if (m_lost || !m_db.isOpen())
        return;
    QString error;
    if (!exec(QStringLiteral("ROLLBACK"), &error))
        m_lost = true;
}

bool PgStore::changedElsewhere()
{
    if (m_inStep)
        return false;
    if (m_lost) {
        QString ignored;
        if (!connect(&ignored))
            return false;
        m_lost = false;
        return true; // what changed meanwhile is not known: read it all again
    }
    if (m_notified)
        return true;
    // A notification can be missed (a connection that was replaced): the last change says.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'last_change'"))) {
        failure(q.lastError());
        return false;
    }
    return q.next() && q.value(0).toString() != m_lastChangeText;
}

bool PgStore::saveCopy(const QString &path, QString *error)
{
    // Read apart from this window's own copy, whose versions must stay those it shows.
    Register reg;
    LoadReport report;
    Snapshot snapshot;
    if (!readAll(&reg, &report, &snapshot, error))
        return false;
    return Store::create(path, reg, error) != nullptr;
}

} // namespace Fortegnelse

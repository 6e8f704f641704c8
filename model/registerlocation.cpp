#include "registerlocation.h"

#include "pgstore.h"
#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace Fortegnelse {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::RegisterLocation", text);
}

} // namespace

bool isServerLocation(const QString &location)
{
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive)
        || location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

bool ServerAddress::parse(const QString &text, ServerAddress *address, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isServerLocation(text) || !url.isValid()) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterLocation", "\"%1\" is not a postgresql:// address")).arg(text);
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterLocation", "the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass "
                                                                           "(or use a service file), and give the address without it."));
        return false;
    }
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(-1);
    a.database = url.path().mid(1);
    a.user = url.userName();
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // Qt's driver passes options to libpq separated by ";" and unquoted.
        if (key == u"password") {
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterLocation", "the address contains a password; Fortegnelse never keeps one. Put it in ~/.pgpass."));
            return false;
        }
        if (value.contains(u';') || value.contains(u' ') || key.contains(u';') || key.contains(u' ')) {
            *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterLocation", "the option \"%1\" of the address has a space or \";\" in it, which cannot be passed on"))
                         .arg(key);
            return false;
        }
        if (key == u"host")
            a.host = value;
        else if (key == u"port")
            a.port = value.toInt();
        else if (key == u"dbname")
            a.database = value;
        else if (key == u"user")
            a.user = value;
        else
            a.options.append({key, value});
    }
    if (a.database.isEmpty() && !query.hasQueryItem(QStringLiteral("service"))) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterLocation", "the address names no database: postgresql://user@host/database"));
        return false;
    }
    *address = a;
    return true;
}

QString ServerAddress::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    // A socket folder is given as ?host=/path, as libpq reads it.
    const bool socket = host.startsWith(u'/');
    if (!socket)
        url.setHost(host);
    if (!socket && port > 0)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), host);
        if (port > 0)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    }
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    // Without a host QUrl leaves out the "//" that libpq and isServerLocation() expect.
    QString text = url.toString();
    if (!text.startsWith(u"postgresql://"))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

QString ServerAddress::connectOptions() const
{
    QStringList parts;
    bool timeout = false;
    for (const auto &[key, value] : options) {
        parts.append(key + QLatin1Char('=') + value);
        timeout = timeout || key == u"connect_timeout";
    }
    // A server that is gone must not hold a window for libpq's default of forever.
    if (!timeout)
        parts.append(QStringLiteral("connect_timeout=5"));
    return parts.join(QLatin1Char(';'));
}

bool readRegisterAt(const QString &location, Register *reg, QString *error, QDateTime *lastChange)
{
    if (!isServerLocation(location))
        return Store::read(location, reg, error, lastChange);
    ServerAddress address;
    if (!ServerAddress::parse(location, &address, error))
        return false;
    auto store = PgStore::open(address, reg, nullptr, PgStore::Mode::Read, error);
    if (!store)
        return false;
    if (lastChange)
        *lastChange = store->lastChange();
    return true;
}

bool writeRegisterAt(const QString &location, const Register &reg, QString *error, const RegisterHistory *history)
{
    if (isServerLocation(location)) {
        ServerAddress address;
        return ServerAddress::parse(location, &address, error) && PgStore::write(address, reg, error, history);
    }
    if (QFileInfo::exists(location) || QFileInfo(location).isSymLink()) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::RegisterLocation", "%1 exists already; a copy never replaces a register.")).arg(location);
        return false;
    }
    return Store::create(location, reg, error, history) != nullptr;
}

} // namespace Fortegnelse

#include "snapshot.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Fortegnelse {

QString snapshotKindName(Snapshot::Kind kind)
{
    return kind == Snapshot::Published ? QStringLiteral("published") : QStringLiteral("submitted");
}

std::optional<Snapshot::Kind> snapshotKindFromName(const QString &name)
{
    if (name == u"published")
        return Snapshot::Published;
    if (name == u"submitted")
        return Snapshot::Submitted;
    return std::nullopt;
}

QByteArray snapshotDetails(const Snapshot &s)
{
    QJsonObject o;
    const auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("version", s.version);
    put("submittedOn", s.submittedOn.isValid() ? s.submittedOn.toString(Qt::ISODate) : QString());
    put("authority", s.authority);
    put("caseNumber", s.caseNumber);
    put("sha256", s.sha256);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void readSnapshotDetails(const QByteArray &json, Snapshot *s)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    s->version = o.value(QStringLiteral("version")).toString();
    s->submittedOn = QDate::fromString(o.value(QStringLiteral("submittedOn")).toString(), Qt::ISODate);
    s->authority = o.value(QStringLiteral("authority")).toString();
    s->caseNumber = o.value(QStringLiteral("caseNumber")).toString();
    s->sha256 = o.value(QStringLiteral("sha256")).toString();
}

QByteArray snapshotDocuments(const QMap<QString, QByteArray> &documents)
{
    QJsonObject o;
    for (auto it = documents.cbegin(); it != documents.cend(); ++it)
        o.insert(it.key(), QString::fromUtf8(it.value()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QMap<QString, QByteArray> readSnapshotDocuments(const QByteArray &json)
{
    QMap<QString, QByteArray> documents;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isString())
            documents.insert(it.key(), it.value().toString().toUtf8());
    }
    return documents;
}

} // namespace Fortegnelse

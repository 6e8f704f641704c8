#pragma once

// Snapshots: what the register said at the moments that matter (docs/history.md). Publishing
// the policy keeps the published texts and the register they came from; marking the record
// as submitted to the authority keeps the register and the PDF's SHA-256. A snapshot is kept
// in the register itself, and only ever added: nothing removes or changes one.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Fortegnelse {

struct Snapshot
{
    enum Kind
    {
        Published, ///< the privacy policy was published
        Submitted, ///< the record was submitted to the supervisory authority
    };

    qint64 seq = 0; ///< 1, 2, 3... in the order kept, given by the storage
    QDateTime at; ///< when it was kept (UTC), given by the storage
    QString actor; ///< the OS user, or the database role on a server, given by the storage
    Kind kind = Published;

    QString version; ///< Published: the policy version
    QDate submittedOn; ///< Submitted: the day it was sent
    QString authority; ///< Submitted: to whom ("Datatilsynet")
    QString caseNumber; ///< Submitted: the authority's case number, when known
    QString sha256; ///< Submitted: the record PDF's SHA-256, in hex

    /// The register as it stood, in the canonical JSON format (docs/register-format.md).
    /// Left empty when only the list was read.
    QByteArray registerJson;
    /// Published: the texts as published, by "LANG/FORMAT" ("da/html", "en/md").
    QMap<QString, QByteArray> documents;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

/// Which snapshots to read, newest first.
struct SnapshotQuery
{
    std::optional<Snapshot::Kind> kind; ///< only this kind
    qint64 seq = 0; ///< only this one (0: all)
    int limit = 1000;
    /// With the register and the documents; the list alone reads only what it shows.
    bool withContents = false;
};

/// The stored name of a kind ("published", "submitted") and back.
QString snapshotKindName(Snapshot::Kind kind);
std::optional<Snapshot::Kind> snapshotKindFromName(const QString &name);

/// The details of a snapshot (version, date, authority, case, hash) as the compact JSON
/// object stored beside it, and back; unknown keys are ignored.
QByteArray snapshotDetails(const Snapshot &snapshot);
void readSnapshotDetails(const QByteArray &json, Snapshot *snapshot);
/// The documents as one JSON object {"da/html": "...", ...}, and back.
QByteArray snapshotDocuments(const QMap<QString, QByteArray> &documents);
QMap<QString, QByteArray> readSnapshotDocuments(const QByteArray &json);

} // namespace Fortegnelse

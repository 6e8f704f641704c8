#pragma once

// Snapshots (issue 16): what was published and what was submitted, kept in the register
// (model/snapshot.h). Shared by the command line and the views.

#include "operationresult.h"
#include "policywriters.h"
#include "recordgenerator.h"
#include "register.h"
#include "snapshot.h"

#include <QDate>
#include <QDateTime>

namespace Fortegnelse {

class Document;

/// The languages and formats a published policy is kept in: every language the policy can
/// be made in, in every text format (HTML, Markdown, plain text). ODT and PDF are laid out
/// from the same document, so their content is the kept HTML's; their bytes are not kept.
QStringList snapshotLanguages();
QList<PolicyFormat> snapshotFormats();
/// The key of one kept text: "da/html".
QString snapshotDocumentKey(const QString &language, PolicyFormat format);

/// The snapshot of publishing \a reg (as it is once published): the register as JSON and
/// the policy in every language and text format. False, with *error, when the policy
/// cannot be made.
bool makePublishedSnapshot(const Register &reg, Snapshot *snapshot, QString *error);

/// Makes the texts of \a snapshot again from the register it kept, for comparing them with
/// the kept ones.
bool regenerateDocuments(const Snapshot &snapshot, QMap<QString, QByteArray> *documents, QString *error);

/// The record, as submitted: what the officer tells.
struct Submission
{
    QDate on; ///< the day it was sent
    QString authority; ///< "Datatilsynet"; empty: the organisation's authority
    QString caseNumber; ///< the authority's case number, when there is one
};

/// Makes the record PDF of \a doc's register with \a options and keeps it as submitted: the
/// register as JSON and the PDF's SHA-256, in one transaction. *pdf is the record.
OperationResult submitRecord(Document &doc, const RecordOptions &options, const Submission &submission,
                             QByteArray *pdf);
/// The authority a record of \a reg is submitted to, by its name in the register's
/// language: the organisation's lead supervisory authority, else that of its country,
/// else Datatilsynet.
QString submissionAuthority(const Register &reg);
/// Keeps \a pdf, made from \a doc's register as it is now, as submitted: the register and
/// the file's SHA-256. A record sent on paper has no file: with \a pdf empty, the register
/// alone is kept (no hash stands for a file nobody has).
OperationResult keepSubmitted(Document &doc, const QByteArray &pdf, const Submission &submission);

/// The snapshots of the register at \a path, newest first (without their contents).
OperationResult readSnapshotsOf(const QString &path, QList<Snapshot> *list);
/// The newest snapshot of \a kind, or the one numbered \a seq, with its contents.
OperationResult readSnapshotOf(const QString &path, std::optional<Snapshot::Kind> kind, qint64 seq,
                               Snapshot *snapshot);
/// The register a snapshot kept.
OperationResult registerOf(const QString &where, const Snapshot &snapshot, Register *reg);
/// The register a snapshot of the register at \a where kept, as a read-only document (its
/// banner says which state it is); *doc stays empty when the snapshot cannot be read.
OperationResult openKeptState(const QString &where, const Snapshot &snapshot, std::unique_ptr<Document> *doc);

/// The list of snapshots as text in the UI language, or as JSON.
QByteArray snapshotsAsText(const QList<Snapshot> &list);
QByteArray snapshotsAsJson(const QList<Snapshot> &list);
/// One line that says what a snapshot is: "Policy version 1.2 published" or "Record
/// submitted to Datatilsynet on 3 March 2026, case no. 26-123".
QString describeSnapshot(const Snapshot &snapshot);

} // namespace Fortegnelse

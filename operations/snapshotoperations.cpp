#include "snapshotoperations.h"

#include "document.h"
#include "jsoncodec.h"
#include "keptstate.h"
#include "policygenerator.h"
#include "printable.h"
#include "recordpainter.h"
#include "referencedata.h"
#include "safeoutput.h"
#include "store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Fortegnelse {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::History)
};

OperationResult refused(const QString &where, const QString &message)
{
    return OperationResult::refused(printable(where) + QStringLiteral(": ") + printable(message));
}

std::unique_ptr<Store> openToRead(const QString &path, Register *reg, QString *error)
{
    Store::Options options;
    options.mode = Store::Mode::Read;
    return Store::open(SafeOutput::absolute(path), reg, error, options);
}

} // namespace

QStringList snapshotLanguages()
{
    return {QStringLiteral("da"), QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("en")};
}

QList<PolicyFormat> snapshotFormats()
{
    return {PolicyFormat::Html, PolicyFormat::Markdown, PolicyFormat::Text};
}

QString snapshotDocumentKey(const QString &language, PolicyFormat format)
{
    return language + QLatin1Char('/') + policyFormatSuffix(format);
}

namespace {

bool makeDocuments(const Register &reg, QMap<QString, QByteArray> *documents, QString *error)
{
    documents->clear();
    for (const QString &language : snapshotLanguages()) {
        PolicyOptions options;
        options.language = language;
        PolicyDocument policy;
        if (!PolicyGenerator::generate(reg, options, &policy, error))
            return false;
        for (const PolicyFormat format : snapshotFormats()) {
            QByteArray bytes;
            if (!writePolicy(policy, format, &bytes, error))
                return false;
            documents->insert(snapshotDocumentKey(language, format), bytes);
        }
    }
    return true;
}

} // namespace

bool makePublishedSnapshot(const Register &reg, Snapshot *snapshot, QString *error)
{
    *snapshot = Snapshot{};
    snapshot->kind = Snapshot::Published;
    snapshot->version = reg.policy.version;
    snapshot->registerJson = Json::write(reg);
    return makeDocuments(reg, &snapshot->documents, error);
}

bool regenerateDocuments(const Snapshot &snapshot, QMap<QString, QByteArray> *documents, QString *error)
{
    Register reg;
    QList<Json::Error> errors;
    if (!Json::read(snapshot.registerJson, &reg, &errors)) {
        *error = Json::summarize(errors);
        return false;
    }
    return makeDocuments(reg, documents, error);
}

QString submissionAuthority(const Register &reg)
{
    const Organisation &o = reg.organisation;
    const QString country = o.supervisoryAuthority.isEmpty() ? o.country : o.supervisoryAuthority;
    const auto *authority = ReferenceData::instance().authority(country.isEmpty() ? QStringLiteral("DK") : country);
    return authority ? authority->name.text(o.language.isEmpty() ? QStringLiteral("da") : o.language) : QString();
}

OperationResult keepSubmitted(Document &doc, const QByteArray &pdf, const Submission &submission)
{
    const QString where = doc.filePath();
    // Read-only, or on a server a login that is not the register's administrator.
    if (const QString why = doc.administratorOnlyReason(); !why.isEmpty())
        return refused(where, why);
    if (!submission.on.isValid())
        return refused(where, Messages::tr("the day the record was submitted is missing"));
    Snapshot snapshot;
    snapshot.kind = Snapshot::Submitted;
    snapshot.submittedOn = submission.on;
    snapshot.authority = submission.authority.trimmed();
    if (snapshot.authority.isEmpty())
        snapshot.authority = submissionAuthority(doc.reg());
    snapshot.caseNumber = submission.caseNumber.trimmed();
    if (!pdf.isEmpty())
        snapshot.sha256 = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    snapshot.registerJson = Json::write(doc.reg());
    QString error;
    QObject guard;
    QObject::connect(&doc, &Document::writeFailed, &guard, [&](const QString &message) { error = message; });
    if (!doc.keepSnapshot(snapshot))
        return refused(where, error.isEmpty() ? Messages::tr("the snapshot could not be kept") : error);
    return OperationResult::done();
}

OperationResult submitRecord(Document &doc, const RecordOptions &options, const Submission &submission,
                             QByteArray *pdf)
{
    QString error;
    if (!writeRecordPdf(doc.reg(), options, pdf, &error))
        return refused(doc.filePath(), error);
    return keepSubmitted(doc, *pdf, submission);
}

OperationResult readSnapshotsOf(const QString &path, QList<Snapshot> *list)
{
    Register reg;
    QString error;
    std::unique_ptr<Store> store = openToRead(path, &reg, &error);
    if (!store)
        return refused(path, error);
    if (!store->readSnapshots({}, list, &error))
        return refused(path, error);
    return OperationResult::done();
}

OperationResult readSnapshotOf(const QString &path, std::optional<Snapshot::Kind> kind, qint64 seq,
                               Snapshot *snapshot)
{
    Register reg;
    QString error;
    std::unique_ptr<Store> store = openToRead(path, &reg, &error);
    if (!store)
        return refused(path, error);
    SnapshotQuery query;
    query.kind = kind;
    query.seq = seq;
    query.limit = 1;
    query.withContents = true;
    QList<Snapshot> found;
    if (!store->readSnapshots(query, &found, &error))
        return refused(path, error);
    if (found.isEmpty()) {
        if (seq > 0)
            return refused(path, Messages::tr("the register keeps no snapshot %1").arg(seq));
        return refused(path, kind == Snapshot::Submitted ? Messages::tr("the record has not been marked as submitted yet") : Messages::tr("the policy has not been published since the register began keeping snapshots"));
    }
    *snapshot = found.first();
    return OperationResult::done();
}

OperationResult registerOf(const QString &where, const Snapshot &snapshot, Register *reg)
{
    QList<Json::Error> errors;
    if (!Json::read(snapshot.registerJson, reg, &errors))
        return refused(where, Messages::tr("snapshot %1 cannot be read: %2").arg(snapshot.seq).arg(Json::summarize(errors)));
    return OperationResult::done();
}

OperationResult openKeptState(const QString &where, const Snapshot &snapshot, std::unique_ptr<Document> *doc)
{
    doc->reset();
    Register reg;
    if (OperationResult read = registerOf(where, snapshot, &reg); !read)
        return read;
    const QString when = QLocale().toString(snapshot.at.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC");
    const QString reason = Messages::tr("This is the register as it stood at a snapshot: %1 (%2, by %3). It is kept as "
                                        "it was and cannot be changed; File > Save a copy as... makes a register of it "
                                        "that can be edited.")
                               .arg(describeSnapshot(snapshot), when, snapshot.actor);
    *doc = Document::fromStorage(std::make_unique<KeptState>(where, reg, reason, snapshot.at), reg);
    return OperationResult::done();
}

QString describeSnapshot(const Snapshot &s)
{
    if (s.kind == Snapshot::Published)
        return Messages::tr("Policy version %1 published").arg(s.version);
    const QString day = QLocale().toString(s.submittedOn, QLocale::LongFormat);
    if (s.caseNumber.isEmpty())
        return Messages::tr("Record submitted to %1 on %2").arg(s.authority, day);
    return Messages::tr("Record submitted to %1 on %2, case no. %3").arg(s.authority, day, s.caseNumber);
}

QByteArray snapshotsAsText(const QList<Snapshot> &list)
{
    QString text;
    if (list.isEmpty())
        text = Messages::tr("No snapshots: the policy has not been published nor the record submitted since the "
                            "register began keeping them.")
            + QLatin1Char('\n');
    for (const Snapshot &s : list) {
        text += printable(QStringLiteral("%1  %2  %3  %4  %5")
                              .arg(s.seq)
                              .arg(s.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")), s.actor,
                                   snapshotKindName(s.kind), describeSnapshot(s)));
        if (!s.sha256.isEmpty())
            text += QStringLiteral("\n    SHA-256 ") + s.sha256;
        text += QLatin1Char('\n');
    }
    return text.toUtf8();
}

QByteArray snapshotsAsJson(const QList<Snapshot> &list)
{
    QJsonArray array;
    for (const Snapshot &s : list) {
        QJsonObject o = QJsonDocument::fromJson(snapshotDetails(s)).object();
        o.insert(QStringLiteral("seq"), s.seq);
        o.insert(QStringLiteral("at"), s.at.toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("actor"), s.actor);
        o.insert(QStringLiteral("kind"), snapshotKindName(s.kind));
        array.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("snapshots"), array}}).toJson(QJsonDocument::Indented);
}

} // namespace Fortegnelse

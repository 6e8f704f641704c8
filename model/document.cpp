#include "document.h"

#include "commands.h"
#include "kinds.h"
#include "pgstore.h"
#include "registerlocation.h"
#include "registerrepair.h"
#include "store.h"
#include "valuecheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTimer>

namespace Fortegnelse {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::Document", text);
}

/// SQLite's locking is not reliable on network file systems (sqlite.org/lockingv3.html
/// section 6), so a register there may be damaged by two writers despite the lock.
QString networkWarning(const QString &path)
{
    static const QStringList network{QStringLiteral("nfs"), QStringLiteral("nfs4"), QStringLiteral("cifs"),
                                     QStringLiteral("smb3"), QStringLiteral("smbfs"), QStringLiteral("9p"),
                                     QStringLiteral("afs"), QStringLiteral("fuse.sshfs"),
                                     QStringLiteral("fuse.gvfsd-fuse"), QStringLiteral("davfs")};
    const QString type = QString::fromLatin1(QStorageInfo(path).fileSystemType());
    if (!network.contains(type))
        return {};
    return trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The register is on a network drive (%1). Two people editing it at once can damage it "
                                                             "there; keep one copy per person, or use a Fortegnelse server for a team."))
        .arg(type);
}

} // namespace

Document::Document(std::unique_ptr<Storage> storage, Register reg)
    : m_storage(std::move(storage))
    , m_reg(std::move(reg))
    , m_undo(std::make_unique<QUndoStack>())
{
    qRegisterMetaType<Fortegnelse::Change>();
}

Document::~Document() = default;

std::unique_ptr<Document> Document::open(const QString &path, QString *error, Mode mode,
                                         LockOwner *lockedBy)
{
    if (isServerLocation(path))
        return openOnServer(path, error, mode);
    Register reg;
    LoadReport report;
    Store::Options options;
    options.mode = mode == Mode::Edit ? Store::Mode::Edit : Store::Mode::Read;
    options.report = &report;
    options.lockedBy = lockedBy;
    std::unique_ptr<Store> store = Store::open(path, &reg, error, options);
    if (!store)
        return nullptr;
    const QString location = store->path();
    std::unique_ptr<Document> doc(new Document(std::move(store), std::move(reg)));
    doc->m_report = report;
    if (mode == Mode::ReadOnly) {
        // Say why, when there is a reason beyond the officer's choice.
        RegisterLock probe(location);
        if (!probe.tryLock() && probe.error().isEmpty())
            doc->m_readOnlyReason = trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "%1 has this register open for editing, so it is open read-only here. "
                                                                                      "Their changes appear as they make them."))
                                        .arg(probe.owner().describe());
        else if (!QFileInfo(location).isWritable())
            doc->m_readOnlyReason = trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The file is read-only, so the register is open read-only."));
        else
            doc->m_readOnlyReason = trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The register is open read-only."));
    } else if (!report.isClean())
        doc->m_readOnlyReason = trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The register is damaged and is open read-only until it is repaired."));
    doc->m_storageWarning = networkWarning(location);
    doc->startWatching();
    return doc;
}

std::unique_ptr<Document> Document::openOnServer(const QString &url, QString *error, Mode mode)
{
    ServerAddress address;
    if (!ServerAddress::parse(url, &address, error))
        return nullptr;
    Register reg;
    LoadReport report;
    auto store = PgStore::open(address, &reg, &report,
                               mode == Mode::Edit ? PgStore::Mode::Edit : PgStore::Mode::Read, error);
    if (!store)
        return nullptr;
    std::unique_ptr<Document> doc(new Document(std::move(store), std::move(reg)));
    doc->m_report = report;
    if (mode == Mode::ReadOnly)
        doc->m_readOnlyReason = trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The register is open read-only."));
    else if (!doc->m_storage->readOnlyReason().isEmpty())
        doc->m_readOnlyReason = doc->m_storage->readOnlyReason();
    else if (!report.isClean())
        doc->m_readOnlyReason = trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The register on the server is damaged and is open read-only; its "
                                                                                  "administrator can repair it from a copy (fortegnelse copy)."));
    doc->startWatching();
    return doc;
}

std::unique_ptr<Document> Document::create(const QString &path, const Register &initial,
                                           QString *error)
{
    std::unique_ptr<Store> store = Store::create(path, initial, error);
    if (!store)
        return nullptr;
    const QString location = store->path();
    std::unique_ptr<Document> doc(new Document(std::move(store), initial));
    doc->m_storageWarning = networkWarning(location);
    doc->startWatching();
    return doc;
}

std::unique_ptr<Document> Document::fromStorage(std::unique_ptr<Storage> storage, Register reg)
{
    std::unique_ptr<Document> doc(new Document(std::move(storage), std::move(reg)));
    doc->m_readOnlyReason = doc->m_storage->readOnlyReason();
    return doc;
}

void Document::startWatching()
{
    // Another process may write the register (the command line, a sync tool) or, for a
    // read-only window, the colleague who holds it: look once a second.
    m_watch = new QTimer(this);
    m_watch->setInterval(1000);
    connect(m_watch, &QTimer::timeout, this, &Document::checkForExternalChanges);
    m_watch->start();
    // A storage that is told of a colleague's commit reads it at once.
    m_storage->watch([this] {
        QMetaObject::invokeMethod(this, &Document::checkForExternalChanges, Qt::QueuedConnection);
    });
}

QString Document::filePath() const
{
    return m_storage->location();
}

QDateTime Document::lastChange() const
{
    return m_storage->lastChange();
}

int Document::openedSchemaVersion() const
{
    const int version = m_storage->openedSchemaVersion();
    return version > 0 ? version : Store::schemaVersion;
}

bool Document::saveCopyAs(const QString &path, QString *error) const
{
    return m_storage->saveCopy(path, error);
}

bool Document::updateOrganisation(const std::function<void(Organisation &)> &edit,
                                  const QString &text, const QString &field)
{
    Organisation after = m_reg.organisation;
    edit(after);
    if (after == m_reg.organisation)
        return true;
    if (refuseWhenReadOnly())
        return false;
    return perform({ItemChange::organisation(m_reg.organisation, after)}, text,
                   field.isEmpty() ? QString() : QStringLiteral("organisation/") + field);
}

bool Document::updatePolicy(const std::function<void(PolicySettings &)> &edit, const QString &text,
                            const QString &field)
{
    PolicySettings after = m_reg.policy;
    edit(after);
    if (after == m_reg.policy)
        return true;
    if (refuseWhenReadOnly())
        return false;
    return perform({ItemChange::policy(m_reg.policy, after)}, text,
                   field.isEmpty() ? QString() : QStringLiteral("policy/") + field);
}

bool Document::refuseWhenReadOnly()
{
    if (!isReadOnly())
        return false;
    emit writeFailed(trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The change was not made: %1")).arg(m_readOnlyReason));
    return true;
}

bool Document::perform(const Step &step, const QString &text, const QString &mergeKey,
                       JournalEntry::Kind kind)
{
    // A value the reader would refuse is never written: the register would open as
    // damaged afterwards (docs/integrity.md, "A value the reader refuses"). The test is
    // the reader's own (refusedValues()); undo and redo write only what was accepted here.
    for (const ItemChange &c : step) {
        if (!c.after)
            continue;
        if (const QStringList refused = refusedValues(*c.after); !refused.isEmpty()) {
            if (isReadOnly())
                break; // applyStep() says why nothing can be written
            emit writeFailed(trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The change was not made: %1."))
                                 .arg(refused.join(QStringLiteral("; "))));
            return false;
        }
    }
    // A step the undo stack will merge into the one before is journaled as that step.
    if (!applyStep(step, true, kind, text, StepCommand::mergesOnPush(*m_undo, step, mergeKey))) {
        if (m_storage->commitOutcomeUnknown())
            m_uncertain = UncertainStep{step, text};
        return false;
    }
    auto *command = new StepCommand(this, step, text, mergeKey);
    command->m_alreadyApplied = true; // push() calls redo() once more
    m_undo->push(command);
    return true;
}

bool Document::applyStep(const Step &step, bool forward, JournalEntry::Kind kind, const QString &text,
                         bool continuesStep)
{
    if (isReadOnly()) {
        refuseWhenReadOnly();
        return false;
    }
    const bool history = kind == JournalEntry::Undo || kind == JournalEntry::Redo;
    if (history && refuseStale(step, forward))
        return false;
    QString error;
    bool ok = m_storage->begin(&error);
    QList<JournalEntry> journal;
    journal.reserve(step.size());
    // Backwards, the changes are undone in the reverse order they were made.
    for (qsizetype n = 0; ok && n < step.size(); ++n) {
        const ItemChange &c = step.at(forward ? n : step.size() - 1 - n);
        // A row a repair removed, or rewrote without an unknown code, is put back as it was stored.
        const QByteArray before = !c.rawBefore.isEmpty() ? c.rawBefore
            : c.before                                   ? storedBody(*c.before)
                                                         : QByteArray();
        const QByteArray after = c.after ? storedBody(*c.after) : QByteArray();
        const QByteArray &from = forward ? before : after;
        const QByteArray &to = forward ? after : before;
        ok = to.isEmpty() ? m_storage->erase(c.kind, c.id, &error)
                          : m_storage->put(c.kind, c.id, c.position, to, &error);
        JournalEntry entry;
        entry.kind = kind;
        entry.text = text;
        entry.itemKind = c.kind;
        entry.itemId = c.id;
        entry.fields = changedFields(from, to);
        entry.before = from;
        entry.after = to;
        entry.continuesStep = continuesStep;
        journal.append(std::move(entry));
    }
    // The journal is written in the step's own transaction: a step is never committed
    // without its entries, nor its entries without it.
    if (ok)
        ok = m_storage->appendJournal(journal, &error);
    if (ok && forward && m_keep)
        ok = m_storage->appendSnapshot(*m_keep, &error);
    if (ok)
        ok = m_storage->commit(&error);
    else
        m_storage->rollback();
    if (!ok) {
        noteConflict(step, forward, history);
        if (m_storage->commitOutcomeUnknown())
            emit writeFailed(trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The connection was lost while the change was being saved, so "
                                                                               "it is not known whether it was made. The register is read again "
                                                                               "when the connection is back, and Fortegnelse then says which.")));
        else
            reportWriteFailure(error);
        if (m_storage->lastConflict())
            emit conflictFound();
        noticeUnavailable();
        // A step refused because the register changed elsewhere shows what it is now.
        QMetaObject::invokeMethod(this, &Document::checkForExternalChanges, Qt::QueuedConnection);
        return false;
    }
    for (qsizetype n = 0; n < step.size(); ++n)
        applyToMemory(step.at(forward ? n : step.size() - 1 - n), forward);
    return true;
}

void Document::applyToMemory(const ItemChange &c, bool forward)
{
    const std::optional<AnyItem> &target = forward ? c.after : c.before;
    if (c.kind == EntityKind::Organisation || c.kind == EntityKind::Policy) {
        if (c.kind == EntityKind::Organisation)
            m_reg.organisation = target ? std::get<Organisation>(*target) : Organisation{};
        else
            m_reg.policy = target ? std::get<PolicySettings>(*target) : PolicySettings{};
        const std::optional<AnyItem> &source = forward ? c.before : c.after;
        emit changed({Change::Modified, c.kind, {}, source && target ? changedFields(*source, *target) : QStringList()});
        return;
    }
    Change::Type type = Change::Modified;
    withList(m_reg, c.kind, [&](auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        const int index = list.indexOf(c.id);
        if (!target) {
            if (index >= 0)
                list.takeAt(index);
            type = Change::Removed;
        } else if (index >= 0) {
            list.replace(index, std::get<T>(*target));
        } else {
            list.insert(std::get<T>(*target), c.position);
            type = Change::Added;
        }
    });
    // A row a repair removed was never in memory; putting it back changes nothing here.
    if (!target && !c.before && !c.rawBefore.isEmpty())
        return;
    const std::optional<AnyItem> &source = forward ? c.before : c.after;
    QStringList fields;
    if (type == Change::Modified && source && target)
        fields = changedFields(*source, *target);
    emit changed({type, c.kind, c.id, fields});
}

bool Document::undo()
{
    const int index = m_undo->index();
    if (index == 0)
        return false;
    auto *command = static_cast<StepCommand *>(const_cast<QUndoCommand *>(m_undo->command(index - 1)));
    if (!applyStep(command->step(), false, JournalEntry::Undo, command->text()))
        return false; // the history stays where it is
    command->m_alreadyApplied = true;
    m_undo->undo();
    return true;
}

bool Document::redo()
{
    const int index = m_undo->index();
    if (index >= m_undo->count())
        return false;
    auto *command = static_cast<StepCommand *>(const_cast<QUndoCommand *>(m_undo->command(index)));
    if (!applyStep(command->step(), true, JournalEntry::Redo, command->text()))
        return false;
    command->m_alreadyApplied = true;
    m_undo->redo();
    return true;
}

bool Document::setHistoryIndex(int index)
{
    while (m_undo->index() > index) {
        if (!undo())
            return false;
    }
    while (m_undo->index() < index) {
        if (!redo())
            return false;
    }
    return true;
}

void Document::reportWriteFailure(const QString &error)
{
    emit writeFailed(trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The change could not be saved, so it was not made: %1")).arg(error));
}

bool Document::repair(QString *backupPath, QString *error)
{
    Storage *store = m_storage.get();
    if (!store->isEditable()) {
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The register is open read-only; open it for editing to repair it."));
        return false;
    }
    if (m_report.isClean())
        return true;
    const QString backup = store->backup(QStringLiteral("before-repair"), error);
    if (backup.isEmpty())
        return false;
    if (backupPath)
        *backupPath = backup;
    if (!store->repairStructure(m_report, error))
        return false;
    // The items: rows that did not decode go (they are in the backup), and references to
    // nothing are removed, as one step the officer can undo.
    Step step;
    for (const LoadReport::RawRow &row : std::as_const(m_report.undecodable)) {
        ItemChange c{row.kind, row.id, row.position, std::nullopt, std::nullopt, row.body};
        step.append(c);
    }
    // Items read with an unknown code left out are written as they were read; undo
    // puts the stored row back, code and all.
    for (const LoadReport::RawRow &row : std::as_const(m_report.recoded)) {
        std::optional<AnyItem> item;
        if (row.kind == EntityKind::Organisation)
            item = AnyItem(m_reg.organisation);
        else if (row.kind == EntityKind::Policy)
            item = AnyItem(m_reg.policy);
        else
            withList(m_reg, row.kind, [&](const auto &list) {
                if (const auto *found = list.find(row.id))
                    item = AnyItem(*found);
            });
        if (item)
            step.append({row.kind, row.id, row.position, item, item, row.body});
    }
    step += referenceRepairs(m_reg);
    m_readOnlyReason.clear();
    if (!step.isEmpty() && !perform(step, QCoreApplication::translate("Undo Commands", "Repair the register"), {}, JournalEntry::Repair)) {
        m_readOnlyReason = trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The register is damaged and is open read-only until it is repaired."));
        *error = trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The repair could not be saved; the register is as it was, and a backup is at %1.")).arg(backup);
        return false;
    }
    m_report = {};
    return true;
}

void Document::noticeUnavailable()
{
    const QString why = m_storage->unavailableReason();
    if (why.isEmpty() || m_outage)
        return;
    m_outage = true;
    m_readOnlyBeforeOutage = m_readOnlyReason;
    m_readOnlyReason = trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "%1 The register is read-only until it is back; Fortegnelse reconnects by itself.")).arg(why);
    emit reloaded(m_readOnlyReason);
}

namespace {
template <class T>
void collectReferrers(const EntityList<T> &list, EntityKind kind, const QString &id,
                      QList<Document::Referrer> &out, const Register &reg)
{
    for (const T &item : list) {
        T copy = item;
        ReferenceStripper finder(kind, id);
        copy.describe(finder);
        if (finder.changed)
            out.append({T::kind, item.id, displayName(reg, T::kind, item.id)});
    }
}
} // namespace

QList<Document::Referrer> Document::referrers(EntityKind kind, const QString &id) const
{
    QList<Referrer> out;
    collectReferrers(m_reg.activities, kind, id, out, m_reg);
    collectReferrers(m_reg.parties, kind, id, out, m_reg);
    collectReferrers(m_reg.transfers, kind, id, out, m_reg);
    collectReferrers(m_reg.cookies, kind, id, out, m_reg);
    return out;
}

void pruneDangling(ProcessingActivity &activity)
{
    activity.matrix.removeIf([](const MatrixRow &row) { return row.subject.isEmpty(); });
    activity.recipients.removeIf(
        [](const Disclosure &d) { return d.party.isEmpty() && d.recipientCategory.isEmpty(); });
}

QString idPrefix(EntityKind kind)
{
    return QString::fromLatin1(kindInfo(kind).idPrefix);
}

QString kindLabel(EntityKind kind)
{
    return QCoreApplication::translate("Undo Commands", kindInfo(kind).label);
}

QString stepItemName(const Register &reg, EntityKind kind, const QString &id)
{
    const QString name = displayName(reg, kind, id).simplified();
    if (name.isEmpty() || name == id)
        return {};
    // A step's text is one line of the Edit menu: a long name is cut, visibly.
    return name.size() > 40 ? name.left(39) + QChar(0x2026) : name;
}

QString namedStepText(const QString &text, const QString &name)
{
    if (name.isEmpty() || text.contains(name))
        return text;
    //: An undo step and the item it changes: "Change name of “Lønadministration”"
    return QCoreApplication::translate("Undo Commands", "%1 of “%2”").arg(text, name);
}

} // namespace Fortegnelse

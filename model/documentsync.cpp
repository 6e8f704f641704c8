// Document and the others who change its register: reading it again when it changed
// elsewhere (another program, a colleague on the server), keeping the undo history
// through that, and refusing an undo or redo that no longer applies rather than
// applying it blindly (issue 17).

#include "document.h"

#include "commands.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace Fortegnelse {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("Fortegnelse::Document", text);
}

QByteArray bodyOf(const std::optional<AnyItem> &item)
{
    return item ? storedBody(*item) : QByteArray();
}

/// The stored form of an item as \a reg holds it; empty when it holds none.
QByteArray currentBody(const Register &reg, EntityKind kind, const QString &id)
{
    if (kind == EntityKind::Organisation)
        return storedBody(AnyItem(reg.organisation));
    if (kind == EntityKind::Policy)
        return storedBody(AnyItem(reg.policy));
    QByteArray body;
    withList(reg, kind, [&](const auto &list) {
        if (const auto *item = list.find(id))
            body = storedBody(AnyItem(*item));
    });
    return body;
}

/// More changes than this in one reload and the views start over (Change::Reset) rather
/// than take them one by one.
constexpr qsizetype maxItemChanges = 200;

} // namespace

bool Document::refuseStale(const Step &step, bool forward)
{
    for (const ItemChange &c : step) {
        if (!c.rawBefore.isEmpty())
            continue; // a row a repair removed was never in memory
        const QByteArray expected = bodyOf(forward ? c.before : c.after);
        const QByteArray now = currentBody(m_reg, c.kind, c.id);
        if (expected == now)
            continue;
        EditConflict conflict;
        conflict.kind = c.kind;
        conflict.id = c.id;
        conflict.theirs = now;
        conflict.base = expected;
        conflict.mine = bodyOf(forward ? c.after : c.before);
        conflict.undo = true;
        if (!m_storage->lastChangeOf(c.kind, c.id, &conflict.by, &conflict.at))
            conflict.at = m_storage->lastChange();
        m_conflict = conflict;
        const QString name = now.isEmpty() ? c.id : displayName(m_reg, c.kind, c.id);
        const QString who = conflict.by.isEmpty() ? trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "someone else"))
                                                  : conflict.by;
        const QString when = QLocale().toString(conflict.at.toLocalTime(), QLocale::ShortFormat);
        QString message;
        if (now.isEmpty())
            message = forward ? trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The step was not redone: \"%1\" has been deleted since, by %2."))
                              : trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The step was not undone: \"%1\" has been deleted since, by %2."));
        else
            message = forward ? trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The step was not redone: %2 changed \"%1\" at %3, after it was "
                                                                                  "undone here, and redoing it would overwrite their change."))
                              : trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The step was not undone: %2 changed \"%1\" at %3, after it was "
                                                                                  "made here, and undoing it would overwrite their change."));
        emit writeFailed(now.isEmpty() ? message.arg(name, who) : message.arg(name, who, when));
        emit conflictFound();
        return true;
    }
    return false;
}

void Document::noteConflict(const Step &step, bool forward, bool undo)
{
    std::optional<EditConflict> conflict = m_storage->lastConflict();
    if (!conflict)
        return;
    for (const ItemChange &c : step) {
        if (c.kind == conflict->kind && c.id == conflict->id) {
            conflict->base = bodyOf(forward ? c.before : c.after);
            conflict->mine = bodyOf(forward ? c.after : c.before);
        }
    }
    conflict->undo = undo;
    m_conflict = conflict;
}

void Document::adoptReloaded(Register reg)
{
    // What changed, item by item, as if each were a step: the views then refresh only
    // those items' fields (Change::fields), and an editor being typed in elsewhere keeps
    // its text. Many changes, or items in another order, and the views start over.
    bool reordered = false;
    const Step changes = stepBetween(m_reg, reg, &reordered, maxItemChanges);
    if (reordered || changes.size() > maxItemChanges) {
        m_reg = std::move(reg);
        emit changed({Change::Reset, EntityKind::Organisation, {}, {}});
        return;
    }
    for (const ItemChange &c : std::as_const(changes))
        applyToMemory(c, true);
    // Items at equal positions could still stand in another order: then start over.
    bool same = true;
    m_reg.forEachList([&](const auto &mine) {
        using T = typename std::decay_t<decltype(mine)>::value_type;
        const EntityList<T> &theirs = reg.template list<T>();
        for (int i = 0; same && i < mine.size(); ++i)
            same = mine.at(i).id == theirs.at(i).id;
    });
    if (!same) {
        m_reg = std::move(reg);
        emit changed({Change::Reset, EntityKind::Organisation, {}, {}});
    }
}

QString Document::settleUncertainStep()
{
    if (!m_uncertain)
        return {};
    const UncertainStep uncertain = *std::exchange(m_uncertain, std::nullopt);
    const bool made = std::all_of(uncertain.step.cbegin(), uncertain.step.cend(), [&](const ItemChange &c) {
        return bodyOf(c.after) == currentBody(m_reg, c.kind, c.id);
    });
    if (!made)
        return trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The connection is back. Your change “%1” was not saved; make it "
                                                                 "again if you still want it."))
            .arg(uncertain.text);
    // The register read again holds it: it is the officer's step, and undo takes it back.
    auto *command = new StepCommand(this, uncertain.step, uncertain.text);
    command->m_alreadyApplied = true;
    m_undo->push(command);
    return trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The connection is back. Your change “%1” was saved after all; undo "
                                                             "takes it back."))
        .arg(uncertain.text);
}

bool Document::checkForExternalChanges()
{
    const bool elsewhere = m_storage->changedElsewhere();
    noticeUnavailable();
    if (!elsewhere)
        return false;
    Register reg;
    LoadReport report;
    QString error;
    if (!m_storage->reload(&reg, &report, &error)) {
        emit writeFailed(trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The register was changed by another program and could not be read again: %1")).arg(error));
        return false;
    }
    m_report = report;
    // The undo history stays: each of its steps is checked against the register as it
    // now is when it is undone or redone (refuseStale()).
    adoptReloaded(std::move(reg));
    if (m_outage && m_storage->unavailableReason().isEmpty()) {
        m_outage = false;
        m_readOnlyReason = m_readOnlyBeforeOutage;
    }
    if (const QString settled = settleUncertainStep(); !settled.isEmpty()) {
        emit reloaded(settled);
        return true;
    }
    emit reloaded(isReadOnly() ? trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The register was changed by the person editing it; this window shows the changes."))
                               : trText(QT_TRANSLATE_NOOP("Fortegnelse::Document", "The register was changed elsewhere and has been read again. Undo "
                                                                                   "still works for your changes, except where an item was changed since.")));
    return true;
}

} // namespace Fortegnelse

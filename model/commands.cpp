#include "commands.h"

#include "document.h"

namespace Fortegnelse {

namespace {
/// Commands that may merge with the next one of the same field and item.
constexpr int MergeableEdit = 1;
} // namespace

StepCommand::StepCommand(Document *doc, Step step, const QString &text, QString mergeKey)
    : QUndoCommand(text)
    , m_doc(doc)
    , m_step(std::move(step))
    , m_mergeKey(std::move(mergeKey))
{
}

void StepCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    // Reached only when the stack is driven directly rather than through the document.
    if (!m_doc->applyStep(m_step, true, JournalEntry::Redo, text()))
        setObsolete(true);
}

void StepCommand::undo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    if (!m_doc->applyStep(m_step, false, JournalEntry::Undo, text()))
        setObsolete(true);
}

int StepCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : MergeableEdit;
}

bool StepCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const StepCommand *>(other);
    if (!o || !takes(o->m_step, o->m_mergeKey))
        return false;
    m_step.first().after = o->m_step.first().after;
    if (m_step.first().after == m_step.first().before)
        setObsolete(true); // typed back to where it started: the step changes nothing
    return true;
}

bool StepCommand::mergesOnPush(const QUndoStack &stack, const Step &next, const QString &mergeKey)
{
    // QUndoStack::push() tries the command below the current index (the ones above it are
    // dropped), unless that index is the clean state.
    const int top = stack.index() - 1;
    if (top < 0 || stack.cleanIndex() == stack.index())
        return false;
    const auto *previous = dynamic_cast<const StepCommand *>(stack.command(top));
    return previous && previous->takes(next, mergeKey);
}

bool StepCommand::takes(const Step &next, const QString &mergeKey) const
{
    if (m_mergeKey.isEmpty() || mergeKey != m_mergeKey || m_step.size() != 1 || next.size() != 1)
        return false;
    // Only a step that starts where this one ended: after the register was read again with
    // a colleague's change to the item, the next keystroke starts a step of its own, so
    // that undoing it never takes their change back.
    return next.first().before == m_step.first().after;
}

} // namespace Fortegnelse

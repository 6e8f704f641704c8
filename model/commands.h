#pragma once

// The undo command: one step, written forwards by redo and backwards by undo, each time in
// one transaction. The document applies a step before it pushes the command, so a step
// that could not be written never reaches the undo stack (and can never be merged into
// the step before it); the first redo() that QUndoStack::push() makes is then a no-op.

#include "step.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Fortegnelse {

class Document;

class StepCommand : public QUndoCommand
{
public:
    StepCommand(Document *doc, Step step, const QString &text, QString mergeKey = {});

    const Step &step() const { return m_step; }

    void redo() override;
    void undo() override;
    /// Consecutive edits of the same field of the same item merge into one step.
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    /// Whether a command for \a next with \a mergeKey will merge into this one.
    bool takes(const Step &next, const QString &mergeKey) const;
    /// Whether pushing a command for \a next with \a mergeKey onto \a stack will merge it
    /// into the command on top, as QUndoStack::push() decides.
    static bool mergesOnPush(const QUndoStack &stack, const Step &next, const QString &mergeKey);

private:
    friend class Document;
    Document *m_doc;
    Step m_step;
    QString m_mergeKey;
    /// The document already wrote the next redo or undo this command is asked for.
    bool m_alreadyApplied = false;
};

} // namespace Fortegnelse

#pragma once

#include "conflictoperations.h"

#include <QDialog>

class QPushButton;

namespace Fortegnelse {

class Document;

/// Shown when a change was refused because a colleague changed the item first: what they
/// left, who and when, and what this window tried, field by field; the officer takes
/// theirs (nothing is written) or keeps mine (a new edit on their version, one undoable
/// step). The decisions are operations/conflictoperations.h's.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(const ConflictSummary &summary, QWidget *parent = nullptr);

    QPushButton *takeTheirsButton() const { return m_theirs; }
    QPushButton *keepMineButton() const { return m_mine; }

    /// Whenever \a doc refuses a step for a conflict, shows the dialog over \a parent
    /// (window-modal) and carries out the officer's choice; a refusal of that is shown too.
    static void watch(Document *doc, QWidget *parent);

private:
    QPushButton *m_theirs = nullptr;
    QPushButton *m_mine = nullptr;
};

} // namespace Fortegnelse

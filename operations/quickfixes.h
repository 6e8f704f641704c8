#pragma once

#include "problem.h"

#include <QList>
#include <QString>

namespace Fortegnelse {

class Document;
struct Register;

// Quick fixes (issue 14): where a problem has an obvious remedy, the officer can choose it
// from the problems list. A fix fills in only what the officer confirms by choosing it and
// what the register already knows (a recipient's country, a shipped retention rule); an
// answer the law asks the officer to give (is a DPIA required?) is never invented: that fix
// opens the field to answer. Each fix that writes is one undoable step.

struct QuickFix
{
    enum class Action
    {
        RecordTransfer, ///< add the transfer the register lacks for a recipient outside the EU/EEA
        ApplyRetentionRule, ///< add a shipped retention rule for the data no rule covers
        AnswerDpia, ///< open the DPIA's "required" field; writes nothing
        ReviewLinks, ///< open the matrix to prune links an import generated; writes nothing
        ConfirmLinks ///< confirm the links an import generated as they stand
    };
    Action action = Action::AnswerDpia;
    QString text; ///< what the officer chooses, in the UI language
    QString activity; ///< the activity the problem is about
    QString party; ///< RecordTransfer: the party outside the EU/EEA
    QString country; ///< RecordTransfer: its country
    QString templateKey; ///< ApplyRetentionRule: the key in resources/reference/retention.json
    QStringList data; ///< ApplyRetentionRule: the data categories it will cover

    bool recipients = false; ///< ConfirmLinks: what the recipients receive, not the matrix

    bool writes() const { return action != Action::AnswerDpia && action != Action::ReviewLinks; }
};

/// Where the officer continues after a fix: the item and the field still to complete (the
/// new transfer's mechanism, the new retention rule, the DPIA's answer).
struct QuickFixResult
{
    bool ok = false;
    EntityKind kind = EntityKind::Activity;
    QString id;
    QString field;
};

/// The fixes offered for \a problem; empty when none is obvious.
QList<QuickFix> quickFixesFor(const Register &reg, const Problem &problem);

/// Applies \a fix as one undoable step (none for AnswerDpia). Fails, changing nothing, when
/// the register no longer has what the fix was for or the step cannot be written.
QuickFixResult applyQuickFix(Document &doc, const QuickFix &fix);

} // namespace Fortegnelse

#pragma once

#include "problem.h"
#include "quickfixes.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Fortegnelse {

class Checker;
class Document;

/// What the checks find, live: counts per severity that double as filters, a text
/// filter, a double-click (or Enter) that jumps to the field concerned, and the quick
/// fixes of the selected problem (the Quick fix button, or the row's context menu).
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    ~ProblemsPanel() override;
    void setDocument(Document *doc);
    Checker *checker() const { return m_checker.get(); }
    QTreeWidget *list() const { return m_list; }

    /// The quick fixes offered for a row's problem.
    QList<QuickFix> fixesFor(const QTreeWidgetItem *row) const;
    /// Applies a fix as one undoable step and jumps to where the officer continues (the
    /// new transfer's mechanism, the DPIA's answer); false, saying why, when it failed.
    bool applyFix(const QuickFix &fix);
    QToolButton *quickFixButton() const { return m_fixButton; }

    /// "1 error", "3 warnings": a severity's count with its plural, in the UI language.
    static QString countText(Severity severity, int count);
    /// "3 errors, 1 warning": the counts that are not zero, or "No problems".
    static QString summaryText(int errors, int warnings, int advice);
    /// The panel's title with the counts that matter: "Problems (3 errors, 1 warning)".
    static QString titleText(int errors, int warnings);

signals:
    void activated(Fortegnelse::EntityKind kind, const QString &id, const QString &field);
    void countsChanged(int errors, int warnings, int advice);

private:
    void refill();
    void updateFixes();
    void fillFixMenu(QMenu *menu, const QTreeWidgetItem *row);

    QPointer<Document> m_doc;
    std::unique_ptr<Checker> m_checker;
    QToolButton *m_buttons[3] = {};
    QLineEdit *m_filter;
    QTreeWidget *m_list;
    QToolButton *m_fixButton;
    QLabel *m_fixStatus;
};

} // namespace Fortegnelse

#pragma once

#include "problem.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLineEdit;
class QToolButton;
class QTreeWidget;

namespace Fortegnelse {

class Checker;
class Document;

/// What the checks find, live: counts per severity that double as filters, a text
/// filter, and a double-click that jumps to the field concerned.
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    ~ProblemsPanel() override;
    void setDocument(Document *doc);
    Checker *checker() const { return m_checker.get(); }
    QTreeWidget *list() const { return m_list; }

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

    QPointer<Document> m_doc;
    std::unique_ptr<Checker> m_checker;
    QToolButton *m_buttons[3] = {};
    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace Fortegnelse

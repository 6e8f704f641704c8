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

#pragma once

#include "fieldaccess.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QStackedWidget;

namespace Fortegnelse {

class FieldSet;
class ItemAdapter;

/// The editor of a processing activity in sections (overview, purposes and bases, people
/// and data, recipients, transfers, retention, security, DPIA and review), each listed
/// with how complete it is: its required fields filled, and what the checks say about
/// its fields. New data categories, subjects and parties are made from inside it, and the
/// shipped catalogues (templates, retention rules, security measures) are offered where
/// they apply. Every action is one undoable step through an operation.
class ActivityEditor : public QWidget
{
    Q_OBJECT

public:
    ActivityEditor(ItemAdapter *adapter, FieldSet *fields, const QList<FieldSpec> &specs, QWidget *parent = nullptr);

    /// Shows the section that holds \a field ("purposes[1].legalBasis", "dpia.required")
    /// and returns its index, or -1 when no section does.
    int revealField(const QString &field);
    /// Scrolls the shown section so \a widget is in view.
    void ensureVisible(QWidget *widget);
    /// Brings the sections' completeness up to date with the register.
    void updateProgress();

    QListWidget *sectionList() const { return m_sections; }
    int currentSection() const;
    static int sectionCount();
    /// The section a top-level field key belongs to.
    static int sectionOf(const QString &key);

private:
    QWidget *makeTools(int section);
    void addLineTool(QWidget *parent, const QString &name, const QString &placeholder, const QStringList &suggestions,
                     const std::function<void(const QString &)> &create);
    bool filled(const QString &key) const;

    ItemAdapter *m_adapter;
    FieldSet *m_fields;
    QListWidget *m_sections;
    QStackedWidget *m_pages;
    QList<QScrollArea *> m_scrolls;
    QLabel *m_transfers = nullptr;
};

} // namespace Fortegnelse

#pragma once

#include "entitykind.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace Fortegnelse {

class Document;
class ItemForm;
class RegisterListModel;

/// One part of the register: a sortable, filterable list of its items and the editor of
/// the selected one, with Add, Duplicate and Delete.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    ListPage(Document *doc, EntityKind kind, QWidget *parent = nullptr);

    EntityKind kind() const { return m_kind; }
    ItemForm *form() const { return m_form; }
    QTableView *view() const { return m_view; }
    QString currentId() const;
    void select(const QString &id);

    void addItem();
    void duplicateItem();
    void deleteItem();

    /// Asks before a delete; the question names what else refers to the item. Replaceable
    /// so tests can answer.
    std::function<bool(const QString &question)> confirm;

private:
    void showCurrent();
    void rebuildChains();

    QPointer<Document> m_doc;
    EntityKind m_kind;
    RegisterListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    ItemForm *m_form;
    QTreeWidget *m_chains = nullptr;
};

} // namespace Fortegnelse

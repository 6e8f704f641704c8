#pragma once

#include "fieldaccess.h"

#include <QList>
#include <QSet>
#include <QStringList>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QFormLayout;
class QLabel;
class QListWidget;

namespace Fortegnelse {

class ItemAdapter;
class InlineMessage;
class ListEditor;

/// The editors of one set of fields at one path (an item, a nested group, or the selected
/// element of a list), bound to an item through its adapter.
class FieldSet
{
public:
    explicit FieldSet(ItemAdapter *adapter);
    ~FieldSet();
    FieldSet(const FieldSet &) = delete;
    FieldSet &operator=(const FieldSet &) = delete;

    /// Which editors a change concerns: every one, or those of the item's fields it
    /// changed (Change::fields), and the pickers of other items when other items changed.
    /// Messages are always brought up to date, since a rule may join several fields.
    struct Scope
    {
        bool all = true;
        QStringList fields; ///< top-level keys, when not all
        bool pickers = false; ///< editors that list other items (Ref, RefList, the matrix)

        static Scope everything() { return {}; }
        bool covers(const QString &path, bool picker) const;
    };

    void build(QFormLayout *layout, const QList<FieldSpec> &specs, const QString &prefix);
    /// Puts the item's current values into the editors \a scope covers and re-validates.
    void refresh(const Scope &scope = Scope::everything());
    QWidget *editorFor(const QString &path);
    QString messageFor(const QString &path) const;
    /// How many field sets exist, so a test can prove none is left behind.
    static int liveCount();

    struct Binding
    {
        QString path;
        FieldSpec spec;
        QWidget *editor = nullptr;
        InlineMessage *message = nullptr;
    };

private:
    const Binding *binding(const QString &path) const;
    QWidget *makeEditor(const FieldSpec &spec, const QString &path, QWidget *parent);
    void refreshBinding(const Binding &b, bool value);
    QString validate(const Binding &b) const;
    void showMessage(const Binding &b, const QString &message);

    ItemAdapter *m_adapter;
    QList<Binding> m_bindings;
    QList<ListEditor *> m_lists;
    std::vector<std::unique_ptr<FieldSet>> m_groups; ///< nested groups; their widgets are in the layout
    QList<QWidget *> m_custom; ///< editors with their own refresh (the matrix)
    QSet<QString> m_unapplied; ///< date fields whose text is not a date yet, so not applied
    friend class ListEditor;
};

} // namespace Fortegnelse

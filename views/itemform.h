#pragma once

#include "change.h"
#include "fieldaccess.h"

#include <QPointer>
#include <QScrollArea>

#include <memory>

class QFormLayout;
class QLabel;

namespace Fortegnelse {

class Document;
class ItemAdapter;
class FieldSet;
class ActivityEditor;

/// The editor of one item, built from its field list: every field of the register can be
/// edited, each change is one undoable step, and what is wrong with a value is said
/// beside the field as it is typed. Invalid input is shown, never silently dropped.
class ItemForm : public QScrollArea
{
    Q_OBJECT

public:
    explicit ItemForm(QWidget *parent = nullptr);
    ~ItemForm() override;

    /// Shows the item; a null document or an empty id for a list kind clears the form.
    void setItem(Document *doc, EntityKind kind, const QString &id);
    EntityKind kind() const { return m_kind; }
    QString itemId() const { return m_id; }

    /// The editor of a field ("purposes[0].legalBasis"), selecting list rows on the way;
    /// null when there is none. Used to jump to a problem, and by tests.
    QWidget *editorFor(const QString &path);
    /// Reveals a field ("purposes[0].legalBasis": its section, its list row, its place in
    /// the form) and gives its editor the keyboard focus; a field without an editor of its
    /// own focuses the nearest one that holds it. False when the form has none. Used by
    /// the problems panel to jump to a problem.
    bool focusField(const QString &field);
    /// The validation message shown beside a field, or an empty string.
    QString messageFor(const QString &path) const;
    /// The activity's sections, or null for a form of another kind.
    ActivityEditor *activityEditor() const { return m_activity; }

    void refresh();

    /// Below this width of the form, labels stand above their fields.
    static constexpr int narrowWidth = 480;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onChanged(const Change &change);
    /// Labels beside their fields where the form has room, above them where it has not
    /// (a narrow pane, a large font): a field never shrinks to a sliver beside its label.
    void followWidth();

    QPointer<Document> m_doc;
    EntityKind m_kind = EntityKind::Organisation;
    QString m_id;
    std::unique_ptr<ItemAdapter> m_adapter;
    std::unique_ptr<FieldSet> m_fields;
    ActivityEditor *m_activity = nullptr; ///< owned by the scroll area, like the form's content
    QMetaObject::Connection m_connection;
    QMetaObject::Connection m_failedConnection;
};

} // namespace Fortegnelse

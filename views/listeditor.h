#pragma once

#include "fieldset.h"

#include "fieldaccess.h"

#include <QWidget>

class QListWidget;

namespace Fortegnelse {

class FieldSet;
class ItemAdapter;

/// A list of structs (purposes, recipients, retention rules...): the elements, Add and
/// Remove, and the fields of the selected element below.
class ListEditor : public QWidget
{
    Q_OBJECT

public:
    ListEditor(ItemAdapter *adapter, const FieldSpec &spec, const QString &path, QWidget *parent);
    ~ListEditor() override;
    void refresh(const FieldSet::Scope &scope = FieldSet::Scope::everything());
    QString path() const { return m_path; }
    QWidget *editorFor(const QString &path);
    QString messageFor(const QString &path) const;
    void select(int row);

private:
    QString summary(int index) const;
    void showElement(int index);

    ItemAdapter *m_adapter;
    FieldSpec m_spec;
    QString m_path;
    QListWidget *m_list = nullptr;
    QWidget *m_element = nullptr;
    FieldSet *m_fields = nullptr;
    int m_shown = -1;
};

} // namespace Fortegnelse

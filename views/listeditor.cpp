#include "listeditor.h"

#include "fieldset.h"
#include "itemadapter.h"
#include "labels.h"
#include "pickers.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Fortegnelse {

ListEditor::ListEditor(ItemAdapter *adapter, const FieldSpec &spec, const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_adapter(adapter)
    , m_spec(spec)
    , m_path(path)
{
    setObjectName(path);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(path + QStringLiteral("#list"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(QCoreApplication::translate("Fortegnelse::FieldSet", "Add"), this);
    add->setObjectName(path + QStringLiteral("#add"));
    auto *remove = new QPushButton(QCoreApplication::translate("Fortegnelse::FieldSet", "Remove"), this);
    remove->setObjectName(path + QStringLiteral("#remove"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    row->addLayout(buttons);
    layout->addLayout(row);
    m_element = new QGroupBox(this);
    m_element->hide();
    layout->addWidget(m_element);

    const QString label = fieldLabel(spec.key);
    connect(add, &QPushButton::clicked, this, [this, label] {
        m_adapter->append(m_path, label);
        select(m_adapter->count(m_path) - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this, label] {
        const int row = m_list->currentRow();
        if (row >= 0)
            m_adapter->remove(m_path, row, label);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ListEditor::showElement);
}

ListEditor::~ListEditor()
{
    delete m_fields;
}

QString ListEditor::summary(int index) const
{
    const QString element = QStringLiteral("%1[%2]").arg(m_path).arg(index);
    for (const FieldSpec &child : m_spec.children) {
        if (child.type != FieldSpec::Text && child.type != FieldSpec::LocalTextField
            && child.type != FieldSpec::Ref)
            continue;
        const QString value = m_adapter->get(element + QLatin1Char('.') + child.key).toString();
        if (value.isEmpty())
            continue;
        if (child.type == FieldSpec::Ref)
            return itemLabel(m_adapter->document()->reg(), child.refKind, value);
        return value.section(QLatin1Char('\n'), 0, 0).left(90);
    }
    return QCoreApplication::translate("Fortegnelse::FieldSet", "(new, not filled in)");
}

void ListEditor::refresh(const FieldSet::Scope &scope)
{
    if (!scope.covers(m_path, false)) {
        // The list is as it was; its element may show other items or joint rules.
        if (m_fields)
            m_fields->refresh(scope);
        return;
    }
    const int n = m_adapter->count(m_path);
    const QSignalBlocker block(m_list);
    const int current = m_list->currentRow();
    while (m_list->count() > n)
        delete m_list->takeItem(m_list->count() - 1);
    while (m_list->count() < n)
        m_list->addItem(QString());
    for (int i = 0; i < n; ++i)
        m_list->item(i)->setText(summary(i));
    const int wanted = std::min(current, n - 1);
    m_list->setCurrentRow(wanted);
    if (wanted != m_shown)
        showElement(wanted);
    else if (m_fields)
        m_fields->refresh();
}

void ListEditor::select(int row)
{
    refresh();
    m_list->setCurrentRow(row);
}

void ListEditor::showElement(int index)
{
    delete m_fields;
    m_fields = nullptr;
    delete m_element->layout();
    qDeleteAll(m_element->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_shown = index;
    if (index < 0) {
        m_element->hide();
        return;
    }
    auto *form = new QFormLayout(m_element);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_fields = new FieldSet(m_adapter);
    m_fields->build(form, m_spec.children, QStringLiteral("%1[%2]").arg(m_path).arg(index));
    m_fields->refresh();
    m_element->show();
}

QWidget *ListEditor::editorFor(const QString &path)
{
    if (path == m_path)
        return m_list;
    const QString rest = path.mid(m_path.size() + 1);
    const int index = rest.left(rest.indexOf(QLatin1Char(']'))).toInt();
    select(index);
    return m_fields ? m_fields->editorFor(path) : m_list;
}

QString ListEditor::messageFor(const QString &path) const
{
    return m_fields ? m_fields->messageFor(path) : QString();
}

} // namespace Fortegnelse

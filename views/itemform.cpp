#include "itemform.h"

#include "activityeditor.h"
#include "document.h"
#include "fieldset.h"
#include "itemadapter.h"

#include <QFormLayout>
#include <QResizeEvent>
#include <QLabel>

namespace Fortegnelse {

std::unique_ptr<ItemAdapter> makeAdapter(Document *doc, EntityKind kind, const QString &id)
{
    switch (kind) {
    case EntityKind::Organisation: return std::make_unique<SingletonAdapter<Organisation>>(doc);
    case EntityKind::Policy: return std::make_unique<SingletonAdapter<PolicySettings>>(doc);
    case EntityKind::SubjectCategory: return std::make_unique<EntityAdapter<SubjectCategory>>(doc, id);
    case EntityKind::DataCategory: return std::make_unique<EntityAdapter<DataCategory>>(doc, id);
    case EntityKind::Activity: return std::make_unique<EntityAdapter<ProcessingActivity>>(doc, id);
    case EntityKind::Party: return std::make_unique<EntityAdapter<Party>>(doc, id);
    case EntityKind::Transfer: return std::make_unique<EntityAdapter<Transfer>>(doc, id);
    case EntityKind::Measure: return std::make_unique<EntityAdapter<SecurityMeasure>>(doc, id);
    case EntityKind::Cookie: return std::make_unique<EntityAdapter<Cookie>>(doc, id);
    }
    return nullptr;
}

ItemForm::ItemForm(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("itemForm"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

ItemForm::~ItemForm()
{
    // The editors go before the field set and the adapter they write through, and say
    // nothing as they go: a field losing the focus (a country typed, not yet picked) would
    // commit through them, to a document that may be gone already. Closing writes nothing.
    disconnect(m_connection);
    disconnect(m_failedConnection);
    if (QWidget *content = widget()) {
        content->blockSignals(true);
        for (QWidget *w : content->findChildren<QWidget *>())
            w->blockSignals(true);
    }
    delete takeWidget();
}

void ItemForm::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    followWidth();
}

void ItemForm::followWidth()
{
    QWidget *content = widget();
    if (!content || m_activity)
        return; // the activity's sections put their labels above their fields already
    const auto policy = viewport()->width() < narrowWidth ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows;
    // The form and the forms of its groups, all children of the content.
    for (QFormLayout *form : content->findChildren<QFormLayout *>())
        if (form->rowWrapPolicy() != policy)
            form->setRowWrapPolicy(policy);
}

void ItemForm::setItem(Document *doc, EntityKind kind, const QString &id)
{
    disconnect(m_connection);
    disconnect(m_failedConnection);
    delete takeWidget();
    m_activity = nullptr;
    m_fields.reset();
    m_adapter.reset();
    m_doc = doc;
    m_kind = kind;
    m_id = id;
    const bool singleton = kind == EntityKind::Organisation || kind == EntityKind::Policy;
    if (!doc || (!singleton && id.isEmpty())) {
        auto *empty = new QLabel(tr("Select an item in the list, or add one."));
        empty->setAlignment(Qt::AlignCenter);
        setWidget(empty);
        return;
    }
    m_adapter = makeAdapter(doc, kind, id);
    if (kind == EntityKind::Activity) {
        // An activity has about forty fields: in sections, each with its progress.
        m_fields = std::make_unique<FieldSet>(m_adapter.get());
        m_activity = new ActivityEditor(m_adapter.get(), m_fields.get(), m_adapter->specs());
        setWidget(m_activity);
        m_fields->refresh();
        m_activity->updateProgress();
        m_connection = connect(doc, &Document::changed, this, &ItemForm::onChanged);
        m_failedConnection = connect(doc, &Document::writeFailed, this, &ItemForm::refresh);
        return;
    }
    auto *content = new QWidget;
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Long labels (and longer ones in Danish) go above their field when space is short.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_fields = std::make_unique<FieldSet>(m_adapter.get());
    QList<FieldSpec> specs = m_adapter->specs();
    m_fields->build(form, specs, {});
    setWidget(content);
    followWidth();
    m_fields->refresh();
    m_connection = connect(doc, &Document::changed, this, &ItemForm::onChanged);
    // A change that could not be saved was not made: show the value the register has.
    m_failedConnection = connect(doc, &Document::writeFailed, this, &ItemForm::refresh);
}

void ItemForm::onChanged(const Change &change)
{
    if (!m_adapter)
        return;
    if (change.kind == m_kind && change.id == m_id && change.type == Change::Removed) {
        setItem(m_doc, m_kind, {});
        return;
    }
    m_adapter->invalidateProblems();
    if (!m_adapter->exists())
        return;
    // Refresh only what the change can have touched (Change::fields), so an editor being
    // typed in is never rewritten by a change elsewhere.
    FieldSet::Scope scope;
    const bool thisItem = change.kind == m_kind && change.id == m_id;
    if (change.type == Change::Reset
        || (change.kind == EntityKind::Organisation && change.touches(QStringLiteral("language")))) {
        scope = FieldSet::Scope::everything(); // every text is shown in the register's language
    } else if (thisItem) {
        scope.all = change.fields.isEmpty();
        scope.fields = change.fields;
    } else {
        scope.all = false;
        scope.pickers = true; // names of other items show in pickers
    }
    m_fields->refresh(scope);
    if (m_activity)
        m_activity->updateProgress();
}

void ItemForm::refresh()
{
    if (m_adapter)
        m_adapter->invalidateProblems();
    if (m_fields)
        m_fields->refresh();
    if (m_activity)
        m_activity->updateProgress();
}

QWidget *ItemForm::editorFor(const QString &path)
{
    if (m_activity)
        m_activity->revealField(path);
    QWidget *w = m_fields ? m_fields->editorFor(path) : nullptr;
    if (w && m_activity)
        m_activity->ensureVisible(w);
    else if (w)
        ensureWidgetVisible(w);
    return w;
}

bool ItemForm::focusField(const QString &field)
{
    // "dpia.required" has an editor; "recipients[2]" or "dpia" may not: the nearest
    // enclosing field that has one is where the officer answers.
    QString path = field;
    while (!path.isEmpty()) {
        if (QWidget *w = editorFor(path)) {
            w->setFocus(Qt::OtherFocusReason);
            return true;
        }
        const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
        path = cut > 0 ? path.left(cut) : QString();
    }
    return false;
}

QString ItemForm::messageFor(const QString &path) const
{
    return m_fields ? m_fields->messageFor(path) : QString();
}

} // namespace Fortegnelse

#include "activityeditor.h"

#include "activityfields.h"
#include "activitytemplates.h"
#include "catalogues.h"
#include "document.h"
#include "fieldset.h"
#include "itemadapter.h"
#include "labels.h"
#include "pickers.h"
#include "referencedata.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Fortegnelse {

namespace {

struct SectionInfo
{
    const char *key;
    const char *title;
    QStringList fields; ///< top-level keys shown in the section, in this order
};

const QList<SectionInfo> &sectionTable()
{
    static const QList<SectionInfo> table{
        {"overview", QT_TRANSLATE_NOOP("Fortegnelse::ActivityEditor", "Overview"), {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("department"), QStringLiteral("role"), QStringLiteral("client"), QStringLiteral("jointControllers"), QStringLiteral("status"), QStringLiteral("systems"), QStringLiteral("notes")}},
        {"purposes", QT_TRANSLATE_NOOP("Fortegnelse::ActivityEditor", "Purposes and bases"), {QStringLiteral("purposes")}},
        {"people", QT_TRANSLATE_NOOP("Fortegnelse::ActivityEditor", "People and data"), {QStringLiteral("data"), QStringLiteral("matrix"), QStringLiteral("sources"), QStringLiteral("indirectOnly"), QStringLiteral("provision"), QStringLiteral("provisionConsequence"), QStringLiteral("provisionReason"), QStringLiteral("provisionAssessed")}},
        {"recipients", QT_TRANSLATE_NOOP("Fortegnelse::ActivityEditor", "Recipients"), {QStringLiteral("recipients")}},
        {"transfers", QT_TRANSLATE_NOOP("Fortegnelse::ActivityEditor", "Transfers"), {QStringLiteral("thirdCountryTransfers"), QStringLiteral("transfersAssessed")}},
        {"retention", QT_TRANSLATE_NOOP("Fortegnelse::ActivityEditor", "Retention"), {QStringLiteral("retention")}},
        {"security", QT_TRANSLATE_NOOP("Fortegnelse::ActivityEditor", "Security"), {QStringLiteral("measures")}},
        {"review", QT_TRANSLATE_NOOP("Fortegnelse::ActivityEditor", "DPIA and review"), {QStringLiteral("automated"), QStringLiteral("dpia"), QStringLiteral("created"), QStringLiteral("lastReviewed"), QStringLiteral("nextReview")}},
    };
    return table;
}

QString topKey(const QString &field)
{
    QString key = field.section(QLatin1Char('.'), 0, 0);
    if (const qsizetype bracket = key.indexOf(QLatin1Char('[')); bracket >= 0)
        key.truncate(bracket);
    return key;
}

} // namespace

int ActivityEditor::sectionCount()
{
    return int(sectionTable().size());
}

int ActivityEditor::sectionOf(const QString &key)
{
    const QString top = topKey(key);
    for (int i = 0; i < sectionTable().size(); ++i)
        if (sectionTable().at(i).fields.contains(top))
            return i;
    return 0; // a field no section names is in the overview, so none is ever lost
}

ActivityEditor::ActivityEditor(ItemAdapter *adapter, FieldSet *fields, const QList<FieldSpec> &specs, QWidget *parent)
    : QWidget(parent)
    , m_adapter(adapter)
    , m_fields(fields)
    , m_sections(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("activityEditor"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->setTextElideMode(Qt::ElideNone);
    m_sections->setWordWrap(true);
    layout->addWidget(m_sections);
    layout->addWidget(m_pages, 1);
    m_pages->setObjectName(QStringLiteral("sectionPages"));

    QList<QList<FieldSpec>> perSection(sectionCount());
    for (const FieldSpec &spec : specs)
        perSection[sectionOf(spec.key)].append(spec);
    for (int i = 0; i < sectionCount(); ++i) {
        const SectionInfo &info = sectionTable().at(i);
        // Keep the table's order within a section.
        std::stable_sort(perSection[i].begin(), perSection[i].end(), [&](const FieldSpec &a, const FieldSpec &b) {
            return info.fields.indexOf(a.key) < info.fields.indexOf(b.key);
        });
        auto *scroll = new QScrollArea(m_pages);
        scroll->setObjectName(QStringLiteral("section-") + QLatin1String(info.key));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        auto *content = new QWidget;
        auto *column = new QVBoxLayout(content);
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr(info.title).toHtmlEscaped()), content);
        column->addWidget(title);
        if (QWidget *tools = makeTools(i))
            column->addWidget(tools);
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        // Labels above their fields: a section is narrow beside the list and the
        // preview, and a long label must not squeeze its field.
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
        m_fields->build(form, perSection.at(i), {});
        column->addLayout(form);
        if (i == sectionOf(QStringLiteral("thirdCountryTransfers"))) {
            m_transfers = new QLabel(content);
            m_transfers->setObjectName(QStringLiteral("activityTransfers"));
            m_transfers->setWordWrap(true);
            column->addWidget(m_transfers);
        }
        column->addStretch(1);
        scroll->setWidget(content);
        m_pages->addWidget(scroll);
        m_scrolls.append(scroll);
        auto *item = new QListWidgetItem(tr(info.title), m_sections);
        item->setData(Qt::UserRole, QLatin1String(info.key));
    }
    const int width = m_sections->sizeHintForColumn(0) + 2 * m_sections->frameWidth() + 24;
    m_sections->setFixedWidth(std::clamp(width + m_sections->fontMetrics().horizontalAdvance(QStringLiteral(" 0/0 ✓")), 140, 200));
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);
    updateProgress();
}

QWidget *ActivityEditor::makeTools(int section)
{
    Document *doc = m_adapter->document();
    const QString id = m_adapter->id();
    const QString lang = uiLanguage();
    const QString key = QLatin1String(sectionTable().at(section).key);
    auto *tools = new QWidget;
    auto *box = new QVBoxLayout(tools);
    box->setContentsMargins(0, 0, 0, 0);
    if (key == u"overview") {
        auto *templates = new QComboBox(tools);
        templates->setObjectName(QStringLiteral("templatePicker"));
        templates->addItem(tr("Fill from a Danish activity template…"), QString());
        for (const ActivityTemplate &t : activityTemplates())
            templates->addItem(t.name.resolve(lang, QStringLiteral("en")), t.key);
        templates->setToolTip(tr("Adds the template's purposes and legal bases, people and data, retention rules and "
                                 "typical recipients to this activity, as one step you can undo. Check every value."));
        connect(templates, &QComboBox::activated, this, [doc, id, templates](int index) {
            const QString k = templates->itemData(index).toString();
            templates->setCurrentIndex(0);
            if (!k.isEmpty() && doc)
                applyActivityTemplate(*doc, id, k);
        });
        box->addWidget(templates);
    } else if (key == u"people") {
        QStringList data, subjects;
        for (const auto &c : ReferenceData::instance().commonData())
            data.append(c.label.resolve(lang, QStringLiteral("en")));
        for (const auto &c : ReferenceData::instance().commonSubjects())
            subjects.append(c.label.resolve(lang, QStringLiteral("en")));
        addLineTool(tools, QStringLiteral("newDataCategory"), tr("New data category…"), data,
                    [doc, id](const QString &name) { addDataCategoryToActivity(*doc, id, name); });
        addLineTool(tools, QStringLiteral("newSubject"), tr("New subject…"), subjects,
                    [doc, id](const QString &name) { addSubjectToActivity(*doc, id, name); });
    } else if (key == u"recipients") {
        addLineTool(tools, QStringLiteral("newParty"), tr("New party…"), {},
                    [doc, id](const QString &name) { addRecipientPartyToActivity(*doc, id, name); });
    } else if (key == u"retention") {
        auto *rules = new QComboBox(tools);
        rules->setObjectName(QStringLiteral("retentionCatalogue"));
        rules->addItem(tr("Add a shipped retention rule…"), QString());
        for (const auto &r : ReferenceData::instance().retentionTemplates()) {
            QString label = r.label.resolve(lang, QStringLiteral("en"));
            if (r.amount > 0)
                label += QStringLiteral(" – %1 %2").arg(r.amount).arg(codeLabel(r.unit).toLower());
            rules->addItem(label, r.key);
            rules->setItemData(rules->count() - 1, r.note.resolve(lang, QStringLiteral("en")), Qt::ToolTipRole);
        }
        connect(rules, &QComboBox::activated, this, [doc, id, rules](int index) {
            const QString k = rules->itemData(index).toString();
            rules->setCurrentIndex(0);
            if (!k.isEmpty() && doc)
                addRetentionRuleToActivity(*doc, id, k, {});
        });
        box->addWidget(rules);
    } else if (key == u"security") {
        auto *measures = new QComboBox(tools);
        measures->setObjectName(QStringLiteral("measureCatalogue"));
        measures->addItem(tr("Add a common security measure…"), QString());
        for (const MeasureTemplate &m : securityMeasureCatalogue())
            measures->addItem(m.name.resolve(lang, QStringLiteral("en")), m.key);
        connect(measures, &QComboBox::activated, this, [doc, id, measures](int index) {
            const QString k = measures->itemData(index).toString();
            measures->setCurrentIndex(0);
            if (!k.isEmpty() && doc)
                addCatalogueMeasureToActivity(*doc, id, k);
        });
        box->addWidget(measures);
    } else {
        delete tools;
        return nullptr;
    }
    return tools;
}

void ActivityEditor::addLineTool(QWidget *parent, const QString &name, const QString &placeholder,
                                 const QStringList &suggestions, const std::function<void(const QString &)> &create)
{
    auto *row = new QHBoxLayout;
    auto *line = new QLineEdit(parent);
    line->setObjectName(name);
    line->setPlaceholderText(placeholder);
    line->setClearButtonEnabled(true);
    if (!suggestions.isEmpty()) {
        auto *completer = new QCompleter(suggestions, line);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        line->setCompleter(completer);
    }
    auto *button = new QPushButton(tr("Create"), parent);
    button->setObjectName(name + QStringLiteral("#create"));
    row->addWidget(line, 1);
    row->addWidget(button);
    static_cast<QBoxLayout *>(parent->layout())->addLayout(row);
    const auto commit = [line, create] {
        const QString text = line->text().trimmed();
        if (text.isEmpty())
            return;
        line->clear();
        create(text);
    };
    connect(line, &QLineEdit::returnPressed, this, commit);
    connect(button, &QPushButton::clicked, this, commit);
}

int ActivityEditor::currentSection() const
{
    return m_sections->currentRow();
}

int ActivityEditor::revealField(const QString &field)
{
    const int section = sectionOf(field);
    m_sections->setCurrentRow(section);
    return section;
}

void ActivityEditor::ensureVisible(QWidget *widget)
{
    QScrollArea *scroll = m_scrolls.value(m_sections->currentRow());
    if (!scroll || !widget || !scroll->widget()->isAncestorOf(widget))
        return;
    if (QLayout *l = scroll->widget()->layout())
        l->activate();
    scroll->ensureWidgetVisible(widget);
}

bool ActivityEditor::filled(const QString &key) const
{
    if (key == u"dpia")
        return m_adapter->get(QStringLiteral("dpia.required")).toString() != u"not-assessed";
    if (key == u"automated")
        return m_adapter->get(QStringLiteral("automated.used")).toString() != u"not-assessed";
    if (key == u"purposes" || key == u"matrix" || key == u"retention" || key == u"recipients")
        return m_adapter->count(key) > 0;
    const QVariant value = m_adapter->get(key);
    if (value.typeId() == QMetaType::QStringList)
        return !value.toStringList().isEmpty();
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().isValid();
    return !value.toString().trimmed().isEmpty();
}

void ActivityEditor::updateProgress()
{
    if (!m_adapter->exists())
        return;
    QList<int> problems(sectionCount(), 0);
    for (const Problem &p : m_adapter->problems())
        ++problems[sectionOf(p.field)];
    // What the record must state is the model's to say (a processor's differs).
    const ProcessingActivity *activity = m_adapter->document()->reg().activities.find(m_adapter->id());
    const QStringList expected = activity ? expectedActivityFields(*activity) : QStringList();
    for (int i = 0; i < sectionCount(); ++i) {
        const SectionInfo &info = sectionTable().at(i);
        QStringList required;
        for (const QString &key : info.fields)
            if (expected.contains(key))
                required.append(key);
        int done = 0;
        for (const QString &key : std::as_const(required))
            done += filled(key) ? 1 : 0;
        QString status;
        if (!required.isEmpty())
            status = QStringLiteral("%1/%2").arg(done).arg(required.size());
        const bool complete = done == required.size() && problems.at(i) == 0;
        if (complete)
            status += status.isEmpty() ? QStringLiteral("✓") : QStringLiteral(" ✓");
        else if (problems.at(i) > 0)
            status += (status.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("%n problem(s)", nullptr, problems.at(i));
        QListWidgetItem *item = m_sections->item(i);
        item->setText(QStringLiteral("%1\n%2").arg(tr(info.title), status));
        item->setData(Qt::UserRole + 1, complete);
        item->setToolTip(complete ? tr("Complete: every required field is filled and the checks find nothing.")
                                  : tr("%1 of %2 required fields filled; %n problem(s) in this section.", nullptr, problems.at(i))
                                        .arg(done)
                                        .arg(required.size()));
    }
    if (m_transfers) {
        const Register &reg = m_adapter->document()->reg();
        QStringList names;
        for (const Transfer &t : reg.transfers)
            if (t.activities.contains(m_adapter->id()))
                names.append(QStringLiteral("• ") + itemLabel(reg, EntityKind::Transfer, t.id));
        m_transfers->setText(names.isEmpty() ? tr("No transfer of the register names this activity.")
                                             : tr("Transfers recorded for this activity:") + QLatin1Char('\n') + names.join(QLatin1Char('\n')));
    }
}

} // namespace Fortegnelse

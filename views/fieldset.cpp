#include "fieldset.h"
#include "listeditor.h"

#include "fieldtraits.h"
#include "inlinemessage.h"
#include "itemadapter.h"
#include "itemoperations.h"
#include "labels.h"
#include "matrixeditor.h"
#include "pickers.h"
#include "document.h"
#include "referencedata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Fortegnelse {

namespace {

void fillCodeCombo(QComboBox *combo, CodeList list)
{
    // Names, never codes: "Standard contractual clauses", not "art46-2-c"; the code and
    // what it means are in the tooltip.
    const ReferenceData &ref = ReferenceData::instance();
    const QString lang = uiLanguage();
    combo->addItem(QString(), QString());
    for (const QString &code : ref.codes(list)) {
        combo->addItem(codeListLabel(list, code), code);
        QString tip = code;
        if (const auto *e = ref.entry(list, code))
            if (const QString meaning = e->meaning.resolve(lang, QStringLiteral("en")); !meaning.isEmpty())
                tip += QStringLiteral(": ") + meaning;
        combo->setItemData(combo->count() - 1, tip, Qt::ToolTipRole);
    }
}

QList<QPair<QString, QString>> registerItems(const Register &reg, EntityKind kind)
{
    QList<QPair<QString, QString>> out;
    const auto collect = [&](const auto &list) {
        for (const auto &item : list)
            out.append({item.id, itemLabel(reg, kind, item.id)});
    };
    withList(reg, kind, collect);
    return out;
}

} // namespace

namespace {
int liveFieldSets = 0;
}

FieldSet::FieldSet(ItemAdapter *adapter)
    : m_adapter(adapter)
{
    ++liveFieldSets;
}

FieldSet::~FieldSet()
{
    --liveFieldSets;
}

int FieldSet::liveCount()
{
    return liveFieldSets;
}

const FieldSet::Binding *FieldSet::binding(const QString &path) const
{
    for (const Binding &b : m_bindings)
        if (b.path == path)
            return &b;
    return nullptr;
}

void FieldSet::build(QFormLayout *layout, const QList<FieldSpec> &specs, const QString &prefix)
{
    for (const FieldSpec &spec : specs) {
        const QString path = prefix.isEmpty() ? spec.key : prefix + QLatin1Char('.') + spec.key;
        if (spec.type == FieldSpec::Group) {
            auto *box = new QGroupBox(fieldLabel(spec.key));
            box->setObjectName(path);
            box->setToolTip(fieldHelp(spec.key));
            auto *inner = new QFormLayout(box);
            inner->setRowWrapPolicy(QFormLayout::WrapLongRows);
            auto group = std::make_unique<FieldSet>(m_adapter);
            group->build(inner, spec.children, path);
            m_groups.push_back(std::move(group));
            layout->addRow(box);
            continue;
        }
        // Made only now: a group has its title on its box, and a label no row took leaked.
        auto *label = new QLabel(fieldLabel(spec.key) + QLatin1Char(':'));
        label->setToolTip(fieldHelp(spec.key));
        // A long label ("Certifierad under EU–US Data Privacy Framework:") wraps rather than
        // widening the form past a narrow pane, which hid the fields beside it.
        label->setWordWrap(true);
        if (spec.type == FieldSpec::List && spec.key == u"matrix" && prefix.isEmpty()
            && m_adapter->kind() == EntityKind::Activity) {
            auto *matrix = new MatrixEditor(m_adapter->document(), m_adapter->id());
            matrix->setObjectName(path);
            matrix->setToolTip(fieldHelp(spec.key));
            m_custom.append(matrix);
            layout->addRow(label, matrix);
            continue;
        }
        if (spec.type == FieldSpec::List) {
            auto *list = new ListEditor(m_adapter, spec, path, nullptr);
            m_lists.append(list);
            layout->addRow(label, list);
            continue;
        }
        auto *cell = new QWidget;
        auto *box = new QVBoxLayout(cell);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        QWidget *editor = makeEditor(spec, path, cell);
        editor->setObjectName(path);
        editor->setToolTip(fieldHelp(spec.key));
        label->setBuddy(editor);
        auto *message = new InlineMessage(cell);
        message->setObjectName(path + QStringLiteral("#message"));
        box->addWidget(editor);
        box->addWidget(message);
        layout->addRow(label, cell);
        m_bindings.append({path, spec, editor, message});
    }
}

QWidget *FieldSet::makeEditor(const FieldSpec &spec, const QString &path, QWidget *parent)
{
    ItemAdapter *a = m_adapter;
    const QString label = fieldLabel(spec.key);
    if (spec.key == u"ref" && (a->kind() == EntityKind::SubjectCategory || a->kind() == EntityKind::DataCategory)) {
        // A category can be one of the shipped common ones: choosing it names the
        // category in every language and, for data, sets its kind.
        auto *combo = new QComboBox(parent);
        combo->addItem(QString(), QString());
        const bool data = a->kind() == EntityKind::DataCategory;
        const auto &common = data ? ReferenceData::instance().commonData() : ReferenceData::instance().commonSubjects();
        for (const auto &c : common)
            combo->addItem(c.label.resolve(uiLanguage(), QStringLiteral("en")), c.key);
        QObject::connect(combo, &QComboBox::activated, combo, [a, combo] {
            applyCommonCategory(*a->document(), a->kind(), a->id(), combo->currentData().toString());
        });
        return combo;
    }
    switch (spec.type) {
    case FieldSpec::Text:
    case FieldSpec::LocalTextField: {
        if (fieldTrait(spec.key) == FieldTrait::MultiLine) {
            auto *edit = new QPlainTextEdit(parent);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [a, edit, path, label] {
                a->set(path, edit->toPlainText(), label);
            });
            return edit;
        }
        auto *edit = new QLineEdit(parent);
        const bool url = fieldTrait(spec.key) == FieldTrait::Url;
        if (url)
            edit->setPlaceholderText(QCoreApplication::translate("Fortegnelse::FieldSet", "nordlys.dk or https://nordlys.dk/privacy"));
        QObject::connect(edit, &QLineEdit::textEdited, edit, [this, a, path, label, url](const QString &text) {
            // A web address without a scheme is stored with https://; the text typed stays.
            a->set(path, url ? normaliseWebAddress(text) : text, label);
            if (const Binding *b = binding(path))
                showMessage(*b, validate(*b));
        });
        if (url)
            QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit] {
                if (const QString stored = normaliseWebAddress(edit->text()); stored != edit->text())
                    edit->setText(stored); // show what is stored once the officer leaves the field
            });
        return edit;
    }
    case FieldSpec::Bool: {
        auto *check = new QCheckBox(parent);
        QObject::connect(check, &QCheckBox::toggled, check, [a, path, label](bool on) { a->set(path, on, label); });
        return check;
    }
    case FieldSpec::Number: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, 1000000);
        QObject::connect(spin, &QSpinBox::valueChanged, spin, [a, path, label](int v) { a->set(path, v, label); });
        return spin;
    }
    case FieldSpec::Date: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(dateFormatHint());
        edit->setMaxLength(10);
        QObject::connect(edit, &QLineEdit::textEdited, edit, [this, a, path, label](const QString &text) {
            const QDate date = parseDate(text);
            const Binding *b = binding(path);
            if (text.trimmed().isEmpty() || date.isValid()) {
                m_unapplied.remove(path);
                a->set(path, date, label);
                if (b)
                    showMessage(*b, validate(*b));
            } else if (b) {
                m_unapplied.insert(path);
                // Not applied until it is a date, and the form says so and what it keeps.
                const QDate kept = a->get(path).toDate();
                const QString example = formatDate(QDate(2026, 6, 8));
                showMessage(*b, kept.isValid() ? QCoreApplication::translate("Fortegnelse::FieldSet", "Not a date: write it as %1 (or YYYY-MM-DD), for example %2. "
                                                                                                      "The register keeps %3 until then.")
                                                     .arg(dateFormatHint(), example, formatDate(kept))
                                               : QCoreApplication::translate("Fortegnelse::FieldSet", "Not a date: write it as %1 (or YYYY-MM-DD), for example %2. "
                                                                                                      "The register keeps no date until then.")
                                                     .arg(dateFormatHint(), example));
            }
        });
        QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit] {
            if (const QDate date = parseDate(edit->text()); date.isValid() && formatDate(date) != edit->text())
                edit->setText(formatDate(date));
        });
        return edit;
    }
    case FieldSpec::DateTime: {
        auto *edit = new QLineEdit(parent);
        edit->setReadOnly(true);
        return edit;
    }
    case FieldSpec::Enum: {
        auto *combo = new QComboBox(parent);
        for (const QString &code : spec.enumCodes)
            combo->addItem(codeLabel(code), code);
        QObject::connect(combo, &QComboBox::activated, combo, [a, combo, path, label] {
            a->set(path, combo->currentData(), label);
        });
        return combo;
    }
    case FieldSpec::Code: {
        if (spec.codeList == CodeList::Country || spec.codeList == CodeList::Destination) {
            auto *picker = new CountryPicker(spec.codeList == CodeList::Destination, parent);
            QObject::connect(picker, &CountryPicker::picked, picker, [this, a, path, label](const QString &code) {
                m_unapplied.remove(path);
                a->set(path, code, label);
                if (const Binding *b = binding(path))
                    showMessage(*b, validate(*b));
            });
            QObject::connect(picker, &CountryPicker::refused, picker, [this, path](const QString &message) {
                m_unapplied.insert(path);
                if (const Binding *b = binding(path))
                    showMessage(*b, message);
            });
            return picker;
        }
        auto *combo = new QComboBox(parent);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        fillCodeCombo(combo, spec.codeList);
        if (combo->count() > 30) {
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
        }
        QObject::connect(combo, &QComboBox::activated, combo, [a, combo, path, label] {
            a->set(path, combo->currentData(), label);
        });
        return combo;
    }
    case FieldSpec::Ref: {
        auto *combo = new QComboBox(parent);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        QObject::connect(combo, &QComboBox::activated, combo, [a, combo, path, label] {
            a->set(path, combo->currentData(), label);
        });
        return combo;
    }
    case FieldSpec::RefList: {
        auto *list = new QListWidget(parent);
        list->setMaximumHeight(list->fontMetrics().lineSpacing() * 7);
        QObject::connect(list, &QListWidget::itemChanged, list, [a, list, path, label] {
            QStringList ids;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    ids.append(list->item(i)->data(Qt::UserRole).toString());
            a->set(path, ids, label);
        });
        return list;
    }
    case FieldSpec::StringList: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        edit->setPlaceholderText(QCoreApplication::translate("Fortegnelse::FieldSet", "One per line"));
        QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [a, edit, path, label] {
            QStringList lines = edit->toPlainText().split(QLatin1Char('\n'));
            for (QString &l : lines)
                l = l.trimmed();
            lines.removeAll(QString());
            a->set(path, lines, label);
        });
        return edit;
    }
    case FieldSpec::Group:
    case FieldSpec::List: break;
    }
    return new QWidget(parent);
}

bool FieldSet::Scope::covers(const QString &path, bool picker) const
{
    if (all || (picker && pickers))
        return true;
    QString key = path.section(QLatin1Char('.'), 0, 0);
    if (const qsizetype bracket = key.indexOf(QLatin1Char('[')); bracket >= 0)
        key.truncate(bracket);
    return fields.contains(key);
}

void FieldSet::refresh(const Scope &scope)
{
    for (const Binding &b : std::as_const(m_bindings))
        refreshBinding(b, scope.covers(b.path, b.spec.type == FieldSpec::Ref || b.spec.type == FieldSpec::RefList));
    for (const auto &g : m_groups)
        g->refresh(scope);
    for (ListEditor *l : std::as_const(m_lists))
        l->refresh(scope);
    for (QWidget *w : std::as_const(m_custom))
        if (auto *m = qobject_cast<MatrixEditor *>(w))
            if (scope.covers(QStringLiteral("matrix"), true) || scope.covers(QStringLiteral("data"), false)
                || scope.covers(QStringLiteral("recipients"), false))
                m->refresh();
}

void FieldSet::refreshBinding(const Binding &b, bool updateValue)
{
    if (!updateValue) {
        // Another field changed: leave this one as it is, maybe being typed in.
        if (!m_unapplied.contains(b.path))
            showMessage(b, validate(b));
        return;
    }
    const QVariant value = m_adapter->get(b.path);
    QWidget *w = b.editor;
    const QSignalBlocker block(w);
    switch (b.spec.type) {
    case FieldSpec::Text:
    case FieldSpec::LocalTextField:
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            if (line->text() != value.toString() && normaliseWebAddress(line->text()) != value.toString())
                line->setText(value.toString());
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            if (plain->toPlainText() != value.toString())
                plain->setPlainText(value.toString());
        }
        break;
    case FieldSpec::Bool: static_cast<QCheckBox *>(w)->setChecked(value.toBool()); break;
    case FieldSpec::Number: static_cast<QSpinBox *>(w)->setValue(value.toInt()); break;
    case FieldSpec::Date: {
        auto *line = static_cast<QLineEdit *>(w);
        const QDate shown = parseDate(line->text());
        // Leave a half-typed date alone; it is not applied yet and says so.
        if (shown != value.toDate() && (shown.isValid() || line->text().isEmpty() || !line->hasFocus())) {
            line->setText(formatDate(value.toDate()));
            m_unapplied.remove(b.path);
        }
        break;
    }
    case FieldSpec::DateTime:
        static_cast<QLineEdit *>(w)->setText(QLocale().toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat));
        break;
    case FieldSpec::Enum:
    case FieldSpec::Code: {
        if (auto *picker = qobject_cast<CountryPicker *>(w)) {
            if (!(m_unapplied.contains(b.path) && picker->hasFocus())) {
                picker->setCode(value.toString());
                m_unapplied.remove(b.path);
            }
            break;
        }
        auto *combo = static_cast<QComboBox *>(w);
        int index = combo->findData(value.toString());
        if (index < 0 && !value.toString().isEmpty()) {
            combo->addItem(codeListLabel(b.spec.codeList, value.toString()), value.toString());
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        break;
    }
    case FieldSpec::Ref: {
        auto *combo = static_cast<QComboBox *>(w);
        combo->clear();
        combo->addItem(QString(), QString());
        for (const auto &[id, name] : registerItems(m_adapter->document()->reg(), b.spec.refKind))
            if (id != m_adapter->id() || b.spec.refKind != m_adapter->kind())
                combo->addItem(name, id);
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
        break;
    }
    case FieldSpec::RefList: {
        auto *list = static_cast<QListWidget *>(w);
        const QStringList ids = value.toStringList();
        list->clear();
        for (const auto &[id, name] : registerItems(m_adapter->document()->reg(), b.spec.refKind)) {
            auto *item = new QListWidgetItem(name, list);
            item->setData(Qt::UserRole, id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ids.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
        break;
    }
    case FieldSpec::StringList: {
        auto *plain = static_cast<QPlainTextEdit *>(w);
        const QString text = value.toStringList().join(QLatin1Char('\n'));
        QStringList shown = plain->toPlainText().split(QLatin1Char('\n'));
        for (QString &l : shown)
            l = l.trimmed();
        shown.removeAll(QString());
        if (shown != value.toStringList())
            plain->setPlainText(text);
        break;
    }
    case FieldSpec::Group:
    case FieldSpec::List: break;
    }
    if (!m_unapplied.contains(b.path))
        showMessage(b, validate(b));
}

QString FieldSet::validate(const Binding &b) const
{
    // One rule, one place: the form says what the checks say about the field.
    return m_adapter->problemsAt(b.path);
}

void FieldSet::showMessage(const Binding &b, const QString &message)
{
    b.message->setMessage(message);
}

QWidget *FieldSet::editorFor(const QString &path)
{
    for (const Binding &b : std::as_const(m_bindings))
        if (b.path == path)
            return b.editor;
    for (const auto &g : m_groups)
        if (QWidget *w = g->editorFor(path))
            return w;
    for (QWidget *w : std::as_const(m_custom))
        if (path.startsWith(w->objectName()))
            return w;
    for (ListEditor *l : std::as_const(m_lists))
        if (path == l->path() || path.startsWith(l->path() + QLatin1Char('[')))
            return l->editorFor(path);
    return nullptr;
}

QString FieldSet::messageFor(const QString &path) const
{
    for (const Binding &b : m_bindings)
        if (b.path == path)
            return b.message->message();
    for (const auto &g : m_groups)
        if (const QString m = g->messageFor(path); !m.isEmpty())
            return m;
    for (ListEditor *l : m_lists)
        if (path.startsWith(l->path() + QLatin1Char('[')))
            return l->messageFor(path);
    return {};
}

} // namespace Fortegnelse

#include "importdialog.h"

#include "concurrency.h"
#include "document.h"
#include "tablegrid.h"
#include "uilanguage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Fortegnelse {

using namespace Tables;

namespace {

QString statusText(RowStatus status)
{
    switch (status) {
    case RowStatus::Ok: return ImportDialog::tr("OK");
    case RowStatus::Warning: return ImportDialog::tr("Check");
    case RowStatus::Invalid: return ImportDialog::tr("Not imported");
    }
    return {};
}

QColor statusColour(RowStatus status)
{
    switch (status) {
    case RowStatus::Ok: return QColor(0x10, 0x7c, 0x10);
    case RowStatus::Warning: return QColor(0x8a, 0x5a, 0x00);
    case RowStatus::Invalid: return QColor(0xa4, 0x26, 0x2c);
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(QString path, Document *open, QWidget *parent)
    : QDialog(parent)
    , m_path(std::move(path))
    , m_open(open)
    , m_layout(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_found(new QLabel(this))
    , m_columns(new QTableWidget(this))
    , m_rows(new QTreeWidget(this))
    , m_details(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Stop"), this))
    , m_toNew(new QRadioButton(tr("As a &new register:"), this))
    , m_toOpen(new QRadioButton(this))
    , m_target(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse..."), this))
    , m_message(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
    , m_percent(std::make_shared<std::atomic<int>>(0))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_path).fileName()));
    auto *layout = new QVBoxLayout(this);

    // How the file is read: found automatically, each choice open to the officer.
    auto *options = new QFormLayout;
    m_layout->setObjectName(QStringLiteral("importLayout"));
    m_layout->addItem(tr("Found automatically"), int(LayoutKind::Auto));
    m_layout->addItem(tr("A table, one row per activity"), int(LayoutKind::Horizontal));
    m_layout->addItem(tr("Forms, one per activity (label and value)"), int(LayoutKind::Vertical));
    m_layout->addItem(tr("The ICO's controller template"), int(LayoutKind::Ico));
    m_layout->addItem(tr("A spreadsheet exported by Fortegnelse"), int(LayoutKind::Fortegnelse));
    m_layout->addItem(tr("The CNIL's simplified register"), int(LayoutKind::Cnil));
    options->addRow(tr("&Layout:"), m_layout);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->addItem(tr("Found automatically"), QString());
    options->addRow(tr("&Sheet:"), m_sheet);
    m_language->setObjectName(QStringLiteral("importLanguage"));
    addLanguages(m_language);
    const QString registerLanguage = open ? open->reg().organisation.language : QString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(registerLanguage)));
    m_language->setToolTip(tr("The language the file is written in; its texts are kept in that language"));
    options->addRow(tr("Written in:"), m_language);
    layout->addLayout(options);
    m_found->setObjectName(QStringLiteral("importFound"));
    m_found->setWordWrap(true);
    layout->addWidget(m_found);

    // The preview: the mapping beside the activities, both as tall as the dialog allows.
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *mappingBox = new QGroupBox(tr("Columns"), split);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setColumnCount(2);
    m_columns->setHorizontalHeaderLabels({tr("Header in the file"), tr("Imported as")});
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mappingLayout->addWidget(m_columns);
    auto *rowsBox = new QGroupBox(tr("Activities"), split);
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_rows->setColumnCount(3);
    m_rows->setHeaderLabels({tr("Status"), tr("Where"), tr("Activity")});
    m_rows->setRootIsDecorated(true);
    m_rows->setWordWrap(true);
    // The reasons are long: their column takes the rest of the width, and the chosen
    // activity's reasons are shown in full below.
    m_rows->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rows->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    rowsLayout->addWidget(m_rows, 1);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::PlainText);
    rowsLayout->addWidget(m_details);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    rowsLayout->addWidget(m_summary);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    auto *progressRow = new QHBoxLayout;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    progressRow->addWidget(m_progress, 1);
    m_cancel->setObjectName(QStringLiteral("importStop"));
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    // Where it goes: a new register beside the file, or the open register.
    auto *target = new QGroupBox(tr("Import"), this);
    auto *targetLayout = new QVBoxLayout(target);
    auto *newRow = new QHBoxLayout;
    m_toNew->setObjectName(QStringLiteral("importToNew"));
    newRow->addWidget(m_toNew);
    m_target->setObjectName(QStringLiteral("importTarget"));
    const QFileInfo source(m_path);
    QString suggested = source.dir().filePath(source.completeBaseName() + QStringLiteral(".ropa"));
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = source.dir().filePath(QStringLiteral("%1 (%2).ropa").arg(source.completeBaseName()).arg(n));
    m_target->setText(QDir::toNativeSeparators(suggested));
    newRow->addWidget(m_target, 1);
    newRow->addWidget(m_browse);
    targetLayout->addLayout(newRow);
    m_toOpen->setObjectName(QStringLiteral("importToOpen"));
    targetLayout->addWidget(m_toOpen);
    auto *group = new QButtonGroup(this);
    group->addButton(m_toNew);
    group->addButton(m_toOpen);
    if (m_open && !m_open->isReadOnly()) {
        m_toOpen->setText(tr("Add to the open register, “%1”, as one step you can undo")
                              .arg(m_open->reg().organisation.name.isEmpty() ? QFileInfo(m_open->filePath()).fileName()
                                                                             : m_open->reg().organisation.name));
    } else {
        m_toOpen->hide();
    }
    m_toNew->setChecked(true);
    layout->addWidget(target);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importNow);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_cancel, &QPushButton::clicked, this, [this] { *m_cancelled = true; });
    connect(m_layout, &QComboBox::activated, this, [this] {
        m_mapping.clear(); // a mapping belongs to the layout it was made for
        plan();
    });
    connect(m_sheet, &QComboBox::activated, this, [this] {
        m_mapping.clear();
        plan();
    });
    connect(m_language, &QComboBox::activated, this, &ImportDialog::plan);
    // The base of the plan changes with the target: merging matches the open register's items.
    connect(m_toNew, &QRadioButton::toggled, this, [this] {
        m_target->setEnabled(m_toNew->isChecked());
        m_browse->setEnabled(m_toNew->isChecked());
        plan();
    });
    connect(m_target, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_rows, &QTreeWidget::currentItemChanged, this, &ImportDialog::showDetails);
    connect(&m_watcher, &QFutureWatcher<Plan>::finished, this, &ImportDialog::showPlan);
    auto *timer = new QTimer(this);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isPlanning())
            m_progress->setValue(*m_percent);
    });
    timer->start();
    resize(1100, 680);
    plan();
}

ImportDialog::~ImportDialog()
{
    *m_cancelled = true;
    m_watcher.waitForFinished();
}

bool ImportDialog::isPlanning() const
{
    return m_busy;
}

bool ImportDialog::intoOpen() const
{
    return m_open && m_toOpen->isChecked();
}

void ImportDialog::plan()
{
    if (isPlanning()) {
        // One plan at a time: this one stops, and the next starts when it has.
        m_planAgain = true;
        *m_cancelled = true;
        return;
    }
    ImportOptions options;
    options.layout = LayoutKind(m_layout->currentData().toInt());
    options.sheet = m_sheet->currentData().toString();
    options.language = m_language->currentData().toString();
    options.mapping = m_mapping;
    // The worker plans on a snapshot: the officer may go on editing meanwhile, and the
    // import is refused (and planned again) if the register changed.
    m_base = intoOpen() ? m_open->reg() : Register::createEmpty(options.language);
    m_planOk = false;
    m_planAgain = false;
    *m_cancelled = false;
    *m_percent = 0;
    auto cancelled = m_cancelled;
    auto percent = m_percent;
    options.progress = [cancelled, percent](int done, int total) {
        *percent = total > 0 ? done * 100 / total : 0;
        return !*cancelled;
    };
    m_busy = true;
    m_progress->setValue(0);
    m_progress->setFormat(tr("Reading %1... %p%").arg(QFileInfo(m_path).fileName()));
    m_cancel->setEnabled(true);
    m_message->hide();
    updateButtons();
    m_watcher.setFuture(runInBackground([path = m_path, options, base = m_base]() {
        Plan plan;
        plan.ok = planImport(path, options, base, &plan.planned, &plan.report, &plan.error);
        return plan;
    }));
}

void ImportDialog::showPlan()
{
    m_busy = false;
    m_cancel->setEnabled(false);
    if (m_planAgain) {
        plan();
        return;
    }
    Plan result = m_watcher.result();
    m_planOk = result.ok;
    if (!result.ok) {
        m_progress->setValue(0);
        m_progress->setFormat(*m_cancelled ? tr("Stopped") : tr("Not read"));
        m_report = {};
        m_planned = {};
        m_found->setText(result.error);
        m_columns->setRowCount(0);
        m_rows->clear();
        m_details->clear();
        m_summary->clear();
        updateButtons();
        return;
    }
    m_planned = std::move(result.planned);
    m_report = std::move(result.report);
    m_progress->setValue(100);
    m_progress->setFormat(tr("Read"));
    {
        const QSignalBlocker block(m_sheet);
        const QString chosen = m_sheet->currentData().toString();
        m_sheet->clear();
        m_sheet->addItem(tr("Found automatically"), QString());
        for (const QString &name : std::as_const(m_report.sheetNames))
            m_sheet->addItem(name, name);
        m_sheet->setCurrentIndex(std::max(0, m_sheet->findData(chosen)));
    }
    QString found;
    switch (m_report.layout.kind) {
    case LayoutKind::Vertical: found = tr("Read as forms, one per activity, on %1.").arg(m_report.sheet); break;
    case LayoutKind::Ico: found = tr("Read as the ICO's controller template, sheet %1.").arg(m_report.sheet); break;
    case LayoutKind::Fortegnelse: found = tr("Read as a spreadsheet exported by Fortegnelse, sheet %1.").arg(m_report.sheet); break;
    case LayoutKind::Cnil: found = tr("Read as the CNIL's simplified register, one fiche per activity: %1.").arg(m_report.sheet); break;
    default:
        found = tr("Read as a table with one row per activity: sheet %1, headers in row %2.").arg(m_report.sheet).arg(m_report.layout.headerRow + 1);
        break;
    }
    if (!m_report.encoding.isEmpty())
        found += QLatin1Char(' ') + tr("Text encoding: %1.").arg(m_report.encoding);
    m_found->setText(found);
    showColumns();
    showRows();
    updateButtons();
}

void ImportDialog::showColumns()
{
    const QList<ColumnMapping> &columns = m_report.layout.columns;
    m_columns->setRowCount(int(columns.size()));
    QStringList letters;
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnMapping &mapping = columns.at(i);
        letters.append(cellName(0, mapping.column).chopped(1));
        auto *header = new QTableWidgetItem(mapping.header);
        header->setToolTip(mapping.header);
        m_columns->setItem(i, 0, header);
        auto *field = new QComboBox(m_columns);
        field->setObjectName(QStringLiteral("importField%1").arg(letters.last()));
        field->addItem(tr("(not imported)"), int(ImportField::None));
        for (ImportField f : importFields())
            field->addItem(fieldTitle(f), int(f));
        field->setCurrentIndex(std::max(0, field->findData(int(mapping.field))));
        field->setToolTip(tr("Column %1: choose what it holds").arg(letters.last()));
        connect(field, &QComboBox::activated, this, [this, column = mapping.column, field] {
            m_mapping.insert(column, ImportField(field->currentData().toInt()));
            plan();
        });
        m_columns->setCellWidget(i, 1, field);
    }
    m_columns->setVerticalHeaderLabels(letters);
    // Forms have no columns to map: their labels name the fields.
    m_columns->parentWidget()->setVisible(!columns.isEmpty());
}

void ImportDialog::showRows()
{
    m_rows->clear();
    for (const RowReport &row : std::as_const(m_report.rows)) {
        auto *item = new QTreeWidgetItem(m_rows, {statusText(row.status), row.place, row.name});
        item->setForeground(0, statusColour(row.status));
        item->setData(0, Qt::UserRole, int(row.status));
        for (const QString &message : row.messages) {
            auto *child = new QTreeWidgetItem(item, {QString(), QString(), message});
            child->setToolTip(2, message);
            child->setFirstColumnSpanned(false);
        }
        item->setExpanded(row.status != RowStatus::Ok);
    }
    // The first activity with something to say is chosen, its reasons shown in full.
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < m_rows->topLevelItemCount() && !first; ++i)
        if (m_rows->topLevelItem(i)->childCount() > 0)
            first = m_rows->topLevelItem(i);
    m_rows->setCurrentItem(first);
    showDetails();
    QString summary = tr("%n activities: %1 OK, %2 to check, %3 not importable.", nullptr, int(m_report.rows.size()))
                          .arg(m_report.count(RowStatus::Ok))
                          .arg(m_report.count(RowStatus::Warning))
                          .arg(m_report.count(RowStatus::Invalid));
    for (const QString &notice : std::as_const(m_report.notices))
        summary += QLatin1Char(' ') + notice;
    m_summary->setText(summary);
}

void ImportDialog::showDetails()
{
    QTreeWidgetItem *item = m_rows->currentItem();
    if (item && item->parent())
        item = item->parent();
    if (!item || item->childCount() == 0) {
        m_details->setText(item ? tr("%1: nothing to check.").arg(item->text(2)) : QString());
        return;
    }
    QStringList lines{item->text(2) + QLatin1Char(':')};
    for (int i = 0; i < item->childCount(); ++i)
        lines.append(QStringLiteral("• ") + item->child(i)->text(2));
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void ImportDialog::updateButtons()
{
    const bool ready = !isPlanning() && m_planOk && m_report.count(RowStatus::Invalid) == 0
        && (intoOpen() || !m_target->text().trimmed().isEmpty());
    m_import->setEnabled(ready);
    if (!isPlanning() && m_planOk && m_report.count(RowStatus::Invalid) > 0)
        m_import->setToolTip(tr("A row cannot be imported; correct it in the file or change the mapping"));
    else
        m_import->setToolTip(QString());
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New register"), m_target->text(), tr("Registers (*.ropa)"));
    if (!path.isEmpty())
        m_target->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::importNow()
{
    if (isPlanning() || !m_planOk)
        return;
    OperationResult result;
    if (intoOpen()) {
        if (!m_open)
            return;
        result = applyImport(*m_open, m_base, m_planned, m_report);
        if (!result && !isStillPlannedOn(*m_open, m_base)) {
            // The register changed after the preview: look again, on the register as it is
            // (planning hides the last message, so it is shown after).
            plan();
            m_message->setText(result.message);
            m_message->show();
            return;
        }
        m_merged = result.ok;
    } else {
        QString path = QDir::fromNativeSeparators(m_target->text().trimmed());
        if (!path.endsWith(QStringLiteral(".ropa"), Qt::CaseInsensitive))
            path += QStringLiteral(".ropa");
        result = createImported(m_planned, m_report, path, &m_created);
    }
    if (!result) {
        m_message->setText(result.message);
        m_message->show();
        return;
    }
    accept();
}

} // namespace Fortegnelse

#include "snapshotsdialog.h"

#include "document.h"
#include "historydialog.h"
#include "labels.h"
#include "mainwindow.h"
#include "recordpainter.h"
#include "registerdiff.h"
#include "safeoutput.h"
#include "snapshotoperations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Fortegnelse {

namespace {

/// A folder name from a description: no separators or characters a file system refuses.
QString folderName(QString text)
{
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    text.replace(unsafe, QStringLiteral("-"));
    return text.trimmed().left(120);
}

/// A new folder in \a parent named \a name, or "name (2)"... when that is taken.
QString newFolder(const QString &parent, const QString &name, QString *error)
{
    QDir dir(parent);
    for (int n = 1; n < 100; ++n) {
        const QString candidate = n == 1 ? name : QStringLiteral("%1 (%2)").arg(name).arg(n);
        if (!dir.exists(candidate) && dir.mkdir(candidate))
            return dir.filePath(candidate);
    }
    *error = SnapshotsDialog::tr("No new folder can be made in %1.").arg(QDir::toNativeSeparators(parent));
    return {};
}

} // namespace

SnapshotsDialog::SnapshotsDialog(Document *doc, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
{
    setObjectName(QStringLiteral("snapshotsDialog"));
    setWindowTitle(tr("Snapshots: what was published and submitted"));
    warn = [this](const QString &title, const QString &text) { QMessageBox::warning(this, title, text); };
    inform = [this](const QString &title, const QString &text) { QMessageBox::information(this, title, text); };
    chooseFolder = [this] { return QFileDialog::getExistingDirectory(this, tr("Save the documents in")); };

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Publishing the policy and submitting the record keep what the register said at that "
                                "moment. Compare one with the register now, or save what was sent."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_snapshots = new QTreeWidget(splitter);
    m_snapshots->setObjectName(QStringLiteral("snapshots"));
    m_snapshots->setRootIsDecorated(false);
    m_snapshots->setHeaderLabels({tr("When"), tr("Who"), tr("What")});

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *actions = new QHBoxLayout;
    m_compare = new QPushButton(tr("&Compare with now"), lower);
    m_compare->setObjectName(QStringLiteral("compare"));
    m_save = new QPushButton(tr("&Save documents..."), lower);
    m_save->setObjectName(QStringLiteral("saveDocuments"));
    m_show = new QPushButton(tr("Show the &published text..."), lower);
    m_show->setObjectName(QStringLiteral("showText"));
    m_open = new QPushButton(tr("&Open read-only"), lower);
    m_open->setObjectName(QStringLiteral("openReadOnly"));
    m_open->setToolTip(tr("Opens the register as it stood at this snapshot in a window of its own, where it can be "
                          "read, checked and exported but not changed."));
    actions->addWidget(m_compare);
    actions->addWidget(m_show);
    actions->addWidget(m_open);
    actions->addWidget(m_save);
    actions->addStretch();
    lowerLayout->addLayout(actions);
    m_heading = new QLabel(lower);
    m_heading->setObjectName(QStringLiteral("comparisonHeading"));
    m_heading->setWordWrap(true);
    lowerLayout->addWidget(m_heading);
    m_comparison = new QTreeWidget(lower);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    m_comparison->setRootIsDecorated(false);
    m_comparison->setWordWrap(true);
    m_comparison->setHeaderLabels({tr("Item"), tr("Field"), tr("Then"), tr("Now")});
    lowerLayout->addWidget(m_comparison);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    for (QPushButton *b : {m_compare, m_show, m_open, m_save})
        b->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compare, &QPushButton::clicked, this, &SnapshotsDialog::compareWithNow);
    connect(m_show, &QPushButton::clicked, this, &SnapshotsDialog::showPublishedText);
    connect(m_open, &QPushButton::clicked, this, &SnapshotsDialog::openReadOnly);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const QString folder = chooseFolder(); !folder.isEmpty())
            saveDocuments(folder);
    });
    connect(m_snapshots, &QTreeWidget::currentItemChanged, this, [this] {
        m_comparison->clear();
        m_heading->clear();
        updateButtons();
    });
    // Publishing in the main window while this is open adds a snapshot: list it.
    if (m_doc)
        connect(m_doc, &Document::changed, this, [this] {
            QList<Snapshot> now;
            QString ignored;
            if (m_doc && m_doc->readSnapshots({}, &now, &ignored) && now.size() != m_list.size())
                reload();
        });
    resize(900, 560);
    m_snapshots->setColumnWidth(0, 150);
    m_snapshots->setColumnWidth(1, 100);
    m_comparison->setColumnWidth(0, 260);
    m_comparison->setColumnWidth(1, 200);
    m_comparison->setColumnWidth(2, 190);
    reload();
}

SnapshotsDialog *SnapshotsDialog::showFor(Document *doc, QWidget *parent)
{
    auto *dialog = new SnapshotsDialog(doc, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(doc, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
    return dialog;
}

void SnapshotsDialog::reload()
{
    m_snapshots->clear();
    m_list.clear();
    QString error;
    if (m_doc && !m_doc->readSnapshots({}, &m_list, &error))
        m_heading->setText(tr("The snapshots cannot be read: %1").arg(error));
    const QLocale locale;
    for (const Snapshot &s : std::as_const(m_list)) {
        auto *item = new QTreeWidgetItem(QStringList{locale.toString(s.at.toLocalTime(), QLocale::ShortFormat), s.actor,
                                                     describeSnapshot(s)});
        if (!s.sha256.isEmpty())
            item->setToolTip(2, tr("SHA-256 of the record sent: %1").arg(s.sha256));
        m_snapshots->addTopLevelItem(item);
    }
    if (m_list.isEmpty() && error.isEmpty())
        m_heading->setText(tr("No snapshots yet: the policy has not been published nor the record submitted since "
                              "the register began keeping them."));
    if (m_snapshots->topLevelItemCount() > 0)
        m_snapshots->setCurrentItem(m_snapshots->topLevelItem(0));
    updateButtons();
}

void SnapshotsDialog::updateButtons()
{
    const bool chosen = m_snapshots->currentItem() != nullptr;
    m_compare->setEnabled(chosen);
    m_save->setEnabled(chosen);
    m_open->setEnabled(chosen);
    const int row = chosen ? m_snapshots->indexOfTopLevelItem(m_snapshots->currentItem()) : -1;
    m_show->setEnabled(row >= 0 && row < m_list.size() && m_list.at(row).kind == Snapshot::Published);
}

QWidget *SnapshotsDialog::openReadOnly()
{
    Snapshot snapshot;
    if (!readChosen(&snapshot))
        return nullptr;
    std::unique_ptr<Document> kept;
    if (OperationResult opened = openKeptState(m_doc->filePath(), snapshot, &kept); !opened) {
        warn(tr("Cannot read the snapshot"), opened.message);
        return nullptr;
    }
    // A window of its own, not a child of this dialog: it stays open when this one closes.
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->showDocument(std::move(kept));
    window->show();
    return window;
}

QDialog *SnapshotsDialog::showPublishedText()
{
    Snapshot snapshot;
    if (!readChosen(&snapshot) || snapshot.kind != Snapshot::Published)
        return nullptr;
    Register then;
    QString language = QLocale().name().left(2);
    if (!snapshot.documents.contains(snapshotDocumentKey(language, PolicyFormat::Html))
        && registerOf(m_doc->filePath(), snapshot, &then))
        language = then.organisation.language;
    const QByteArray html = snapshot.documents.value(snapshotDocumentKey(language, PolicyFormat::Html));
    if (html.isEmpty()) {
        warn(tr("Cannot read the snapshot"), tr("The snapshot keeps no text in this language."));
        return nullptr;
    }
    auto *viewer = new QDialog(this);
    viewer->setObjectName(QStringLiteral("publishedText"));
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setWindowTitle(tr("%1, as published").arg(describeSnapshot(snapshot)));
    auto *layout = new QVBoxLayout(viewer);
    auto *text = new QTextBrowser(viewer);
    text->setObjectName(QStringLiteral("publishedTextView"));
    // What was published, as it was: nothing it names is opened or fetched.
    text->setOpenLinks(false);
    connect(text, &QTextBrowser::anchorClicked, text, [text](const QUrl &url) {
        if (url.isRelative() && url.path().isEmpty()) // the text's own "Kort fortalt" links
            text->scrollToAnchor(url.fragment());
    });
    text->setHtml(QString::fromUtf8(html));
    layout->addWidget(text);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, viewer);
    connect(close, &QDialogButtonBox::rejected, viewer, &QDialog::reject);
    layout->addWidget(close);
    viewer->resize(760, 600);
    viewer->show();
    return viewer;
}

bool SnapshotsDialog::readChosen(Snapshot *snapshot)
{
    const int row = m_snapshots->currentItem() ? m_snapshots->indexOfTopLevelItem(m_snapshots->currentItem()) : -1;
    if (!m_doc || row < 0 || row >= m_list.size())
        return false;
    SnapshotQuery query;
    query.seq = m_list.at(row).seq;
    query.limit = 1;
    query.withContents = true;
    QList<Snapshot> found;
    QString error;
    if (!m_doc->readSnapshots(query, &found, &error) || found.isEmpty()) {
        warn(tr("Cannot read the snapshot"), error.isEmpty() ? tr("The snapshot is no longer in the register.") : error);
        return false;
    }
    *snapshot = found.first();
    return true;
}

bool SnapshotsDialog::compareWithNow()
{
    m_comparison->clear();
    Snapshot snapshot;
    if (!readChosen(&snapshot))
        return false;
    Register then;
    if (const OperationResult r = registerOf(m_doc->filePath(), snapshot, &then); !r) {
        warn(tr("Cannot read the snapshot"), r.message);
        return false;
    }
    const QList<Difference> differences = diffRegisters(then, m_doc->reg());
    for (const Difference &d : differences) {
        QString field = differenceFieldLabel(d.field);
        QString before = historyValueText(d.before);
        QString after = historyValueText(d.after);
        if (d.type != Difference::Changed) {
            field = kindLabel(d.kind);
            before = d.type == Difference::Added ? tr("(did not exist)") : d.name;
            after = d.type == Difference::Added ? d.name : tr("(deleted)");
        }
        auto *item = new QTreeWidgetItem(QStringList{d.name.isEmpty() ? kindTitle(d.kind) : d.name, field, before, after});
        for (int c = 0; c < 4; ++c)
            item->setToolTip(c, item->text(c));
        m_comparison->addTopLevelItem(item);
    }
    const QString when = QLocale().toString(snapshot.at.toLocalTime(), QLocale::ShortFormat);
    m_heading->setText(differences.isEmpty() ? tr("Nothing has changed since %1.").arg(when)
                                             : tr("%n difference(s) between %1 and now:", nullptr, int(differences.size())).arg(when));
    return true;
}

bool SnapshotsDialog::saveDocuments(const QString &folder, QStringList *written)
{
    Snapshot snapshot;
    if (!readChosen(&snapshot))
        return false;
    QString error;
    const QString name = snapshot.kind == Snapshot::Published
        ? tr("Policy %1 published %2").arg(snapshot.version, snapshot.at.toLocalTime().date().toString(Qt::ISODate))
        : tr("Record submitted %1").arg(snapshot.submittedOn.toString(Qt::ISODate));
    const QString target = newFolder(folder, folderName(name), &error);
    QMap<QString, QByteArray> files;
    QString note;
    if (!target.isEmpty() && snapshot.kind == Snapshot::Published) {
        // The texts as they were published, byte for byte, never made again.
        for (auto it = snapshot.documents.cbegin(); it != snapshot.documents.cend(); ++it)
            files.insert(QStringLiteral("privacy-policy-%1.%2").arg(it.key().section(QLatin1Char('/'), 0, 0), it.key().section(QLatin1Char('/'), 1)),
                         it.value());
        note = tr("These are the texts as they were published.");
    } else if (!target.isEmpty()) {
        Register then;
        if (const OperationResult r = registerOf(m_doc->filePath(), snapshot, &then); !r) {
            error = r.message;
        } else {
            RecordOptions options;
            const QString language = then.organisation.language;
            options.language = snapshotLanguages().contains(language) ? language : QStringLiteral("da");
            options.today = snapshot.submittedOn;
            QByteArray pdf;
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const bool made = writeRecordPdf(then, options, &pdf, &error);
            QApplication::restoreOverrideCursor();
            if (made)
                files.insert(QStringLiteral("record-%1.pdf").arg(snapshot.submittedOn.toString(Qt::ISODate)), pdf);
        }
        // A PDF carries the moment it was made, so only the content can be the same.
        note = snapshot.sha256.isEmpty()
            ? tr("The record is made again from the register as it was submitted on paper: its content is the "
                 "record printed.")
            : tr("The record is made again from the register as it was submitted: its content is the record sent, "
                 "its bytes are not. The file sent had SHA-256 %1.")
                  .arg(snapshot.sha256);
    }
    QStringList paths;
    for (auto it = files.cbegin(); error.isEmpty() && it != files.cend(); ++it) {
        const QString path = QDir(target).filePath(it.key());
        if (SafeOutput::writeFile(path, it.value(), &error))
            paths.append(path);
    }
    if (!error.isEmpty() || files.isEmpty()) {
        warn(tr("Cannot save the documents"), error.isEmpty() ? tr("The snapshot holds no documents.") : error);
        return false;
    }
    if (written)
        *written = paths;
    inform(tr("Documents saved"),
           tr("%n file(s) saved in %1.", nullptr, int(paths.size())).arg(QDir::toNativeSeparators(target)) + QLatin1Char('\n') + note);
    return true;
}

} // namespace Fortegnelse

#include "recordexportdialog.h"

#include "inlinemessage.h"
#include "newregisterdialog.h"
#include "register.h"
#include "snapshotoperations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Fortegnelse {

namespace {

/// The record's language by its own name, as the record window lists it.
QString languageName(const QString &code)
{
    if (code == u"da")
        return QStringLiteral("Dansk");
    if (code == u"nb")
        return QStringLiteral("Norsk bokmål");
    if (code == u"sv")
        return QStringLiteral("Svenska");
    return QStringLiteral("English");
}

/// The record's own noun in its language, as its title says it: a file name, not UI text.
QString recordNoun(const QString &language)
{
    if (language == u"nb")
        return QStringLiteral("Protokoll");
    if (language == u"sv")
        return QStringLiteral("Register");
    if (language == u"en")
        return QStringLiteral("Record");
    return QStringLiteral("Fortegnelse");
}

QLabel *note(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString RecordExportDialog::suggestedFileName(const Register &reg, const QString &language, const QDate &today)
{
    static const QRegularExpression unfit(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    const QString name = reg.organisation.name.simplified().remove(unfit).left(80).trimmed();
    QStringList parts{recordNoun(language)};
    if (!name.isEmpty())
        parts.append(name);
    parts.append(today.toString(Qt::ISODate));
    return parts.join(QLatin1Char(' ')) + QStringLiteral(".pdf");
}

QString RecordExportDialog::authorityOf(const Register &reg)
{
    return submissionAuthority(reg); // the operation decides; the dialog shows it
}

RecordExportDialog::RecordExportDialog(const Register &reg, const QString &language, int errors,
                                       const std::optional<Snapshot> &lastSubmitted, const QDate &today,
                                       QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_changes(new QCheckBox(this))
    , m_submitted(new QCheckBox(this))
    , m_on(new QDateEdit(today, this))
    , m_case(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_authority(authorityOf(reg))
    , m_purpose(purpose)
{
    const bool printing = purpose == Purpose::Print;
    setObjectName(QStringLiteral("recordExportDialog"));
    setWindowTitle(printing ? tr("Print record") : tr("Export record"));
    m_path->setObjectName(QStringLiteral("recordExportPath"));
    m_changes->setObjectName(QStringLiteral("recordExportChanges"));
    m_submitted->setObjectName(QStringLiteral("recordExportSubmitted"));
    m_on->setObjectName(QStringLiteral("recordExportOn"));
    m_case->setObjectName(QStringLiteral("recordExportCase"));
    m_path->setText(QDir(NewRegisterDialog::defaultFolder()).filePath(suggestedFileName(reg, language, today)));
    m_path->setMinimumWidth(420);

    auto *layout = new QVBoxLayout(this);
    if (errors > 0) {
        // Errors are facts the law requires and the register lacks: say so before writing.
        layout->addWidget(errorNote(tr("The register has %n error(s). The record will show a gap where a fact the law "
                                       "requires is missing; fix the errors before you send it.",
                                       nullptr, errors),
                                    QStringLiteral("recordExportWarning"), this));
    }

    auto *form = new QFormLayout;
    auto *languageLabel = new QLabel(languageName(language), this);
    languageLabel->setObjectName(QStringLiteral("recordExportLanguage"));
    form->addRow(tr("Language of the record:"), languageLabel);
    // The PDF is what goes to the authority; the ODT is the same record to edit (issue 15).
    m_format->setObjectName(QStringLiteral("recordExportFormat"));
    m_format->addItem(tr("PDF, to print or send"), QStringLiteral("pdf"));
    m_format->addItem(tr("ODT, to edit in LibreOffice or Word"), QStringLiteral("odt"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    if (printing) {
        // Paper has no format or file: the printer dialog asks where it goes.
        m_format->hide();
        m_path->hide();
        browse->hide();
    } else {
        auto *formatLabel = new QLabel(tr("F&ormat:"), this);
        formatLabel->setBuddy(m_format);
        form->addRow(formatLabel, m_format);
        auto *where = new QHBoxLayout;
        where->addWidget(m_path, 1);
        where->addWidget(browse);
        // A row of a layout gets no buddy from addRow(): the label is made here, with its buddy.
        auto *fileLabel = new QLabel(tr("&File:"), this);
        fileLabel->setBuddy(m_path);
        form->addRow(fileLabel, where);
    }
    layout->addLayout(form);

    // The annex of what changed since the record the authority has.
    if (lastSubmitted) {
        m_changes->setText(tr("&Append the changes since the record submitted on %1")
                               .arg(QLocale().toString(lastSubmitted->submittedOn, QLocale::LongFormat)));
    } else {
        m_changes->setText(tr("&Append the changes since the record last submitted"));
        m_changes->setEnabled(false);
    }
    layout->addWidget(m_changes);
    if (!lastSubmitted) {
        auto *reason = note(tr("No record has been marked as submitted yet, so there is nothing to compare with."),
                            QStringLiteral("recordExportChangesReason"), this);
        reason->setContentsMargins(24, 0, 0, 0);
        reason->setEnabled(false);
        layout->addWidget(reason);
    }

    // Marking the record as submitted keeps what was sent in the register (issue 16).
    m_submitted->setText(m_authority.isEmpty() ? tr("&Mark as submitted to the supervisory authority on")
                                               : tr("&Mark as submitted to %1 on").arg(m_authority));
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_case->setPlaceholderText(tr("if the authority gave one"));
    auto *submitted = new QHBoxLayout;
    submitted->addWidget(m_submitted);
    submitted->addWidget(m_on);
    auto *caseLabel = new QLabel(tr("&case no."), this);
    caseLabel->setBuddy(m_case);
    submitted->addWidget(caseLabel);
    submitted->addWidget(m_case, 1);
    layout->addLayout(submitted);
    m_submittedNote = note(printing ? tr("The register then keeps the record's contents, so you can show later what was "
                                         "sent and print it again.")
                                    : tr("The register then keeps the record's contents and the SHA-256 of the file, so you "
                                         "can show later what was sent."),
                           QStringLiteral("recordExportSubmittedNote"), this);
    layout->addWidget(m_submittedNote);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(printing ? tr("&Print...") : tr("Export"));

    const auto follow = [this] {
        m_on->setEnabled(m_submitted->isChecked());
        m_case->setEnabled(m_submitted->isChecked());
    };
    follow();
    connect(m_submitted, &QCheckBox::toggled, this, follow);
    connect(m_format, &QComboBox::currentIndexChanged, this, &RecordExportDialog::followFormat);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &RecordExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
    });
}

void RecordExportDialog::refuseSubmission(const QString &why)
{
    m_refusedWhy = why;
    m_submitted->setChecked(false);
    m_submitted->setEnabled(false);
    m_submitted->setToolTip(why);
    m_submittedNote->setText(why);
}

void RecordExportDialog::followFormat()
{
    const bool odt = m_format->currentData().toString() == u"odt";
    // The file's name follows the format chosen.
    QString path = m_path->text().trimmed();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf" || suffix == u"odt")
        path.chop(suffix.size() + 1);
    m_path->setText(path + (odt ? QStringLiteral(".odt") : QStringLiteral(".pdf")));
    // What is kept as submitted is the PDF and its hash: an ODT is a copy to edit.
    if (!m_refusedWhy.isEmpty())
        return;
    if (odt)
        m_submitted->setChecked(false);
    m_submitted->setEnabled(!odt);
    m_submittedNote->setText(odt ? tr("Only the PDF can be marked as submitted: it is what the authority receives.")
                                 : tr("The register then keeps the record's contents and the SHA-256 of the file, so you "
                                      "can show later what was sent."));
}

RecordExport RecordExportDialog::choice() const
{
    RecordExport out;
    out.odt = m_purpose == Purpose::Export && m_format->currentData().toString() == u"odt";
    if (m_purpose == Purpose::Export) {
        const QString suffix = out.odt ? QStringLiteral("odt") : QStringLiteral("pdf");
        QString path = m_path->text().trimmed();
        if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
            path += QLatin1Char('.') + suffix;
        out.path = QFileInfo(path).absoluteFilePath();
    }
    out.appendChanges = m_changes->isEnabled() && m_changes->isChecked();
    out.markSubmitted = !out.odt && m_submitted->isChecked();
    out.submission.on = m_on->date();
    out.submission.authority = m_authority;
    out.submission.caseNumber = m_case->text().trimmed();
    return out;
}

void RecordExportDialog::browse()
{
    const bool odt = m_format->currentData().toString() == u"odt";
    const QString path = QFileDialog::getSaveFileName(this, tr("Export record"), m_path->text(),
                                                      odt ? tr("OpenDocument text (*.odt)") : tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace Fortegnelse

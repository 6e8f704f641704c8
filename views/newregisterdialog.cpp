#include "newregisterdialog.h"

#include "checkrules.h"
#include "checks.h"
#include "homecountry.h"
#include "referencedata.h"
#include "uilanguage.h"

#include <QComboBox>
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
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Fortegnelse {

namespace {

QString uiLanguage()
{
    const QString lang = QLocale().name().left(2);
    if (lang == u"da" || lang == u"sv")
        return lang;
    if (lang == u"nb" || lang == u"no" || lang == u"nn")
        return QStringLiteral("nb");
    return QStringLiteral("en");
}

/// A file name from the organisation's name: letters, digits, spaces and dashes.
QString fileNameFor(const QString &organisation)
{
    QString base = organisation;
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\s.-]+")), QStringLiteral(" "));
    base = base.simplified();
    return (base.isEmpty() ? QObject::tr("Register") : base) + QStringLiteral(".ropa");
}

} // namespace

QString NewRegisterDialog::defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

NewRegisterDialog::NewRegisterDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_dpoName(new QLineEdit(this))
    , m_dpoEmail(new QLineEdit(this))
    , m_authority(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newRegisterDialog"));
    setWindowTitle(tr("New register"));
    m_name->setObjectName(QStringLiteral("organisationName"));
    m_dpoName->setObjectName(QStringLiteral("dpoName"));
    m_dpoEmail->setObjectName(QStringLiteral("dpoEmail"));
    m_authority->setObjectName(QStringLiteral("authority"));
    m_language->setObjectName(QStringLiteral("registerLanguage"));
    m_path->setObjectName(QStringLiteral("registerPath"));
    m_message->setObjectName(QStringLiteral("newRegisterMessage"));
    m_message->setWordWrap(true);

    const QString lang = uiLanguage();
    for (const ReferenceData::Authority &a : ReferenceData::instance().authorities())
        m_authority->addItem(a.name.resolve(lang, QStringLiteral("en")), a.country);
    m_authority->model()->sort(0);
    // The authority of the UI language's country ("sv" is Sweden's, not a code to guess at).
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(homeCountryOf(lang))));
    addLanguages(m_language);
    m_language->setCurrentIndex(m_language->findData(lang == u"en" ? QStringLiteral("da") : lang));

    auto *intro = new QLabel(tr("A few facts to start from. Everything can be changed later, and every change "
                                "is saved as you make it."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Organisation:"), m_name);
    form->addRow(tr("&Data protection officer:"), m_dpoName);
    form->addRow(tr("DPO's &e-mail:"), m_dpoEmail);
    form->addRow(tr("&Supervisory authority:"), m_authority);
    form->addRow(tr("Register &language:"), m_language);
    auto *where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    where->addWidget(browse);
    form->addRow(tr("&File:"), where);
    m_dpoName->setPlaceholderText(tr("Leave empty if none is appointed"));
    m_path->setText(QDir(defaultFolder()).filePath(fileNameFor({})));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &NewRegisterDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_pathEdited)
            m_path->setText(QFileInfo(m_path->text()).dir().filePath(fileNameFor(m_name->text())));
    });
    for (QLineEdit *edit : {m_name, m_dpoEmail, m_path})
        connect(edit, &QLineEdit::textChanged, this, &NewRegisterDialog::update);
    update();
}

Register NewRegisterDialog::makeRegister() const
{
    Register reg = Register::createEmpty(m_language->currentData().toString());
    reg.organisation.name = m_name->text().trimmed();
    reg.organisation.dpo.name = m_dpoName->text().trimmed();
    reg.organisation.dpo.email = m_dpoEmail->text().trimmed();
    const QString authority = m_authority->currentData().toString();
    if (!authority.isEmpty()) {
        reg.organisation.supervisoryAuthority = authority;
        reg.organisation.country = authority;
        reg.policy.governingLaw = authority;
    }
    return reg;
}

QString NewRegisterDialog::filePath() const
{
    QString path = m_path->text().trimmed();
    if (!path.endsWith(QStringLiteral(".ropa"), Qt::CaseInsensitive))
        path += QStringLiteral(".ropa");
    return QFileInfo(path).absoluteFilePath();
}

void NewRegisterDialog::update()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Enter the organisation's name.");
    else if (QFileInfo::exists(filePath()))
        problem = tr("%1 already exists. Choose another name.").arg(QFileInfo(filePath()).fileName());
    // The checks' own rule for the e-mail address, so the dialog and the problems agree.
    if (problem.isEmpty() && !m_dpoEmail->text().trimmed().isEmpty())
        for (const Problem &p : checkFieldFormats(makeRegister(), EntityKind::Organisation, {}, CheckContext{}))
            if (p.field == u"dpo.email")
                problem = p.message;
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void NewRegisterDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New register"), m_path->text(), tr("Registers (*.ropa)"));
    if (path.isEmpty())
        return;
    m_pathEdited = true;
    m_path->setText(path);
}

} // namespace Fortegnelse

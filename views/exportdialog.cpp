#include "exportdialog.h"

#include "document.h"
#include "inlinemessage.h"
#include "newregisterdialog.h"
#include "policydocument.h"
#include "uilanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Fortegnelse {

namespace {

const QList<PolicyFormat> &formats()
{
    static const QList<PolicyFormat> list{PolicyFormat::Html, PolicyFormat::Snippet, PolicyFormat::Markdown,
                                          PolicyFormat::Text, PolicyFormat::Odt, PolicyFormat::Pdf};
    return list;
}

QString formatName(PolicyFormat format)
{
    switch (format) {
    case PolicyFormat::Html: return ExportDialog::tr("Web page (HTML)");
    case PolicyFormat::Snippet: return ExportDialog::tr("Web snippet for a website (HTML)");
    case PolicyFormat::Markdown: return ExportDialog::tr("Markdown");
    case PolicyFormat::Text: return ExportDialog::tr("Plain text");
    case PolicyFormat::Odt: return ExportDialog::tr("OpenDocument text (ODT)");
    case PolicyFormat::Pdf: return ExportDialog::tr("PDF");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(const Document &doc, const QString &language, const QString &audience, int errors,
                           QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_audience(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_firstLayer(new QCheckBox(tr("&Only the first layer, which links to the full policy at:"), this))
    , m_fullTextUrl(new QLineEdit(this))
    , m_urlError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export policy"));
    m_language->setObjectName(QStringLiteral("exportLanguage"));
    m_audience->setObjectName(QStringLiteral("exportAudience"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_firstLayer->setObjectName(QStringLiteral("exportFirstLayer"));
    m_fullTextUrl->setObjectName(QStringLiteral("exportFullTextUrl"));
    m_urlError->setObjectName(QStringLiteral("exportUrlError"));
    // The short notice a website shows above the fold (WP260's first layer); its links
    // lead into the full policy published at this address.
    m_firstLayer->setToolTip(tr("The essentials on one screen: who you are, what you do and why, who receives "
                                "the data, transfers, rights and how to complain. Publish the full policy at the "
                                "address you give; the first layer's links lead into it."));
    m_fullTextUrl->setPlaceholderText(tr("https://example.dk/privacy"));
    m_fullTextUrl->setEnabled(false);
    m_urlError->setWordWrap(true);
    // Two lines kept for it: a wrapped label in a form is otherwise given one line's height.
    m_urlError->setMinimumHeight(2 * m_urlError->fontMetrics().lineSpacing());
    m_urlError->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_urlError->hide();
    addLanguages(m_language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_audience->addItem(tr("Everyone (the whole policy)"), QString());
    for (const SubjectCategory &s : doc.reg().subjectCategories)
        m_audience->addItem(displayName(doc.reg(), EntityKind::SubjectCategory, s.id), s.id);
    m_audience->setCurrentIndex(std::max(0, m_audience->findData(audience)));
    for (PolicyFormat f : formats())
        m_format->addItem(formatName(f), int(f));

    auto *layout = new QVBoxLayout(this);
    if (errors > 0) {
        // Errors are facts the law requires and the register lacks: say so before writing.
        layout->addWidget(errorNote(tr("The register has %n error(s). The policy will show a gap where a required "
                                       "fact is missing; fix the errors before you publish it.",
                                       nullptr, errors),
                                    QStringLiteral("exportWarning"), this));
        auto *show = new QPushButton(tr("Show the &errors"), this);
        show->setObjectName(QStringLiteral("exportShowProblems"));
        connect(show, &QPushButton::clicked, this, [this] {
            emit problemsRequested();
            reject();
        });
        auto *row = new QHBoxLayout;
        row->addWidget(show);
        row->addStretch();
        layout->addLayout(row);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(m_firstLayer);
    form->addRow(m_fullTextUrl);
    form->addRow(m_urlError);
    auto *where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    where->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path); // a row of a layout gets no buddy of its own
    form->addRow(fileLabel, where);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    // Room for a file path and the address's message without either being cut.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    for (QComboBox *combo : {m_language, m_audience, m_format})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestPath);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    connect(m_fullTextUrl, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    connect(m_firstLayer, &QCheckBox::toggled, this, [this](bool on) {
        m_fullTextUrl->setEnabled(on);
        if (on)
            m_fullTextUrl->setFocus();
        suggestPath();
        updateOk();
    });
    suggestPath();
    updateOk();
}

void ExportDialog::updateOk()
{
    bool ok = !m_path->text().trimmed().isEmpty();
    QString problem;
    if (m_firstLayer->isChecked()) {
        const QString url = m_fullTextUrl->text().trimmed();
        const bool valid = !fullTextAddress(url).isEmpty();
        ok = ok && valid;
        // Said once the officer has typed something; an empty field only keeps Export off.
        if (!url.isEmpty() && !valid)
            problem = tr("“%1” is not a web address such as https://example.dk/privacy, without a #part.").arg(url);
    }
    // The line is kept while the address can be typed, so a message that comes and goes
    // does not move the buttons under the officer's pointer.
    m_urlError->setText(problem);
    m_urlError->setVisible(m_firstLayer->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QString ExportDialog::firstLayerOf() const
{
    return m_firstLayer->isChecked() ? fullTextAddress(m_fullTextUrl->text()) : QString();
}

QString ExportDialog::language() const
{
    return m_language->currentData().toString();
}

QString ExportDialog::audience() const
{
    return m_audience->currentData().toString();
}

PolicyFormat ExportDialog::format() const
{
    return PolicyFormat(m_format->currentData().toInt());
}

QString ExportDialog::filePath() const
{
    QString path = m_path->text().trimmed();
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + policyFormatSuffix(format());
    return QFileInfo(path).absoluteFilePath();
}

void ExportDialog::suggestPath()
{
    const QString suffix = policyFormatSuffix(format());
    if (m_pathEdited) {
        // Keep the officer's folder and name; follow the format's suffix.
        const QFileInfo info(m_path->text());
        m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
        return;
    }
    QString name = tr("privacy-policy") + QLatin1Char('-') + language();
    if (!audience().isEmpty())
        name += QLatin1Char('-') + audience();
    if (m_firstLayer->isChecked())
        name += QLatin1Char('-') + tr("first-layer");
    m_path->setText(QDir(NewRegisterDialog::defaultFolder()).filePath(name + QLatin1Char('.') + suffix));
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export policy"), m_path->text());
    if (path.isEmpty())
        return;
    m_pathEdited = true;
    m_path->setText(path);
}

} // namespace Fortegnelse

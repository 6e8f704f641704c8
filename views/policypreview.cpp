#include "policypreview.h"

#include "document.h"
#include "policygenerator.h"
#include "policywriters.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Fortegnelse {

PolicyPreview::PolicyPreview(QWidget *parent)
    : QWidget(parent)
    , m_language(new QComboBox(this))
    , m_audience(new QComboBox(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("policyPreview"));
    m_language->setObjectName(QStringLiteral("previewLanguage"));
    m_audience->setObjectName(QStringLiteral("previewAudience"));
    m_browser->setObjectName(QStringLiteral("previewBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_language->addItem(QStringLiteral("Dansk"), QStringLiteral("da"));
    m_language->addItem(QStringLiteral("Norsk bokmål"), QStringLiteral("nb"));
    m_language->addItem(QStringLiteral("Svenska"), QStringLiteral("sv"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto *bar = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *audienceLabel = new QLabel(tr("F&or:"), this);
    audienceLabel->setBuddy(m_audience);
    bar->addWidget(languageLabel);
    bar->addWidget(m_language);
    bar->addWidget(audienceLabel);
    bar->addWidget(m_audience, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);

    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &PolicyPreview::regenerate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PolicyPreview::regenerate);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &PolicyPreview::regenerate);
}

void PolicyPreview::setDocument(Document *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc) {
        const int index = m_language->findData(doc->reg().organisation.language);
        m_language->setCurrentIndex(std::max(0, index));
        connect(doc, &Document::changed, this, [this](const Change &c) {
            if (c.kind == EntityKind::SubjectCategory)
                refillAudiences();
            m_timer.start();
        });
    }
    refillAudiences();
    regenerate();
}

QString PolicyPreview::language() const
{
    return m_language->currentData().toString();
}

QString PolicyPreview::audience() const
{
    return m_audience->currentData().toString();
}

void PolicyPreview::refillAudiences()
{
    const QString current = audience();
    const QSignalBlocker block(m_audience);
    m_audience->clear();
    m_audience->addItem(tr("Everyone (the whole policy)"), QString());
    if (m_doc)
        for (const SubjectCategory &s : m_doc->reg().subjectCategories)
            m_audience->addItem(displayName(m_doc->reg(), EntityKind::SubjectCategory, s.id), s.id);
    m_audience->setCurrentIndex(std::max(0, m_audience->findData(current)));
}

void PolicyPreview::regenerate()
{
    m_timer.stop();
    if (!m_doc) {
        m_browser->clear();
        return;
    }
    PolicyOptions options;
    options.language = language();
    options.audience = audience();
    PolicyDocument policy;
    QString error;
    const int scroll = m_browser->verticalScrollBar()->value();
    if (PolicyGenerator::generate(m_doc->reg(), options, &policy, &error))
        m_browser->setHtml(toHtml(policy, false));
    else
        m_browser->setPlainText(tr("The policy cannot be generated: %1").arg(error));
    m_browser->verticalScrollBar()->setValue(scroll);
}

} // namespace Fortegnelse

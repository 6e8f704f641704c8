#include "policypreview.h"

#include "concurrency.h"
#include "document.h"
#include "policygenerator.h"
#include "policywriters.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
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
    addLanguages(m_language);
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
    // A large register's policy takes seconds: it is made in a worker thread from a
    // snapshot, so typing never waits for it.
    connect(&m_timer, &QTimer::timeout, this, &PolicyPreview::regenerateInBackground);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PolicyPreview::regenerateInBackground);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &PolicyPreview::regenerateInBackground);
    connect(&m_watcher, &QFutureWatcher<QTextDocument *>::finished, this, [this] {
        QTextDocument *text = m_watcher.result();
        m_unclaimed = false;
        if (m_running == m_generation) {
            showTextDocument(text);
        } else {
            delete text;
            regenerateInBackground(); // an edit came in meanwhile: make the latest
        }
    });
}

PolicyPreview::~PolicyPreview()
{
    m_watcher.waitForFinished();
    discardUnclaimed();
}

void PolicyPreview::discardUnclaimed()
{
    // A finished run whose result nobody took: its finished signal is dropped when the
    // watcher gets a new future, or never comes when the preview goes.
    if (m_unclaimed && m_watcher.future().resultCount() > 0)
        delete m_watcher.result();
    m_unclaimed = false;
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
    // In the background, so a large register opens without waiting for its policy.
    regenerateInBackground();
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

QTextDocument *PolicyPreview::makeTextDocument(const QString &html, const QFont &font)
{
    auto *text = new QTextDocument;
    text->setUndoRedoEnabled(false);
    text->setDefaultFont(font);
    text->setHtml(html); // no layout yet: that needs the browser, on the GUI thread
    return text;
}

void PolicyPreview::showTextDocument(QTextDocument *text)
{
    text->setParent(m_browser); // the browser deletes the document it showed before
    m_browser->setDocument(text);
    m_browser->verticalScrollBar()->setValue(m_scroll);
    emit updated();
}

namespace {
QString renderPolicyHtml(const Register &reg, const PolicyOptions &options)
{
    PolicyDocument policy;
    QString error;
    if (PolicyGenerator::generate(reg, options, &policy, &error)) {
        // The preview lays the text out as a PDF would: a megabyte without a space would
        // hold the window for minutes.
        policy.prepareForPages();
        return toHtml(policy, false);
    }
    return QStringLiteral("<p>%1</p>").arg(PolicyPreview::tr("The policy cannot be generated: %1").arg(error).toHtmlEscaped());
}

/// Runs on a worker: the policy as a document, handed over to the GUI thread \a gui.
QTextDocument *renderPolicyDocument(const Register &reg, const PolicyOptions &options, const QFont &font,
                                    QThread *gui)
{
    QTextDocument *text = PolicyPreview::makeTextDocument(renderPolicyHtml(reg, options), font);
    handOverTextDocument(text, gui);
    return text;
}
} // namespace

void PolicyPreview::regenerateInBackground()
{
    m_timer.stop();
    ++m_generation;
    if (!m_doc) {
        m_browser->clear();
        return;
    }
    if (m_watcher.isRunning())
        return; // the finished handler starts the latest run
    PolicyOptions options;
    options.language = language();
    options.audience = audience();
    m_scroll = m_browser->verticalScrollBar()->value();
    discardUnclaimed(); // finished, but its finished signal is still to come: it would be lost
    m_running = m_generation;
    m_unclaimed = true;
    m_watcher.setFuture(runInBackground(renderPolicyDocument, m_doc->reg(), options, m_browser->font(), thread()));
}

void PolicyPreview::regenerate()
{
    m_timer.stop();
    ++m_generation;
    m_watcher.waitForFinished();
    if (!m_doc) {
        m_browser->clear();
        return;
    }
    PolicyOptions options;
    options.language = language();
    options.audience = audience();
    m_scroll = m_browser->verticalScrollBar()->value();
    showTextDocument(makeTextDocument(renderPolicyHtml(m_doc->reg(), options), m_browser->font()));
}

} // namespace Fortegnelse

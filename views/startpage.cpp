#include "startpage.h"

#include "connectdialog.h"
#include "document.h"
#include "labels.h"
#include "registerlocation.h"
#include "registeroverview.h"
#include "snapshotoperations.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace Fortegnelse {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped()), parent);
    label->setWordWrap(true);
    return label;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

} // namespace

StartPage::StartPage(Document *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    setObjectName(doc ? QStringLiteral("overviewPage") : QStringLiteral("startPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 16, 24, 16);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    if (doc)
        buildOverview(layout);
    else
        buildWelcome(layout);
    layout->addStretch();
}

QList<QPair<QString, QString>> StartPage::examples()
{
    return {{QStringLiteral("oesyn.json"), tr("Øsyn: an optician's shop with a web shop (Danish)")},
            {QStringLiteral("octopus.json"), tr("Octopus: an energy supplier (English)")},
            {QStringLiteral("deskhero.json"), tr("Deskhero: a software company with a help desk (English)")}};
}

void StartPage::buildWelcome(QVBoxLayout *layout)
{
    layout->addWidget(heading(tr("Welcome to Fortegnelse"), this));
    layout->addWidget(paragraph(tr("Fortegnelse keeps your record of processing activities (GDPR Article 30) "
                                   "and writes your privacy policy from it. Every change is saved as you make it."),
                                this));

    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New register..."), this);
    create->setObjectName(QStringLiteral("startNew"));
    connect(create, &QPushButton::clicked, this, &StartPage::newRequested);
    auto *open = new QPushButton(tr("&Open..."), this);
    open->setObjectName(QStringLiteral("startOpen"));
    connect(open, &QPushButton::clicked, this, &StartPage::openDialogRequested);
    // The record most officers already keep, in Excel, LibreOffice or Word, is the way in.
    auto *import = new QPushButton(tr("&Import a spreadsheet or Word table..."), this);
    import->setObjectName(QStringLiteral("startImport"));
    import->setToolTip(tr("Make a register from the record you keep today (XLSX, ODS, CSV, DOCX or ODT)"));
    connect(import, &QPushButton::clicked, this, &StartPage::importRequested);
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addWidget(import);
    buttons->addStretch();
    layout->addLayout(buttons);

    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    layout->addWidget(heading(tr("Recent registers"), this));
    if (recent.isEmpty()) {
        layout->addWidget(paragraph(tr("None yet. A register you open or create appears here."), this));
    } else {
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("recentList"));
        for (const QString &path : recent) {
            // Registers of the same name in different folders must be told apart.
            const QString folder = isServerLocation(path) ? QString() : QDir::toNativeSeparators(QFileInfo(path).absolutePath());
            auto *item = new QListWidgetItem(folder.isEmpty() ? shortLocationName(path)
                                                              : QStringLiteral("%1   %2").arg(shortLocationName(path), folder),
                                             list);
            item->setToolTip(path);
            item->setData(Qt::UserRole, path);
        }
        list->setMaximumHeight(list->sizeHintForRow(0) * std::min<int>(8, int(recent.size())) + 2 * list->frameWidth() + 4);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            emit openRequested(item->data(Qt::UserRole).toString());
        });
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            emit openRequested(item->data(Qt::UserRole).toString());
        });
        layout->addWidget(list);
    }

    layout->addWidget(heading(tr("Examples"), this));
    layout->addWidget(paragraph(tr("Registers made from three real privacy policies. Opening one makes a copy "
                                   "you can change; the window's title says where it is."),
                                this));
    for (const auto &[file, title] : examples()) {
        auto *button = new QPushButton(title, this);
        button->setObjectName(QStringLiteral("example-") + file);
        button->setFlat(true);
        button->setStyleSheet(QStringLiteral("text-align: left"));
        connect(button, &QPushButton::clicked, this, [this, file = file] { emit exampleRequested(file); });
        layout->addWidget(button);
    }
}

void StartPage::buildOverview(QVBoxLayout *layout)
{
    const QString org = m_doc->reg().organisation.name;
    layout->addWidget(heading(org.isEmpty() ? tr("Overview") : org, this));
    layout->addWidget(paragraph(shortLocationName(m_doc->filePath()), this));

    m_counts = paragraph({}, this);
    m_counts->setObjectName(QStringLiteral("overviewCounts"));
    connect(m_counts, &QLabel::linkActivated, this, [this](const QString &link) {
        const EntityKind kind = EntityKind(link.toInt());
        emit partRequested(kind);
    });
    layout->addWidget(heading(tr("What the register holds"), this));
    layout->addWidget(m_counts);

    layout->addWidget(heading(tr("Problems"), this));
    m_problems = paragraph({}, this);
    m_problems->setObjectName(QStringLiteral("overviewProblems"));
    connect(m_problems, &QLabel::linkActivated, this, &StartPage::problemsRequested);
    layout->addWidget(m_problems);

    layout->addWidget(heading(tr("Privacy policy"), this));
    m_policy = paragraph({}, this);
    m_policy->setObjectName(QStringLiteral("overviewPolicy"));
    connect(m_policy, &QLabel::linkActivated, this, &StartPage::exportPolicyRequested);
    layout->addWidget(m_policy);

    layout->addWidget(heading(tr("Reviews"), this));
    m_reviews = paragraph({}, this);
    m_reviews->setObjectName(QStringLiteral("overviewReviews"));
    connect(m_reviews, &QLabel::linkActivated, this, [this](const QString &link) {
        // "KIND/FIELD/ID": the id last, as it may hold anything
        const QStringList parts = link.split(QLatin1Char('/'));
        if (parts.size() >= 3)
            emit fieldRequested(EntityKind(parts.at(0).toInt()), QStringList(parts.mid(2)).join(QLatin1Char('/')), parts.at(1));
    });
    layout->addWidget(m_reviews);

    layout->addWidget(heading(tr("Record of processing activities"), this));
    m_record = paragraph({}, this);
    m_record->setObjectName(QStringLiteral("overviewRecord"));
    connect(m_record, &QLabel::linkActivated, this, &StartPage::recordRequested);
    layout->addWidget(m_record);

    // Several changes in a row (typing) are one refresh; the journal is read once.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, this, &StartPage::refresh);
    connect(m_doc, &Document::changed, &m_refresh, qOverload<>(&QTimer::start));
    connect(m_doc, &Document::snapshotKept, &m_refresh, qOverload<>(&QTimer::start));
    refresh();
}

void StartPage::setProblemCounts(int errors, int warnings)
{
    m_errors = errors;
    m_warnings = warnings;
    if (!m_problems)
        return;
    if (errors == 0 && warnings == 0)
        m_problems->setText(tr("The checks find nothing to report."));
    else
        m_problems->setText(QStringLiteral("<a href=\"problems\">%1</a>")
                                .arg(tr("%1 and %2 to look at").arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings)).toHtmlEscaped()));
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_stale)
        return;
    refresh();
    // The labels' new heights, before the first paint rather than after it.
    if (QLayout *layout = m_counts->parentWidget()->layout())
        layout->activate();
}

void StartPage::refresh()
{
    if (!m_doc || !m_counts)
        return;
    // The overview reads the journal and the snapshots and makes the policy to compare: not
    // on every edit made on another page, but once it is shown again.
    m_stale = m_built && !isVisible();
    if (m_stale)
        return;
    m_built = true;
    const QDate today = QDate::currentDate();
    const RegisterOverview overview = registerOverview(*m_doc, today);
    QStringList lines;
    for (const auto &[kind, count] : overview.counts)
        lines.append(QStringLiteral("<a href=\"%1\">%2</a>: %3")
                         .arg(int(kind))
                         .arg(kindTitle(kind).toHtmlEscaped())
                         .arg(QLocale().toString(count)));
    m_counts->setText(lines.join(QStringLiteral("<br>")));
    if (m_errors >= 0)
        setProblemCounts(m_errors, m_warnings);
    else
        m_problems->setText(tr("Checking..."));

    QString policy;
    if (!overview.policyPublished.isValid()) {
        policy = tr("Not published yet. When you publish it (File > Publish policy), "
                    "the register remembers the version and when.");
    } else {
        const QString when = QLocale().toString(overview.policyPublished.toLocalTime().date(), QLocale::LongFormat);
        policy = tr("Version %1 published on %2.").arg(overview.policyVersion.toHtmlEscaped(), when);
        if (overview.changedSincePublished == RegisterOverview::Since::Changed)
            policy += QLatin1Char(' ') + tr("<b>The register has changed since then</b>: the published policy may be out of date.");
        else if (overview.changedSincePublished == RegisterOverview::Since::Unchanged)
            policy += QLatin1Char(' ') + tr("The register has not changed since then.");
    }
    m_policy->setText(policy + QStringLiteral(" <a href=\"export\">%1</a>").arg(tr("Export the policy...").toHtmlEscaped()));
    m_reviews->setText(reviewsText(overview, today));
    m_record->setText(recordText(overview));
}

QString StartPage::reviewsText(const RegisterOverview &overview, const QDate &today)
{
    if (overview.reviewsDue.isEmpty())
        return tr("Nothing is due for review in the next %n day(s).", nullptr, RegisterOverview::reviewHorizon);
    QString text = overview.reviewsOverdue > 0
        ? tr("%1 overdue, %2 due in the next %3 days:")
              .arg(overview.reviewsOverdue)
              .arg(overview.reviewsDue.size() - overview.reviewsOverdue)
              .arg(RegisterOverview::reviewHorizon)
        : tr("%n due in the next %1 days:", nullptr, int(overview.reviewsDue.size())).arg(RegisterOverview::reviewHorizon);
    // The soonest few, each a link to the date to move once it is done; the rest are a count.
    constexpr int shown = 5;
    for (int i = 0; i < overview.reviewsDue.size() && i < shown; ++i) {
        const ReviewDate &r = overview.reviewsDue.at(i);
        const QString when = QLocale().toString(r.due, QLocale::ShortFormat);
        const QString line = r.due < today ? tr("%1 (overdue since %2)").arg(describeReview(r), when)
                                           : tr("%1 (by %2)").arg(describeReview(r), when);
        text += QStringLiteral("<br><a href=\"%1/%2/%3\">%4</a>")
                    .arg(int(r.kind))
                    .arg(r.field(), r.id.toHtmlEscaped(), line.toHtmlEscaped());
    }
    if (overview.reviewsDue.size() > shown)
        text += QStringLiteral("<br>") + tr("and %n more.", nullptr, int(overview.reviewsDue.size()) - shown);
    return text;
}

QString StartPage::recordText(const RegisterOverview &overview)
{
    QString text;
    if (!overview.submissionsKnown)
        text = tr("Whether the record was submitted cannot be read.");
    else if (!overview.lastSubmission)
        text = tr("Not submitted to the supervisory authority from this register yet.");
    else
        text = describeSnapshot(*overview.lastSubmission).toHtmlEscaped() + QLatin1Char('.');
    return text + QStringLiteral(" <a href=\"record\">%1</a>").arg(tr("Show the record...").toHtmlEscaped());
}

} // namespace Fortegnelse

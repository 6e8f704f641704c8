#include "mainwindow.h"

#include "document.h"
#include "referencedata.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>

namespace Fortegnelse {

namespace {

enum Part { OrganisationPart, ActivitiesPart, PartiesPart, TransfersPart, MeasuresPart,
            CookiesPart, PolicyPart };

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>")
        .arg(esc(label), esc(value).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *splitter = new QSplitter(this);
    m_navigator = new QTreeWidget(splitter);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setHeaderHidden(true);
    m_view = new QTextBrowser(splitter);
    m_view->setObjectName(QStringLiteral("partView"));
    m_view->setOpenExternalLinks(false);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open register"), {},
                                                          tr("Registers (*.ropa)"));
        if (!path.isEmpty())
            openFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    connect(m_navigator, &QTreeWidget::currentItemChanged, this, &MainWindow::showPart);
    resize(1000, 640);
    refresh();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openFile(const QString &path)
{
    QString error;
    std::unique_ptr<Document> doc = Document::open(path, &error);
    if (!doc) {
        QMessageBox::warning(this, tr("Cannot open register"),
                             tr("%1 cannot be opened.\n\n%2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    m_document = std::move(doc);
    connect(m_document.get(), &Document::changed, this, &MainWindow::refresh);
    refresh();
    return true;
}

void MainWindow::refresh()
{
    const int current = m_navigator->currentItem()
        ? m_navigator->indexOfTopLevelItem(m_navigator->currentItem()) : 0;
    m_navigator->clear();
    if (!m_document) {
        setWindowTitle(tr("Fortegnelse"));
        m_view->setHtml(tr("<p>Open a register with File &gt; Open.</p>"));
        return;
    }
    const Register &reg = m_document->reg();
    setWindowTitle(tr("%1 - Fortegnelse").arg(QFileInfo(m_document->filePath()).fileName()));
    const auto add = [this](const QString &label, int count) {
        auto *item = new QTreeWidgetItem(m_navigator);
        item->setText(0, count < 0 ? label : tr("%1 (%2)").arg(label).arg(count));
    };
    add(tr("Organisation"), -1);
    add(tr("Processing activities"), reg.activities.size());
    add(tr("Parties"), reg.parties.size());
    add(tr("Transfers"), reg.transfers.size());
    add(tr("Security measures"), reg.measures.size());
    add(tr("Cookies"), reg.cookies.size());
    add(tr("Policy settings"), -1);
    m_navigator->setCurrentItem(m_navigator->topLevelItem(qBound(0, current, 6)));
}

void MainWindow::showPart()
{
    if (!m_document || !m_navigator->currentItem())
        return;
    const Register &reg = m_document->reg();
    const QString lang = reg.organisation.language;
    const auto text = [&lang](const LocalText &t) { return t.resolve(lang, QStringLiteral("en")); };
    QString html;
    switch (m_navigator->indexOfTopLevelItem(m_navigator->currentItem())) {
    case OrganisationPart: {
        const Organisation &o = reg.organisation;
        html = QStringLiteral("<h2>%1</h2><table cellpadding=3>").arg(esc(o.name))
            + row(tr("Registration number"), o.registrationNumber) + row(tr("Address"), o.address)
            + row(tr("Country"), o.country) + row(tr("E-mail"), o.email) + row(tr("Phone"), o.phone)
            + row(tr("Website"), o.website) + row(tr("Data protection officer"), o.dpo.name)
            + row(tr("DPO e-mail"), o.dpo.email) + row(tr("Security overview"), text(o.securityOverview))
            + QStringLiteral("</table>");
        break;
    }
    case ActivitiesPart:
        html = QStringLiteral("<h2>%1</h2>").arg(tr("Processing activities"));
        for (const ProcessingActivity &a : reg.activities)
            html += QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                        .arg(esc(text(a.name)), esc(text(a.description)),
                             tr("%n purpose(s), %1 data categories, %2 recipients", nullptr,
                                int(a.purposes.size()))
                                 .arg(a.data.size())
                                 .arg(a.recipients.size()));
        break;
    case PartiesPart:
        html = QStringLiteral("<h2>%1</h2><table cellpadding=3>").arg(tr("Parties"));
        for (const Party &p : reg.parties)
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(p.name), esc(toCode(p.role)), esc(p.country), esc(text(p.service)));
        html += QStringLiteral("</table>");
        break;
    case TransfersPart:
        html = QStringLiteral("<h2>%1</h2><ul>").arg(tr("Transfers"));
        for (const Transfer &t : reg.transfers)
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(esc(displayName(reg, EntityKind::Transfer, t.id)), esc(t.mechanism));
        html += QStringLiteral("</ul>");
        break;
    case MeasuresPart:
        html = QStringLiteral("<h2>%1</h2><ul>").arg(tr("Security measures"));
        for (const SecurityMeasure &m : reg.measures)
            html += QStringLiteral("<li>%1</li>").arg(esc(text(m.name)));
        html += QStringLiteral("</ul>");
        break;
    case CookiesPart:
        html = QStringLiteral("<h2>%1</h2><ul>").arg(tr("Cookies"));
        for (const Cookie &c : reg.cookies)
            html += QStringLiteral("<li>%1 (%2)</li>").arg(esc(c.name), esc(c.provider));
        html += QStringLiteral("</ul>");
        break;
    case PolicyPart: {
        const PolicySettings &p = reg.policy;
        html = QStringLiteral("<h2>%1</h2><table cellpadding=3>").arg(esc(text(p.title)))
            + row(tr("Version"), p.version)
            + row(tr("Last updated"), QLocale().toString(p.lastUpdated, QLocale::LongFormat))
            + row(tr("Governing law"), p.governingLaw) + row(tr("Venue"), text(p.venue))
            + QStringLiteral("</table>");
        break;
    }
    }
    m_view->setHtml(html);
}

} // namespace Fortegnelse

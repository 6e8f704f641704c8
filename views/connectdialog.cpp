#include "connectdialog.h"

#include "registerlocation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

namespace Fortegnelse {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to server"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("A register a team keeps together lives in a database on a PostgreSQL server. "
                                "Your password is never kept here: PostgreSQL reads it from ~/.pgpass."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.org (empty: this computer)"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    form->addRow(tr("&Port:"), m_port);
    m_database = new QLineEdit;
    m_database->setObjectName(QStringLiteral("database"));
    form->addRow(tr("&Register (database):"), m_database);
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setPlaceholderText(tr("empty: your login name"));
    form->addRow(tr("&User:"), m_user);
    m_sslMode = new QComboBox;
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->addItem(tr("Encrypted, server's name checked"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Encrypted"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypted when the server offers it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Not encrypted (this computer only)"), QStringLiteral("disable"));
    form->addRow(tr("&Connection:"), m_sslMode);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    form->addRow(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::update);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::update);
    update();
}

void ConnectDialog::update()
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user->text().trimmed());
    url.setHost(m_host->text().trimmed());
    if (!m_host->text().trimmed().isEmpty() && m_port->value() != 5432)
        url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), m_sslMode->currentData().toString());
    url.setQuery(query);
    ServerAddress address;
    QString error;
    if (m_database->text().trimmed().isEmpty()) {
        m_url.clear();
        m_result->setText(tr("Name the register's database."));
    } else if (QString text = url.toString().replace(QRegularExpression(QStringLiteral("^postgresql:(?!//)")),
                                                     QStringLiteral("postgresql://"));
               !ServerAddress::parse(text, &address, &error)) {
        m_url.clear();
        m_result->setText(error);
    } else {
        m_url = address.toUrl();
        m_result->setText(m_url);
    }
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(!m_url.isEmpty());
}

QString ConnectDialog::url() const
{
    return m_url;
}

QString ConnectDialog::getUrl(QWidget *parent)
{
    ConnectDialog dialog(parent);
    return dialog.exec() == QDialog::Accepted ? dialog.url() : QString();
}

QString shortLocationName(const QString &location)
{
    if (!isServerLocation(location))
        return QFileInfo(location).fileName();
    ServerAddress address;
    QString error;
    if (!ServerAddress::parse(location, &address, &error))
        return location;
    return address.host.isEmpty() || address.host.startsWith(u'/')
        ? address.database
        : ConnectDialog::tr("%1 on %2").arg(address.database, address.host);
}

} // namespace Fortegnelse

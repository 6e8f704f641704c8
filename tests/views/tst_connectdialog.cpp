// File > Connect to server…: the fields make a postgresql:// URL, never with a password,
// and the recent list names a server register by its database and host.

#include "connectdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Fortegnelse;

class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void url_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("ssl");
        QTest::addColumn<QString>("url");
        QTest::newRow("server, verified TLS") << "db.example.org" << 5432 << "acme"
                                              << "mette" << 0
                                              << "postgresql://mette@db.example.org/acme?sslmode=verify-full";
        QTest::newRow("other port") << "db.example.org" << 6543 << "acme"
                                    << "" << 1
                                    << "postgresql://db.example.org:6543/acme?sslmode=require";
        QTest::newRow("this computer") << "" << 5432 << "acme"
                                       << "" << 3 << "postgresql:///acme?sslmode=disable";
        QTest::newRow("no database") << "db.example.org" << 5432 << ""
                                     << "mette" << 0 << "";
    }

    void url()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(int, ssl);
        ConnectDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("host"))->setText(host);
        dialog.findChild<QSpinBox *>(QStringLiteral("port"))->setValue(port);
        dialog.findChild<QLineEdit *>(QStringLiteral("database"))->setText(database);
        dialog.findChild<QLineEdit *>(QStringLiteral("user"))->setText(user);
        dialog.findChild<QComboBox *>(QStringLiteral("sslMode"))->setCurrentIndex(ssl);
        QTEST(dialog.url(), "url");
        const bool enabled = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        QCOMPARE(enabled, !dialog.url().isEmpty());
    }

    void shortNames_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("name");
        QTest::newRow("file") << "/home/mette/acme.ropa"
                              << "acme.ropa";
        QTest::newRow("server") << "postgresql://mette@db.example.org/acme"
                                << "acme on db.example.org";
        QTest::newRow("local socket") << "postgresql:///acme?host=/run/postgresql"
                                      << "acme";
    }

    void shortNames()
    {
        QFETCH(QString, location);
        QTEST(shortLocationName(location), "name");
    }
};

int main(int argc, char *argv[])
{
    Fortegnelse::Test::setUpDeterministicEnvironment();
    QApplication app(argc, argv);
    TestConnectDialog tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}
#include "tst_connectdialog.moc"

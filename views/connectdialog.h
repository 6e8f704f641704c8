#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Fortegnelse {

/// File > Connect to server…: where the register is on a PostgreSQL server, put together
/// as a postgresql:// URL (see ServerAddress). There is no password field: Fortegnelse
/// never keeps one, and libpq reads it from ~/.pgpass.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    /// The URL the fields make; empty while they do not make a usable one.
    QString url() const;

    /// Asks for a server; the URL, or an empty string when the officer cancelled.
    static QString getUrl(QWidget *parent);

private:
    void update();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_result = nullptr;
    QString m_url;
};

/// A register location as the recent list shows it: a file's name, or "database on host".
QString shortLocationName(const QString &location);

} // namespace Fortegnelse

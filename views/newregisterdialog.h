#pragma once

#include "register.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Fortegnelse {

/// A short guided setup for a new register: the organisation, its data protection
/// officer, its supervisory authority, the register's language, and where the file goes
/// (the user's Documents folder unless they choose another).
class NewRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewRegisterDialog(QWidget *parent = nullptr);

    /// The register as set up: empty but for what the officer entered.
    Register makeRegister() const;
    QString filePath() const;
    /// Where a new register goes by default: the Documents folder, never the working one.
    static QString defaultFolder();

private:
    void update();
    void browse();

    QLineEdit *m_name;
    QLineEdit *m_dpoName;
    QLineEdit *m_dpoEmail;
    QComboBox *m_authority;
    QComboBox *m_language;
    QLineEdit *m_path;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    bool m_pathEdited = false;
};

} // namespace Fortegnelse

#pragma once

#include <QWidget>

class QLabel;

namespace Fortegnelse {

/// A note in the error colours, wrapped, above what a dialog is about to do ("The register
/// has 2 errors ..."), named \a name for tests.
QLabel *errorNote(const QString &text, const QString &name, QWidget *parent);

/// The message beside a field. It always takes one line, empty or not, so a message
/// appearing or going never moves the fields below it; a longer message is elided, and
/// its tooltip (like the problems list) has it in full.
class InlineMessage : public QWidget
{
    Q_OBJECT

public:
    explicit InlineMessage(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const { return m_message; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColour();
    QString m_message;
    bool m_settingColour = false;
};

} // namespace Fortegnelse

#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace Fortegnelse {

class Document;

/// A bar above the editor that says what the officer must know about the open register
/// (open read-only, and why; changed by another program; on a network drive; damaged),
/// and, while the register is read-only, keeps every editor below \a editors read-only.
class DocumentBanner : public QFrame
{
    Q_OBJECT

public:
    DocumentBanner(QWidget *editors, QWidget *parent = nullptr);

    void setDocument(Document *doc);
    QString text() const;
    /// Shows a notice until the next one or the next document.
    void showNotice(const QString &text);

signals:
    /// The officer asked to repair the damaged register.
    void repairRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void makeReadOnly(QWidget *root);

    QPointer<Document> m_doc;
    QWidget *m_editors;
    QLabel *m_label;
    QPushButton *m_repair;
    QString m_notice;
};

} // namespace Fortegnelse

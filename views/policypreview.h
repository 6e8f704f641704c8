#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QTextBrowser;

namespace Fortegnelse {

class Document;

/// The privacy policy as the reader will see it, regenerated a moment after each edit,
/// in the chosen language and for the chosen audience.
class PolicyPreview : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyPreview(QWidget *parent = nullptr);
    void setDocument(Document *doc);
    QString language() const;
    QString audience() const;
    QTextBrowser *browser() const { return m_browser; }
    /// Regenerates now rather than after the pause.
    void regenerate();

private:
    void refillAudiences();

    QPointer<Document> m_doc;
    QComboBox *m_language;
    QComboBox *m_audience;
    QTextBrowser *m_browser;
    QTimer m_timer;
};

} // namespace Fortegnelse

#pragma once

#include <QFutureWatcher>
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
    /// Regenerates now rather than after the pause, and waits for the result.
    void regenerate();
    /// Starts regenerating in the background from a snapshot of the register; the
    /// browser shows the result of the latest run only.
    void regenerateInBackground();

signals:
    void updated();

private:
    void refillAudiences();

    QPointer<Document> m_doc;
    QComboBox *m_language;
    QComboBox *m_audience;
    QTextBrowser *m_browser;
    QTimer m_timer;
    QFutureWatcher<QString> m_watcher;
    quint64 m_generation = 0; ///< the run whose result is wanted
    quint64 m_running = 0;    ///< the run in the watcher
    int m_scroll = 0;
};

} // namespace Fortegnelse

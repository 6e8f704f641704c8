#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QTextBrowser;
class QTextDocument;

namespace Fortegnelse {

class Document;

/// The privacy policy as the reader will see it, regenerated a moment after each edit,
/// in the chosen language and for the chosen audience.
class PolicyPreview : public QWidget
{
    Q_OBJECT

public:
    explicit PolicyPreview(QWidget *parent = nullptr);
    ~PolicyPreview() override;
    void setDocument(Document *doc);
    QString language() const;
    QString audience() const;
    QTextBrowser *browser() const { return m_browser; }
    /// Regenerates now rather than after the pause, and waits for the result.
    void regenerate();
    /// Starts regenerating in the background from a snapshot of the register; the
    /// browser shows the result of the latest run only.
    void regenerateInBackground();

    /// The policy's HTML as a text document in \a font, made on any thread and not laid
    /// out: parsing it is most of the time a large policy takes to show, and stays off
    /// the GUI thread. The caller owns it.
    static QTextDocument *makeTextDocument(const QString &html, const QFont &font);
    /// Shows \a text (from makeTextDocument(), and now owned by the browser) where the
    /// reader was, and frees the policy shown before. This is all the GUI thread does
    /// for a new policy; the browser lays it out a screenful at a time.
    void showTextDocument(QTextDocument *text);

signals:
    void updated();

private:
    void refillAudiences();

    QPointer<Document> m_doc;
    QComboBox *m_language;
    QComboBox *m_audience;
    QTextBrowser *m_browser;
    QTimer m_timer;
    QFutureWatcher<QTextDocument *> m_watcher;
    void discardUnclaimed();
    bool m_unclaimed = false; ///< the watcher's result is still to be shown or freed
    quint64 m_generation = 0; ///< the run whose result is wanted
    quint64 m_running = 0; ///< the run in the watcher
    int m_scroll = 0;
};

} // namespace Fortegnelse

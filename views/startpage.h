#pragma once

#include "entitykind.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QDate;
class QLabel;
class QListWidget;
class QVBoxLayout;

namespace Fortegnelse {

class Document;
struct RegisterOverview;

/// The first page: with no register open, the recent registers, a new register and the
/// examples; with one open, its overview (the register's home in the navigator): what it
/// holds, its problems, whether the published policy still matches it, the reviews due and
/// the record last submitted.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(Document *doc, QWidget *parent = nullptr);

    /// The checks' counts, as the problems panel has them.
    void setProblemCounts(int errors, int warnings);
    /// The example registers shipped with the app: file name and title.
    static QList<QPair<QString, QString>> examples();

signals:
    void openRequested(const QString &path);
    void openDialogRequested();
    void newRequested();
    void importRequested();
    void exampleRequested(const QString &name);
    void partRequested(Fortegnelse::EntityKind kind);
    void problemsRequested();
    void exportPolicyRequested();
    void fieldRequested(Fortegnelse::EntityKind kind, const QString &id, const QString &field);
    void recordRequested();

private:
    void buildWelcome(QVBoxLayout *layout);
    void buildOverview(QVBoxLayout *layout);
    void refresh();
    static QString reviewsText(const RegisterOverview &overview, const QDate &today);
    static QString recordText(const RegisterOverview &overview);

    QPointer<Document> m_doc;
    QLabel *m_counts = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_policy = nullptr;
    QLabel *m_reviews = nullptr;
    QLabel *m_record = nullptr;
    QTimer m_refresh;
    bool m_stale = false; ///< a change came while the overview was hidden
    bool m_built = false; ///< filled once, when made

protected:
    void showEvent(QShowEvent *event) override;
    int m_errors = -1;
    int m_warnings = 0;
};

} // namespace Fortegnelse

#pragma once

#include "change.h"
#include "checks.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace Fortegnelse {

class Document;

/// The live problem list of an open register.
///
/// Keeps the problems of each activity, party and transfer, and on Document::changed
/// re-checks only what the change can affect: the changed item, the items whose
/// messages or rules depend on it (found through reverse indexes, never by scanning
/// every activity), and the register-wide rules. Changes to the catalogues or to the
/// organisation's country re-check everything. problems() always equals
/// checkRegister(document->reg(), context()).
class Checker : public QObject
{
    Q_OBJECT

public:
    explicit Checker(Document *document, QObject *parent = nullptr);
    ~Checker() override;

    const QList<Problem> &problems() const { return m_problems; }
    int count(Severity severity) const { return m_counts[int(severity)]; }
    /// The context of the last check: today and the document's last change.
    CheckContext context() const { return m_ctx; }

    /// Fixes "today" (tests, or a report as of a date); an invalid date follows the clock.
    void setToday(const QDate &today);
    /// Checks everything again, e.g. after midnight.
    void recheckAll();

signals:
    void problemsChanged();

private:
    void onChanged(const Change &change);
    void refreshContext();
    void checkActivities(const QSet<QString> &ids);
    void checkActivityNow(const QString &id);
    void checkAllParties();
    void checkTransfers(const QStringList &ids);
    void checkTransferNow(const QString &id);
    void store(QHash<QString, QList<Problem>> &cache, const QString &id, QList<Problem> problems);
    /// Rule T1: the census of one item again, then the register's, summed in register order.
    void recountTexts(EntityKind kind, const QString &id);
    void recountAllTexts();
    QList<Problem> registerWide(const Register &reg);
    void publish();

    QPointer<Document> m_document;
    QDate m_fixedToday;
    CheckContext m_ctx;
    std::unique_ptr<CheckIndex> m_index;

    QList<Problem> m_registerWide; ///< organisation, translations and policy
    QHash<QString, TextCensus> m_census; ///< per item ("kind/id"), for the translations rule
    std::array<int, 16> m_textCounts{}; ///< their sum
    QHash<QString, QList<Problem>> m_byActivity;
    QHash<QString, QList<Problem>> m_byParty;
    QHash<QString, QList<Problem>> m_byTransfer;

    // Reverse indexes: which activities depend on a party, and the party each transfer
    // named when last checked (its old party is gone from the register after a change).
    QHash<QString, QStringList> m_reached; ///< activity -> parties its data reaches
    QHash<QString, QSet<QString>> m_dependents; ///< party -> activities reaching it
    QHash<QString, QString> m_transferParty;
    QHash<QString, QStringList> m_transferActivities; ///< an activity's "no transfers" answer meets them
    QSet<QString> m_processorActivities; ///< their recipients are our own sub-processors
    QString m_country; ///< the organisation's country: national law and EEA/EFTA transfer rules follow it
    QString m_language;

    bool m_dirty = false; ///< a cache changed since the list was last assembled
    QList<Problem> m_problems;
    int m_counts[3] = {0, 0, 0};
};

} // namespace Fortegnelse

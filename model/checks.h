#pragma once

#include "problem.h"
#include "register.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <array>
#include <functional>

namespace Fortegnelse {

// Checking the register against the GDPR and the controller's national act (issues 6, 12). Every check is a
// pure function of the register and a CheckContext, so results are deterministic and
// per-item results can be cached (see Checker).

/// Rule T1 (checkslanguage.cpp): the officer's texts, counted by the set of languages each
/// is written in (a bit per language of ReferenceData::languages()), with the first few of
/// each set as examples. Per item, so the Checker keeps it up to date edit by edit.
struct TextCensus
{
    static constexpr qsizetype examplesKept = 3;
    std::array<int, 16> count{};
    std::array<QStringList, 16> examples;
    /// Adds \a other's counts, and its examples while fewer than examplesKept are kept.
    void add(const TextCensus &other);
};
/// The census of one item (the organisation and the policy by their kind; a retired
/// activity has none).
TextCensus textCensus(const Register &reg, EntityKind kind, const QString &id);
/// One advice per language some text lacks, once the register's texts use two or more
/// ("12 texts have no English version …"), on the organisation's language. \a counts are
/// the register's texts per set of languages; \a examples(set) gives the first texts of a
/// set, in register order, asked for only when a message names them.
QList<Problem> translationProblems(const Register &reg, const std::array<int, 16> &counts,
                                   const std::function<QStringList(int set)> &examples);
/// translationProblems() of the whole register's census, in register order.
QList<Problem> checkTranslations(const Register &reg);

/// What the checks need besides the register.
struct CheckContext
{
    QDate today;
    QDateTime lastChange; ///< when the register last changed, from Document::lastChange()
};

/// The register-wide lookups the per-item checks share, built once per state in
/// O(parties + transfers + activities) so that no per-item check has to scan a list.
class CheckIndex
{
public:
    explicit CheckIndex(const Register &reg);

    /// The organisation is Danish (country "DK", or none given), so DBL applies.
    bool isDanish() const { return m_nationalLaw == u"DK"; }
    /// The country whose national act applies ("DK", "NO", "SE"), or empty (issue 12, item 9).
    QString nationalLaw() const { return m_nationalLaw; }
    /// The register records a transfer to \a country for \a party.
    bool hasTransfer(const QString &party, const QString &country) const;
    /// The register relies on the US adequacy decision (art45 to "US") for \a party.
    bool reliesOnUsAdequacy(const QString &party) const { return m_usAdequacy.contains(party); }
    /// \a party receives data from an activity we carry out as processor, so we are the
    /// processor above it (the model has no way to name the organisation as a parent).
    bool isOwnSubProcessor(const QString &party) const { return m_ownSubProcessors.contains(party); }
    /// The sub-processors whose parent is \a party.
    QStringList children(const QString &party) const { return m_children.value(party); }
    /// The transfers naming \a activity or \a party, for incremental re-checks.
    QStringList transfersOfActivity(const QString &activity) const;
    QStringList transfersOfParty(const QString &party) const;

private:
    QString m_nationalLaw;
    QSet<QString> m_transfers; ///< party + '\n' + destination
    QSet<QString> m_usAdequacy;
    QSet<QString> m_ownSubProcessors;
    QHash<QString, QStringList> m_children;
    QHash<QString, QStringList> m_transfersByActivity;
    QHash<QString, QStringList> m_transfersByParty;
};

/// Every problem in the register, sorted by severity, then by item (organisation, policy,
/// activities, parties, transfers, each in register order), then by field order.
QList<Problem> checkRegister(const Register &reg, const CheckContext &ctx);

// Per-item checks. The overloads without an index build one, which costs a pass over the
// parties and transfers: use them for one item, not in a loop.
QList<Problem> checkOrganisation(const Register &reg, const CheckContext &ctx);
QList<Problem> checkPolicy(const Register &reg, const CheckContext &ctx);
QList<Problem> checkActivity(const Register &reg, const ProcessingActivity &activity,
                             const CheckContext &ctx);
/// \a reached, when given, receives the parties the activity's data reaches: each
/// recipient, the processors above it and the sub-processors below it. The activity's
/// problems depend on these parties (and on the catalogues and the organisation).
QList<Problem> checkActivity(const Register &reg, const ProcessingActivity &activity,
                             const CheckContext &ctx, const CheckIndex &index,
                             QStringList *reached = nullptr);
QList<Problem> checkParty(const Register &reg, const Party &party, const CheckContext &ctx);
QList<Problem> checkParty(const Register &reg, const Party &party, const CheckContext &ctx,
                          const CheckIndex &index);
QList<Problem> checkTransfer(const Register &reg, const Transfer &transfer,
                             const CheckContext &ctx);

/// Gathers per-item problem lists, in item order, into one list sorted by severity that
/// keeps the item order within each severity: the order checkRegister() returns.
class ProblemCollector
{
public:
    void reserve(Severity severity, qsizetype size);
    void add(const QList<Problem> &problems);
    QList<Problem> take();

private:
    QList<Problem> m_buckets[3];
};

/// The problems of one item, as checkRegister() finds them: what its form shows inline.
QList<Problem> checkItem(const Register &reg, EntityKind kind, const QString &id,
                         const CheckContext &ctx);

/// "Error", "Warning", "Advice" in the UI language.
QString severityLabel(Severity severity);

} // namespace Fortegnelse

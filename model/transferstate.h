#pragma once

#include "register.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Fortegnelse {

// Whether personal data leaves the EU/EEA, as far as the register knows (issue 12, item 1).
// The checks and both documents use this one derivation, so a document never says "no
// transfers" where the checks see a gap. The rules are in docs/truth.md.

/// What the register supports saying about third-country transfers.
enum class TransferState
{
    Exist, ///< a transfer is recorded, or a recipient is known to be outside the EU/EEA
    NoneConfirmed, ///< every recipient's country is known and inside the EU/EEA, or the officer said so
    Unknown ///< neither: no document may state either way
};

/// A recipient the data reaches: a party (with the processors above and sub-processors
/// below it), a category of recipients, or a cookie provider.
struct ReachedRecipient
{
    QString name; ///< the party's name, the category in the register's language, the provider
    QString party; ///< the party id, when it is one
    QString country; ///< empty when the register does not know it
    QString activity; ///< the activity whose data reaches it; empty for a cookie provider
};

struct TransferFindings
{
    TransferState state = TransferState::Unknown;
    /// Outside the EU/EEA, with no recorded transfer to that country for that recipient.
    QList<ReachedRecipient> unrecorded;
    /// Reached, with no country, by activities the officer has not answered for.
    QList<ReachedRecipient> unknownCountry;
    /// Activities the officer says transfer nothing, whose data still goes to a third country.
    QStringList contradicted;
};

/// Derives TransferFindings for sets of activities, with the register's lookups built once.
class TransferDeriver
{
public:
    explicit TransferDeriver(const Register &reg);

    /// \a recorded: the transfers the document lists for these activities. \a cookies:
    /// whether the cookie providers count (the policy's cookie section, not the record).
    TransferFindings derive(const QList<const ProcessingActivity *> &activities,
                            const QList<const Transfer *> &recorded, bool cookies) const;

    /// The parties the data given to \a party reaches: it, the processors above it and
    /// the sub-processors below it, without repeats.
    QStringList chainOf(const QString &party) const;

private:
    bool covered(const ReachedRecipient &r, const QList<const Transfer *> &recorded) const;

    const Register &m_reg;
    QHash<QString, QStringList> m_children;
    QSet<QString> m_transfers; ///< party + '\n' + destination of the register-wide transfers
};

} // namespace Fortegnelse

#pragma once

#include "register.h"
#include "transferstate.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace Fortegnelse {

/// What a privacy policy must say, derived from the register once, without wording:
/// which activities it covers, which Art. 13/14 items apply, which rights follow from
/// the legal bases. The templates then only word what is here.
struct PolicyFacts
{
    struct Rights
    {
        bool portability = false; ///< Art. 20: consent or contract
        bool objection = false; ///< Art. 21(1): public task or legitimate interests
        bool objectMarketing = false; ///< Art. 21(2)-(3): direct marketing, absolute
        bool withdrawConsent = false; ///< Art. 7(3): consent is a basis
        bool erasureLimited = false; ///< Art. 17(3)(b): a legal obligation is a basis
    };

    /// The subject category the notice is for; empty for the whole policy.
    QString audience;
    QList<const ProcessingActivity *> activities; ///< as controller, in register order
    QList<const ProcessingActivity *> processorActivities; ///< done for client controllers
    QStringList clients; ///< client controller party ids, in register order
    QStringList subjects; ///< subject category ids the activities concern
    QStringList data; ///< data category ids, in register order
    QStringList recipients; ///< party ids receiving data, in register order
    QStringList subProcessors; ///< sub-processors under those recipients
    QList<LocalText> recipientCategories;
    QStringList transfers; ///< transfer ids relevant to the activities
    /// Whether data leaves the EU/EEA, from the transfers, the recipients' countries and
    /// (with cookies) the cookie providers' (transferstate.h).
    TransferFindings transferFindings;
    QStringList jointControllers;
    Rights rights;
    bool hasSpecial = false;
    bool hasCriminal = false;
    bool hasNationalId = false;
    bool hasSources = false;
    bool hasAutomated = false;
    bool hasProvision = false;
    bool includeCookies = false;

    /// \a audience is a subject category id, its reference key, or its name in any
    /// language; empty for the whole policy. Retired and draft activities are left out:
    /// a policy states what is done now.
    static PolicyFacts derive(const Register &reg, const QString &audience = {});

    /// The subject category matching \a audience, or an empty string.
    static QString resolveAudience(const Register &reg, const QString &audience);
};

} // namespace Fortegnelse

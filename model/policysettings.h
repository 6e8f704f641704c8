#pragma once

#include "codes.h"
#include "entitykind.h"
#include "localtext.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace Fortegnelse {

/// A section the officer writes, placed before or after a standard section of the policy
/// (a white-label platform notice, an AI notice...).
struct CustomSection
{
    LocalText title;
    LocalText body;
    QString anchor; ///< the standard section it is placed next to
    SectionPlacement placement = SectionPlacement::After;

    template <class V> void describe(V &v)
    {
        v("title", title);
        v("body", body);
        v.code("anchor", anchor, CodeList::PolicySection);
        v("placement", placement);
    }
    friend bool operator==(const CustomSection &, const CustomSection &) = default;
};

struct PolicySettings
{
    LocalText title;
    LocalText scope; ///< what the policy covers, e.g. a website and its services
    QString version;
    QDate lastUpdated;
    QDateTime published; ///< when this version was published
    QString governingLaw; ///< country whose law governs the policy
    LocalText venue; ///< the court of first instance
    int responseDays = 0; ///< how fast requests are answered; 0: the legal month
    QString contactName;
    QString contactEmail; ///< for privacy questions, when not the organisation's
    QString contactPhone;
    QString cookiePolicyUrl;
    QString cookieWithdrawal; ///< "banner" or "browser"; empty: not stated
    LocalText changeNotice; ///< how readers are told of changes
    QList<CustomSection> sections;

    template <class V> void describe(V &v)
    {
        v("title", title);
        v("scope", scope);
        v("version", version);
        v("lastUpdated", lastUpdated);
        v("published", published);
        v.code("governingLaw", governingLaw, CodeList::Country);
        v("venue", venue);
        v("responseDays", responseDays);
        v("contactName", contactName);
        v("contactEmail", contactEmail);
        v("contactPhone", contactPhone);
        v("cookiePolicyUrl", cookiePolicyUrl);
        v.code("cookieWithdrawal", cookieWithdrawal, CodeList::CookieWithdrawal);
        v("changeNotice", changeNotice);
        v("sections", sections);
    }
    friend bool operator==(const PolicySettings &, const PolicySettings &) = default;
};

} // namespace Fortegnelse

#pragma once

// Reviews due (issue 16): every date by which the register says something must be looked at
// again, in one list, and as an iCalendar file (RFC 5545) for the officer's calendar.

#include "entitykind.h"
#include "register.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace Fortegnelse {

/// One date by which an item is to be reviewed.
struct ReviewDate
{
    enum What
    {
        Activity, ///< a processing activity's next review (nextReview)
        Agreement, ///< a processor agreement's next review (agreement.nextReview)
        DpfCheck, ///< a year after the DPF list was last checked (dpfChecked), as the checks count
        DpiaReview, ///< a DPIA's next review (dpia.nextReview), once the DPIA is done
    };
    What what = Activity;
    EntityKind kind = EntityKind::Activity;
    QString id;
    QString name;
    QDate due;
    /// The field that holds the date: where the officer goes to move it.
    QString field() const;
    friend bool operator==(const ReviewDate &, const ReviewDate &) = default;
};

/// Every review date the register records, soonest first. Only dates the register holds
/// (or, for the DPF check, derives from one by the checks' own one-year rule) are listed:
/// an item without one is the checks' to report, not given a date here.
QList<ReviewDate> reviewDates(const Register &reg);
/// Those due on or before \a today plus \a withinDays.
QList<ReviewDate> reviewsDue(const Register &reg, const QDate &today, int withinDays);

/// What is to be reviewed, in the UI language: "Review the processing activity “Payroll”".
QString describeReview(const ReviewDate &review);
/// The list as text, one line per date, overdue ones marked.
QByteArray reviewsAsText(const QList<ReviewDate> &reviews, const QDate &today);
/// The dates as an iCalendar file: one all-day VEVENT each, with a UID stable across exports
/// (so a calendar updates rather than duplicates), DTSTAMP \a stamp, CRLF line ends and
/// lines folded at 75 octets.
QByteArray reviewsAsICalendar(const QList<ReviewDate> &reviews, const QDateTime &stamp);

} // namespace Fortegnelse

#include "reviews.h"

#include "journal.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace Fortegnelse {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::Reviews)
};

QString textIn(const LocalText &text, const QString &language)
{
    const QString own = text.text(language);
    return own.isEmpty() ? text.text(QStringLiteral("da")) : own;
}

const char *whatName(ReviewDate::What what)
{
    switch (what) {
    case ReviewDate::Activity: return "activity-review";
    case ReviewDate::Agreement: return "agreement-review";
    case ReviewDate::DpfCheck: return "dpf-check";
    case ReviewDate::DpiaReview: return "dpia-review";
    }
    return "";
}

/// RFC 5545 §3.3.11: a TEXT value escapes backslash, semicolon, comma and line breaks.
QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    text.replace(QLatin1Char(','), QStringLiteral("\\,"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.remove(QLatin1Char('\r'));
    return text;
}

/// RFC 5545 §3.1: a content line longer than 75 octets is folded (CRLF and a space), never
/// inside a UTF-8 character.
QByteArray folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (uchar(utf8.at(cut)) & 0xC0) == 0x80)
            --cut; // a continuation byte: cut before its character
        out += utf8.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74; // the space that starts a continuation line is one of its 75
    }
    return out + utf8.mid(start) + "\r\n";
}

} // namespace

QList<ReviewDate> reviewDates(const Register &reg)
{
    const QString language = reg.organisation.language.isEmpty() ? QStringLiteral("da") : reg.organisation.language;
    QList<ReviewDate> dates;
    for (int i = 0; i < reg.activities.size(); ++i) {
        const ProcessingActivity &a = reg.activities.at(i);
        if (a.nextReview.isValid())
            dates.append({ReviewDate::Activity, EntityKind::Activity, a.id, textIn(a.name, language), a.nextReview});
        // As the checks count it: a review of a DPIA not carried out is no date yet.
        if (a.dpia.done && a.dpia.nextReview.isValid())
            dates.append({ReviewDate::DpiaReview, EntityKind::Activity, a.id, textIn(a.name, language), a.dpia.nextReview});
    }
    for (int i = 0; i < reg.parties.size(); ++i) {
        const Party &p = reg.parties.at(i);
        if (p.agreement.nextReview.isValid())
            dates.append({ReviewDate::Agreement, EntityKind::Party, p.id, p.name, p.agreement.nextReview});
        // The checks call a DPF check older than a year outdated (checksparty.cpp).
        if (p.dpfCertified && p.dpfChecked.isValid())
            dates.append({ReviewDate::DpfCheck, EntityKind::Party, p.id, p.name, p.dpfChecked.addYears(1)});
    }
    std::stable_sort(dates.begin(), dates.end(), [](const ReviewDate &a, const ReviewDate &b) { return a.due < b.due; });
    return dates;
}

QList<ReviewDate> reviewsDue(const Register &reg, const QDate &today, int withinDays)
{
    QList<ReviewDate> due;
    const QDate until = today.addDays(qMax(withinDays, 0));
    for (const ReviewDate &r : reviewDates(reg)) {
        if (r.due <= until)
            due.append(r);
    }
    return due;
}

QString ReviewDate::field() const
{
    switch (what) {
    case Activity: return QStringLiteral("nextReview");
    case Agreement: return QStringLiteral("agreement.nextReview");
    case DpfCheck: return QStringLiteral("dpfChecked");
    case DpiaReview: return QStringLiteral("dpia.nextReview");
    }
    return {};
}

QString describeReview(const ReviewDate &r)
{
    switch (r.what) {
    case ReviewDate::Activity: return Messages::tr("Review the processing activity “%1”").arg(r.name);
    case ReviewDate::Agreement: return Messages::tr("Review the agreement with “%1”").arg(r.name);
    case ReviewDate::DpfCheck: return Messages::tr("Check the Data Privacy Framework certification of “%1”").arg(r.name);
    case ReviewDate::DpiaReview: return Messages::tr("Review the data protection impact assessment of “%1”").arg(r.name);
    }
    return {};
}

QByteArray reviewsAsText(const QList<ReviewDate> &reviews, const QDate &today)
{
    QString text;
    int overdue = 0;
    for (const ReviewDate &r : reviews) {
        const bool late = r.due < today;
        overdue += late ? 1 : 0;
        text += QStringLiteral("%1  %2  %3/%4  %5\n")
                    .arg(r.due.toString(Qt::ISODate), late ? Messages::tr("overdue") : Messages::tr("due"),
                         QLatin1String(whatName(r.what)), r.id, describeReview(r));
    }
    text += Messages::tr("%n review(s) due", nullptr, int(reviews.size())) + QStringLiteral(", ")
        + Messages::tr("%n overdue", nullptr, overdue) + QLatin1Char('\n');
    return text.toUtf8();
}

QByteArray reviewsAsICalendar(const QList<ReviewDate> &reviews, const QDateTime &stamp)
{
    QByteArray out;
    const auto line = [&out](const QString &text) { out += folded(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Fortegnelse//Reviews//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const ReviewDate &r : reviews) {
        line(QStringLiteral("BEGIN:VEVENT"));
        // The same item's same review keeps its UID, so a new export updates the event.
        line(QStringLiteral("UID:%1-%2-%3@fortegnelse.invalid")
                 .arg(QLatin1String(whatName(r.what)), itemKindName(r.kind),
                      QString::fromLatin1(QUrl::toPercentEncoding(r.id))));
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + r.due.toString(QStringLiteral("yyyyMMdd")));
        line(QStringLiteral("SUMMARY:") + escaped(describeReview(r)));
        line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Fortegnelse

#pragma once

#include "activity.h"

#include <QStringList>

#include <algorithm>

namespace Fortegnelse {

/// The fields an activity's record is expected to state, by their top-level keys: what the
/// activity editor counts before it calls a section complete. A controller's activity
/// states the Art. 30(1) record (purposes, the data and whom they concern, retention,
/// measures, automated decisions and the DPIA, with a description and a next review); a
/// processor's states the Art. 30(2) record (the client controller, the data processed,
/// measures, a next review), since purposes, bases, retention and DPIAs are the client's
/// (the checks say the same, checksactivity.cpp). A retired activity is expected to state
/// nothing more.
inline QStringList expectedActivityFields(const ProcessingActivity &a)
{
    if (a.status == ActivityStatus::Retired)
        return {};
    if (a.role == ActivityRole::Processor)
        return {QStringLiteral("name"), QStringLiteral("client"), QStringLiteral("data"), QStringLiteral("measures"),
                QStringLiteral("nextReview")};
    return {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("purposes"),
            QStringLiteral("data"), QStringLiteral("matrix"), QStringLiteral("retention"),
            QStringLiteral("measures"), QStringLiteral("automated"), QStringLiteral("dpia"),
            QStringLiteral("nextReview")};
}

/// Whether the recipient of \a disclosure receives \a data about \a subject from activity
/// \a a (Art. 30(1)(d), as the 2020 guidance asks it to be recorded): the activity processes
/// that cell (its matrix ticks it) and the disclosure names both the subject and the data.
inline bool receives(const ProcessingActivity &a, const Disclosure &disclosure, const QString &subject,
                     const QString &data)
{
    const auto row = std::find_if(a.matrix.cbegin(), a.matrix.cend(),
                                  [&](const MatrixRow &r) { return r.subject == subject; });
    return row != a.matrix.cend() && row->data.contains(data) && disclosure.subjects.contains(subject)
        && disclosure.data.contains(data);
}

} // namespace Fortegnelse

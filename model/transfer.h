#pragma once

#include "codes.h"
#include "entitykind.h"
#include "localtext.h"

#include <QDate>
#include <QStringList>

namespace Fortegnelse {

/// A transfer to a third country or an international organisation (Art. 44-49).
struct Transfer
{
    static constexpr EntityKind kind = EntityKind::Transfer;
    QString id;
    QString destination; ///< ISO 3166 code, or "INTL:..." for an organisation
    QString party; ///< the recipient, when it is a party of the register
    LocalText recipient; ///< the recipient in words, when it is not
    QStringList activities;
    QString mechanism;
    LocalText safeguards; ///< the safeguards, or for Art. 49(1) second subparagraph the assessment
    QString documentReference;
    QDate assessmentDate; ///< transfer impact assessment
    LocalText notes;

    template <class V> void describe(V &v)
    {
        v.id(id);
        v.code("destination", destination, CodeList::Destination);
        v.ref("party", party, EntityKind::Party);
        v("recipient", recipient);
        v.ref("activities", activities, EntityKind::Activity);
        v.code("mechanism", mechanism, CodeList::Mechanism);
        v("safeguards", safeguards);
        v("documentReference", documentReference);
        v("assessmentDate", assessmentDate);
        v("notes", notes);
    }
    friend bool operator==(const Transfer &, const Transfer &) = default;
};

} // namespace Fortegnelse

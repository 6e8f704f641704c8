#pragma once

#include "entitykind.h"
#include "localtext.h"

namespace Fortegnelse {

struct ContactPerson
{
    QString name;
    QString email;
    QString phone;
    QString address;

    template <class V> void describe(V &v)
    {
        v("name", name);
        v("email", email);
        v("phone", phone);
        v("address", address);
    }
    friend bool operator==(const ContactPerson &, const ContactPerson &) = default;
};

/// The register's owner: the controller (and, where it acts as one, the processor).
struct Organisation
{
    QString name;
    QString registrationNumber; ///< CVR, org.nr., organisationsnummer
    QString address; ///< street, postcode and town, one line each
    QString country;
    QString email;
    QString phone;
    QString website;
    QString contactPage; ///< a web page to contact us through, e.g. a form
    ContactPerson dpo; ///< Art. 37; empty when none is appointed
    ContactPerson representative; ///< Art. 27 EU representative
    QString supervisoryAuthority; ///< country of the lead authority
    QString language; ///< language the officer writes the register in
    LocalText securityOverview; ///< Art. 30(1)(g) general description
    QString notes; ///< the officer's own notes, e.g. why a field is empty

    template <class V> void describe(V &v)
    {
        v("name", name);
        v("registrationNumber", registrationNumber);
        v("address", address);
        v.code("country", country, CodeList::Country);
        v("email", email);
        v("phone", phone);
        v("website", website);
        v("contactPage", contactPage);
        v("dpo", dpo);
        v("representative", representative);
        v.code("supervisoryAuthority", supervisoryAuthority, CodeList::Country);
        v.code("language", language, CodeList::Language);
        v("securityOverview", securityOverview);
        v("notes", notes);
    }
    friend bool operator==(const Organisation &, const Organisation &) = default;
};

} // namespace Fortegnelse

#pragma once

#include "codes.h"
#include "entitykind.h"
#include "localtext.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace Fortegnelse {

struct Link
{
    QString title;
    QString url;

    template <class V> void describe(V &v)
    {
        v("title", title);
        v("url", url);
    }
    friend bool operator==(const Link &, const Link &) = default;
};

/// The data processing agreement (Art. 28(3)) with a processor or sub-processor.
struct Agreement
{
    QString reference;
    QDate signed_;
    QDate nextReview;

    template <class V> void describe(V &v)
    {
        v("reference", reference);
        v("signed", signed_);
        v("nextReview", nextReview);
    }
    friend bool operator==(const Agreement &, const Agreement &) = default;
    bool isRecorded() const { return !reference.isEmpty() || signed_.isValid(); }
};

/// Another organisation in one of its roles towards us.
struct Party
{
    static constexpr EntityKind kind = EntityKind::Party;
    QString id;
    PartyRole role = PartyRole::Processor;
    QString name;
    /// The name as each language says it, for a party named by what it does ("Udbyder af
    /// nyhedsbrevsløsning": "Newsletter provider"); empty in a language: the name above.
    LocalText translatedName;
    QString registrationNumber;
    QString country;
    QString address;
    QString contactName;
    QString email;
    QString phone;
    QString website;
    LocalText service; ///< what they do for us, or what we share with them
    QString parent; ///< for a sub-processor: the processor above it
    QString privacyPolicyUrl;
    QString dpaUrl;
    QString subProcessorsUrl;
    QList<Link> links;
    Agreement agreement;
    QStringList certifications;
    bool dpfCertified = false; ///< EU-US Data Privacy Framework
    QDate dpfChecked;
    LocalText arrangement; ///< essence of the Art. 26 arrangement, for joint controllers
    LocalText processing; ///< categories of processing done for a client controller
    /// A client controller that stands for a class of clients ("our platform customers"),
    /// not one named controller; clientList says where each client is named (issue 12, item 8).
    bool clientClass = false;
    QString clientList; ///< where the list of clients is kept: CRM, agreement archive (Art. 30(2)(a))
    QString notes;

    /// The party's name in a document in \a language.
    QString nameIn(const QString &language) const
    {
        const QString translated = translatedName.text(language).trimmed();
        return translated.isEmpty() ? name : translated;
    }

    template <class V> void describe(V &v)
    {
        v.id(id);
        v("role", role);
        v("name", name);
        v("translatedName", translatedName);
        v("registrationNumber", registrationNumber);
        v.code("country", country, CodeList::Country);
        v("address", address);
        v("contactName", contactName);
        v("email", email);
        v("phone", phone);
        v("website", website);
        v("service", service);
        v.ref("parent", parent, EntityKind::Party);
        v("privacyPolicyUrl", privacyPolicyUrl);
        v("dpaUrl", dpaUrl);
        v("subProcessorsUrl", subProcessorsUrl);
        v("links", links);
        v("agreement", agreement);
        v("certifications", certifications);
        v("dpfCertified", dpfCertified);
        v("dpfChecked", dpfChecked);
        v("arrangement", arrangement);
        v("processing", processing);
        v("clientClass", clientClass);
        v("clientList", clientList);
        v("notes", notes);
    }
    friend bool operator==(const Party &, const Party &) = default;
};

} // namespace Fortegnelse

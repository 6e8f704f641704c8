#pragma once

#include "codes.h"
#include "entitykind.h"
#include "localtext.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace Fortegnelse {

/// A purpose and its lawful basis. Special-category, criminal-offence and CPR grounds are
/// per purpose, because they follow from what the purpose needs.
struct Purpose
{
    LocalText description;
    QString legalBasis; ///< Art. 6(1) letter
    LocalText legitimateInterest; ///< the interest pursued, where the basis is (f)
    bool directMarketing = false; ///< gives the absolute right to object, Art. 21(2)
    QString specialCondition; ///< Art. 9(2) letter, for special categories
    QString criminalBasis; ///< DBL § 8 basis, for Art. 10 data
    QString cprGround; ///< DBL § 11 ground, for CPR numbers
    QStringList lawReferences; ///< national provisions: reference-data keys or free text
    QString consentRecord; ///< where proof of consent is kept (Art. 7(1))

    template <class V> void describe(V &v)
    {
        v("description", description);
        v.code("legalBasis", legalBasis, CodeList::Art6);
        v("legitimateInterest", legitimateInterest);
        v("directMarketing", directMarketing);
        v.code("specialCondition", specialCondition, CodeList::Art9);
        v.code("criminalBasis", criminalBasis, CodeList::Art10);
        v.code("cprGround", cprGround, CodeList::Cpr);
        v("lawReferences", lawReferences);
        v("consentRecord", consentRecord);
    }
    friend bool operator==(const Purpose &, const Purpose &) = default;
};

/// One row of the subject-data matrix: which data categories concern this subject
/// category (Datatilsynet's 2020 requirement).
struct MatrixRow
{
    QString subject;
    QStringList data;
    /// Generated, not recorded: an import from a record that lists subjects and data but
    /// not which data concern whom linked this subject to every data category. The
    /// documents do not state the row's data as fact and a check asks the officer to
    /// confirm or prune it; any change the officer makes to the row confirms it.
    bool unconfirmed = false;

    template <class V> void describe(V &v)
    {
        v.ref("subject", subject, EntityKind::SubjectCategory);
        v.ref("data", data, EntityKind::DataCategory);
        v("unconfirmed", unconfirmed);
    }
    friend bool operator==(const MatrixRow &, const MatrixRow &) = default;
};

/// Data that goes to a recipient: a party of the register, or a category of recipients
/// where no single party is named. The data concerned are the matrix cells
/// data x subjects.
struct Disclosure
{
    QString party;
    LocalText recipientCategory;
    QStringList data;
    QStringList subjects;
    LocalText purpose; ///< why the recipient receives the data
    QString country; ///< where a category of recipients is, when no party is named
    /// Generated, not recorded: the recipient is the file's, but what it receives (data and
    /// subjects) was set to everything by an import. As MatrixRow::unconfirmed.
    bool unconfirmed = false;

    template <class V> void describe(V &v)
    {
        v.ref("party", party, EntityKind::Party);
        v("recipientCategory", recipientCategory);
        v.code("country", country, CodeList::Country);
        v.ref("data", data, EntityKind::DataCategory);
        v.ref("subjects", subjects, EntityKind::SubjectCategory);
        v("purpose", purpose);
        v("unconfirmed", unconfirmed);
    }
    friend bool operator==(const Disclosure &, const Disclosure &) = default;
};

/// How long the data categories are kept: a period from an event, or a criterion.
struct RetentionRule
{
    QStringList data;
    int amount = 0; ///< 0: no fixed period, see criterion
    PeriodUnit unit = PeriodUnit::Years;
    LocalText trigger; ///< the event the period runs from
    LocalText criterion; ///< when no fixed period applies, or in addition to it
    QStringList lawReferences;
    LocalText deletion; ///< how the data is deleted

    template <class V> void describe(V &v)
    {
        v.ref("data", data, EntityKind::DataCategory);
        v("amount", amount);
        v("unit", unit);
        v("trigger", trigger);
        v("criterion", criterion);
        v("lawReferences", lawReferences);
        v("deletion", deletion);
    }
    friend bool operator==(const RetentionRule &, const RetentionRule &) = default;
};

/// Where data comes from when not from the data subject (Art. 14(2)(f)).
struct Source
{
    LocalText description;
    bool publiclyAvailable = false;

    template <class V> void describe(V &v)
    {
        v("description", description);
        v("publiclyAvailable", publiclyAvailable);
    }
    friend bool operator==(const Source &, const Source &) = default;
};

/// Automated individual decisions and profiling, Art. 22.
/// `used` is NotAssessed until the officer answers; format 1's `false` meant the same.
struct AutomatedDecision
{
    Answer used = Answer::NotAssessed;
    bool profiling = false;
    LocalText logic;
    LocalText significance; ///< significance and envisaged consequences
    LocalText reason; ///< why the answer is what it is
    QDate assessed; ///< when the officer answered

    template <class V> void describe(V &v)
    {
        v("used", used);
        v("profiling", profiling);
        v("logic", logic);
        v("significance", significance);
        v("reason", reason);
        v("assessed", assessed);
    }
    friend bool operator==(const AutomatedDecision &, const AutomatedDecision &) = default;
};

/// Art. 35. `required` is NotAssessed until the officer answers; format 1's `false`
/// meant the same.
struct Dpia
{
    Answer required = Answer::NotAssessed;
    bool done = false;
    QDate date; ///< when the DPIA was carried out
    QString reference;
    LocalText reason; ///< why one is or is not required
    QDate assessed; ///< when the officer decided whether one is required
    /// When the DPIA is next to be reviewed against the processing (Art. 35(11)).
    QDate nextReview;

    template <class V> void describe(V &v)
    {
        v("required", required);
        v("done", done);
        v("date", date);
        v("reference", reference);
        v("reason", reason);
        v("assessed", assessed);
        v("nextReview", nextReview);
    }
    friend bool operator==(const Dpia &, const Dpia &) = default;
};

struct ProcessingActivity
{
    static constexpr EntityKind kind = EntityKind::Activity;
    QString id;
    LocalText name;
    LocalText description;
    QString department;
    ActivityRole role = ActivityRole::Controller;
    QString client; ///< the client controller, when role is processor
    QStringList jointControllers;
    ActivityStatus status = ActivityStatus::Active;
    QList<Purpose> purposes;
    QStringList data; ///< data categories processed
    QList<MatrixRow> matrix;
    QList<Disclosure> recipients;
    QList<Source> sources;
    bool indirectOnly = false; ///< no data is collected from the data subjects (Art. 14 only)
    ProvisionRequirement provision = ProvisionRequirement::NotAssessed;
    LocalText provisionConsequence;
    LocalText provisionReason; ///< why the answer is what it is
    QDate provisionAssessed; ///< when the officer answered
    /// Whether data goes to third countries, as the officer confirms it. NotAssessed:
    /// derived from the recipients' countries (transferstate.h).
    Answer thirdCountryTransfers = Answer::NotAssessed;
    QDate transfersAssessed;
    AutomatedDecision automated;
    Dpia dpia;
    QStringList systems;
    QList<RetentionRule> retention;
    QStringList measures;
    QDate created;
    QDate lastReviewed;
    QDate nextReview;
    QString notes;

    template <class V> void describe(V &v)
    {
        v.id(id);
        v("name", name);
        v("description", description);
        v("department", department);
        v("role", role);
        v.ref("client", client, EntityKind::Party);
        v.ref("jointControllers", jointControllers, EntityKind::Party);
        v("status", status);
        v("purposes", purposes);
        v.ref("data", data, EntityKind::DataCategory);
        v("matrix", matrix);
        v("recipients", recipients);
        v("sources", sources);
        v("indirectOnly", indirectOnly);
        v("provision", provision);
        v("provisionConsequence", provisionConsequence);
        v("provisionReason", provisionReason);
        v("provisionAssessed", provisionAssessed);
        v("thirdCountryTransfers", thirdCountryTransfers);
        v("transfersAssessed", transfersAssessed);
        v("automated", automated);
        v("dpia", dpia);
        v("systems", systems);
        v("retention", retention);
        v.ref("measures", measures, EntityKind::Measure);
        v("created", created);
        v("lastReviewed", lastReviewed);
        v("nextReview", nextReview);
        v("notes", notes);
    }
    friend bool operator==(const ProcessingActivity &, const ProcessingActivity &) = default;

    /// Subject categories, in matrix order.
    QStringList subjects() const;
};

} // namespace Fortegnelse

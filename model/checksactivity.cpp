#include "checks.h"

#include "checkrules.h"
#include "checksupport.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

// The checks of a processing activity (issues 6 and 12): its purposes and legal bases,
// its data, recipients and their chains, retention, DPIA and automated decisions.

namespace Fortegnelse {

using namespace CheckSupport;

namespace {

// Messages are English source text in the "Fortegnelse::Checks" context; names of items
// are the officer's own text, in the register's language.

/// The supervisory authority whose DPIA list (Art. 35(4)) applies to the controller.
QString dpiaList(const QString &nationalLaw)
{
    if (nationalLaw == u"NO")
        return QCoreApplication::translate("Fortegnelse::Checks", "the Norwegian Datatilsynet’s list");
    if (nationalLaw == u"SE")
        return QCoreApplication::translate("Fortegnelse::Checks", "IMY’s list");
    if (nationalLaw == u"DK")
        return QCoreApplication::translate("Fortegnelse::Checks", "the Danish Datatilsynet’s list");
    return QCoreApplication::translate("Fortegnelse::Checks", "your supervisory authority’s list");
}

QString nationalCountryName(const QString &code)
{
    return countryName(code);
}

QString purposeName(const Register &reg, const Purpose &purpose, qsizetype index)
{
    const QString text =
        purpose.description.resolve(reg.organisation.language, QStringLiteral("en")).trimmed();
    return text.isEmpty()
        ? QCoreApplication::translate("Fortegnelse::Checks", "purpose %1").arg(index + 1)
        : text;
}

/// WP260 rev.01 rejects "as long as necessary" and its kin as a retention criterion.
bool isVagueCriterion(const QString &text)
{
    static const QStringList phrases{
        QStringLiteral("så længe det er nødvendig"), QStringLiteral("så længe vi har brug for"),
        QStringLiteral("ikke længere end nødvendig"), QStringLiteral("as long as necessary"),
        QStringLiteral("as long as is necessary"), QStringLiteral("as long as it is necessary"),
        QStringLiteral("as long as needed"), QStringLiteral("as long as required"),
        QStringLiteral("no longer than necessary"), QStringLiteral("så lenge det er nødvendig"),
        QStringLiteral("så lenge vi trenger"), QStringLiteral("ikke lenger enn nødvendig"),
        QStringLiteral("så länge det är nödvändigt"), QStringLiteral("så länge det behövs"),
        QStringLiteral("inte längre än nödvändigt")};
    const QString t = text.simplified().toCaseFolded();
    if (t.isEmpty())
        return true;
    for (const QString &p : phrases)
        if (t.contains(p))
            return true;
    // A few words and no number cannot say when data is deleted ("efter behov").
    const bool hasNumber = std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); });
    return t.size() < 12 && !hasNumber;
}

bool isVague(const LocalText &criterion)
{
    if (isBlank(criterion))
        return true;
    const auto &texts = criterion.texts();
    return std::any_of(texts.cbegin(), texts.cend(), isVagueCriterion);
}

/// The parties one recipient's data reaches: the recipient, the processors above it and
/// its sub-processors below, in that order. Chains are short, so a list beats a set here;
/// it also stops at loops.
QStringList chainOf(const Register &reg, const CheckIndex &index, const QString &party)
{
    QStringList out{party};
    for (const Party *p = reg.parties.find(party); p && !p->parent.isEmpty()
         && !out.contains(p->parent);
         p = reg.parties.find(p->parent))
        out.append(p->parent);
    const auto addChildren = [&](const QString &id) {
        for (const QString &child : index.children(id))
            if (!out.contains(child))
                out.append(child);
    };
    const qsizetype firstChild = out.size();
    addChildren(party);
    for (qsizetype i = firstChild; i < out.size(); ++i)
        addChildren(QString(out.at(i)));
    return out;
}

void checkRecipients(const Register &reg, const ProcessingActivity &a, const CheckIndex &index,
                     const QString &name, Sink &out, QStringList *reached)
{
    const ReferenceData &refs = ReferenceData::instance();
    QSet<QString> reported;
    QStringList unknown; ///< recipients reached whose country is not recorded
    bool thirdCountry = false;
    for (qsizetype i = 0; i < a.recipients.size(); ++i) {
        const Disclosure &d = a.recipients.at(i);
        const QString field = QStringLiteral("recipients[%1]").arg(i);
        const QString recipient = d.party.isEmpty()
            ? d.recipientCategory.resolve(reg.organisation.language, QStringLiteral("en"))
            : displayName(reg, EntityKind::Party, d.party);
        if (d.data.isEmpty() || d.subjects.isEmpty())
            out.add(Severity::Warning, "disclosure-incomplete", field,
                    QCoreApplication::translate("Fortegnelse::Checks", "The disclosure of “%1” to “%2” does not say which data categories and which categories of data subjects it concerns. Datatilsynet’s 2020 guidance on Art. 30(1)(d) asks for both, and a notice for one category of data subjects leaves the recipient out unless the disclosure names that category.")
                        .arg(name, recipient));
        if (d.party.isEmpty()) {
            if (d.country.isEmpty() && !unknown.contains(recipient))
                unknown.append(recipient);
            else if (const ReferenceData::Country *c = refs.country(d.country); c && !c->isEea())
                thirdCountry = true;
            continue;
        }
        for (const QString &id : chainOf(reg, index, d.party)) {
            if (reached && !reached->contains(id))
                reached->append(id);
            const Party *p = reg.parties.find(id);
            if (p && p->country.isEmpty() && !unknown.contains(p->name))
                unknown.append(p->name);
            const ReferenceData::Country *c = p ? refs.country(p->country) : nullptr;
            thirdCountry = thirdCountry || (c && !c->isEea());
            if (!c || c->isEea() || reported.contains(id) || index.hasTransfer(id, p->country)
                || index.hasTransfer(d.party, p->country))
                continue;
            reported.insert(id);
            const QString country = countryName(p->country);
            const QString message = id == d.party
                ? QCoreApplication::translate("Fortegnelse::Checks", "“%1” discloses data to “%2” in %3, but the register records no transfer to %3 for it. Art. 30(1)(e) requires every transfer to a third country to be recorded.")
                      .arg(name, recipient, country)
                : QCoreApplication::translate("Fortegnelse::Checks", "“%1” discloses data to “%2”, whose processor chain includes “%3” in %4, but the register records no transfer to %4 for it. Transfers follow the processor and sub-processor chain, and Art. 30(1)(e) requires each to be recorded.")
                      .arg(name, recipient, displayName(reg, EntityKind::Party, id), country);
            out.add(Severity::Error, "recipient-transfer-missing", field, message);
        }
    }
    // The rules of transferstate.h, so that a gap the documents leave open is reported.
    const bool answeredNo = a.thirdCountryTransfers == Answer::No;
    if (answeredNo && (thirdCountry || !index.transfersOfActivity(a.id).isEmpty()))
        out.add(Severity::Error, "transfers-contradicted", QStringLiteral("thirdCountryTransfers"),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” is recorded as transferring no data to third countries, but a recipient is outside the EU/EEA or a transfer is recorded for it. Correct one or the other: Art. 13(1)(f) and 30(1)(e) require the transfers to be stated as they are.")
                    .arg(name));
    else if (a.thirdCountryTransfers == Answer::Yes && !thirdCountry && index.transfersOfActivity(a.id).isEmpty())
        out.add(Severity::Error, "transfers-not-recorded", QStringLiteral("thirdCountryTransfers"),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” is recorded as transferring data to third countries, but no transfer says where to or on which mechanism. Art. 30(1)(e) and 13(1)(f) require the third country and the safeguards.")
                    .arg(name));
    else if (!answeredNo && !unknown.isEmpty())
        out.add(Severity::Error, "transfers-unknown", QStringLiteral("thirdCountryTransfers"),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” discloses data to %2, whose country is not recorded, so no document can say whether data leaves the EU/EEA. Record each recipient’s country, or record that the activity transfers no data to third countries (Art. 13(1)(f), Art. 30(1)(e)).")
                    .arg(name, quotedList(unknown)));
}

void checkControllerActivity(const Register &reg, const ProcessingActivity &a,
                             const CheckContext &, const CheckIndex &index, const QString &name,
                             Sink &out)
{
    const QString lang = reg.organisation.language;
    if (a.role == ActivityRole::JointController && a.jointControllers.isEmpty())
        out.add(Severity::Error, "joint-activity-without-partner", QStringLiteral("jointControllers"),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” is carried out as joint controller but names no other controller. Art. 30(1)(a) requires the joint controllers in the record, and Art. 26 an arrangement with them.")
                    .arg(name));
    if (a.purposes.isEmpty())
        out.add(Severity::Error, "activity-without-purpose", QStringLiteral("purposes"),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” has no purpose. Art. 30(1)(b) requires the purposes of the processing in the record, and Art. 13(1)(c) in the privacy notice.")
                    .arg(name));
    qsizetype consentPurpose = -1;
    bool special = false, criminal = false, cpr = false;
    for (qsizetype i = 0; i < a.purposes.size(); ++i) {
        const Purpose &p = a.purposes.at(i);
        const QString purpose = purposeName(reg, p, i);
        const QString at = QStringLiteral("purposes[%1].").arg(i);
        special = special || !p.specialCondition.isEmpty();
        criminal = criminal || !p.criminalBasis.isEmpty();
        cpr = cpr || !p.cprGround.isEmpty();
        if (p.legalBasis.isEmpty())
            out.add(Severity::Error, "purpose-without-basis", at + QStringLiteral("legalBasis"),
                    QCoreApplication::translate("Fortegnelse::Checks", "The purpose “%1” of “%2” has no legal basis. Every purpose needs one under Art. 6(1), and Art. 13(1)(c) requires it in the privacy notice.")
                        .arg(purpose, name));
        if (p.legalBasis == u"f" && isBlank(p.legitimateInterest))
            out.add(Severity::Error, "legitimate-interest-undescribed", at + QStringLiteral("legitimateInterest"),
                    QCoreApplication::translate("Fortegnelse::Checks", "The purpose “%1” of “%2” relies on legitimate interests, but the interest pursued is not described. Art. 13(1)(d) requires telling people what it is.")
                        .arg(purpose, name));
        // A national ground is the law of one country: a Norwegian or Swedish controller
        // never relies on the Danish act, nor the other way round (item 9).
        for (const auto &[list, code, field] : {std::tuple{CodeList::Art10, p.criminalBasis, "criminalBasis"},
                                                std::tuple{CodeList::Cpr, p.cprGround, "cprGround"}}) {
            const QString country = ReferenceData::instance().groundCountry(list, code);
            if (!country.isEmpty() && country != index.nationalLaw())
                out.add(Severity::Error, "ground-of-another-country", at + QLatin1String(field),
                        QCoreApplication::translate("Fortegnelse::Checks", "The purpose “%1” of “%2” relies on %3, which is the law of %4, but the organisation is not established there. Record the ground of the controller’s own national law.")
                            .arg(purpose, name, ReferenceData::instance().citation(code, QStringLiteral("en")),
                                 nationalCountryName(country)));
        }
        const bool consent = p.legalBasis == u"a" || p.specialCondition == u"a";
        if (consent && consentPurpose < 0)
            consentPurpose = i;
        if (consent && isBlank(p.consentRecord))
            out.add(Severity::Warning, "consent-without-record", at + QStringLiteral("consentRecord"),
                    QCoreApplication::translate("Fortegnelse::Checks", "The purpose “%1” of “%2” relies on consent, but the register does not say where proof of consent is kept. Art. 7(1) requires the controller to be able to demonstrate consent.")
                        .arg(purpose, name));
    }

    // The data the activity uses: its list, and anything the matrix adds.
    QStringList used = a.data;
    QSet<QString> inMatrix, subjects;
    bool children = false;
    for (const MatrixRow &row : a.matrix) {
        for (const QString &d : row.data) {
            inMatrix.insert(d);
            if (!used.contains(d))
                used.append(d);
        }
        subjects.insert(row.subject);
        const SubjectCategory *s = reg.subjectCategories.find(row.subject);
        children = children || (s && s->children);
    }
    QStringList specialNames, criminalNames, cprNames;
    bool monitoring = false;
    for (const QString &id : used) {
        const DataCategory *d = reg.dataCategories.find(id);
        if (!d)
            continue;
        const QString dataName = d->name.resolve(lang, QStringLiteral("en"));
        if (d->dataKind == DataKind::Special)
            specialNames.append(dataName);
        else if (d->dataKind == DataKind::Criminal)
            criminalNames.append(dataName);
        else if (d->dataKind == DataKind::NationalId)
            cprNames.append(dataName);
        monitoring = monitoring || d->ref == u"cctv-footage" || d->ref == u"location";
    }
    // The Art. 9/10 and DBL grounds may sit on any purpose; point at the first one.
    const auto groundField = [&](const char *field) {
        return a.purposes.isEmpty() ? QStringLiteral("purposes")
                                    : QStringLiteral("purposes[0].") + QLatin1String(field);
    };
    if (!specialNames.isEmpty() && !special)
        out.add(Severity::Error, "special-without-condition", groundField("specialCondition"),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” processes special categories of data (%2), but no purpose names an Art. 9(2) condition. Art. 9(1) prohibits the processing without one.")
                    .arg(name, quotedList(specialNames)));
    const QString law = index.nationalLaw();
    if (!criminalNames.isEmpty() && !criminal) {
        if (law == u"DK")
            out.add(Severity::Error, "criminal-without-basis", groundField("criminalBasis"),
                    QCoreApplication::translate("Fortegnelse::Checks", "“%1” processes data about criminal offences (%2), but no purpose names a basis in databeskyttelsesloven § 8. Art. 10 allows the processing only where national law authorises it.")
                        .arg(name, quotedList(criminalNames)));
        else if (law == u"NO")
            out.add(Severity::Error, "criminal-without-basis", groundField("criminalBasis"),
                    QCoreApplication::translate("Fortegnelse::Checks", "“%1” processes data about criminal offences (%2), but no purpose names personopplysningsloven § 11 as its basis. Art. 10 allows the processing only where national law authorises it.")
                        .arg(name, quotedList(criminalNames)));
        else if (law == u"SE")
            out.add(Severity::Error, "criminal-without-basis", groundField("criminalBasis"),
                    QCoreApplication::translate("Fortegnelse::Checks", "“%1” processes data about criminal offences (%2), but no purpose names dataskyddslagen (2018:218) 3 kap. 8 § with förordning (2018:219) as its basis. Art. 10 allows the processing only where national law authorises it.")
                        .arg(name, quotedList(criminalNames)));
        else
            out.add(Severity::Advice, "criminal-without-basis", groundField("criminalBasis"),
                    QCoreApplication::translate("Fortegnelse::Checks", "“%1” processes data about criminal offences (%2). Art. 10 allows this only where national law authorises it; record the provision you rely on.")
                        .arg(name, quotedList(criminalNames)));
    }
    if (!cprNames.isEmpty() && !cpr) {
        if (law == u"DK")
            out.add(Severity::Error, "cpr-without-ground", groundField("cprGround"),
                    QCoreApplication::translate("Fortegnelse::Checks", "“%1” processes CPR numbers (%2), but no purpose names a ground in databeskyttelsesloven § 11. Private controllers may process CPR numbers only on the grounds in § 11(2).")
                        .arg(name, quotedList(cprNames)));
        else if (law == u"NO")
            out.add(Severity::Error, "cpr-without-ground", groundField("cprGround"),
                    QCoreApplication::translate("Fortegnelse::Checks", "“%1” processes national identity numbers (%2), but no purpose names personopplysningsloven § 12 as its ground. They may be processed only where there is an objective need for secure identification and the method is necessary (Art. 87).")
                        .arg(name, quotedList(cprNames)));
        else if (law == u"SE")
            out.add(Severity::Error, "cpr-without-ground", groundField("cprGround"),
                    QCoreApplication::translate("Fortegnelse::Checks", "“%1” processes personal identity numbers (%2), but no purpose names dataskyddslagen (2018:218) 3 kap. 10 § as its ground. Without consent they may be processed only where clearly justified (Art. 87).")
                        .arg(name, quotedList(cprNames)));
        else
            out.add(Severity::Advice, "cpr-without-ground", groundField("cprGround"),
                    QCoreApplication::translate("Fortegnelse::Checks", "“%1” processes national identification numbers (%2). Art. 87 lets national law set conditions for them; record the ground you rely on.")
                        .arg(name, quotedList(cprNames)));
    }
    if (children && consentPurpose >= 0 && law == u"DK")
        out.add(Severity::Warning, "children-consent-age", QStringLiteral("purposes[%1].legalBasis").arg(consentPurpose),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” relies on consent and concerns children. In Denmark the age of digital consent is 15 (databeskyttelsesloven § 6(2), Art. 8(1)); below it a parent must give or authorise consent.")
                    .arg(name));
    else if (children && consentPurpose >= 0 && law == u"NO")
        out.add(Severity::Warning, "children-consent-age", QStringLiteral("purposes[%1].legalBasis").arg(consentPurpose),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” relies on consent and concerns children. In Norway the age of digital consent is 13 (personopplysningsloven § 5, Art. 8(1)); below it a parent must give or authorise consent.")
                    .arg(name));
    else if (children && consentPurpose >= 0 && law == u"SE")
        out.add(Severity::Warning, "children-consent-age", QStringLiteral("purposes[%1].legalBasis").arg(consentPurpose),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” relies on consent and concerns children. In Sweden the age of digital consent is 13 (dataskyddslagen (2018:218) 2 kap. 4 §, Art. 8(1)); below it a parent must give or authorise consent.")
                    .arg(name));

    if (a.data.isEmpty())
        out.add(Severity::Error, "activity-without-data", QStringLiteral("data"),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” lists no categories of personal data. Art. 30(1)(c) requires them in the record.")
                    .arg(name));
    QStringList unmatched, unretained;
    QSet<QString> retained;
    bool retainsAll = false;
    for (const RetentionRule &r : a.retention) {
        retainsAll = retainsAll || r.data.isEmpty(); // a rule for no data in particular covers all
        for (const QString &d : r.data)
            retained.insert(d);
    }
    for (const QString &id : a.data) {
        if (!inMatrix.contains(id))
            unmatched.append(displayName(reg, EntityKind::DataCategory, id));
        if (!retainsAll && !retained.contains(id))
            unretained.append(displayName(reg, EntityKind::DataCategory, id));
    }
    if (!unmatched.isEmpty())
        out.add(Severity::Warning, "data-not-in-matrix", QStringLiteral("matrix"),
                law == u"DK"
                    ? QCoreApplication::translate("Fortegnelse::Checks", "In “%1”, %2 is not linked to any category of data subjects. Datatilsynet’s 2020 guidance on Art. 30(1)(c) requires a clear link between data categories and data subjects.")
                          .arg(name, quotedList(unmatched))
                    : QCoreApplication::translate("Fortegnelse::Checks", "In “%1”, %2 is not linked to any category of data subjects. Art. 30(1)(c) asks for the categories of data subjects and of personal data, and the record is clearer when each data category is tied to the people it concerns.")
                          .arg(name, quotedList(unmatched)));
    QStringList emptyRows;
    for (const MatrixRow &row : a.matrix)
        if (row.data.isEmpty())
            emptyRows.append(displayName(reg, EntityKind::SubjectCategory, row.subject));
    if (!emptyRows.isEmpty())
        out.add(Severity::Warning, "subject-without-data", QStringLiteral("matrix"),
                QCoreApplication::translate("Fortegnelse::Checks", "In “%1”, no category of personal data is ticked for %2. Art. 30(1)(c) asks which data the activity processes about each category of data subjects; the record shows the row as not stated.")
                    .arg(name, quotedList(emptyRows)));
    if (!unretained.isEmpty())
        out.add(Severity::Warning, "retention-missing", QStringLiteral("retention"),
                QCoreApplication::translate("Fortegnelse::Checks", "In “%1”, no retention rule covers %2. Art. 30(1)(f) asks for the time limits for erasure, and Art. 13(2)(a) requires them in the privacy notice.")
                    .arg(name, quotedList(unretained)));
    for (qsizetype i = 0; i < a.retention.size(); ++i) {
        const RetentionRule &r = a.retention.at(i);
        if (r.amount > 0)
            continue;
        if (isBlank(r.criterion))
            out.add(Severity::Warning, "retention-vague", QStringLiteral("retention[%1]").arg(i),
                    QCoreApplication::translate("Fortegnelse::Checks", "A retention rule of “%1” gives neither a period nor a criterion. Art. 13(2)(a) requires one or the other (WP260 rev.01).")
                        .arg(name));
        else if (isVague(r.criterion))
            out.add(Severity::Warning, "retention-vague", QStringLiteral("retention[%1].criterion").arg(i),
                    QCoreApplication::translate("Fortegnelse::Checks", "A retention rule of “%1” says only that data is kept as long as necessary. WP260 rev.01 does not accept this: state a period, or a criterion such as an event or a statutory period.")
                        .arg(name));
    }

    const AutomatedDecision &ad = a.automated;
    // Art. 13(2)(e) and (f): the notice must answer these, so an unanswered one is an
    // error, and the documents show a gap rather than a default (issue 12, item 3).
    if (ad.used == Answer::NotAssessed)
        out.add(Severity::Error, "automated-not-assessed", QStringLiteral("automated.used"),
                QCoreApplication::translate("Fortegnelse::Checks", "Nobody has recorded whether “%1” involves automated decisions, including profiling. Art. 13(2)(f) and 14(2)(g) require the privacy notice to say so: record the answer, its reason and the date.")
                    .arg(name));
    if (a.provision == ProvisionRequirement::NotAssessed && !a.indirectOnly)
        out.add(Severity::Error, "provision-not-assessed", QStringLiteral("provision"),
                QCoreApplication::translate("Fortegnelse::Checks", "Nobody has recorded whether people must provide the data for “%1”. Art. 13(2)(e) requires the privacy notice to say whether it is a statutory or contractual requirement, and what happens if they do not: record the answer, its reason and the date.")
                    .arg(name));
    if (ad.used == Answer::Yes && (isBlank(ad.logic) || isBlank(ad.significance)))
        out.add(Severity::Error, "automated-without-explanation",
                isBlank(ad.logic) ? QStringLiteral("automated.logic") : QStringLiteral("automated.significance"),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” makes automated decisions, but the logic involved or their significance and consequences are not described. Art. 13(2)(f) and 14(2)(g) require both.")
                    .arg(name));

    // A documented reason for not doing a DPIA is a decision the officer has made.
    if (a.dpia.required != Answer::Yes && !a.dpia.done && isBlank(a.dpia.reason)) {
        QString reason;
        if (ad.used == Answer::Yes && ad.profiling)
            reason = QCoreApplication::translate("Fortegnelse::Checks", "automated decisions based on profiling (Art. 35(3)(a))");
        else if ((!specialNames.isEmpty() || !criminalNames.isEmpty()) && (subjects.size() > 1 || children))
            reason = QCoreApplication::translate("Fortegnelse::Checks", "special categories or criminal-offence data about several groups of people or children (Art. 35(3)(b))");
        else if (monitoring)
            reason = QCoreApplication::translate("Fortegnelse::Checks", "systematic monitoring (Art. 35(3)(c))");
        if (!reason.isEmpty())
            out.add(Severity::Warning, "dpia-likely-required", QStringLiteral("dpia.required"),
                    QCoreApplication::translate("Fortegnelse::Checks", "“%1” involves %2, so a data protection impact assessment is likely required (Art. 35 and %3). Record a DPIA, or the reason none is needed.")
                        .arg(name, reason, dpiaList(index.nationalLaw())));
        else if (a.dpia.required == Answer::NotAssessed)
            out.add(Severity::Warning, "dpia-not-assessed", QStringLiteral("dpia.required"),
                    QCoreApplication::translate("Fortegnelse::Checks", "Nobody has recorded whether “%1” needs a data protection impact assessment. Art. 35(1) asks the controller to decide before the processing starts, and Art. 5(2) to be able to show it: record the answer, its reason and the date.")
                        .arg(name));
    }
    if (a.dpia.required == Answer::Yes && !a.dpia.done)
        out.add(Severity::Warning, "dpia-not-done", QStringLiteral("dpia.done"),
                QCoreApplication::translate("Fortegnelse::Checks", "A data protection impact assessment is required for “%1” but not recorded as done. Art. 35(1) requires it before the processing starts.")
                    .arg(name));
}

/// Rule U1: links an import generated (every subject to every data category, every
/// recipient given everything) are guesses until the officer confirms them; the documents
/// show them as not stated, and this says where (Datatilsynet's 2020 guidance).
void checkUnconfirmedLinks(const Register &reg, const ProcessingActivity &a, const QString &name, Sink &out)
{
    QStringList subjects, recipients;
    for (const MatrixRow &row : a.matrix)
        if (row.unconfirmed)
            subjects.append(displayName(reg, EntityKind::SubjectCategory, row.subject));
    for (const Disclosure &d : a.recipients)
        if (d.unconfirmed)
            recipients.append(d.party.isEmpty() ? d.recipientCategory.resolve(reg.organisation.language, QStringLiteral("en"))
                                                : displayName(reg, EntityKind::Party, d.party));
    if (!subjects.isEmpty())
        out.add(Severity::Error, "links-unconfirmed", QStringLiteral("matrix"),
                QCoreApplication::translate("Fortegnelse::Checks", "In “%1”, the import linked %2 to every category of personal data, because the file did not say which data concern whom. Confirm or prune the links: until then the record shows them as not stated (Art. 30(1)(c), Datatilsynet’s 2020 guidance).")
                    .arg(name, quotedList(subjects)));
    if (!recipients.isEmpty())
        out.add(Severity::Error, "recipients-unconfirmed", QStringLiteral("matrix"),
                QCoreApplication::translate("Fortegnelse::Checks", "In “%1”, the import gave %2 every category of personal data about everyone, because the file did not say what each recipient receives. Confirm or narrow it: until then the record shows it as not stated (Art. 30(1)(d)).")
                    .arg(name, quotedList(recipients)));
}

} // namespace

QList<Problem> checkActivity(const Register &reg, const ProcessingActivity &a,
                             const CheckContext &ctx)
{
    return checkActivity(reg, a, ctx, CheckIndex(reg));
}

QList<Problem> checkActivity(const Register &reg, const ProcessingActivity &a,
                             const CheckContext &ctx, const CheckIndex &index, QStringList *reached)
{
    if (reached)
        reached->clear();
    if (a.status == ActivityStatus::Retired)
        return {};
    Sink out{EntityKind::Activity, a.id, {}};
    const QString name = displayName(reg, EntityKind::Activity, a.id);
    if (a.role == ActivityRole::Processor) {
        // As processor we keep the Art. 30(2) record; purposes, bases, retention and
        // DPIAs are the client controller's to decide and record.
        if (a.client.isEmpty())
            out.add(Severity::Error, "processor-activity-without-client", QStringLiteral("client"),
                    QCoreApplication::translate("Fortegnelse::Checks", "“%1” is carried out as processor but does not name the controller it is done for. Art. 30(2)(a) requires the name and contact details of each controller.")
                        .arg(name));
    } else {
        checkControllerActivity(reg, a, ctx, index, name, out);
    }
    checkRecipients(reg, a, index, name, out, reached);
    checkUnconfirmedLinks(reg, a, name, out);
    if (a.dpia.done && a.dpia.nextReview.isValid() && a.dpia.nextReview < ctx.today)
        out.add(Severity::Warning, "dpia-review-overdue", QStringLiteral("dpia.nextReview"),
                QCoreApplication::translate("Fortegnelse::Checks", "The data protection impact assessment of “%1” was due for review on %2. Art. 35(11) asks for a review at least when the risk of the processing changes.")
                    .arg(name, dateText(a.dpia.nextReview)));
    if (a.nextReview.isValid() && a.nextReview < ctx.today)
        out.add(Severity::Warning, "activity-review-overdue", QStringLiteral("nextReview"),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” was due for review on %2. Keeping the record up to date is part of accountability (Art. 5(2), Art. 24(1)).")
                    .arg(name, dateText(a.nextReview)));
    out.problems += runCheckRules(reg, EntityKind::Activity, a.id, ctx);
    // A draft is not carried out yet, so nothing in it breaks the law today: its gaps
    // are shown as warnings, to fix before it is made active. The register's error
    // count then means "the processing going on now is not compliant".
    if (a.status == ActivityStatus::Draft)
        for (Problem &p : out.problems)
            if (p.severity == Severity::Error)
                p.severity = Severity::Warning;
    return out.problems;
}

} // namespace Fortegnelse

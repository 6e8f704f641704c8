#include "checks.h"

#include "checkrules.h"
#include "checksupport.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

// The checks of a party (processors, sub-processors, joint and client controllers) and of
// a transfer to a third country (Chapter V).

namespace Fortegnelse {

using namespace CheckSupport;

QList<Problem> checkParty(const Register &reg, const Party &party, const CheckContext &ctx)
{
    return checkParty(reg, party, ctx, CheckIndex(reg));
}

QList<Problem> checkParty(const Register &reg, const Party &p, const CheckContext &ctx,
                          const CheckIndex &index)
{
    Sink out{EntityKind::Party, p.id, {}};
    const QString name = displayName(reg, EntityKind::Party, p.id);
    const bool processor = p.role == PartyRole::Processor || p.role == PartyRole::SubProcessor;
    // Art. 30(2)(a) asks for each controller's name and contact details: a class of clients
    // meets it only by pointing at the list where each client is named (issue 12, item 8).
    if (p.role == PartyRole::ClientController && p.clientClass && isBlank(p.clientList))
        out.add(Severity::Error, "client-list-missing", QStringLiteral("clientList"),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” is a class of clients, but the register does not say where the clients are listed. Art. 30(2)(a) requires the name and contact details of each controller we act for: record where the list is kept (CRM, agreement archive).")
                    .arg(name));
    if (p.country.isEmpty() && p.role != PartyRole::ClientController)
        out.add(Severity::Warning, "party-country-missing", QStringLiteral("country"),
                QCoreApplication::translate("Fortegnelse::Checks", "“%1” has no country. Where a recipient is established decides whether the transfer rules in Chapter V apply and what Art. 30(1)(e) requires to be recorded.")
                    .arg(name));
    if (p.role == PartyRole::SubProcessor) {
        const Party *parent = reg.parties.find(p.parent);
        const bool underProcessor = parent
            && (parent->role == PartyRole::Processor || parent->role == PartyRole::SubProcessor);
        if (p.parent.isEmpty() && !index.isOwnSubProcessor(p.id))
            out.add(Severity::Error, "subprocessor-without-parent", QStringLiteral("parent"),
                    QCoreApplication::translate("Fortegnelse::Checks", "The sub-processor “%1” is not linked to the processor that engaged it, and no activity we carry out as processor discloses data to it. Art. 28(2) and (4) tie every sub-processor to a processor, and transfers follow that chain.")
                        .arg(name));
        else if (!p.parent.isEmpty() && !underProcessor)
            out.add(Severity::Error, "subprocessor-parent-not-processor", QStringLiteral("parent"),
                    QCoreApplication::translate("Fortegnelse::Checks", "The sub-processor “%1” is placed under “%2”, which is not a processor. Under Art. 28(4) a sub-processor is engaged by a processor.")
                        .arg(name, displayName(reg, EntityKind::Party, p.parent)));
    }
    if (processor && !p.agreement.isRecorded())
        out.add(Severity::Error, "processor-without-agreement", QStringLiteral("agreement"),
                QCoreApplication::translate("Fortegnelse::Checks", "No data processing agreement is recorded for the processor “%1”. Art. 28(3) and (4) require a written contract (Art. 28(9)).")
                    .arg(name));
    if (p.agreement.nextReview.isValid() && p.agreement.nextReview < ctx.today)
        out.add(Severity::Warning, "agreement-review-overdue", QStringLiteral("agreement.nextReview"),
                QCoreApplication::translate("Fortegnelse::Checks", "The agreement with “%1” was due for review on %2. Review it to show it still meets Art. 28(3) (accountability, Art. 5(2)).")
                    .arg(name, dateText(p.agreement.nextReview)));
    if (p.role == PartyRole::JointController && isBlank(p.arrangement))
        out.add(Severity::Warning, "joint-arrangement-missing", QStringLiteral("arrangement"),
                QCoreApplication::translate("Fortegnelse::Checks", "The essence of the arrangement with the joint controller “%1” is not described. Art. 26(2) requires it to be made available to the data subjects.")
                    .arg(name));
    if (index.reliesOnUsAdequacy(p.id)) {
        if (!p.dpfCertified)
            out.add(Severity::Error, "dpf-not-certified", QStringLiteral("dpfCertified"),
                    QCoreApplication::translate("Fortegnelse::Checks", "Transfers to “%1” in the United States rely on the adequacy decision, but “%1” is not recorded as certified under the EU-US Data Privacy Framework. Decision (EU) 2023/1795 covers certified organisations only.")
                        .arg(name));
        else if (!p.dpfChecked.isValid())
            out.add(Severity::Warning, "dpf-check-outdated", QStringLiteral("dpfChecked"),
                    QCoreApplication::translate("Fortegnelse::Checks", "It is not recorded when the Data Privacy Framework certification of “%1” was checked. Check the DPF list and record the date, since adequacy under Decision (EU) 2023/1795 lasts only while the certification does.")
                        .arg(name));
        else if (p.dpfChecked < ctx.today.addYears(-1))
            out.add(Severity::Warning, "dpf-check-outdated", QStringLiteral("dpfChecked"),
                    QCoreApplication::translate("Fortegnelse::Checks", "The Data Privacy Framework certification of “%1” was last checked on %2, more than a year ago. Certifications lapse; check the DPF list again (Decision (EU) 2023/1795).")
                        .arg(name, dateText(p.dpfChecked)));
    }
    out.problems += runCheckRules(reg, EntityKind::Party, p.id, ctx);
    return out.problems;
}

namespace {

QList<Problem> checkTransferMechanism(const Register &reg, const Transfer &t)
{
    Sink out{EntityKind::Transfer, t.id, {}};
    const QString name = displayName(reg, EntityKind::Transfer, t.id);
    if (t.destination.isEmpty()) {
        // An error: Art. 13(1)(f) and 30(1)(e) require the country, and a document
        // generated anyway shows a gap marker in its place (issue 12, item 5).
        out.add(Severity::Error, "transfer-without-destination", QStringLiteral("destination"),
                QCoreApplication::translate("Fortegnelse::Checks", "The transfer to “%1” does not name the third country or international organisation. Art. 30(1)(e) and Art. 13(1)(f) require it: find it in the recipient’s sub-processor list.")
                    .arg(name));
        return out.problems;
    }
    const ReferenceData &refs = ReferenceData::instance();
    const ReferenceData::Country *country = refs.country(t.destination);
    const QString where = countryName(t.destination);
    if (country && country->isEea())
        out.add(Severity::Advice, "transfer-within-eea", QStringLiteral("destination"),
                QCoreApplication::translate("Fortegnelse::Checks", "The transfer to “%1” goes to %2, which is in the EU/EEA. Chapter V does not apply there, so this is not a transfer to record under Art. 30(1)(e); the recipient belongs in the activities’ recipients.")
                    .arg(name, where));
    if (!country || country->isEea())
        return out.problems;
    if (t.mechanism.isEmpty()) {
        if (!country->hasAdequacy())
            out.add(Severity::Error, "transfer-without-mechanism", QStringLiteral("mechanism"),
                    QCoreApplication::translate("Fortegnelse::Checks", "The transfer to “%1” goes to %2, which has no adequacy decision, and names no transfer mechanism. Art. 44 and 46 require appropriate safeguards or, for occasional transfers, an Art. 49 derogation.")
                        .arg(name, where));
        else if (country->status == u"adequate-partial")
            out.add(Severity::Advice, "transfer-partial-adequacy", QStringLiteral("mechanism"),
                    QCoreApplication::translate("Fortegnelse::Checks", "The transfer to “%1” names no mechanism, and the adequacy decision for %2 covers only part of the recipients there. Choose Art. 45 if the recipient is covered, or another mechanism.")
                        .arg(name, where));
        return out.problems;
    }
    // Norway, Iceland and Liechtenstein apply an adequacy decision only once the EEA Joint
    // Committee has incorporated it (Brazil, Decision (EU) 2026/179: not yet; item 9).
    if (t.mechanism == u"art45" && country->hasAdequacy() && country->notInEea
        && ReferenceData::isEeaEfta(reg.organisation.country))
        out.add(Severity::Error, "adequacy-not-in-eea", QStringLiteral("mechanism"),
                QCoreApplication::translate("Fortegnelse::Checks", "The transfer to “%1” relies on the adequacy decision for %2 (%3), which is not yet incorporated in the EEA Agreement, so an exporter in %4 cannot rely on it. Use Art. 46 safeguards until it is.")
                    .arg(name, where, country->decision, countryName(reg.organisation.country)));
    if (t.mechanism == u"art45" && !country->hasAdequacy())
        out.add(Severity::Error, "adequacy-not-available", QStringLiteral("mechanism"),
                QCoreApplication::translate("Fortegnelse::Checks", "The transfer to “%1” relies on an adequacy decision, but the Commission has adopted none for %2 (Art. 45). Use Art. 46 safeguards instead.")
                    .arg(name, where));
    const ReferenceData::Entry *mechanism = refs.entry(CodeList::Mechanism, t.mechanism);
    if (mechanism && mechanism->extra == u"derogation") {
        const bool regular = std::any_of(t.activities.cbegin(), t.activities.cend(),
                                         [&](const QString &id) {
                                             const ProcessingActivity *a = reg.activities.find(id);
                                             return a && a->status == ActivityStatus::Active;
                                         });
        if (regular)
            out.add(Severity::Warning, "derogation-for-regular-transfer", QStringLiteral("mechanism"),
                    QCoreApplication::translate("Fortegnelse::Checks", "The transfer to “%1” relies on an Art. 49 derogation but is part of an ongoing processing activity. Derogations are for occasional transfers only (EDPB Guidelines 2/2018); use Art. 46 safeguards for regular transfers.")
                        .arg(name));
        if (t.mechanism == u"art49-1-2" && isBlank(t.safeguards))
            out.add(Severity::Error, "derogation-assessment-missing", QStringLiteral("safeguards"),
                    QCoreApplication::translate("Fortegnelse::Checks", "The transfer to “%1” relies on compelling legitimate interests, but the assessment and the safeguards are not documented. Art. 49(6) and 30(1)(e) require them in the record.")
                        .arg(name));
    }
    return out.problems;
}

} // namespace

QList<Problem> checkTransfer(const Register &reg, const Transfer &t, const CheckContext &ctx)
{
    return checkTransferMechanism(reg, t) + runCheckRules(reg, EntityKind::Transfer, t.id, ctx);
}

} // namespace Fortegnelse

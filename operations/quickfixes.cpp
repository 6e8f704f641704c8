#include "quickfixes.h"

#include "catalogues.h"
#include "document.h"
#include "labels.h"
#include "referencedata.h"
#include "register.h"
#include "transferstate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace Fortegnelse {

namespace {

QString quoted(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out.append(QStringLiteral("“%1”").arg(n));
    return out.join(QStringLiteral(", "));
}

QString uiLanguageCode()
{
    switch (QLocale().language()) {
    case QLocale::Danish: return QStringLiteral("da");
    case QLocale::NorwegianBokmal: return QStringLiteral("nb");
    case QLocale::Swedish: return QStringLiteral("sv");
    default: return QStringLiteral("en");
    }
}

/// The parties reached through recipient \a index of \a a that are outside the EU/EEA with
/// no transfer to their country recorded: what "recipient-transfer-missing" reports.
QList<const Party *> partiesWithoutTransfer(const Register &reg, const ProcessingActivity &a, int index)
{
    QList<const Party *> out;
    if (index < 0 || index >= a.recipients.size() || a.recipients.at(index).party.isEmpty())
        return out;
    const QString recipient = a.recipients.at(index).party;
    const auto recorded = [&](const QString &party, const QString &country) {
        return std::any_of(reg.transfers.begin(), reg.transfers.end(), [&](const Transfer &t) {
            return t.party == party && t.destination == country;
        });
    };
    const TransferDeriver deriver(reg);
    for (const QString &id : deriver.chainOf(recipient)) {
        const Party *p = reg.parties.find(id);
        const ReferenceData::Country *c = p ? ReferenceData::instance().country(p->country) : nullptr;
        if (c && !c->isEea() && !recorded(id, p->country) && !recorded(recipient, p->country))
            out.append(p);
    }
    return out;
}

/// The activity's data categories no retention rule covers.
QStringList unretainedData(const ProcessingActivity &a)
{
    QSet<QString> retained;
    for (const RetentionRule &r : a.retention) {
        if (r.data.isEmpty())
            return {}; // a rule for no data in particular covers all
        for (const QString &d : r.data)
            retained.insert(d);
    }
    QStringList out;
    for (const QString &d : a.data)
        if (!retained.contains(d))
            out.append(d);
    return out;
}

int recipientIndex(const QString &field)
{
    // "recipients[2]" or "recipients[2].party"
    if (!field.startsWith(u"recipients["))
        return -1;
    bool ok = false;
    const int i = field.mid(11, field.indexOf(QLatin1Char(']')) - 11).toInt(&ok);
    return ok ? i : -1;
}

} // namespace

QList<QuickFix> quickFixesFor(const Register &reg, const Problem &problem)
{
    QList<QuickFix> fixes;
    if (problem.kind != EntityKind::Activity)
        return fixes;
    const ProcessingActivity *a = reg.activities.find(problem.itemId);
    if (!a)
        return fixes;
    const QString lang = reg.organisation.language;
    if (problem.rule == u"recipient-transfer-missing") {
        for (const Party *p : partiesWithoutTransfer(reg, *a, recipientIndex(problem.field))) {
            QuickFix fix;
            fix.action = QuickFix::Action::RecordTransfer;
            fix.activity = a->id;
            fix.party = p->id;
            fix.country = p->country;
            fix.text = QCoreApplication::translate("Fortegnelse::QuickFixes", "Record the transfer to %1 for “%2” (you choose its mechanism next)")
                           .arg(referenceLabel(CodeList::Country, p->country), p->name);
            fixes.append(fix);
        }
    } else if (problem.rule == u"retention-missing") {
        const QStringList data = unretainedData(*a);
        if (data.isEmpty())
            return fixes;
        QStringList names;
        for (const QString &d : data)
            names.append(displayName(reg, EntityKind::DataCategory, d));
        const QString law = ReferenceData::nationalLaw(reg.organisation.country);
        for (const ReferenceData::RetentionTemplate &t : ReferenceData::instance().retentionTemplates()) {
            if (t.country != law || t.amount <= 0)
                continue;
            const auto unit = fromCode<PeriodUnit>(t.unit);
            if (!unit)
                continue;
            QuickFix fix;
            fix.action = QuickFix::Action::ApplyRetentionRule;
            fix.activity = a->id;
            fix.templateKey = t.key;
            fix.data = data;
            const QString period = QStringLiteral("%1 %2").arg(t.amount).arg(codeLabel(t.unit).toLower());
            fix.text = QCoreApplication::translate("Fortegnelse::QuickFixes", "Keep %1 as “%2”: %3 from %4")
                           .arg(quoted(names), t.label.resolve(uiLanguageCode(), QStringLiteral("en")), period,
                                t.trigger.resolve(uiLanguageCode(), QStringLiteral("en")));
            fixes.append(fix);
        }
    } else if (problem.rule == u"dpia-not-assessed" || problem.rule == u"dpia-likely-required") {
        QuickFix fix;
        fix.action = QuickFix::Action::AnswerDpia;
        fix.activity = a->id;
        fix.text = QCoreApplication::translate("Fortegnelse::QuickFixes", "Answer whether “%1” needs a DPIA").arg(a->name.resolve(lang, QStringLiteral("en")));
        fixes.append(fix);
    } else if (problem.rule == u"links-unconfirmed" || problem.rule == u"recipients-unconfirmed") {
        // Pruning is the officer's work in the matrix; confirming as they stand is offered
        // beside it, since many imported links are right (rule U1).
        const bool recipients = problem.rule == u"recipients-unconfirmed";
        QuickFix review;
        review.action = QuickFix::Action::ReviewLinks;
        review.activity = a->id;
        review.text = QCoreApplication::translate("Fortegnelse::QuickFixes", "Review which data concern whom in “%1”").arg(a->name.resolve(lang, QStringLiteral("en")));
        fixes.append(review);
        QuickFix confirm;
        confirm.action = QuickFix::Action::ConfirmLinks;
        confirm.activity = a->id;
        confirm.recipients = recipients;
        confirm.text = recipients ? QCoreApplication::translate("Fortegnelse::QuickFixes", "Confirm that each recipient receives everything listed, as imported")
                                  : QCoreApplication::translate("Fortegnelse::QuickFixes", "Confirm that all the data concern every category of data subjects, as imported");
        fixes.append(confirm);
    }
    return fixes;
}

QuickFixResult applyQuickFix(Document &doc, const QuickFix &fix)
{
    QuickFixResult result;
    const Register &reg = doc.reg();
    const ProcessingActivity *a = reg.activities.find(fix.activity);
    if (!a)
        return result;
    switch (fix.action) {
    case QuickFix::Action::RecordTransfer: {
        const Party *p = reg.parties.find(fix.party);
        if (!p || p->country != fix.country)
            return result;
        // What the register knows: who, where, for which activity. The mechanism is the
        // officer's to state, so it stays empty and the checks keep asking for it.
        Transfer t;
        t.destination = fix.country;
        t.party = fix.party;
        t.activities = {fix.activity};
        const QString id = doc.add(t, QCoreApplication::translate("Undo Commands", "Record the transfer to %1 for %2").arg(referenceLabel(CodeList::Country, fix.country), p->name));
        if (id.isEmpty())
            return result;
        return {true, EntityKind::Transfer, id, QStringLiteral("mechanism")};
    }
    case QuickFix::Action::ApplyRetentionRule: {
        const ReferenceData::RetentionTemplate *found = nullptr;
        for (const auto &t : ReferenceData::instance().retentionTemplates())
            if (t.key == fix.templateKey)
                found = &t;
        const auto unit = found ? fromCode<PeriodUnit>(found->unit) : std::nullopt;
        if (!found || !unit || fix.data.isEmpty())
            return result;
        RetentionRule rule;
        rule.data = fix.data;
        rule.amount = found->amount;
        rule.unit = *unit;
        rule.trigger = found->trigger;
        rule.criterion = found->criterion;
        if (!found->legalReference.isEmpty())
            rule.lawReferences = {found->legalReference};
        const int index = int(a->retention.size());
        const bool ok = doc.update<ProcessingActivity>(
            fix.activity, [&](ProcessingActivity &activity) { activity.retention.append(rule); },
            QCoreApplication::translate("Undo Commands", "Apply the retention rule “%1” to %2")
                .arg(found->label.resolve(reg.organisation.language, QStringLiteral("en")),
                     a->name.resolve(reg.organisation.language, QStringLiteral("en"))),
            QStringLiteral("retention"));
        if (!ok)
            return result;
        return {true, EntityKind::Activity, fix.activity, QStringLiteral("retention[%1].data").arg(index)};
    }
    case QuickFix::Action::AnswerDpia:
        return {true, EntityKind::Activity, fix.activity, QStringLiteral("dpia.required")};
    case QuickFix::Action::ReviewLinks:
        return {true, EntityKind::Activity, fix.activity, QStringLiteral("matrix")};
    case QuickFix::Action::ConfirmLinks:
        if (!confirmLinks(doc, fix.activity, fix.recipients ? LinkScope::Recipients : LinkScope::Matrix))
            return result;
        return {true, EntityKind::Activity, fix.activity, QStringLiteral("matrix")};
    }
    return result;
}

} // namespace Fortegnelse

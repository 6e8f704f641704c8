#include "checkrules.h"

namespace Fortegnelse {

const QList<CheckRule> &checkRules()
{
    // Add a rule in a file of its own and one line here.
    static const QList<CheckRule> rules{
        {EntityKind::Organisation, checkFieldFormats},
        {EntityKind::Policy, checkFieldFormats},
        {EntityKind::Party, checkFieldFormats},
        {EntityKind::Activity, checkItemName},
        {EntityKind::Party, checkItemName},
        {EntityKind::SubjectCategory, checkItemName},
        {EntityKind::DataCategory, checkItemName},
        {EntityKind::Measure, checkItemName},
        {EntityKind::Cookie, checkItemName},
    };
    return rules;
}

QList<Problem> runCheckRules(const Register &reg, EntityKind kind, const QString &id,
                             const CheckContext &ctx)
{
    QList<Problem> out;
    for (const CheckRule &rule : checkRules())
        if (rule.kind == kind)
            out += rule.check(reg, kind, id, ctx);
    return out;
}

} // namespace Fortegnelse

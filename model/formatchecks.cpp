// Rules on how a value is written rather than on what the law asks of it: contact
// details that cannot work, and items with no name. They were the editors' own
// validation until issue 18; as checks they show in the form and in the problems list alike.

#include "checkrules.h"
#include "checksupport.h"
#include "fieldtraits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Fortegnelse {

using namespace CheckSupport;

namespace {

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

bool isWebAddress(const QString &text)
{
    return text.startsWith(u"https://") || text.startsWith(u"http://") || text.startsWith(u"www.");
}

template <class T> void checkFormats(const T &item, Sink &out)
{
    forEachTextField(item, [&](const QString &path, const QString &key, const QString &text) {
        const QString value = text.trimmed();
        if (value.isEmpty())
            return;
        switch (fieldTrait(key)) {
        case FieldTrait::Email:
            if (!isEmailAddress(value))
                out.add(Severity::Warning, "email-invalid", path,
                        QCoreApplication::translate("Fortegnelse::Checks", "“%1” is not an e-mail address. Contact details in the register are given to the people it concerns and to the supervisory authority, so they must work (Art. 13(1)(a) and (b), Art. 30(1)(a)).")
                            .arg(value));
            break;
        case FieldTrait::Url:
            if (!isWebAddress(value))
                out.add(Severity::Warning, "url-invalid", path,
                        QCoreApplication::translate("Fortegnelse::Checks", "“%1” is not a web address that can be followed. Write it in full, for example https://www.example.dk.")
                            .arg(value));
            break;
        case FieldTrait::Plain:
        case FieldTrait::MultiLine: break;
        }
    });
}

} // namespace

QList<Problem> checkFieldFormats(const Register &reg, EntityKind kind, const QString &id,
                                 const CheckContext &)
{
    Sink out{kind, id, {}};
    if (kind == EntityKind::Organisation)
        checkFormats(reg.organisation, out);
    else if (kind == EntityKind::Policy)
        checkFormats(reg.policy, out);
    else
        withList(reg, kind, [&](const auto &list) {
            if (const auto *item = list.find(id))
                checkFormats(*item, out);
        });
    return out.problems;
}

QList<Problem> checkItemName(const Register &reg, EntityKind kind, const QString &id,
                             const CheckContext &)
{
    Sink out{kind, id, {}};
    withList(reg, kind, [&](const auto &list) {
        const auto *item = list.find(id);
        if constexpr (requires { item->name; })
            if (item && isBlank(item->name))
                out.add(Severity::Warning, "name-missing", QStringLiteral("name"),
                        QCoreApplication::translate("Fortegnelse::Checks", "A name is required. The record and the privacy policy name every item they list, and the problems list names it by it (Art. 30(1))."));
    });
    return out.problems;
}

} // namespace Fortegnelse

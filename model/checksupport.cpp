#include "checksupport.h"

#include "localtext.h"
#include "referencedata.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Fortegnelse::CheckSupport {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

bool isBlank(const LocalText &text)
{
    const auto &texts = text.texts();
    return std::all_of(texts.cbegin(), texts.cend(), [](const QString &t) { return isBlank(t); });
}

QString uiLanguage()
{
    switch (QLocale().language()) {
    case QLocale::Danish: return QStringLiteral("da");
    case QLocale::NorwegianBokmal: return QStringLiteral("nb");
    case QLocale::Swedish: return QStringLiteral("sv");
    default: return QStringLiteral("en");
    }
}

QString countryName(const QString &code)
{
    const ReferenceData::Country *c = ReferenceData::instance().country(code);
    return c ? c->name.resolve(uiLanguage(), QStringLiteral("en")) : code;
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString &n : names)
        quoted.append(QCoreApplication::translate("Fortegnelse::Checks", "“%1”").arg(n));
    return QLocale().createSeparatedList(quoted);
}

} // namespace Fortegnelse::CheckSupport

#include "pickers.h"

#include "document.h"
#include "labels.h"
#include "referencedata.h"
#include "register.h"

#include <QCollator>
#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>

#include <algorithm>

namespace Fortegnelse {

QString uiLanguage(const QLocale &locale)
{
    const QString name = locale.name().left(2);
    if (name == u"da" || name == u"sv")
        return name;
    if (name == u"nb" || name == u"no" || name == u"nn")
        return QStringLiteral("nb");
    return QStringLiteral("en");
}

namespace {

QString shortFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

bool monthFirst(const QLocale &locale)
{
    const QString format = shortFormat(locale);
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    return month >= 0 && day >= 0 && month < day && !format.startsWith(QLatin1Char('y'));
}

} // namespace

QDate parseDate(const QString &text, const QLocale &locale)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression local(QStringLiteral("^(\\d{1,2})[-./ ](\\d{1,2})[-./ ](\\d{4})$"));
    const QString t = text.trimmed();
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = local.match(t); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).toInt();
        const int year = m.captured(3).toInt();
        return monthFirst(locale) ? QDate(year, first, second) : QDate(year, second, first);
    }
    return {};
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortFormat(locale)) : QString();
}

QString dateFormatHint(const QLocale &locale)
{
    return shortFormat(locale).toUpper();
}

QString normaliseWebAddress(const QString &text)
{
    static const QRegularExpression host(
        QStringLiteral("^([\\p{L}\\p{N}-]+\\.)+\\p{L}{2,}(:\\d+)?([/?#]\\S*)?$"));
    const QString t = text.trimmed();
    if (t.isEmpty() || t.contains(QLatin1String("://")) || t.contains(QLatin1Char(' ')))
        return text;
    return host.match(t).hasMatch() ? QStringLiteral("https://") + t : text;
}

QString codeListLabel(CodeList list, const QString &code)
{
    const ReferenceData &ref = ReferenceData::instance();
    const QString lang = uiLanguage();
    switch (list) {
    case CodeList::Country:
    case CodeList::Destination:
        if (const auto *c = ref.country(code))
            return c->name.resolve(lang, QStringLiteral("en"));
        return code;
    case CodeList::Language: {
        const QLocale locale(code);
        QString name = locale.language() == QLocale::C ? code : locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        return name;
    }
    case CodeList::PolicySection: return fieldLabel(code);
    case CodeList::CookieWithdrawal: return valueLabel(QStringLiteral("cookieWithdrawal"), code);
    default:
        if (const auto *e = ref.entry(list, code)) {
            const QString label = e->label.resolve(lang, QStringLiteral("en"));
            return label.isEmpty() ? code : label;
        }
        return code;
    }
}

CountryPicker::CountryPicker(bool destinations, QWidget *parent)
    : QComboBox(parent)
    , m_destinations(destinations)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    lineEdit()->setPlaceholderText(tr("Type a country's name or code"));
    const ReferenceData &ref = ReferenceData::instance();
    const QString lang = uiLanguage();
    QList<const ReferenceData::Country *> countries;
    for (const auto &c : ref.countries())
        if (destinations || !c.code.startsWith(u"INTL:"))
            countries.append(&c);
    // Sorted by the name the officer reads, so the first match is the one they mean.
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(countries.begin(), countries.end(), [&](const auto *a, const auto *b) {
        return collator.compare(a->name.resolve(lang, QStringLiteral("en")), b->name.resolve(lang, QStringLiteral("en"))) < 0;
    });
    addItem(QString(), QString());
    for (const auto *c : std::as_const(countries)) {
        QString status;
        if (c->status == u"eu")
            status = tr("EU");
        else if (c->status == u"eea")
            status = tr("EEA");
        else if (c->status == u"adequate")
            status = tr("adequacy decision");
        else if (c->status == u"adequate-partial")
            status = tr("partial adequacy");
        else
            status = tr("third country, no adequacy");
        addItem(c->name.resolve(lang, QStringLiteral("en")), c->code);
        QString tip = QStringLiteral("%1 – %2").arg(c->code, status);
        if (const QString scope = c->scope.resolve(lang, QStringLiteral("en")); !scope.isEmpty())
            tip += QLatin1Char('\n') + scope;
        setItemData(count() - 1, tip, Qt::ToolTipRole);
    }
    // Suggestions that contain what is typed, in a list; never completed into the field
    // on the officer's behalf ("UK" must not become "Ukraine").
    auto *completer = new QCompleter(model(), this);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(completer);
    connect(this, &QComboBox::activated, this, [this](int index) { emit picked(itemData(index).toString()); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &CountryPicker::commitText);
}

QString CountryPicker::code() const
{
    return currentData().toString();
}

void CountryPicker::setCode(const QString &code)
{
    int index = findData(code);
    if (index < 0 && !code.isEmpty()) {
        addItem(code, code); // a code the reference data does not know stays visible
        index = count() - 1;
    }
    setCurrentIndex(std::max(0, index));
}

void CountryPicker::commitText()
{
    QString error;
    const QString code = resolve(lineEdit()->text(), m_destinations, &error);
    if (!error.isEmpty()) {
        emit refused(error);
        return;
    }
    setCode(code);
    emit picked(code);
}

QString CountryPicker::resolve(const QString &text, bool destinations, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const ReferenceData &ref = ReferenceData::instance();
    const QString lang = uiLanguage();
    const auto usable = [&](const ReferenceData::Country &c) { return destinations || !c.code.startsWith(u"INTL:"); };
    // A whole name in any language, or the code itself.
    for (const auto &c : ref.countries()) {
        if (!usable(c))
            continue;
        if (c.code.compare(t, Qt::CaseInsensitive) == 0)
            return c.code;
        for (const QString &l : ReferenceData::languages())
            if (c.name.text(l).compare(t, Qt::CaseInsensitive) == 0)
                return c.code;
    }
    // Abbreviations officers write that are no ISO 3166 alpha-2 code.
    static const QList<QPair<QString, QString>> abbreviations{
        {QStringLiteral("USA"), QStringLiteral("US")}, {QStringLiteral("U.S."), QStringLiteral("US")}, {QStringLiteral("U.S.A."), QStringLiteral("US")}, {QStringLiteral("UK"), QStringLiteral("GB")}, {QStringLiteral("UAE"), QStringLiteral("AE")}};
    for (const auto &[abbreviation, code] : abbreviations)
        if (abbreviation.compare(t, Qt::CaseInsensitive) == 0)
            return code;
    // The start of exactly one name in the UI language.
    QStringList candidates;
    QString found;
    for (const auto &c : ref.countries()) {
        const QString name = c.name.resolve(lang, QStringLiteral("en"));
        if (usable(c) && name.startsWith(t, Qt::CaseInsensitive)) {
            candidates.append(name);
            found = c.code;
        }
    }
    if (candidates.size() == 1)
        return found;
    if (error) {
        if (candidates.isEmpty()) {
            *error = tr("No country is called “%1”. Type its name or its two-letter code.").arg(t);
        } else {
            QCollator collator{QLocale()};
            std::sort(candidates.begin(), candidates.end(), collator);
            if (candidates.size() > 4)
                candidates = candidates.mid(0, 4) << QStringLiteral("…");
            *error = tr("“%1” could be %2. Type more of the name.").arg(t, candidates.join(QStringLiteral(", ")));
        }
    }
    return {};
}

} // namespace Fortegnelse

#pragma once

#include "codes.h"
#include "entitykind.h"

#include <QComboBox>
#include <QDate>
#include <QLocale>
#include <QString>

namespace Fortegnelse {

struct Register;

// Pickers that cannot pick wrong (issue 14): countries by their name in the UI language,
// dates in the UI language's own format, web addresses without a scheme, and names instead
// of codes. Each says plainly when it cannot tell what was meant, and never guesses.

/// The UI language's code for reference-data labels: "da", "nb", "sv" or "en".
QString uiLanguage(const QLocale &locale = QLocale());

/// A date as the officer writes it: ISO ("2024-03-01"), or in the locale's order with any
/// of - . / as separator ("01-03-2024", "1.3.2024" in Danish; "3/1/2024" in US English).
/// The year has four digits. An invalid QDate when the text is no date.
QDate parseDate(const QString &text, const QLocale &locale = QLocale());
/// A date in the locale's short format with a four-digit year ("01.03.2024" in Danish).
QString formatDate(const QDate &date, const QLocale &locale = QLocale());
/// How to write a date in the locale, for messages: "DD.MM.YYYY".
QString dateFormatHint(const QLocale &locale = QLocale());

/// A web address as stored: "nordlys.dk" and "www.nordlys.dk/privatliv" become
/// "https://nordlys.dk..."; text that is no host name, or has a scheme, stays as it is
/// (and the checks say what is wrong with it).
QString normaliseWebAddress(const QString &text);

/// The label of a code of a reference list in the UI language ("Standard contractual
/// clauses", not "art46-2-c"); the code itself only when the list has no label for it.
QString codeListLabel(CodeList list, const QString &code);

/// Chooses a country by its name in the UI language, sorted by that name. Typed text is
/// matched on leaving the field: a name in any of the four languages, an ISO code, a
/// common abbreviation ("USA", "UK"), or the start of exactly one name. Anything else is
/// refused with a message, and the value stays as it was.
class CountryPicker : public QComboBox
{
    Q_OBJECT

public:
    CountryPicker(bool destinations, QWidget *parent = nullptr);

    QString code() const;
    void setCode(const QString &code);

    /// The country code \a text stands for, or empty with *error saying why (an empty
    /// text is no error: it clears the value).
    static QString resolve(const QString &text, bool destinations, QString *error);

signals:
    /// The officer chose \a code (empty: cleared).
    void picked(const QString &code);
    /// What was typed matches no country, or several; the value was not changed.
    void refused(const QString &message);

private:
    void commitText();
    bool m_destinations;
};

} // namespace Fortegnelse

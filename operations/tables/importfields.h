#pragma once

// The Article 30 fields a table's column or a form's label can hold, and the headers that
// name them in Danish, Norwegian, Swedish, English and French, as the regulation's own
// wording and the authorities' templates put them.

#include <QList>
#include <QString>

namespace Fortegnelse::Tables {

enum class ImportField
{
    None,
    Name,
    Description,
    Department,
    Purpose,
    LegalBasis,
    SpecialCondition,
    Subjects,
    Data,
    Recipients,
    ThirdCountries,
    Safeguards,
    Retention,
    Measures,
    Systems,
    Notes,
};

/// Every field but None, in the order a report lists them.
const QList<ImportField> &importFields();
/// "purpose", the field's stable name for --format json and the mapping.
QString fieldKey(ImportField field);
/// The field from its key; None when there is none.
ImportField fieldFromKey(const QString &key);
/// The field's name for the officer ("Purposes"), translated.
QString fieldTitle(ImportField field);

/// How well a header names a field: 0 not at all; higher is better. An exact synonym
/// beats a header that starts with one, which beats one that contains one.
struct HeaderMatch
{
    ImportField field = ImportField::None;
    int score = 0;
    static constexpr int Exact = 3000;
    static constexpr int Prefix = 2000;
    static constexpr int Contains = 1000;
};
HeaderMatch matchHeader(const QString &header);

/// The header folded for matching: lower case, punctuation as spaces, spaces collapsed.
QString foldHeader(const QString &text);

/// Labels of the header block above a table or on a form.
enum class HeaderBlockField
{
    None,
    Organisation,
    Dpo,
    Representative
};
HeaderBlockField matchHeaderBlockLabel(const QString &label);

} // namespace Fortegnelse::Tables

#pragma once

// Understanding what an officer wrote in a cell: lists, legal bases in four languages,
// retention phrases, country names. Each function says when it is unsure, so the importer
// keeps the officer's own text instead of guessing.

#include "codes.h"
#include "referencedata.h"

#include <QStringList>

namespace Fortegnelse::Tables {

/// The items of a list cell: split on ";", line breaks and bullets ("•", "-", "*", "·").
/// Commas are kept: "navn, adresse og telefon" is often one category.
QStringList splitList(const QString &text);
/// The items of a list cell of Fortegnelse's own export: one per line.
QStringList splitLines(const QString &text);

/// The legal grounds a cell names.
struct LegalGrounds
{
    QStringList art6; ///< Art. 6(1) letters: "b"
    QStringList art9; ///< Art. 9(2) letters
    QStringList art10; ///< DBL § 8 codes of the reference data: "dbl-8-1"
    QStringList cpr; ///< DBL § 11 codes: "dbl-11-2-1"
    QStringList lawReferences; ///< other national provisions: "dbl-7-1"
    QStringList unsure; ///< what was recognised as a ground but not placed, to review
    bool isEmpty() const { return art6.isEmpty() && art9.isEmpty() && art10.isEmpty() && cpr.isEmpty() && lawReferences.isEmpty(); }
};
/// Reads "art. 6, stk. 1, litra b", "artikkel 6 nr. 1 bokstav b", "6.1 b", "Article 6(1)(b)
/// and (f)", "art. 9, stk. 2, litra h", "databeskyttelseslovens § 11, stk. 2, nr. 1" and the
/// keywords (samtykke, consent, samtycke, contrat, berettiget interesse ...).
LegalGrounds parseLegalGrounds(const QString &text);

/// A retention phrase: "5 år fra udgangen af regnskabsåret" is 5 years from "udgangen af
/// regnskabsåret". Unsure (one period is not clearly stated) keeps the whole text.
struct RetentionPhrase
{
    bool sure = false;
    int amount = 0;
    PeriodUnit unit = PeriodUnit::Years;
    QString trigger; ///< the event the period runs from, when stated
    QString text; ///< the cell's text, always
};
RetentionPhrase parseRetention(const QString &text);

/// The ISO 3166 code of a country named in Danish, Norwegian, Swedish, English or French
/// ("Tyskland", "USA", "États-Unis"), or of a code itself ("DE"); empty when unknown.
QString countryCode(const QString &name);

/// True when the text relies on the EU-US Privacy Shield, invalid since 2020 (Schrems II).
bool mentionsPrivacyShield(const QString &text);
/// The transfer mechanism a safeguards cell names, in five languages: standard contractual
/// clauses ("art46-2-c"), binding corporate rules ("art46-2-b"), adequacy or the Data
/// Privacy Framework ("art45"); empty for anything else and for the Privacy Shield.
QString transferMechanismOf(const QString &safeguards);
/// The shipped common category (of \a common, ReferenceData's subjects or data) with the
/// label \a name in any language ("Medarbejdere", "Employees"), or null.
const ReferenceData::CommonCategory *commonCategoryNamed(const QList<ReferenceData::CommonCategory> &common,
                                                         const QString &name);

} // namespace Fortegnelse::Tables

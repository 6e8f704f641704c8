// Field, code and kind labels in the UI language: the names every layer shows (the forms,
// the problems list, the diff and import reports). Pure Qt Core, so the model owns them.
#pragma once

#include "entitykind.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Fortegnelse {

struct Register;

/// The label of a field in forms ("Legal basis"), translated.
QString fieldLabel(const QString &key);
/// What a field is for, with the article it serves, for tooltips; may be empty.
QString fieldHelp(const QString &key);
/// The label of an enum code ("joint-controller" -> "Joint controller"), translated.
QString codeLabel(const QString &code);
/// The plural name of a kind, for the navigator and list titles.
QString kindTitle(EntityKind kind);

/// Whether fieldLabel() knows \a key (a key without a label shows as itself).
bool hasFieldLabel(const QString &key);
/// Whether codeLabel() knows \a code.
bool hasCodeLabel(const QString &code);
/// A text this file shows officers: "field:legalBasis", "code:processor",
/// "element:purposes", "language:da", "section:summary", "transfer"; with its context and
/// source, so a test can prove every one is translated in every UI language.
struct LabelText
{
    QString key;
    const char *context;
    const char *source;
};
QList<LabelText> labelTexts();

/// A field's path as an officer reads it, in the UI language: "purposes[1].legitimateInterest"
/// is "Purpose 2 › Legitimate interest pursued", "dpo.email" is "Data protection officer ›
/// E-mail". Never the path itself where a label exists.
QString fieldPathLabel(const QString &path);

/// The name of a code of a reference list in the UI language: "art46-2-c" is "Standard
/// contractual clauses (Article 46(2)(c))", "US" is "USA", "da" is "Danish". The code itself
/// only when the list does not know it (free text, or a file from a newer version).
QString referenceLabel(CodeList list, const QString &code);

/// The display text of any value of a field in the UI language, the one function every
/// view uses to show a value: a reference code's name (legal bases, mechanisms, countries,
/// languages, policy sections), an enum code's label ("not-assessed" -> "Not assessed"),
/// and any other value as it is. \a field is the field's key or path.
QString valueLabel(const QString &field, const QString &value);

/// An item's name for officers, in lists, pickers, problems and history, never its id:
/// displayName(), except that a transfer is named by its recipient and its country's name
/// ("Cloud Ltd (USA)"), one that names neither is "Transfer 2" by its place in the list,
/// and any other item without a name is "Unnamed party".
QString itemLabel(const Register &reg, EntityKind kind, const QString &id);

} // namespace Fortegnelse

#pragma once

// Shared by the check files (checks*.cpp), not part of the model's interface: the sink
// that collects one item's problems and the phrases messages are built from.

#include "problem.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Fortegnelse {

class LocalText;

namespace CheckSupport {

/// Problems of one item, in the order its fields are checked.
struct Sink
{
    EntityKind kind;
    QString id;
    QList<Problem> problems;

    void add(Severity severity, const char *rule, const QString &field, const QString &message)
    {
        problems.append({severity, QLatin1String(rule), kind, id, field, message});
    }
};

bool isBlank(const QString &text);
bool isBlank(const LocalText &text);
/// The language messages are shown in: reference data (country names) follows it.
QString uiLanguage();
/// A country's name in the UI language, or its code when it is not known.
QString countryName(const QString &code);
QString dateText(const QDate &date);
/// “a”, “b” and “c”, in the UI language.
QString quotedList(const QStringList &names);

} // namespace CheckSupport
} // namespace Fortegnelse

#pragma once

#include <QList>
#include <QString>

namespace Fortegnelse::Json {

/// A problem in a JSON document, at a path such as $.activities[2].purposes[0].legalBasis.
struct Error
{
    QString path;
    QString message;
    QString toString() const { return path + QStringLiteral(": ") + message; }
};

/// One line for a command line or a message box: the first error, and how many more.
QString summarize(const QList<Error> &errors);

} // namespace Fortegnelse::Json

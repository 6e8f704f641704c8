#pragma once

#include "operationresult.h"
#include "policygenerator.h"
#include "policywriters.h"
#include "recordgenerator.h"

#include <QByteArray>
#include <QDate>

namespace Fortegnelse {

/// Writes the privacy policy of the register at \a registerPath in \a format.
OperationResult writePolicyFile(const QString &registerPath, const PolicyOptions &options,
                                PolicyFormat format, const Destination &out);

/// Writes the privacy policy of \a reg, the register open in a window, in \a format. The
/// output never replaces one of \a inputs (the register's own file).
OperationResult writePolicyOf(const Register &reg, const PolicyOptions &options, PolicyFormat format,
                              const Destination &out, const QStringList &inputs);

/// The record as a file: PDF to print or send to the authority, or an OpenDocument text
/// with named styles (Title, Heading 1-3, tables) for the house template or an auditor
/// who edits it (issue 15, part 6).
enum class RecordFileFormat
{
    Pdf,
    Odt
};

/// Writes the Article 30 record of the register at \a registerPath.
OperationResult writeRecordFile(const QString &registerPath, const RecordOptions &options,
                                const Destination &out, RecordFileFormat format = RecordFileFormat::Pdf);

/// What checking a register found, as text (one printable line per problem and a count)
/// or as JSON.
struct CheckReport
{
    enum class Format
    {
        Text,
        Json
    };
    QByteArray bytes;
    int errors = 0;
    int warnings = 0;
    int advice = 0;
};

/// Runs the GDPR checks over the register at \a registerPath as of \a today. The report is
/// made even when problems are found; the result is refused only when the file cannot be read.
OperationResult checkRegisterFile(const QString &registerPath, CheckReport::Format format,
                                  const QDate &today, CheckReport *report);

} // namespace Fortegnelse

#include "tableexport.h"

#include "printable.h"
#include "readersupport.h"
#include "recordtable.h"
#include "registeroperations.h"

namespace Fortegnelse::Tables {

OperationResult exportTable(const QString &registerPath, const QString &format, const QString &language,
                            const Destination &out)
{
    if (OperationResult checked = checkDestination(out, {registerPath}); !checked)
        return checked;
    Register reg;
    if (OperationResult read = readRegister(registerPath, &reg); !read)
        return read;
    const QList<RecordSheet> sheets = recordSheets(reg, language);
    QString error;
    QByteArray bytes;
    if (format == u"xlsx")
        bytes = recordXlsx(sheets, &error);
    else if (format == u"ods")
        bytes = recordOds(sheets, &error);
    else
        bytes = recordCsv(sheets.first());
    if (bytes.isEmpty())
        return OperationResult::refused(printable(registerPath) + QStringLiteral(": ") + printable(error));
    return deliver(bytes, out, {registerPath});
}

} // namespace Fortegnelse::Tables

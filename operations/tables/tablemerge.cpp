// Issue 15, part 5: a planned import written as a new register, or merged into the open
// register as one undoable step. A merge is planned on the register as it stands (the
// preview), and the step is what turns that register into the planned one: new
// activities, categories, measures and transfers, and the organisation's empty fields the
// file's header block fills.

#include "document.h"
#include "printable.h"
#include "readersupport.h"
#include "registeroperations.h"
#include "safeoutput.h"
#include "step.h"
#include "store.h"
#include "tableimport.h"

#include <QFileInfo>

namespace Fortegnelse::Tables {

namespace {

OperationResult refuseInvalid(const ImportReport &report)
{
    for (const RowReport &row : report.rows) {
        if (row.status == RowStatus::Invalid)
            return OperationResult::refused(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: nothing was imported: %2"))
                                                .arg(printable(report.fileName), printable(row.messages.value(0))));
    }
    return OperationResult::done();
}

} // namespace

OperationResult createImported(const Register &planned, const ImportReport &report, const QString &registerPath,
                               std::unique_ptr<Document> *doc)
{
    if (OperationResult invalid = refuseInvalid(report); !invalid)
        return invalid;
    if (QFileInfo::exists(registerPath))
        return OperationResult::refused(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1 exists already; an import never "
                                                                                          "replaces a file. Choose another name."))
                                            .arg(printable(registerPath)));
    if (OperationResult checked = checkDestination(Destination::file(registerPath), {}); !checked)
        return checked;
    QString error;
    *doc = Document::create(SafeOutput::absolute(registerPath), planned, &error);
    if (!*doc)
        return OperationResult::refused(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: cannot be written: %2"))
                                            .arg(printable(registerPath), printable(SafeOutput::describeWriteFailure(error))));
    return OperationResult::done();
}

OperationResult importTable(const QString &path, const ImportOptions &options, const QString &registerPath,
                            ImportReport *report)
{
    if (OperationResult checked = checkDestination(Destination::file(registerPath), {path}); !checked)
        return checked;
    Register reg;
    QString error;
    const QString language = options.language.isEmpty() ? QStringLiteral("da") : options.language;
    if (!planImport(path, options, Register::createEmpty(language), &reg, report, &error))
        return OperationResult::refused(printable(error));
    for (const RowReport &row : std::as_const(report->rows)) {
        if (row.status == RowStatus::Invalid)
            return OperationResult::refused(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: nothing was imported: %2"))
                                                .arg(printable(report->fileName), printable(row.messages.value(0))));
    }
    if (!Store::create(SafeOutput::absolute(registerPath), reg, &error))
        return OperationResult::refused(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: cannot be written: %2"))
                                            .arg(printable(registerPath), printable(SafeOutput::describeWriteFailure(error))));
    return OperationResult::done();
}

bool isStillPlannedOn(const Document &doc, const Register &base)
{
    bool reordered = false;
    return stepBetween(base, doc.reg(), &reordered, 0).isEmpty() && !reordered;
}

OperationResult applyImport(Document &doc, const Register &base, const Register &planned, const ImportReport &report)
{
    if (OperationResult invalid = refuseInvalid(report); !invalid)
        return invalid;
    // The step replaces items with their planned state: were the register changed since the
    // preview, those changes would be undone by it. The officer is asked to look again.
    if (!isStillPlannedOn(doc, base))
        return OperationResult::refused(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The register changed after the "
                                                                                          "preview; nothing was imported. Check the "
                                                                                          "preview again."))
                                            .arg(printable(report.fileName)));
    bool reordered = false;
    const Step step = stepBetween(base, planned, &reordered);
    if (reordered)
        return OperationResult::refused(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The import would reorder the "
                                                                                          "register; nothing was imported."))
                                            .arg(printable(report.fileName)));
    if (step.isEmpty())
        return OperationResult::refused(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: The file adds nothing to the register."))
                                            .arg(printable(report.fileName)));
    const int activities = int(planned.activities.size() - base.activities.size());
    const QString text = QCoreApplication::translate("Undo Commands", "Import %n activities from %1", nullptr, activities)
                             .arg(printable(report.fileName));
    QString failure;
    const QObject guard;
    QObject::connect(&doc, &Document::writeFailed, &guard, [&failure](const QString &message) { failure = message; });
    if (!doc.performStep(step, text))
        return OperationResult::refused(trTables(QT_TRANSLATE_NOOP("Fortegnelse::Tables", "%1: nothing was imported: %2"))
                                            .arg(printable(report.fileName), printable(failure)));
    return OperationResult::done();
}

OperationResult importTableInto(Document &doc, const QString &path, const ImportOptions &options, ImportReport *report)
{
    const Register base = doc.reg();
    Register planned;
    QString error;
    if (!planImport(path, options, base, &planned, report, &error))
        return OperationResult::refused(printable(error));
    return applyImport(doc, base, planned, *report);
}

} // namespace Fortegnelse::Tables

#include "historyexport.h"

#include "document.h"
#include "jsoncodec.h"
#include "printable.h"
#include "registerlocation.h"
#include "registeroperations.h"
#include "safeoutput.h"

#include <QCoreApplication>

#include <algorithm>

namespace Fortegnelse {

namespace {

OperationResult refused(const QString &where, const QString &message)
{
    return OperationResult::refused(printable(where) + QStringLiteral(": ") + printable(message));
}

OperationResult readAll(const Document &doc, const QString &path, Register *reg, RegisterHistory *history)
{
    *reg = doc.reg();
    *history = {};
    QString error;
    JournalQuery query;
    query.limit = 1000;
    for (;;) {
        QList<JournalEntry> page;
        if (!doc.readJournal(query, &page, &error))
            return refused(path, error);
        if (page.isEmpty())
            break;
        history->journal += page;
        query.beforeSeq = page.last().seq;
    }
    std::reverse(history->journal.begin(), history->journal.end());
    SnapshotQuery snapshots;
    snapshots.withContents = true;
    snapshots.limit = std::numeric_limits<int>::max();
    if (!doc.readSnapshots(snapshots, &history->snapshots, &error))
        return refused(path, error);
    std::reverse(history->snapshots.begin(), history->snapshots.end());
    return OperationResult::done();
}

std::unique_ptr<Document> openToRead(const QString &path, QString *error)
{
    const QString location = isServerLocation(path) ? path : SafeOutput::absolute(path);
    return Document::open(location, error, Document::Mode::ReadOnly);
}

} // namespace

OperationResult readHistoryOf(const QString &path, RegisterHistory *history)
{
    QString error;
    std::unique_ptr<Document> doc = openToRead(path, &error);
    if (!doc)
        return refused(path, error);
    Register reg;
    return readAll(*doc, path, &reg, history);
}

OperationResult readRegisterWithHistory(const QString &path, Register *reg, RegisterHistory *history)
{
    QString error;
    std::unique_ptr<Document> doc = openToRead(path, &error);
    if (!doc)
        return refused(path, error);
    if (!doc->loadReport().isClean() && !doc->loadReport().onlyUnknownCodes())
        return refused(path, QCoreApplication::translate("Fortegnelse::Store", "The file is damaged: %1. Run \"fortegnelse repair\" or open it in Fortegnelse to repair it.").arg(doc->loadReport().summary()));
    // Read until nothing changed meanwhile; a register edited without pause is refused
    // rather than copied half-way.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (OperationResult r = readAll(*doc, path, reg, history); !r)
            return r;
        if (!doc->checkForExternalChanges())
            return OperationResult::done();
    }
    return refused(path, QCoreApplication::translate("Fortegnelse::Operations", "the register kept changing while it was read; try again when it is not being edited"));
}

OperationResult exportJsonWithHistory(const QString &registerPath, const Destination &out, bool withHistory)
{
    if (!withHistory)
        return exportJson(registerPath, out);
    if (OperationResult checked = checkDestination(out, {registerPath}); !checked)
        return checked;
    Register reg;
    RegisterHistory history;
    if (OperationResult r = readRegisterWithHistory(registerPath, &reg, &history); !r)
        return r;
    return deliver(Json::write(reg, history), out, {registerPath});
}

} // namespace Fortegnelse

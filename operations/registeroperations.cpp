#include "registeroperations.h"

#include "historyjson.h"

#include "document.h"

#include "jsoncodec.h"
#include "printable.h"
#include "registerlocation.h"
#include "safeoutput.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

namespace Fortegnelse {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Fortegnelse::Operations)
};

OperationResult readFile(const QString &path, QByteArray *data)
{
    const QFileInfo info(SafeOutput::absolute(path));
    QFile file(info.absoluteFilePath());
    if (info.isDir() || !file.open(QIODevice::ReadOnly))
        return OperationResult::refused(
            Messages::tr("%1: cannot be read: %2")
                .arg(printable(path), info.isDir() ? Messages::tr("it is a folder") : file.errorString()));
    *data = file.readAll();
    return OperationResult::done();
}

} // namespace

OperationResult readRegister(const QString &path, Register *reg, QDateTime *lastChange)
{
    QString error;
    const QString location = isServerLocation(path) ? path : SafeOutput::absolute(path);
    if (!readRegisterAt(location, reg, &error, lastChange))
        return OperationResult::refused(printable(path) + QStringLiteral(": ") + printable(error));
    return OperationResult::done();
}

OperationResult checkDestination(const Destination &out, const QStringList &inputs)
{
    QString error;
    if (!out.isStream() && !SafeOutput::checkTarget(out.path, inputs, &error))
        return OperationResult::refused(error);
    return OperationResult::done();
}

OperationResult deliver(const QByteArray &bytes, const Destination &out, const QStringList &inputs)
{
    if (out.isStream()) {
        if (out.stream->write(bytes) == bytes.size())
            return OperationResult::done();
        // Only a file device (standard output itself) knows why; a generic device says
        // "Unknown error", which helps nobody.
        const auto *file = qobject_cast<const QFileDevice *>(out.stream);
        if (file && file->error() != QFileDevice::NoError)
            return OperationResult::refused(Messages::tr("standard output: write failed: %1")
                                                .arg(SafeOutput::describeWriteFailure(file->errorString())));
        return OperationResult::refused(Messages::tr("standard output: write failed"));
    }
    // Checked again just before writing: the output may have changed while it was made.
    if (OperationResult checked = checkDestination(out, inputs); !checked)
        return checked;
    QString error;
    if (!SafeOutput::writeFile(out.path, bytes, &error))
        return OperationResult::refused(error);
    return OperationResult::done();
}

OperationResult importRegister(const QString &jsonPath, const QString &registerPath)
{
    if (OperationResult checked = checkDestination(Destination::file(registerPath), {jsonPath}); !checked)
        return checked;
    QByteArray json;
    if (OperationResult read = readFile(jsonPath, &json); !read)
        return read;
    Register reg;
    RegisterHistory history; // the journal and snapshots of an export, kept as they were
    QList<Json::Error> errors;
    if (!Json::read(json, &reg, &errors, &history))
        return OperationResult::refused(printable(jsonPath) + QStringLiteral(": ")
                                        + printable(Json::summarize(errors)));
    if (OperationResult checked = checkDestination(Destination::file(registerPath), {jsonPath}); !checked)
        return checked;
    const QString target = SafeOutput::absolute(registerPath);
    QString error;
    if (!Store::create(target, reg, &error, &history)) {
        return OperationResult::refused(Messages::tr("%1: cannot be written: %2")
                                            .arg(printable(registerPath),
                                                 printable(SafeOutput::describeWriteFailure(error))));
    }
    return OperationResult::done();
}

OperationResult repairRegister(const QString &registerPath, RepairReport *report)
{
    const QString path = SafeOutput::absolute(registerPath);
    QString error;
    auto doc = Document::open(path, &error, Document::Mode::Edit);
    if (!doc)
        return OperationResult::refused(printable(registerPath) + QStringLiteral(": ") + printable(error));
    for (const Damage &d : doc->loadReport().damage)
        report->fixed.append(printable(d.where + QStringLiteral(": ") + d.message));
    if (!doc->repair(&report->backupPath, &error))
        return OperationResult::refused(printable(registerPath) + QStringLiteral(": ") + printable(error));
    return OperationResult::done();
}

OperationResult exportJson(const QString &registerPath, const Destination &out)
{
    if (OperationResult checked = checkDestination(out, {registerPath}); !checked)
        return checked;
    Register reg;
    if (OperationResult read = readRegister(registerPath, &reg); !read)
        return read;
    return deliver(Json::write(reg), out, {registerPath});
}

} // namespace Fortegnelse

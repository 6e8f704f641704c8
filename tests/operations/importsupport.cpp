#include "importsupport.h"

#include "commandline.h"

#include <QBuffer>

namespace Fortegnelse::ImportTest {

using namespace Tables;

const ProcessingActivity *activityNamed(const Register &reg, const QString &name)
{
    for (const ProcessingActivity &activity : reg.activities) {
        if (activity.name.texts().values().contains(name))
            return &activity;
    }
    return nullptr;
}

QStringList purposeBases(const ProcessingActivity &activity)
{
    QStringList out;
    for (const Purpose &purpose : activity.purposes)
        out.append(purpose.description.texts().value(purpose.description.texts().firstKey()) + u'=' + purpose.legalBasis
                   + (purpose.specialCondition.isEmpty() ? QString() : u'+' + purpose.specialCondition));
    return out;
}

QStringList transfersOf(const Register &reg, const ProcessingActivity &activity)
{
    QStringList out;
    for (const Transfer &transfer : reg.transfers) {
        if (transfer.activities.contains(activity.id))
            out.append(transfer.destination + u':' + transfer.mechanism);
    }
    return out;
}

Planned plan(const QString &path, ImportOptions options)
{
    Planned planned;
    planned.ok = planImport(path, options, Register::createEmpty(options.language), &planned.reg, &planned.report,
                            &planned.error);
    return planned;
}

Run runInProcess(const QStringList &arguments)
{
    QBuffer out, err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CommandLineIo io;
    io.out = &out;
    io.err = &err;
    const int code = runCommandLine(QStringList{QStringLiteral("fortegnelse")} + arguments, io);
    return {code, QString::fromUtf8(out.data()), QString::fromUtf8(err.data())};
}

} // namespace Fortegnelse::ImportTest

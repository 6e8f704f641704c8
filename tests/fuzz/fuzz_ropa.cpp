// Fuzzes opening a .ropa file: the bytes are written to a file and read with Store::read,
// as the command line reads a register it was given.

#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace Fortegnelse;

namespace {
QTemporaryDir *folder = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // Qt SQL loads its driver as a plugin
    folder = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A fresh folder each time: nothing one input leaves behind (a journal) may affect
    // the next.
    const QString dir = folder->filePath(QStringLiteral("case"));
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/register.ropa");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Register reg;
    QString error;
    Store::read(path, &reg, &error);
    return 0;
}

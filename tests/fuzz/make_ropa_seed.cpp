// Writes a .ropa from a JSON register, to make the seed corpus of fuzz_ropa
// (tests/data/fuzz/ropa/) with the real store:  make_ropa_seed IN.json OUT.ropa

#include "jsoncodec.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Fortegnelse;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_ropa_seed IN.json OUT.ropa\n");
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    Register reg;
    QList<Json::Error> errors;
    if (!in.open(QIODevice::ReadOnly) || !Json::read(in.readAll(), &reg, &errors)) {
        std::fprintf(stderr, "%s\n", qPrintable(Json::summarize(errors)));
        return 1;
    }
    QString error;
    if (!Store::create(QString::fromLocal8Bit(argv[2]), reg, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

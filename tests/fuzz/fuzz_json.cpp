// Fuzzes the JSON reader (Json::read) with arbitrary bytes. Besides crashes and sanitizer
// findings it checks one property: a register the reader accepts is written and read back
// unchanged.

#include "jsoncodec.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Fortegnelse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Register reg;
    QList<Json::Error> errors;
    if (!Json::read(json, &reg, &errors)) {
        if (errors.isEmpty()) {
            std::fprintf(stderr, "refused without an error\n");
            std::abort();
        }
        return 0;
    }
    const QByteArray written = Json::write(reg);
    Register back;
    if (!Json::read(written, &back, &errors) || Json::write(back) != written) {
        std::fprintf(stderr, "an accepted register does not round-trip: %s\n",
                     qPrintable(Json::summarize(errors)));
        std::abort();
    }
    return 0;
}

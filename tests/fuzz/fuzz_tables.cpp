// Fuzzes the import of a spreadsheet or Word table an officer received by e-mail
// (issue 15): the readers (XLSX, ODS, DOCX, ODT inside their ZIP, CSV), the layouts and the
// understanding of cells, with arbitrary bytes. Besides crashes, sanitizer findings and
// the readers' limits (a ZIP bomb must be refused, not inflated), it checks two
// properties: a file refused says why and names itself, and an import that is planned
// is a register the JSON format accepts back unchanged.

#include "jsoncodec.h"
#include "tableimport.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Fortegnelse;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // One folder for the run; the input is written as a file, the only way in for the
    // readers. Named .csv: a ZIP is told by its content, anything else read as CSV.
    static QTemporaryDir dir;
    static const QString path = QDir(dir.path()).filePath(QStringLiteral("liste.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();
    file.close();

    Register planned;
    Tables::ImportReport report;
    QString error;
    if (!Tables::planImport(path, {}, Register::createEmpty(), &planned, &report, &error)) {
        if (error.isEmpty() || !error.contains(QStringLiteral("liste.csv"))) {
            std::fprintf(stderr, "refused without naming the file: %s\n", qPrintable(error));
            std::abort();
        }
        return 0;
    }
    const QByteArray written = Json::write(planned);
    Register back;
    QList<Json::Error> errors;
    if (!Json::read(written, &back, &errors) || Json::write(back) != written) {
        std::fprintf(stderr, "an imported register is not a valid register: %s\n", qPrintable(Json::summarize(errors)));
        std::abort();
    }
    return 0;
}

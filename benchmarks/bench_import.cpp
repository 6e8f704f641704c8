// bench_import: how long importing a record from a spreadsheet takes (issue 15, target:
// a 2,000-row sheet in under 2 s). Prints one line per step and format, the median of the
// runs: "import-table xlsx  2000 rows  read+plan  412.3 ms", and the same file merged into
// an open register as one undoable step.
//
// The sheets are generated first, untimed, with realistic Danish cells: lists, legal
// bases, retention phrases and countries that the importer has to understand.

#include "document.h"
#include "tablefixtures.h"
#include "tableimport.h"
#include "tablereader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Fortegnelse;
using namespace Fortegnelse::Tables;

namespace {

QList<QStringList> syntheticRows(int count)
{
    QList<QStringList> rows = {{QStringLiteral("Dataansvarlig"), QStringLiteral("Egebjerg Kommune")},
                               {},
                               {QStringLiteral("Behandlingsaktivitet"), QStringLiteral("Afdeling"), QStringLiteral("Formål"),
                                QStringLiteral("Behandlingsgrundlag"), QStringLiteral("Kategorier af registrerede"),
                                QStringLiteral("Kategorier af personoplysninger"), QStringLiteral("Modtagere"),
                                QStringLiteral("Tredjelande"), QStringLiteral("Garantier"),
                                QStringLiteral("Tidsfrister for sletning"),
                                QStringLiteral("Tekniske og organisatoriske sikkerhedsforanstaltninger"),
                                QStringLiteral("Systemer")}};
    for (int n = 1; n <= count; ++n) {
        const QString k = QString::number(n);
        rows.append({QStringLiteral("Behandling ") + k, QStringLiteral("Afdeling ") + QString::number(n % 20),
                     QStringLiteral("Sagsbehandling af sag ") + k + QStringLiteral("\nIndberetning til myndighed"),
                     n % 3 == 0 ? QStringLiteral("Samtykke") : QStringLiteral("art. 6, stk. 1, litra c og e"),
                     QStringLiteral("Borgere; Medarbejdere; Pårørende ") + QString::number(n % 50),
                     QStringLiteral("• Navn\n• CPR-nummer\n• Helbredsoplysninger\n• Sagsakter ") + QString::number(n % 100),
                     QStringLiteral("Skattestyrelsen; IT-leverandør ") + QString::number(n % 30),
                     n % 5 == 0 ? QStringLiteral("USA") : QStringLiteral("Ingen"),
                     n % 5 == 0 ? QStringLiteral("Standardkontraktbestemmelser") : QString(),
                     n % 2 == 0 ? QStringLiteral("5 år fra udgangen af regnskabsåret") : QStringLiteral("6 mdr."),
                     QStringLiteral("Adgangsstyring; Logning; Kryptering"), QStringLiteral("ESDH; Lønsystem")});
    }
    return rows;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("200 rows, one run: that it works."));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows per sheet."), QStringLiteral("n"),
                                        QStringLiteral("2000"));
    parser.addOptions({quick, rowsOption});
    parser.process(app);
    const int rows = parser.isSet(quick) ? 200 : parser.value(rowsOption).toInt();
    const int runs = parser.isSet(quick) ? 1 : 5;

    QTemporaryDir dir;
    const QList<QStringList> cells = syntheticRows(rows);
    const QString xlsx = dir.filePath(QStringLiteral("record.xlsx"));
    const QString ods = dir.filePath(QStringLiteral("record.ods"));
    const QString csv = dir.filePath(QStringLiteral("record.csv"));
    if (!Test::writeZip(xlsx, Test::xlsxParts({{QStringLiteral("Fortegnelse"), Test::xlsxSheet(cells)}}))
        || !Test::writeZip(ods, Test::odfParts(Test::odsTable(QStringLiteral("Fortegnelse"), cells)))
        || !Test::writeFile(csv, Test::csvText(cells, u';').toUtf8())) {
        std::fprintf(stderr, "bench_import: cannot write the sheets\n");
        return 1;
    }
    bool failed = false;
    for (const QString &path : {xlsx, ods, csv}) {
        QList<double> readTimes, planTimes, writeTimes;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            TableWorkbook book;
            QString error;
            if (!readTableFile(path, &book, &error)) {
                std::fprintf(stderr, "bench_import: %s\n", qPrintable(error));
                return 1;
            }
            readTimes.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            Register reg;
            ImportReport report;
            if (!planImport(path, {}, Register::createEmpty(), &reg, &report, &error) || report.rows.size() != rows) {
                std::fprintf(stderr, "bench_import: %s\n", qPrintable(error));
                return 1;
            }
            planTimes.append(timer.nsecsElapsed() / 1e6);
            const QString out = dir.filePath(QStringLiteral("out%1.ropa").arg(run));
            timer.restart();
            if (!importTable(path, {}, out, &report)) {
                std::fprintf(stderr, "bench_import: the import of %s was refused\n", qPrintable(path));
                return 1;
            }
            writeTimes.append(timer.nsecsElapsed() / 1e6);
        }
        // Into the open register, as the app's "Add to the open register" and --into do it:
        // planned on the register, then one undoable step (a new empty register per run,
        // made untimed).
        QList<double> mergeTimes;
        for (int run = 0; run < runs; ++run) {
            QString error;
            auto doc = Document::create(dir.filePath(QStringLiteral("open%1-%2.ropa").arg(run).arg(path.section(u'.', -1))),
                                        Register::createEmpty(), &error);
            if (!doc) {
                std::fprintf(stderr, "bench_import: %s\n", qPrintable(error));
                return 1;
            }
            QElapsedTimer timer;
            timer.start();
            ImportReport report;
            if (OperationResult merged = importTableInto(*doc, path, {}, &report); !merged || doc->reg().activities.size() != rows) {
                std::fprintf(stderr, "bench_import: the merge of %s was refused: %s\n", qPrintable(path), qPrintable(merged.message));
                return 1;
            }
            mergeTimes.append(timer.nsecsElapsed() / 1e6);
        }
        const QByteArray format = path.section(u'.', -1).toUtf8();
        std::printf("import-table %-4s %5d rows  read %8.1f ms  read+plan %8.1f ms  read+plan+write %8.1f ms  "
                    "into an open register %8.1f ms  (median of %d)\n",
                    format.constData(), rows, median(readTimes), median(planTimes), median(writeTimes), median(mergeTimes), runs);
        if (!parser.isSet(quick) && rows <= 2000 && std::max(median(writeTimes), median(mergeTimes)) > 2000)
            failed = true;
    }
    std::fflush(stdout);
    return failed ? 1 : 0;
}

// The cost of policy drift (issue 16 item 4), one line per figure and register size:
//   snapshot read  reading the newest published snapshot with its texts from the file
//   policy now     making the policy from the register in one language (one side)
//   drift          policyDrift in one language: both sides made, the kept text checked,
//                  sections compared
// The OESYN example (size 9) is what an officer has; the synthetic registers show growth.
// Decides whether the start page's overview may work it out at once (docs/history.md).

#include "benchtiming.h"
#include "document.h"
#include "itemoperations.h"
#include "jsoncodec.h"
#include "policydrift.h"
#include "policygenerator.h"
#include "store.h"
#include "syntheticregister.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace Fortegnelse;
using namespace Fortegnelse::Bench;

namespace {

void measureDrift(const QString &folder, const char *name, const Register &reg, int runs)
{
    const int size = int(reg.activities.size());
    const QString path = folder + QStringLiteral("/%1-%2.ropa").arg(QLatin1String(name)).arg(size);
    QString error;
    if (!Store::create(path, reg, &error))
        return fail("create", size, error);
    auto doc = Document::open(path, &error);
    if (!doc)
        return fail("open", size, error);
    if (!publishPolicy(*doc, QStringLiteral("2.0"), QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC)))
        return fail("publish", size, QStringLiteral("not published"));
    // One fact the policy shows: the first activity's name.
    const QString first = doc->reg().activities.at(0).id;
    doc->update<ProcessingActivity>(
        first, [](ProcessingActivity &a) { a.name.set(QStringLiteral("da"), QStringLiteral("Omdøbt")); },
        QStringLiteral("rename"));
    Snapshot published;
    const Timing read = measure(runs, 20'000, [&] {
        SnapshotQuery query;
        query.kind = Snapshot::Published;
        query.limit = 1;
        query.withContents = true;
        QList<Snapshot> found;
        if (!doc->readSnapshots(query, &found, &error) || found.isEmpty())
            fail("snapshot read", size, error);
        else
            published = found.first();
    });
    report("snapshot read", size, read, megabytes(published.registerJson.size() + snapshotDocuments(published.documents).size()));
    const Timing now = measure(runs, 20'000, [&] {
        PolicyDocument policy;
        PolicyOptions options;
        if (!PolicyGenerator::generate(doc->reg(), options, &policy, &error))
            fail("policy now", size, error);
    });
    report("policy now", size, now, QStringLiteral("da"));
    PolicyDrift drift;
    const Timing whole = measure(runs, 60'000, [&] { drift = policyDrift(doc->reg(), published, QStringLiteral("da")); });
    if (drift.state != PolicyDrift::Drifted)
        fail("drift", size, QStringLiteral("no drift found: %1").arg(drift.error));
    report("drift", size, whole, QStringLiteral("%1, %2 section(s)").arg(QLatin1String(name)).arg(drift.sections.size()));
}

Register example()
{
    QFile file(QStringLiteral(FORTEGNELSE_SOURCE_DIR "/resources/examples/oesyn.json"));
    Register reg;
    QList<Json::Error> errors;
    if (!file.open(QIODevice::ReadOnly) || !Json::read(file.readAll(), &reg, &errors))
        fail("example", 0, Json::summarize(errors));
    return reg;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Smallest sizes, once."));
    parser.addOption(quick);
    parser.process(app);
    const bool q = parser.isSet(quick);
    QTemporaryDir dir;
    measureDrift(dir.path(), "oesyn", example(), q ? 1 : 7);
    for (const int size : q ? QList<int>{50} : QList<int>{100, 1'000})
        measureDrift(dir.path(), "synthetic", syntheticRegister(size), q ? 1 : 5);
    return g_failed ? 1 : 0;
}

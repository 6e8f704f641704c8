#include "killscript.h"

#include "document.h"
#include "testsupport.h"

#include <QUndoStack>

namespace Fortegnelse::KillScript {

namespace {

const QString da = QStringLiteral("da");

QString dataId(int episode)
{
    return QStringLiteral("kill-data-%1").arg(episode);
}
QString partyId(int episode)
{
    return QStringLiteral("kill-party-%1").arg(episode);
}
QString activityId(int episode)
{
    return QStringLiteral("kill-activity-%1").arg(episode);
}
QString transferId(int episode)
{
    return QStringLiteral("kill-transfer-%1").arg(episode);
}

// One episode: build up items that refer to each other, edit, delete referenced items,
// and undo and redo those deletes (each a macro of several commands today).
enum Op
{
    AddData,
    AddParty,
    AddActivity,
    AddTransfer,
    EditSales,
    EditOrganisation,
    DeleteData,
    UndoDeleteData,
    RedoDeleteData,
    UndoDeleteDataAgain,
    DeleteActivity,
    UndoDeleteActivity,
    DeleteParty,
    EditData,
};
static_assert(EditData + 1 == episodeLength);

} // namespace

Register initialRegister()
{
    return Test::sampleRegister();
}

void undo(Document &doc)
{
    doc.undo();
}

void redo(Document &doc)
{
    doc.redo();
}

QString describe(int step)
{
    switch (Op(step % episodeLength)) {
    case AddData: return QStringLiteral("add data category");
    case AddParty: return QStringLiteral("add party");
    case AddActivity: return QStringLiteral("add activity referring to them");
    case AddTransfer: return QStringLiteral("add transfer referring to them");
    case EditSales: return QStringLiteral("edit activity");
    case EditOrganisation: return QStringLiteral("edit organisation");
    case DeleteData: return QStringLiteral("delete referenced data category");
    case UndoDeleteData: return QStringLiteral("undo delete of data category");
    case RedoDeleteData: return QStringLiteral("redo delete of data category");
    case UndoDeleteDataAgain: return QStringLiteral("undo delete of data category again");
    case DeleteActivity: return QStringLiteral("delete referenced activity");
    case UndoDeleteActivity: return QStringLiteral("undo delete of activity");
    case DeleteParty: return QStringLiteral("delete referenced party");
    case EditData: return QStringLiteral("edit data category");
    }
    return {};
}

bool run(Document &doc, int step)
{
    const int episode = step / episodeLength;
    const QString n = QString::number(episode);
    const Op op = Op(step % episodeLength);
    if (op == AddData)
        doc.undoStack()->clear(); // an episode never undoes into the one before
    const int undoIndex = doc.undoStack()->index();

    switch (op) {
    case AddData: {
        DataCategory c;
        c.id = dataId(episode);
        c.name = LocalText(da, QStringLiteral("Data ") + n);
        return doc.add(c) == c.id;
    }
    case AddParty: {
        Party p;
        p.id = partyId(episode);
        p.role = PartyRole::Processor;
        p.name = QStringLiteral("Processor ") + n;
        p.country = QStringLiteral("DK");
        return doc.add(p) == p.id;
    }
    case AddActivity: {
        ProcessingActivity a;
        a.id = activityId(episode);
        a.name = LocalText(da, QStringLiteral("Activity ") + n);
        Purpose p;
        p.description = LocalText(da, QStringLiteral("Purpose ") + n);
        p.legalBasis = QStringLiteral("b");
        a.purposes.append(p);
        a.data = {QStringLiteral("name"), dataId(episode)};
        a.matrix.append({QStringLiteral("customers"), {dataId(episode)}});
        a.recipients.append({partyId(episode), {}, {dataId(episode)}, {QStringLiteral("customers")}, {}, {}});
        return doc.add(a) == a.id;
    }
    case AddTransfer: {
        Transfer t;
        t.id = transferId(episode);
        t.destination = QStringLiteral("US");
        t.party = partyId(episode);
        t.activities = {activityId(episode), QStringLiteral("sales")};
        t.mechanism = QStringLiteral("art46-2-c");
        return doc.add(t) == t.id;
    }
    case EditSales:
        return doc.update<ProcessingActivity>(QStringLiteral("sales"), [&](ProcessingActivity &a) {
            a.data.append(dataId(episode));
            a.notes = QStringLiteral("Edited in episode ") + n;
        },
                                              {});
    case EditOrganisation:
        doc.updateOrganisation([&](Organisation &o) { o.dpo.phone = QStringLiteral("+45 %1").arg(10000000 + episode); }, {});
        break;
    case DeleteData:
        return doc.remove<DataCategory>(dataId(episode));
    case DeleteActivity:
        return doc.remove<ProcessingActivity>(activityId(episode));
    case DeleteParty:
        return doc.remove<Party>(partyId(episode));
    case UndoDeleteData:
    case UndoDeleteDataAgain:
    case UndoDeleteActivity:
        undo(doc);
        return doc.undoStack()->index() == undoIndex - 1;
    case RedoDeleteData:
        redo(doc);
        return doc.undoStack()->index() == undoIndex + 1;
    case EditData:
        return doc.update<DataCategory>(dataId(episode), [&](DataCategory &c) {
            c.description = LocalText(da, QStringLiteral("Edited in episode ") + n);
        },
                                        {});
    }
    return doc.undoStack()->index() == undoIndex + 1;
}

} // namespace Fortegnelse::KillScript

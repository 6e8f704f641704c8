#pragma once

#include "recordgenerator.h"
#include "transferstate.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace Fortegnelse {

/// What the record states, derived once and without wording: which activities go in
/// which record, the clients of the processor record, the processor tree, the transfers.
struct RecordFacts
{
    struct Client
    {
        QString id;
        const Party *party = nullptr;
        QList<const ProcessingActivity *> activities;
    };
    bool controller = false;
    bool processor = false;
    QList<const ProcessingActivity *> controllerActivities;
    QList<Client> clients;
    QList<const ProcessingActivity *> all; ///< in the order the record shows them
    QHash<QString, QString> numbers; ///< activity id -> "3.2"
    QList<const Party *> jointControllers;
    QList<std::pair<const Party *, int>> processors; ///< tree order, with depth
    QList<const Transfer *> transfers;
    QHash<QString, QList<const Transfer *>> transfersOf; ///< activity id -> its transfers
    QHash<QString, TransferFindings> transferFindingsOf; ///< activity id -> what may be said
    TransferFindings transferFindings; ///< for annex B, over all activities
    QHash<QString, QString> sections; ///< section key -> number
    QString version;

    /// Derives the facts; RecordKind::Both leaves out a processor record with nothing in it.
    static RecordFacts derive(const Register &reg, const RecordOptions &options);
};

} // namespace Fortegnelse

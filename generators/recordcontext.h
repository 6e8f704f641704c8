#pragma once

#include "recordgenerator.h"

#include <QJsonObject>
#include <QList>

#include <memory>

#include <kainjow/mustache.hpp>

namespace Fortegnelse {

/// What the record's templates are given: the facts of the record derived once from the
/// register (which activities go in which record, the clients of the processor record,
/// the processor tree, the transfers, the numbering) in the words and formats of the
/// record's language (resources/record/<lang>/language.json, given as \a strings).
/// Safe to read from several threads at once.
class RecordContext
{
public:
    using Data = kainjow::mustache::data;

    RecordContext(const Register &reg, const RecordOptions &options, const QJsonObject &strings);
    ~RecordContext();

    /// An activity of the record, or (activity null) the heading of a client of the
    /// processor record; client is -1 for the controller record's activities.
    struct Item
    {
        const ProcessingActivity *activity = nullptr;
        int client = -1;
        bool first = false; ///< the first of its group, which follows its heading
    };
    /// The activities and clients in the order the record shows them.
    const QList<Item> &items() const;
    /// The data of activity.mustache or, for a client, client.mustache.
    Data itemData(const Item &item) const;
    /// The data of record.mustache, without the rendered items.
    Data documentData() const;

    QString version() const;
    /// The number of an activity in the record ("3.2"), empty when the record leaves it out.
    QString activityNumber(const QString &id) const;
    QString date(const QDate &date) const;
    /// A string of language.json by its dotted path.
    QString string(const QString &path) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Fortegnelse

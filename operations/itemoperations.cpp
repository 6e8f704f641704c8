#include "itemoperations.h"

#include "document.h"
#include "kinds.h"
#include "labels.h"
#include "referencedata.h"
#include "snapshotoperations.h"

#include <QCoreApplication>

#include <algorithm>

namespace Fortegnelse {

QString newItemName(EntityKind kind)
{
    const char *name = kindInfo(kind).newName;
    return *name ? QCoreApplication::translate("Fortegnelse::ListPage", name) : QString();
}

QString firstFieldOfNewItem(EntityKind kind)
{
    return QLatin1String(kindInfo(kind).firstField);
}

QString addItemWithDefaults(Document &doc, EntityKind kind, const QDate &today)
{
    const QString &language = doc.reg().organisation.language;
    const QString plain = newItemName(kind);
    const LocalText name(language.isEmpty() ? QStringLiteral("da") : language, plain);
    QString id;
    withList(doc.reg(), kind, [&](const auto &list) {
        using Item = typename std::decay_t<decltype(list)>::value_type;
        Item item;
        // Parties and cookies are named by proper names, in no particular language.
        if constexpr (std::is_same_v<Item, Party> || std::is_same_v<Item, Cookie>)
            item.name = plain;
        else if constexpr (!std::is_same_v<Item, Transfer>)
            item.name = name;
        if constexpr (std::is_same_v<Item, ProcessingActivity>)
            item.created = today;
        id = doc.add(std::move(item));
    });
    return id;
}

QString duplicateItem(Document &doc, EntityKind kind, const QString &id)
{
    QString copy;
    withList(doc.reg(), kind, [&](const auto &list) {
        copy = doc.duplicate<typename std::decay_t<decltype(list)>::value_type>(id);
    });
    return copy;
}

bool removeItem(Document &doc, EntityKind kind, const QString &id)
{
    bool removed = false;
    withList(doc.reg(), kind, [&](const auto &list) {
        removed = doc.remove<typename std::decay_t<decltype(list)>::value_type>(id);
    });
    return removed;
}

QString suggestPolicyVersion(const QString &current)
{
    if (current.isEmpty())
        return QStringLiteral("1.0");
    const qsizetype dot = current.lastIndexOf(QLatin1Char('.'));
    bool numeric = false;
    const int last = current.mid(dot + 1).toInt(&numeric);
    return numeric ? current.left(dot + 1) + QString::number(last + 1) : current;
}

bool publishPolicy(Document &doc, const QString &version, const QDateTime &now)
{
    const QString trimmed = version.trimmed();
    if (trimmed.isEmpty() || !doc.administratorOnlyReason().isEmpty())
        return false; // on a server only an administrator publishes (Document::administratorOnlyReason)
    const QDateTime utc = now.toUTC();
    const QDateTime stamp = utc.addMSecs(-utc.time().msec());
    const auto edit = [&](PolicySettings &p) {
        p.version = trimmed;
        p.lastUpdated = now.date();
        p.published = stamp;
    };
    // The published texts and the register they came from are kept with the step that
    // publishes, in its transaction (issue 16, snapshotoperations.h).
    Register published = doc.reg();
    edit(published.policy);
    Snapshot snapshot;
    QString error;
    if (!makePublishedSnapshot(published, &snapshot, &error)) {
        emit doc.writeFailed(QCoreApplication::translate("Fortegnelse::History", "The policy was not published: it cannot be made: %1").arg(error));
        return false;
    }
    return doc.updatePolicyKeeping(edit, QCoreApplication::translate("Undo Commands", "Publish policy version %1").arg(trimmed), snapshot);
}

bool setMatrixCell(Document &doc, const QString &activity, const QString &subject,
                   const QString &data, bool on)
{
    const QString name = stepItemName(doc.reg(), EntityKind::Activity, activity);
    const QString text = name.isEmpty()
        ? QCoreApplication::translate("Undo Commands", "Change which data concern whom")
        : QCoreApplication::translate("Undo Commands", "Change which data concern whom in “%1”").arg(name);
    return doc.update<ProcessingActivity>(
        activity, [&](ProcessingActivity &a) {
            auto it = std::find_if(a.matrix.begin(), a.matrix.end(),
                                   [&](const MatrixRow &r) { return r.subject == subject; });
            if (on) {
                if (it == a.matrix.end()) {
                    a.matrix.append({subject, {}});
                    it = a.matrix.end() - 1;
                }
                if (!it->data.contains(data))
                    it->data.append(data);
            } else if (it != a.matrix.end()) {
                it->data.removeAll(data);
                if (it->data.isEmpty())
                    a.matrix.erase(it);
            }
        },
        QCoreApplication::translate("Undo Commands", "Change which data concern whom"));
}

DataKind dataKindOfCommonCategory(const QString &referenceKind)
{
    if (referenceKind == u"special")
        return DataKind::Special;
    if (referenceKind == u"criminal")
        return DataKind::Criminal;
    if (referenceKind == u"national-id" || referenceKind == u"cpr")
        return DataKind::NationalId;
    return DataKind::Ordinary;
}

bool applyCommonCategory(Document &doc, EntityKind kind, const QString &id, const QString &key)
{
    const bool data = kind == EntityKind::DataCategory;
    if (!data && kind != EntityKind::SubjectCategory)
        return false;
    const ReferenceData &refs = ReferenceData::instance();
    const auto &common = data ? refs.commonData() : refs.commonSubjects();
    const auto found = std::find_if(common.cbegin(), common.cend(),
                                    [&](const ReferenceData::CommonCategory &c) { return c.key == key; });
    const QString text = QCoreApplication::translate("Undo Commands", "Change %1")
                             .arg(fieldLabel(QStringLiteral("ref")).toLower());
    const auto apply = [&](auto &item) {
        item.ref = key;
        if (found == common.cend())
            return;
        item.name = found->label; // all four languages, ready for every policy
        if constexpr (std::is_same_v<std::decay_t<decltype(item)>, DataCategory>)
            item.dataKind = dataKindOfCommonCategory(found->kind);
    };
    if (data)
        return doc.update<DataCategory>(
            id, [&](DataCategory &d) { apply(d); }, text);
    return doc.update<SubjectCategory>(
        id, [&](SubjectCategory &s) { apply(s); }, text);
}

TransferRecord transferRecordOf(const Register &reg, const Party &party)
{
    const ReferenceData::Country *country = ReferenceData::instance().country(party.country);
    if (!country || country->isEea())
        return TransferRecord::NotNeeded;
    const bool recorded = std::any_of(reg.transfers.begin(), reg.transfers.end(),
                                      [&](const Transfer &t) { return t.party == party.id; });
    return recorded ? TransferRecord::Recorded : TransferRecord::Missing;
}

} // namespace Fortegnelse

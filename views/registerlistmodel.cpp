#include "registerlistmodel.h"

#include "document.h"
#include "labels.h"
#include "referencedata.h"

namespace Fortegnelse {

namespace {

template <class T> QStringList idsOf(const EntityList<T> &list)
{
    QStringList ids;
    ids.reserve(list.size());
    for (const T &item : list)
        ids.append(item.id);
    return ids;
}

QString text(const Register &reg, const LocalText &t)
{
    return t.resolve(reg.organisation.language, QStringLiteral("en"));
}

QString country(const QString &code)
{
    if (code.isEmpty())
        return {};
    const auto *c = ReferenceData::instance().country(code);
    return c ? c->name.resolve(QLocale().name().left(2), QStringLiteral("en")) : code;
}

} // namespace

RegisterListModel::RegisterListModel(Document *doc, EntityKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_kind(kind)
{
    withList(doc->reg(), kind, [this](const auto &list) { m_ids = idsOf(list); });
    connect(doc, &Document::changed, this, &RegisterListModel::onChanged);
}

QString RegisterListModel::idAt(int row) const
{
    return m_ids.value(row);
}

int RegisterListModel::rowOf(const QString &id) const
{
    return int(m_ids.indexOf(id));
}

int RegisterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RegisterListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_kind) {
    case EntityKind::Activity: return 5;
    case EntityKind::Party: return 4;
    case EntityKind::Transfer: return 3;
    case EntityKind::Cookie: return 3;
    case EntityKind::DataCategory:
    case EntityKind::Measure: return 2;
    default: return 1;
    }
}

QVariant RegisterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const QHash<EntityKind, QStringList> keys{
        {EntityKind::Activity, {QStringLiteral("name"), QStringLiteral("department"), QStringLiteral("role"), QStringLiteral("status"), QStringLiteral("nextReview")}},
        {EntityKind::Party, {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("country"), QStringLiteral("service")}},
        {EntityKind::Transfer, {QStringLiteral("recipient"), QStringLiteral("destination"), QStringLiteral("mechanism")}},
        {EntityKind::Cookie, {QStringLiteral("name"), QStringLiteral("provider"), QStringLiteral("category")}},
        {EntityKind::DataCategory, {QStringLiteral("name"), QStringLiteral("kind")}},
        {EntityKind::Measure, {QStringLiteral("name"), QStringLiteral("type")}},
    };
    const QStringList k = keys.value(m_kind, {QStringLiteral("name")});
    return fieldLabel(k.value(section));
}

QVariant RegisterListModel::data(const QModelIndex &index, int role) const
{
    if (!m_doc || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return cell(index.row(), index.column());
    return {};
}

QString RegisterListModel::cell(int row, int column) const
{
    const Register &reg = m_doc->reg();
    const QString &id = m_ids.at(row);
    switch (m_kind) {
    case EntityKind::Activity: {
        const ProcessingActivity *a = reg.activities.find(id);
        if (!a)
            return {};
        switch (column) {
        case 0: return text(reg, a->name);
        case 1: return a->department;
        case 2: return codeLabel(toCode(a->role));
        case 3: return codeLabel(toCode(a->status));
        default: return a->nextReview.toString(Qt::ISODate);
        }
    }
    case EntityKind::Party: {
        const Party *p = reg.parties.find(id);
        if (!p)
            return {};
        switch (column) {
        case 0: return p->name;
        case 1: return codeLabel(toCode(p->role));
        case 2: return country(p->country);
        default: return text(reg, p->service);
        }
    }
    case EntityKind::Transfer: {
        const Transfer *t = reg.transfers.find(id);
        if (!t)
            return {};
        switch (column) {
        case 0: return t->party.isEmpty() ? text(reg, t->recipient) : displayName(reg, EntityKind::Party, t->party);
        case 1: return country(t->destination);
        default: {
            const auto *m = ReferenceData::instance().entry(CodeList::Mechanism, t->mechanism);
            return m ? m->label.resolve(QLocale().name().left(2), QStringLiteral("en")) : t->mechanism;
        }
        }
    }
    case EntityKind::Cookie: {
        const Cookie *c = reg.cookies.find(id);
        if (!c)
            return {};
        switch (column) {
        case 0: return c->name;
        case 1: return c->party.isEmpty() ? c->provider : displayName(reg, EntityKind::Party, c->party);
        default: return codeLabel(toCode(c->category));
        }
    }
    case EntityKind::DataCategory: {
        const DataCategory *d = reg.dataCategories.find(id);
        if (!d)
            return {};
        return column == 0 ? text(reg, d->name) : codeLabel(toCode(d->dataKind));
    }
    case EntityKind::Measure: {
        const SecurityMeasure *m = reg.measures.find(id);
        if (!m)
            return {};
        return column == 0 ? text(reg, m->name) : codeLabel(toCode(m->type));
    }
    default:
        return displayName(reg, m_kind, id);
    }
}

void RegisterListModel::onChanged(const Change &change)
{
    if (change.kind != m_kind)
        return;
    if (change.type == Change::Modified) {
        const int row = rowOf(change.id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return;
    }
    if (change.type == Change::Removed) {
        const int row = rowOf(change.id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        endRemoveRows();
        return;
    }
    // Added: the register keeps its order by position; find where it went.
    int row = -1;
    withList(m_doc->reg(), m_kind, [&](const auto &list) { row = list.indexOf(change.id); });
    if (row < 0 || row > m_ids.size())
        return;
    beginInsertRows({}, row, row);
    m_ids.insert(row, change.id);
    endInsertRows();
}

} // namespace Fortegnelse

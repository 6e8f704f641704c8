#include "document.h"

#include "store.h"

#include <QCoreApplication>

namespace Fortegnelse {

Document::Document(std::unique_ptr<Store> store, Register reg)
    : m_store(std::move(store))
    , m_reg(std::move(reg))
    , m_undo(std::make_unique<QUndoStack>())
{
    qRegisterMetaType<Fortegnelse::Change>();
}

Document::~Document() = default;

std::unique_ptr<Document> Document::open(const QString &path, QString *error)
{
    Register reg;
    std::unique_ptr<Store> store = Store::open(path, &reg, error);
    if (!store)
        return nullptr;
    return std::unique_ptr<Document>(new Document(std::move(store), std::move(reg)));
}

std::unique_ptr<Document> Document::create(const QString &path, const Register &initial,
                                           QString *error)
{
    std::unique_ptr<Store> store = Store::create(path, initial, error);
    if (!store)
        return nullptr;
    return std::unique_ptr<Document>(new Document(std::move(store), initial));
}

QString Document::filePath() const
{
    return m_store->path();
}

QDateTime Document::lastChange() const
{
    return m_store->lastChange();
}

int Document::openedSchemaVersion() const
{
    return m_store->openedSchemaVersion();
}

bool Document::saveCopyAs(const QString &path, QString *error) const
{
    return m_store->saveCopy(path, error);
}

void Document::updateOrganisation(const std::function<void(Organisation &)> &edit,
                                  const QString &text, const QString &field)
{
    Organisation after = m_reg.organisation;
    edit(after);
    if (after == m_reg.organisation)
        return;
    m_undo->push(new ChangeSingleton<Organisation>(this, m_reg.organisation, std::move(after), text,
                                                   field));
}

void Document::updatePolicy(const std::function<void(PolicySettings &)> &edit, const QString &text,
                            const QString &field)
{
    PolicySettings after = m_reg.policy;
    edit(after);
    if (after == m_reg.policy)
        return;
    m_undo->push(new ChangeSingleton<PolicySettings>(this, m_reg.policy, std::move(after), text,
                                                     field));
}

bool Document::applyOrganisation(const Organisation &value)
{
    QString error;
    if (!m_store->writeOrganisation(value, &error)) {
        reportWriteFailure(error);
        return false;
    }
    m_reg.organisation = value;
    emit changed({Change::Modified, EntityKind::Organisation, {}});
    return true;
}

bool Document::applyPolicy(const PolicySettings &value)
{
    QString error;
    if (!m_store->writePolicy(value, &error)) {
        reportWriteFailure(error);
        return false;
    }
    m_reg.policy = value;
    emit changed({Change::Modified, EntityKind::Policy, {}});
    return true;
}

void Document::reportWriteFailure(const QString &error)
{
    emit writeFailed(QCoreApplication::translate("Fortegnelse::Document",
                                                 "The change could not be saved, so it was not "
                                                 "made: %1")
                         .arg(error));
}

namespace {
template <class T>
void collectReferrers(const EntityList<T> &list, EntityKind kind, const QString &id,
                      QList<Document::Referrer> &out, const Register &reg)
{
    for (const T &item : list) {
        T copy = item;
        ReferenceStripper finder(kind, id);
        copy.describe(finder);
        if (finder.changed)
            out.append({T::kind, item.id, displayName(reg, T::kind, item.id)});
    }
}
} // namespace

QList<Document::Referrer> Document::referrers(EntityKind kind, const QString &id) const
{
    QList<Referrer> out;
    collectReferrers(m_reg.activities, kind, id, out, m_reg);
    collectReferrers(m_reg.parties, kind, id, out, m_reg);
    collectReferrers(m_reg.transfers, kind, id, out, m_reg);
    collectReferrers(m_reg.cookies, kind, id, out, m_reg);
    return out;
}

void pruneDangling(ProcessingActivity &activity)
{
    activity.matrix.removeIf([](const MatrixRow &row) { return row.subject.isEmpty(); });
    activity.recipients.removeIf(
        [](const Disclosure &d) { return d.party.isEmpty() && d.recipientCategory.isEmpty(); });
}

QString idPrefix(EntityKind kind)
{
    switch (kind) {
    case EntityKind::SubjectCategory: return QStringLiteral("subject");
    case EntityKind::DataCategory: return QStringLiteral("data");
    case EntityKind::Activity: return QStringLiteral("activity");
    case EntityKind::Party: return QStringLiteral("party");
    case EntityKind::Transfer: return QStringLiteral("transfer");
    case EntityKind::Measure: return QStringLiteral("measure");
    case EntityKind::Cookie: return QStringLiteral("cookie");
    case EntityKind::Organisation: return QStringLiteral("organisation");
    case EntityKind::Policy: return QStringLiteral("policy");
    }
    return {};
}

QString kindLabel(EntityKind kind)
{
    const char *text = "";
    switch (kind) {
    case EntityKind::SubjectCategory: text = QT_TRANSLATE_NOOP("Undo Commands", "subject category"); break;
    case EntityKind::DataCategory: text = QT_TRANSLATE_NOOP("Undo Commands", "data category"); break;
    case EntityKind::Activity: text = QT_TRANSLATE_NOOP("Undo Commands", "processing activity"); break;
    case EntityKind::Party: text = QT_TRANSLATE_NOOP("Undo Commands", "party"); break;
    case EntityKind::Transfer: text = QT_TRANSLATE_NOOP("Undo Commands", "transfer"); break;
    case EntityKind::Measure: text = QT_TRANSLATE_NOOP("Undo Commands", "security measure"); break;
    case EntityKind::Cookie: text = QT_TRANSLATE_NOOP("Undo Commands", "cookie"); break;
    case EntityKind::Organisation: text = QT_TRANSLATE_NOOP("Undo Commands", "organisation"); break;
    case EntityKind::Policy: text = QT_TRANSLATE_NOOP("Undo Commands", "policy settings"); break;
    }
    return QCoreApplication::translate("Undo Commands", text);
}

} // namespace Fortegnelse

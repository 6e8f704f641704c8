#include "keptstate.h"

#include "store.h"

namespace Fortegnelse {

KeptState::KeptState(QString location, Register reg, QString reason, QDateTime at)
    : m_location(std::move(location))
    , m_reg(std::move(reg))
    , m_reason(std::move(reason))
    , m_at(std::move(at))
{
}

bool KeptState::refuse(QString *error) const
{
    *error = m_reason;
    return false;
}

bool KeptState::begin(QString *error)
{
    return refuse(error);
}

bool KeptState::put(EntityKind, const QString &, qint64, const QByteArray &, QString *error)
{
    return refuse(error);
}

bool KeptState::erase(EntityKind, const QString &, QString *error)
{
    return refuse(error);
}

bool KeptState::commit(QString *error)
{
    return refuse(error);
}

bool KeptState::appendJournal(const QList<JournalEntry> &, QString *error)
{
    return refuse(error);
}

bool KeptState::readJournal(const JournalQuery &, QList<JournalEntry> *page, QString *)
{
    page->clear(); // a kept state has no history of its own: its register's journal has it
    return true;
}

bool KeptState::reload(Register *reg, LoadReport *report, QString *)
{
    *reg = m_reg;
    *report = {};
    return true;
}

bool KeptState::saveCopy(const QString &path, QString *error)
{
    return Store::create(path, m_reg, error) != nullptr;
}

} // namespace Fortegnelse

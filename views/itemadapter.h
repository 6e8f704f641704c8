#pragma once

#include "checks.h"
#include "document.h"
#include "fieldaccess.h"

#include <memory>

namespace Fortegnelse {

/// One item of an open register as a form sees it: its fields, and reading and changing
/// them by path. Every change is an undoable step through the document's facade;
/// consecutive changes of one field merge, so typing is undone as a whole.
class ItemAdapter
{
public:
    explicit ItemAdapter(Document *doc)
        : m_doc(doc)
    {}
    virtual ~ItemAdapter() = default;

    Document *document() const { return m_doc; }
    QString language() const
    {
        const QString lang = m_doc->reg().organisation.language;
        return lang.isEmpty() ? QStringLiteral("da") : lang;
    }

    virtual EntityKind kind() const = 0;
    virtual QString id() const = 0;
    virtual bool exists() const = 0;
    virtual QList<FieldSpec> specs() const = 0;
    virtual QVariant get(const QString &path) const = 0;
    virtual int count(const QString &path) const = 0;
    virtual void set(const QString &path, const QVariant &value, const QString &label) = 0;
    virtual void append(const QString &path, const QString &label) = 0;
    virtual void remove(const QString &path, int index, const QString &label) = 0;

    /// What the checks say about the field at \a path (checkItem()), one problem a line:
    /// the inline message, the same words as in the problems list. Worked out once for
    /// each state of the register; call invalidateProblems() when it changes.
    QString problemsAt(const QString &path) const
    {
        QStringList messages;
        for (const Problem &p : problems())
            if (p.field == path)
                messages.append(p.message);
        return messages.join(QLatin1Char('\n'));
    }
    void invalidateProblems() { m_problemsValid = false; }
    /// Every problem the checks find with the item, for the progress of a form's sections.
    const QList<Problem> &problems() const
    {
        if (!m_problemsValid) {
            m_problems = checkItem(m_doc->reg(), kind(), id(), {QDate::currentDate(), m_doc->lastChange()});
            m_problemsValid = true;
        }
        return m_problems;
    }

protected:
    static QString changeText(const QString &label)
    {
        // "Change name", not "Change Name"; an acronym ("DPF ...") keeps its capitals.
        QString l = label;
        if (l.size() > 1 && l.at(1).isLower())
            l[0] = l.at(0).toLower();
        return QCoreApplication::translate("Undo Commands", "Change %1").arg(l);
    }
    Document *m_doc;

private:
    mutable QList<Problem> m_problems;
    mutable bool m_problemsValid = false;
};

/// An item of one of the register's lists.
template <class T> class EntityAdapter : public ItemAdapter
{
public:
    EntityAdapter(Document *doc, QString id)
        : ItemAdapter(doc)
        , m_id(std::move(id))
    {}
    EntityKind kind() const override { return T::kind; }
    QString id() const override { return m_id; }
    bool exists() const override { return item() != nullptr; }
    QList<FieldSpec> specs() const override { return fieldSpecs<T>(); }
    QVariant get(const QString &path) const override
    {
        const T *i = item();
        return i ? getField(*i, path, language()) : QVariant();
    }
    int count(const QString &path) const override
    {
        const T *i = item();
        return i ? countField(*i, path) : 0;
    }
    void set(const QString &path, const QVariant &value, const QString &label) override
    {
        const QString lang = language();
        m_doc->update<T>(
            m_id, [&](T &t) { setField(t, path, value, lang); }, changeText(label), path);
    }
    void append(const QString &path, const QString &label) override
    {
        m_doc->update<T>(
            m_id, [&](T &t) { appendToField(t, path); },
            QCoreApplication::translate("Undo Commands", "Add to %1").arg(label));
    }
    void remove(const QString &path, int index, const QString &label) override
    {
        m_doc->update<T>(
            m_id, [&](T &t) { removeFromField(t, path, index); },
            QCoreApplication::translate("Undo Commands", "Remove from %1").arg(label));
    }

private:
    const T *item() const { return m_doc->reg().list<T>().find(m_id); }
    QString m_id;
};

/// The organisation or the policy settings.
template <class T> class SingletonAdapter : public ItemAdapter
{
public:
    using ItemAdapter::ItemAdapter;
    EntityKind kind() const override
    {
        return std::is_same_v<T, Organisation> ? EntityKind::Organisation : EntityKind::Policy;
    }
    QString id() const override { return {}; }
    bool exists() const override { return true; }
    QList<FieldSpec> specs() const override { return fieldSpecs<T>(); }
    QVariant get(const QString &path) const override { return getField(value(), path, language()); }
    int count(const QString &path) const override { return countField(value(), path); }
    void set(const QString &path, const QVariant &v, const QString &label) override
    {
        const QString lang = language();
        apply([&](T &t) { setField(t, path, v, lang); }, changeText(label), path);
    }
    void append(const QString &path, const QString &label) override
    {
        apply([&](T &t) { appendToField(t, path); },
              QCoreApplication::translate("Undo Commands", "Add to %1").arg(label), {});
    }
    void remove(const QString &path, int index, const QString &label) override
    {
        apply([&](T &t) { removeFromField(t, path, index); },
              QCoreApplication::translate("Undo Commands", "Remove from %1").arg(label), {});
    }

private:
    const T &value() const
    {
        if constexpr (std::is_same_v<T, Organisation>)
            return m_doc->reg().organisation;
        else
            return m_doc->reg().policy;
    }
    void apply(const std::function<void(T &)> &edit, const QString &text, const QString &field)
    {
        if constexpr (std::is_same_v<T, Organisation>)
            m_doc->updateOrganisation(edit, text, field);
        else
            m_doc->updatePolicy(edit, text, field);
    }
};

/// The adapter for an item of any kind.
std::unique_ptr<ItemAdapter> makeAdapter(Document *doc, EntityKind kind, const QString &id);

} // namespace Fortegnelse

#pragma once

// The undo commands: small templates over the kind of item, as in Tiled's ChangeValue.
// A command that deletes keeps a full copy of what it deleted, with its position.

#include "document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Fortegnelse {

/// Commands that may merge with the next one of the same field and item.
inline constexpr int MergeableEdit = 1;

template <class T> class ChangeItem : public QUndoCommand
{
public:
    ChangeItem(Document *doc, T before, T after, const QString &text, QString field)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(std::move(field))
    {
    }
    void redo() override
    {
        if (!m_doc->applyReplace(m_after))
            setObsolete(true);
    }
    void undo() override
    {
        if (!m_doc->applyReplace(m_before))
            setObsolete(true);
    }
    int id() const override { return m_field.isEmpty() ? -1 : MergeableEdit; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeItem<T> *>(other);
        if (!o || o->m_field != m_field || o->m_after.id != m_after.id)
            return false;
        m_after = o->m_after;
        if (m_after == m_before)
            setObsolete(true);
        return true;
    }

private:
    Document *m_doc;
    T m_before;
    T m_after;
    QString m_field;
};

template <class T> class ChangeSingleton : public QUndoCommand
{
public:
    ChangeSingleton(Document *doc, T before, T after, const QString &text, QString field)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(std::move(field))
    {
    }
    void redo() override
    {
        if (!apply(m_after))
            setObsolete(true);
    }
    void undo() override
    {
        if (!apply(m_before))
            setObsolete(true);
    }
    int id() const override { return m_field.isEmpty() ? -1 : MergeableEdit; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeSingleton<T> *>(other);
        if (!o || o->m_field != m_field)
            return false;
        m_after = o->m_after;
        if (m_after == m_before)
            setObsolete(true);
        return true;
    }

private:
    bool apply(const T &value)
    {
        if constexpr (std::is_same_v<T, Organisation>)
            return m_doc->applyOrganisation(value);
        else
            return m_doc->applyPolicy(value);
    }
    Document *m_doc;
    T m_before;
    T m_after;
    QString m_field;
};

template <class T> class AddItem : public QUndoCommand
{
public:
    AddItem(Document *doc, T item, qint64 position, const QString &text,
            QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_doc(doc)
        , m_item(std::move(item))
        , m_position(position)
    {
    }
    void redo() override
    {
        if (!m_doc->applyInsert(m_item, m_position))
            setObsolete(true);
    }
    void undo() override
    {
        if (!m_doc->template applyRemove<T>(m_item.id))
            setObsolete(true);
    }

private:
    Document *m_doc;
    T m_item;
    qint64 m_position;
};

template <class T> class RemoveItem : public QUndoCommand
{
public:
    RemoveItem(Document *doc, T item, qint64 position, const QString &text,
               QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_doc(doc)
        , m_item(std::move(item))
        , m_position(position)
    {
    }
    void redo() override
    {
        if (!m_doc->template applyRemove<T>(m_item.id))
            setObsolete(true);
    }
    void undo() override
    {
        if (!m_doc->applyInsert(m_item, m_position))
            setObsolete(true);
    }

private:
    Document *m_doc;
    T m_item;
    qint64 m_position;
};

} // namespace Fortegnelse

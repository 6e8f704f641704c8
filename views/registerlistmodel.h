#pragma once

#include "change.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Fortegnelse {

class Document;

/// The items of one kind as rows, read straight from the register in memory (no copy,
/// no query per row). Follows the document's changes row by row, so a 10,000-row list
/// is never rebuilt for one edit.
class RegisterListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles
    {
        IdRole = Qt::UserRole + 1
    };

    RegisterListModel(Document *doc, EntityKind kind, QObject *parent = nullptr);

    EntityKind kind() const { return m_kind; }
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void onChanged(const Change &change);
    QString cell(int row, int column) const;

    QPointer<Document> m_doc;
    EntityKind m_kind;
    QStringList m_ids; ///< the rows as the model last told its views
};

} // namespace Fortegnelse

#pragma once

#include <QPointer>
#include <QWidget>

class QTableWidget;
class QLabel;

namespace Fortegnelse {

class Document;

/// The grid of an activity's data categories (columns) against the register's subject
/// categories (rows): a tick says these data concern these people, the link Datatilsynet
/// has required since 2020. Each tick is one undoable step.
class MatrixEditor : public QWidget
{
    Q_OBJECT

public:
    MatrixEditor(Document *doc, QString activityId, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    void toggle(int row, int column);

    QPointer<Document> m_doc;
    QString m_id;
    QTableWidget *m_table;
    QLabel *m_hint;
    QStringList m_subjects;
    QStringList m_data;
};

} // namespace Fortegnelse

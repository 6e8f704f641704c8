#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Fortegnelse {

class Document;

/// The subject-data-recipient matrix of an activity, the link Datatilsynet has required
/// since 2020 and the record prints: the activity's own subjects (chosen here, not every
/// subject of the register) as rows, its data categories as columns. A tick says these
/// data concern these people. A second view per recipient shows and changes what that
/// recipient receives. Rows, columns and the whole grid can be ticked at once (a header
/// click, "Tick all"), and the grid is worked with the arrow keys and Space. Each change
/// is one undoable step. Links an import generated are shown as not confirmed (rows in
/// italics, a hint) until the officer changes them or confirms them as they stand.
class MatrixEditor : public QWidget
{
    Q_OBJECT

public:
    MatrixEditor(Document *doc, QString activityId, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fitHeight();
    void toggle(int row, int column);
    void toggleCells(const QList<QPair<int, int>> &cells);
    bool isTicked(int row, int column) const;
    int recipient() const; ///< the recipient shown, or -1 for what the activity processes

    QPointer<Document> m_doc;
    QString m_id;
    QListWidget *m_subjectList;
    QComboBox *m_view;
    QPushButton *m_all;
    QPushButton *m_confirm; ///< confirms links an import generated, as they stand
    QTableWidget *m_table;
    QLabel *m_hint;
    QStringList m_subjects;
    QStringList m_data;
};

} // namespace Fortegnelse

#pragma once

#include "entitykind.h"
#include "registersearch.h"

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QListWidget;

namespace Fortegnelse {

class Document;

/// Ctrl+F: a small command palette that finds items by name, by any field's content and
/// by code or id; Enter (or a click) goes to the item's field.
class SearchPalette : public QDialog
{
    Q_OBJECT

public:
    SearchPalette(Document *doc, QWidget *parent = nullptr);

    QLineEdit *query() const { return m_query; }
    QListWidget *results() const { return m_results; }

signals:
    void chosen(Fortegnelse::EntityKind kind, const QString &id, const QString &field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void choose();

    QPointer<Document> m_doc;
    QList<SearchEntry> m_index;
    QLineEdit *m_query;
    QListWidget *m_results;
};

} // namespace Fortegnelse

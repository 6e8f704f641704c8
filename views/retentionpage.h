#pragma once

#include "entitykind.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QTableWidget;

namespace Fortegnelse {

class Document;

/// Every retention rule of the register in one schedule: activity, data, period and the
/// event it runs from, criterion and law. Rules are edited in their activity; a
/// double-click goes there.
class RetentionPage : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionPage(Document *doc, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void rebuild();

signals:
    void activated(Fortegnelse::EntityKind kind, const QString &id, const QString &field);

private:
    QPointer<Document> m_doc;
    QTableWidget *m_table;
    QTimer m_timer;
};

} // namespace Fortegnelse

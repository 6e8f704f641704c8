#pragma once

// Shared by the history window's tests: a register with a journal written as another
// user would have left it, and small ways to read the dialogs.

#include "document.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "step.h"
#include "store.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

namespace Fortegnelse::Test::History {

inline const QString salesName = QStringLiteral("Salg");

/// Opens the sample register in \a window with \a journalRows written into its journal
/// first, as another Fortegnelse (another user, another day) would have left them.
inline bool openWith(const QTemporaryDir &dir, MainWindow &window, const QStringList &journalRows = {})
{
    const QString path = dir.filePath(QStringLiteral("r.ropa"));
    QString error;
    if (!Store::create(path, Test::sampleRegister(), &error))
        return false;
    if (!journalRows.isEmpty() && !Test::runSql(path, journalRows).isEmpty())
        return false;
    return window.openFile(path);
}

inline QString sqlText(const QByteArray &body)
{
    return QLatin1Char('\'') + QString::fromUtf8(body).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

/// \a count journal rows of "mette" (the first of \a first) editing the sales activity's
/// notes, one a minute from 15 January 2026, each body about 2 kB as a real activity's.
inline QString journalRows(int count, const QString &first = QStringLiteral("mette"))
{
    ProcessingActivity a = Test::sampleRegister().activities.at(0);
    a.notes = QString(2000, QLatin1Char('x'));
    const QString body = sqlText(storedBody(AnyItem(a)));
    return QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < %1) "
                          "INSERT INTO journal SELECT x, x, strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-15', '+' || x || ' minutes'), "
                          "CASE WHEN x = 1 THEN '%3' ELSE 'mette' END, 'edit', 'Edit processing activity', 'activity', "
                          "'sales', 'notes', %2, %2 FROM n")
        .arg(count)
        .arg(body, first);
}

inline HistoryDialog *openHistory(MainWindow &window, const QString &action)
{
    auto *a = window.findChild<QAction *>(action);
    if (!a || !a->isEnabled())
        return nullptr;
    a->trigger();
    const QList<HistoryDialog *> open = window.findChildren<HistoryDialog *>();
    return open.isEmpty() ? nullptr : open.last();
}

inline QStringList column(QTreeWidget *tree, int c)
{
    QStringList out;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        out.append(tree->topLevelItem(row)->text(c));
    return out;
}

inline void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

inline bool renameSales(Document &doc, const QString &name)
{
    return doc.update<ProcessingActivity>(
        QStringLiteral("sales"), [&](ProcessingActivity &a) { a.name.set(QStringLiteral("da"), name); }, QStringLiteral("Rename"));
}

/// Renames the sales activity as a keystroke in its name field does: an edit of the name
/// that the undo stack merges with the keystroke before.
inline bool typeSalesName(Document &doc, const QString &name)
{
    return doc.update<ProcessingActivity>(
        QStringLiteral("sales"), [&](ProcessingActivity &a) { a.name.set(QStringLiteral("da"), name); },
        QStringLiteral("Rename"), QStringLiteral("name"));
}

} // namespace Fortegnelse::Test::History

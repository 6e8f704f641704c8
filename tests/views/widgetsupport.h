#pragma once

// Driving widgets as a user does, shared by the widget tests.

#include "mainwindow.h"
#include "store.h"
#include "testsupport.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QtTest>

namespace Fortegnelse::Test {

template <class W> inline W *child(QWidget *parent, const QString &name)
{
    W *w = parent->findChild<W *>(name);
    if (!w)
        qWarning("no %s named %s", W::staticMetaObject.className(), qPrintable(name));
    return w;
}

/// Picks an entry as a user does: select it, which the combo reports as activated.
inline void choose(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    QVERIFY2(index >= 0, qPrintable(code));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

inline void check(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text() == text) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    QFAIL(qPrintable(QStringLiteral("no item %1").arg(text)));
}

inline void typeInto(QWidget *editor, const QString &text)
{
    QVERIFY(editor);
    editor->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->selectAll();
    QTest::keyClicks(editor, text);
}

/// Opens the sample register, written to \a dir, in \a window.
inline bool openSample(const QTemporaryDir &dir, MainWindow &window)
{
    const QString path = dir.filePath(QStringLiteral("r.ropa"));
    QString error;
    if (!Store::create(path, Test::sampleRegister(), &error)) // closed again at once
        return false;
    return window.openFile(path);
}

} // namespace Fortegnelse::Test

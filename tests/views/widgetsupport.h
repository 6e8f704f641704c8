#pragma once

// Driving widgets as a user does, shared by the widget tests.

#include "mainwindow.h"
#include "store.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>
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

/// Sets the UI locale for one test and puts the default back after it.
class UiLocale
{
public:
    explicit UiLocale(const QString &name) { QLocale::setDefault(QLocale(name)); }
    ~UiLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
};

/// Shows \a w at \a size and waits until it has the keyboard, as a window the officer works in.
inline void showActive(QWidget &w, QSize size = {1000, 700})
{
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
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

/// Writes \a widget as a PNG named \a name into the folder FORTEGNELSE_SCREENSHOTS names, when
/// it names one.
inline void save(QWidget *widget, const QString &name)
{
    const QString out = qEnvironmentVariable("FORTEGNELSE_SCREENSHOTS");
    if (!out.isEmpty())
        QVERIFY(widget->grab().save(QDir(out).filePath(name)));
}

/// Gives the offscreen platform one screen of \a size ("1280x720"), as a laptop's, through
/// \a config (which must outlive the application). Call before QApplication is made.
inline bool useOneScreen(QTemporaryFile &config, const QString &size)
{
    const QStringList wh = size.split(QLatin1Char('x'));
    if (wh.size() != 2 || !config.open())
        return false;
    config.write(QStringLiteral(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": %1, "height": %2,
                                    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0}]})")
                     .arg(wh.at(0), wh.at(1))
                     .toUtf8());
    config.flush();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config.fileName()));
    return true;
}

} // namespace Fortegnelse::Test

// Fortegnelse: one executable for the desktop app and the command line.

#include "commandline.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace {

/// On the command line only our own one-line messages reach standard error; Qt's notes
/// about the offscreen platform and runtime folders are not the user's concern. Our own
/// logging categories ("fortegnelse.*") speak when QT_LOGGING_RULES turns them on.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg
        || (context.category && qstrncmp(context.category, "fortegnelse.", 12) == 0))
        std::fprintf(stderr, "fortegnelse: %s\n", qPrintable(message));
}

/// The command line's streams are the process's own; its language hook is the UI's.
int runCommandLine(const QStringList &arguments)
{
    // On the descriptors, not the C streams: a failed write (a full disk behind "-o -")
    // is then seen by the write itself, not lost in a stdio buffer flushed at exit.
    QFile out, err;
    out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    Fortegnelse::CommandLineIo io;
    io.out = &out;
    io.err = &err;
    io.installLanguage = [](const QString &language) { Fortegnelse::installUiLanguage(language); };
    return Fortegnelse::runCommandLine(arguments, io);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Fortegnelse"));
    QCoreApplication::setApplicationName(QStringLiteral("Fortegnelse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FORTEGNELSE_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    // Subcommands need no display: decide before any QGuiApplication exists.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (Fortegnelse::isCommandLineInvocation(arguments)) {
        // Documents are laid out with fonts, which need a GUI application; the offscreen
        // platform needs no display.
        qInstallMessageHandler(quietMessageHandler);
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        return runCommandLine(arguments);
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dk.fortegnelse.Fortegnelse.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("dk.fortegnelse.Fortegnelse"));
    Fortegnelse::installUiLanguage(QSettings().value(QStringLiteral("language")).toString());
    Fortegnelse::MainWindow window;
    // Absolute, so that a name starting with "file:" never reaches SQLite as a URI.
    if (arguments.size() > 1)
        window.openFile(QFileInfo(arguments.at(1)).absoluteFilePath());
    window.show();
    // A smoke test for packagers and for tst_commandline: show the window, print its
    // title (the register it opened), and quit.
    if (qEnvironmentVariableIsSet("FORTEGNELSE_QUIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &window, [&window] {
            std::printf("%s\n", qPrintable(window.windowTitle()));
            QCoreApplication::quit();
        });
    return app.exec();
}

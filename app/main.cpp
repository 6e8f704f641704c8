// Fortegnelse: one executable for the desktop app and the command line.

#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace {
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
        QCoreApplication app(argc, argv);
        describeApplication();
        return Fortegnelse::runCommandLine(arguments);
    }

    QApplication app(argc, argv);
    describeApplication();
    Fortegnelse::MainWindow window;
    if (arguments.size() > 1)
        window.openFile(arguments.at(1));
    window.show();
    return app.exec();
}

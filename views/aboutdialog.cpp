#include "aboutdialog.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace Fortegnelse {

QString aboutText()
{
    return QStringLiteral("<h3>Fortegnelse %1</h3>").arg(QStringLiteral(FORTEGNELSE_VERSION))
        + QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("Fortegnelse::AboutDialog", "Keeps the record of processing activities (GDPR Article 30) and writes "
                                                                                                  "the privacy policy from it."))
        // The project has not published a licence yet; this says so rather than guess one.
        + QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("Fortegnelse::AboutDialog", "Licence: none is stated yet. Ask the authors before you redistribute it."))
        + QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("Fortegnelse::AboutDialog", "Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())))
        // What the application is made with, and under which licence each may be passed on
        // (the LGPL asks that its users be told); Debian keeps each licence's text.
        + QStringLiteral("<p>%1</p>")
              .arg(QCoreApplication::translate("Fortegnelse::AboutDialog", "Made with %1. Each licence's full text is in "
                                                                           "/usr/share/doc/<i>package</i>/copyright.")
                       .arg(QStringLiteral("Qt 6 (LGPL-3.0), SQLite (public domain), QuaZip (LGPL-2.1 with a static "
                                           "linking exception), kainjow Mustache (BSL-1.0), qpdf (Apache-2.0), "
                                           "zlib (Zlib)")))
        + QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("Fortegnelse::AboutDialog", "Fortegnelse helps keep a record and write a notice. It is not legal "
                                                                                                  "advice: have a lawyer review the generated texts for your organisation."));
}

void showAbout(QWidget *parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("Fortegnelse::AboutDialog", "About Fortegnelse"), aboutText());
}

} // namespace Fortegnelse

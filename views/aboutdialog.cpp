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
        + QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("Fortegnelse::AboutDialog", "Fortegnelse helps keep a record and write a notice. It is not legal "
                                                                                                  "advice: have a lawyer review the generated texts for your organisation."));
}

void showAbout(QWidget *parent)
{
    QMessageBox::about(parent, QCoreApplication::translate("Fortegnelse::AboutDialog", "About Fortegnelse"), aboutText());
}

} // namespace Fortegnelse

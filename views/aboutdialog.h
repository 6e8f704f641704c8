#pragma once

#include <QString>

class QWidget;

namespace Fortegnelse {

/// The About box's text: the version, the licence, the Qt version, and that the app is
/// no legal advice.
QString aboutText();
/// Shows the About box.
void showAbout(QWidget *parent);

} // namespace Fortegnelse

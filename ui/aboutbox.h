#pragma once

#include <QString>

class QWidget;

namespace ra {

// Help › About: the version and every library the app is built on, with their versions.
void showAboutBox(QWidget *parent);
QString aboutText();

} // namespace ra

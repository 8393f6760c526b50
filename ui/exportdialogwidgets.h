#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QLayout;
class QWidget;

// The few kinds of widget the export dialog's pages make over and over, so that its setup
// page and its progress page look alike.
namespace ra::exportui {

// A label for secondary text: smaller and muted, wrapping.
QLabel *noteLabel(QWidget *parent);

// A form row whose label's mnemonic focuses `buddy` (addRow(QString, QLayout *) would show the "&").
void addRow(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *field);

// Red text, for what stops an export (a missing choice) or what failed in one.
void setErrorStyle(QLabel *label);

} // namespace ra::exportui

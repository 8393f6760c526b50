#include "exportdialogwidgets.h"

#include <QColor>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>

namespace ra::exportui {

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void addRow(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *field)
{
    auto *label = new QLabel(text, form->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, field);
}

void setErrorStyle(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xB0, 0x1E, 0x1E));
    label->setPalette(p);
    label->setForegroundRole(QPalette::WindowText);
}

} // namespace ra::exportui

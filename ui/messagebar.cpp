#include "messagebar.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ra {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(u"MessageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_buttonRow = new QHBoxLayout;
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addLayout(m_buttonRow);
    row->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit closed();
    });
    hide();
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    // Later, not now: this may run from one of these buttons' own clicked signal.
    for (QPushButton *b : std::as_const(m_buttons)) {
        b->hide();
        b->deleteLater();
    }
    m_buttons.clear();
    m_text->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                               : QStyle::SP_MessageBoxInformation)
                          .pixmap(size, size));
    // A tint from the palette, so the bar reads as a notice in light and dark themes alike.
    QPalette p = palette();
    const QColor base = QApplication::palette().color(QPalette::Window);
    const QColor tint = kind == Kind::Warning ? QColor(0xF5, 0xC2, 0x11) : QColor(0x35, 0x84, 0xE4);
    p.setColor(QPalette::Window, QColor((base.red() * 4 + tint.red()) / 5, (base.green() * 4 + tint.green()) / 5,
                                        (base.blue() * 4 + tint.blue()) / 5));
    setPalette(p);
    show();
}

QPushButton *MessageBar::addButton(const QString &text, std::function<void()> action)
{
    auto *button = new QPushButton(text, this);
    m_buttonRow->addWidget(button);
    m_buttons.append(button);
    connect(button, &QPushButton::clicked, this, [this, action = std::move(action)] {
        hide();
        action();   // may show the bar again with a new message
    });
    return button;
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace ra

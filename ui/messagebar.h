#pragma once

#include <QFrame>
#include <QList>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace ra {

// A message across the top of the window that asks nothing of the person until they are ready:
// the work below stays usable (unlike a dialog). Buttons run their action and close the bar;
// the close button only hides it.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning };

    explicit MessageBar(QWidget *parent = nullptr);

    // Replaces what the bar shows and shows it.
    void showMessage(const QString &text, Kind kind = Kind::Information);
    // Adds a button (call after showMessage); returns it for tests.
    QPushButton *addButton(const QString &text, std::function<void()> action);
    QString text() const;
    QList<QPushButton *> buttons() const { return m_buttons; }

signals:
    void closed();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_buttonRow;
    QToolButton *m_close;
    QList<QPushButton *> m_buttons;
};

} // namespace ra

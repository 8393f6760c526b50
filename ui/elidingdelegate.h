#pragma once

#include <QStyledItemDelegate>

namespace ra {

// Elides one column's text its own way: invoice numbers keep their distinguishing last digits
// (elided on the left) while names keep their beginning.
class ElidingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ElidingDelegate(Qt::TextElideMode mode, QObject *parent = nullptr) : QStyledItemDelegate(parent), m_mode(mode) {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = m_mode;
    }

private:
    Qt::TextElideMode m_mode;
};

} // namespace ra

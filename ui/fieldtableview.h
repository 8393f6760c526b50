#pragma once

#include <QTableView>

namespace ra {

// The field table, keyboard first: the current cell is always a row's value, so typing or F2
// edits it; Tab and Enter go to the next field's value (Shift for the previous one), and after
// an edit the cursor moves on without opening the next editor (review is mostly confirming).
class FieldTableView : public QTableView
{
    Q_OBJECT
public:
    explicit FieldTableView(QWidget *parent = nullptr);

    // The value cell of `row`, made current and selected, scrolled to. False when out of range.
    bool goToRow(int row);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    int valueColumn() const;
};

} // namespace ra

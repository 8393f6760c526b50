#include "fieldtableview.h"

#include "fieldtablemodel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace ra {

FieldTableView::FieldTableView(QWidget *parent) : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setTabKeyNavigation(true);
    setEditTriggers(DoubleClicked | EditKeyPressed | AnyKeyPressed | SelectedClicked);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setAlternatingRowColors(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

int FieldTableView::valueColumn() const
{
    return FieldTableModel::ValueColumn;
}

bool FieldTableView::goToRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return false;
    const QModelIndex idx = model()->index(row, valueColumn());
    selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(idx);
    return true;
}

QModelIndex FieldTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (!model() || model()->rowCount() == 0)
        return {};
    const QModelIndex current = currentIndex();
    const int rows = model()->rowCount();
    const int row = current.isValid() ? current.row() : -1;
    switch (cursorAction) {
    case MoveNext:
        // Past the last field Tab leaves the table (invalid index), like any form.
        if (row + 1 >= rows)
            return current.isValid() ? QModelIndex() : model()->index(0, valueColumn());
        return model()->index(row + 1, valueColumn());
    case MovePrevious:
        if (row <= 0)
            return current.isValid() ? QModelIndex() : model()->index(0, valueColumn());
        return model()->index(row - 1, valueColumn());
    case MoveLeft:
    case MoveRight:
        return current.isValid() ? current.siblingAtColumn(valueColumn()) : model()->index(0, valueColumn());
    default: {
        const QModelIndex moved = QTableView::moveCursor(cursorAction, modifiers);
        return moved.isValid() ? moved.siblingAtColumn(valueColumn()) : moved;
    }
    }
}

void FieldTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    // A click on the label or the source still makes the value current, so typing edits it.
    if (current.isValid() && current.column() != valueColumn())
        selectionModel()->setCurrentIndex(current.siblingAtColumn(valueColumn()), QItemSelectionModel::NoUpdate);
}

void FieldTableView::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState) {
        const int row = currentIndex().isValid() ? currentIndex().row() : -1;
        const bool back = event->modifiers() & Qt::ShiftModifier;
        goToRow(back ? qMax(0, row - 1) : qMin(model() ? model()->rowCount() - 1 : 0, row + 1));
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void FieldTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool next = hint == QAbstractItemDelegate::EditNextItem;
    const bool previous = hint == QAbstractItemDelegate::EditPreviousItem;
    const QPersistentModelIndex at = currentIndex();
    QTableView::closeEditor(editor, (next || previous) ? QAbstractItemDelegate::NoHint : hint);
    if ((next || previous) && at.isValid()) {
        const int row = at.row() + (next ? 1 : -1);
        if (!goToRow(row))
            goToRow(at.row());
    }
}

} // namespace ra

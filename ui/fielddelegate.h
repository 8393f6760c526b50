#pragma once

#include <QStyledItemDelegate>

namespace ra {

// Edits a field's value with an editor for its kind (a yes/no choice for flags, several lines
// for the cipher area and remarks, a line with an example for the rest). Enter and Tab check
// what was typed first: input that is not a value of the kind keeps the editor open with the
// text, so a slip is fixed, not retyped (inputRefused says why).
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    void inputRefused(const QString &message);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    static QString editorText(QWidget *editor);
};

} // namespace ra

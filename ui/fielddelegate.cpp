#include "fielddelegate.h"

#include "fieldinput.h"
#include "fieldlayout.h"
#include "fieldtablemodel.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

constexpr const char *kKindProperty = "raFieldKind";
constexpr const char *kLabelProperty = "raFieldLabel";

FieldLayout::Kind kindOf(const QObject *editor)
{
    return FieldLayout::Kind(editor->property(kKindProperty).toInt());
}

} // namespace

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const auto kind = FieldLayout::Kind(index.data(FieldTableModel::KindRole).toInt());
    QWidget *editor = nullptr;
    switch (kind) {
    case FieldLayout::Kind::Boolean: {
        auto *combo = new QComboBox(parent);
        combo->addItem(QString(), QString());
        combo->addItem(FieldInput::display(kind, u"true"_s), u"true"_s);
        combo->addItem(FieldInput::display(kind, u"false"_s), u"false"_s);
        editor = combo;
        break;
    }
    case FieldLayout::Kind::Multiline: {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->setToolTip(tr("Enter keeps the text; Shift+Enter starts a new line."));
        editor = text;
        break;
    }
    default: {
        auto *line = new QLineEdit(parent);
        line->setFrame(false);
        switch (kind) {
        case FieldLayout::Kind::Money: line->setPlaceholderText(tr("1234.56")); break;
        case FieldLayout::Kind::Date: line->setPlaceholderText(tr("2024-05-08")); break;
        case FieldLayout::Kind::Time: line->setPlaceholderText(tr("09:05")); break;
        case FieldLayout::Kind::Rate: line->setPlaceholderText(tr("13%")); break;
        default: break;
        }
        editor = line;
        break;
    }
    }
    Q_UNUSED(option)
    editor->setProperty(kKindProperty, int(kind));
    editor->setProperty(kLabelProperty, index.siblingAtColumn(FieldTableModel::FieldColumn).data().toString());
    return editor;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value);
        text->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, editorText(editor), Qt::EditRole);
}

void FieldDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // Room for a few lines, over the rows below (the cipher area has four).
        QRect r = option.rect;
        r.setHeight(qMax(r.height(), editor->fontMetrics().lineSpacing() * 4 + 8));
        editor->setGeometry(r);
    }
}

QString FieldDelegate::editorText(QWidget *editor)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        return text->toPlainText();
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    return {};
}

bool FieldDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (!editor || event->type() != QEvent::KeyPress)
        return QStyledItemDelegate::eventFilter(object, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
    if (enter && qobject_cast<QPlainTextEdit *>(editor) && (key->modifiers() & Qt::ShiftModifier))
        return false; // a new line in the text
    if (!enter && !tab)
        return QStyledItemDelegate::eventFilter(object, event);

    const FieldInput::Result r = FieldInput::check(kindOf(editor), editorText(editor));
    if (!r.ok) {
        emit inputRefused(tr("%1: %2").arg(editor->property(kLabelProperty).toString(), r.error));
        return true; // the editor stays, with the text, to be fixed
    }
    emit commitData(editor);
    const bool back = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
    emit closeEditor(editor, back ? EditPreviousItem : EditNextItem);
    return true;
}

} // namespace ra

#include "exportcolumnlist.h"

#include "export/exportcolumn.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

constexpr int kKeyRole = Qt::UserRole;

} // namespace

ExportColumnList::ExportColumnList(QWidget *parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(u"columnList"_s);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(true);

    m_up = new QPushButton(tr("Move &Up"), this);
    m_up->setObjectName(u"columnUp"_s);
    m_down = new QPushButton(tr("Move Do&wn"), this);
    m_down->setObjectName(u"columnDown"_s);
    m_defaults = new QPushButton(tr("De&faults"), this);
    m_defaults->setObjectName(u"columnDefaults"_s);
    m_defaults->setToolTip(tr("Bring back the usual columns in their usual order"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addSpacing(12);
    buttons->addWidget(m_defaults);
    buttons->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_defaults, &QPushButton::clicked, this, &ExportColumnList::resetToDefaults);
    connect(m_list, &QListWidget::currentRowChanged, this, &ExportColumnList::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &ExportColumnList::columnsChanged);
    // A drag and drop moves rows in the model.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        updateButtons();
        emit columnsChanged();
    });

    resetToDefaults();
}

void ExportColumnList::setColumns(const QStringList &checked, const QStringList &order)
{
    QStringList keys;
    QSet<QString> seen;
    const auto add = [&](const QString &key) {
        if (!seen.contains(key) && ExportColumn::forKey(key)) {
            seen.insert(key);
            keys.append(key);
        }
    };
    for (const QString &key : checked)
        add(key);
    const int checkedCount = int(keys.size());
    for (const QString &key : order)
        add(key);
    for (const ExportColumn &c : ExportColumn::all())
        add(c.key);

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(kKeyRole, keys.at(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(i < checkedCount ? Qt::Checked : Qt::Unchecked);
    }
    updateTitles();
    m_list->setCurrentRow(0);
    updateButtons();
    emit columnsChanged();
}

void ExportColumnList::resetToDefaults()
{
    setColumns(ExportColumn::defaultKeys());
}

QStringList ExportColumnList::checkedKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            keys.append(m_list->item(i)->data(kKeyRole).toString());
    return keys;
}

QStringList ExportColumnList::allKeys() const
{
    QStringList keys;
    for (int i = 0; i < m_list->count(); ++i)
        keys.append(m_list->item(i)->data(kKeyRole).toString());
    return keys;
}

void ExportColumnList::setLanguage(ExportOptions::Language language)
{
    m_language = language;
    updateTitles();
}

bool ExportColumnList::setChecked(const QString &key, bool checked)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

bool ExportColumnList::moveTo(const QString &key, int row)
{
    const int from = rowOf(key);
    if (from < 0)
        return false;
    const int to = std::clamp(row, 0, m_list->count() - 1);
    if (to != from) {
        const QSignalBlocker blocker(m_list);
        QListWidgetItem *item = m_list->takeItem(from);
        m_list->insertItem(to, item);
    }
    m_list->setCurrentRow(to);
    updateButtons();
    emit columnsChanged();
    return true;
}

void ExportColumnList::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    if (row < 0 || row + delta < 0 || row + delta >= m_list->count())
        return;
    moveTo(m_list->item(row)->data(kKeyRole).toString(), row + delta);
    m_list->setFocus();
}

void ExportColumnList::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

void ExportColumnList::updateTitles()
{
    const QSignalBlocker blocker(m_list);   // titles are not a change of the columns
    const bool zh = m_language == ExportOptions::Language::Chinese;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString key = item->data(kKeyRole).toString();
        const auto column = ExportColumn::forKey(key);
        if (!column)
            continue;
        item->setText(zh ? column->titleZh : column->titleEn);
        item->setToolTip(u"%1 · %2 (%3)"_s.arg(column->titleZh, column->titleEn, key));
    }
}

int ExportColumnList::rowOf(const QString &key) const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kKeyRole).toString() == key)
            return i;
    return -1;
}

} // namespace ra

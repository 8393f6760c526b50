#include "fieldlistmodel.h"

#include "fieldlayout.h"
#include "fieldsource.h"
#include "money.h"

using namespace Qt::StringLiterals;

namespace ra {

FieldListModel::FieldListModel(const QStringList &columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(columns)
{
}

void FieldListModel::setRows(const QList<FieldMap> &rows)
{
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

bool FieldListModel::columnHasValues(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return false;
    const QString &key = m_columns.at(column);
    for (const FieldMap &row : m_rows)
        if (!row.value(key).value.isEmpty())
            return true;
    return false;
}

int FieldListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FieldListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant FieldListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return FieldLayout::listLabel(m_columns.at(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant FieldListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &key = m_columns.at(index.column());
    const Field f = m_rows.at(index.row()).value(key);
    const bool money = FieldLayout::isListMoney(key);
    switch (role) {
    case Qt::DisplayRole:
        if (money)
            if (const std::optional<qint64> fen = money::parseFen(f.value))
                return money::formatFen(*fen);
        return f.value;
    case Qt::ToolTipRole:
        if (f.isNull())
            return {};
        return u"%1<br><i>%2</i>"_s.arg(f.value.toHtmlEscaped(), FieldSource::displayName(f.source).toHtmlEscaped());
    case Qt::TextAlignmentRole:
        if (money || key == u"quantity" || key == u"unit_price" || key == u"tax_rate")
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

} // namespace ra

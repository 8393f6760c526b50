#pragma once

#include "field.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace ra {

// A read-only table of an invoice's line list (items, flights or trips): one row per entry, one
// column per key. Amounts are shown with two places; the source of each cell is its tooltip.
class FieldListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit FieldListModel(const QStringList &columns, QObject *parent = nullptr);

    void setRows(const QList<FieldMap> &rows);
    const QList<FieldMap> &rows() const { return m_rows; }
    QStringList columnKeys() const { return m_columns; }
    // Whether any row has a value in the column (empty columns are hidden in narrow panels).
    bool columnHasValues(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QList<FieldMap> m_rows;
};

} // namespace ra

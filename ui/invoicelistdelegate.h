#pragma once

#include "invoicestatus.h"

#include <QStyledItemDelegate>

namespace ra {

// Draws the invoice list's rows so their state reads at a glance at any width:
// - every row is exactly rowHeight() high, whatever its thumbnail, text or place after sorting
//   (QTreeView's uniform row heights take the first row's hint: it must not depend on the row);
// - the type column shows the thumbnail and the type's short label (full name in the tooltip);
// - the status column, of fixed width, paints the status icon, the number of findings and a
//   duplicate mark in fixed slots (the details in the tooltip);
// - invoice numbers are elided on the left, so their distinguishing last digits stay.
class InvoiceListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit InvoiceListDelegate(const QSize &thumbnailSize, QObject *parent = nullptr);

    int rowHeight() const;
    int statusColumnWidth() const;

    // What the status cell of `index`'s row shows (tests, accessibility).
    struct StatusBadges
    {
        InvoiceStatus status = InvoiceStatus::NeedsReview;
        int findings = 0;
        bool duplicate = false;
    };
    static StatusBadges statusBadges(const QModelIndex &index);
    static QString statusToolTip(const QModelIndex &index);
    static QString typeLabel(const QModelIndex &index);     // the short label shown
    static QString typeToolTip(const QModelIndex &index);   // the full name, the file, the page

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintStatus(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QSize m_thumbnail;
};

} // namespace ra

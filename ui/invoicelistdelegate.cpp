#include "invoicelistdelegate.h"

#include "fieldstate.h"
#include "invoicelistmodel.h"
#include "invoicetypelabel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

namespace {
constexpr int kPad = 6;
constexpr int kGap = 4;
constexpr int kIcon = 16;
constexpr int kDuplicate = 16;
const QColor kDuplicateColour(0xC0, 0x1C, 0x28);

QFont badgeFont()
{
    QFont f = QApplication::font();
    f.setBold(true);
    return f;
}

int countSlotWidth()
{
    // Room for "99+" in the badge; fewer digits centre in the same slot so columns align.
    return QFontMetrics(badgeFont()).horizontalAdvance(u"99+"_s) + 8;
}

// Two overlapping sheets: "this invoice exists twice". Drawn, not a font glyph, so it looks the
// same in every font and language.
void paintDuplicateMark(QPainter *painter, const QRect &slot, const QColor &paper)
{
    const int s = std::min(slot.width(), slot.height()) * 5 / 8;
    const QRect back(slot.center().x() - s / 2 - 2, slot.center().y() - s / 2 - 2, s, s);
    const QRect front = back.translated(4, 4);
    painter->setPen(QPen(kDuplicateColour, 1.5));
    painter->setBrush(paper);
    painter->drawRoundedRect(back, 1.5, 1.5);
    painter->setBrush(kDuplicateColour.lighter(185));
    painter->drawRoundedRect(front, 1.5, 1.5);
}
} // namespace

InvoiceListDelegate::InvoiceListDelegate(const QSize &thumbnailSize, QObject *parent)
    : QStyledItemDelegate(parent), m_thumbnail(thumbnailSize)
{
}

int InvoiceListDelegate::rowHeight() const
{
    const QFontMetrics fm(QApplication::font());
    return std::max(m_thumbnail.height() + 6, fm.height() + 8);
}

int InvoiceListDelegate::statusColumnWidth() const
{
    return kPad + kIcon + kGap + countSlotWidth() + kGap + kDuplicate + kPad;
}

InvoiceListDelegate::StatusBadges InvoiceListDelegate::statusBadges(const QModelIndex &index)
{
    StatusBadges b;
    b.status = InvoiceStatus(index.data(InvoiceListModel::StatusRole).toInt());
    b.findings = index.data(InvoiceListModel::FindingCountRole).toInt();
    b.duplicate = index.data(InvoiceListModel::DuplicateRole).toBool();
    return b;
}

QString InvoiceListDelegate::statusToolTip(const QModelIndex &index)
{
    const StatusBadges b = statusBadges(index);
    QStringList lines{invoicestatus::name(b.status)};
    if (b.duplicate)
        lines << tr("Duplicate: this invoice was claimed before, in this claim or in another one.");
    // The model's tooltip: the findings of an invoice, the error of a failed document.
    const QString details = index.siblingAtColumn(InvoiceListModel::StatusColumn).data(Qt::ToolTipRole).toString();
    if (b.findings > 0)
        lines << tr("%n finding(s):", nullptr, b.findings);
    if (!details.isEmpty())
        lines << details;
    return lines.join(u'\n');
}

QString InvoiceListDelegate::typeLabel(const QModelIndex &index)
{
    const QString key = index.data(InvoiceListModel::TypeKeyRole).toString();
    if (key.isEmpty())   // a document without invoices: its file name
        return index.siblingAtColumn(InvoiceListModel::TypeColumn).data().toString();
    const QString label = InvoiceTypeLabel::shortName(invoiceTypeFromKey(key));
    // The question mark says "inferred, check it" where the full words do not fit.
    return index.data(InvoiceListModel::TypeInferredRole).toBool() ? label + u'?' : label;
}

QString InvoiceListDelegate::typeToolTip(const QModelIndex &index)
{
    const QModelIndex type = index.siblingAtColumn(InvoiceListModel::TypeColumn);
    const QString name = type.data().toString();
    const QString details = type.data(Qt::ToolTipRole).toString();
    if (details.isEmpty() || details == name)
        return name;
    return details.startsWith(name) ? details : name + u'\n' + details;
}

QSize InvoiceListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // One height for every row and column: sorting, a late thumbnail or a document row on top
    // never changes it.
    if (index.column() == InvoiceListModel::StatusColumn)
        return {statusColumnWidth(), rowHeight()};
    return {QStyledItemDelegate::sizeHint(option, index).width(), rowHeight()};
}

void InvoiceListDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    switch (index.column()) {
    case InvoiceListModel::NumberColumn:
        // Invoice numbers differ in their last digits.
        option->textElideMode = Qt::ElideLeft;
        break;
    case InvoiceListModel::TypeColumn:
        if (!index.data(InvoiceListModel::TypeKeyRole).toString().isEmpty()) {
            option->text = typeLabel(index);
            option->font.setItalic(index.data(InvoiceListModel::TypeInferredRole).toBool());
            // The thumbnail's box even before it arrives: the text does not move when it does.
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = m_thumbnail;
        }
        break;
    default: break;
    }
}

void InvoiceListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == InvoiceListModel::StatusColumn) {
        paintStatus(painter, option, index);
        return;
    }
    if (index.column() == InvoiceListModel::TypeColumn) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        // Beside the thumbnail in a narrow column: a label of two letters and an ellipsis says
        // nothing; the thumbnail alone, and the tooltip, do better.
        const int room = opt.rect.width() - (opt.features & QStyleOptionViewItem::HasDecoration
                                                 ? opt.decorationSize.width() + 12 : 8);
        if (room < opt.fontMetrics.horizontalAdvance(u"Taxi"_s))
            opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void InvoiceListDelegate::paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    // The row's background, selection and focus as the style draws them, without the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const StatusBadges b = statusBadges(index);
    const QRect r = option.rect;
    const int cy = r.center().y();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    int x = r.left() + kPad;
    invoicestatus::icon(b.status).paint(painter, QRect(x, cy - kIcon / 2, kIcon, kIcon));
    x += kIcon + kGap;
    const int countWidth = countSlotWidth();
    if (b.findings > 0) {
        const QFont font = badgeFont();
        const int h = QFontMetrics(font).height() + 2;
        const QRect badge(x, cy - h / 2, countWidth, h);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fieldStateColor(FieldState::Finding));
        painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, b.findings > 99 ? u"99+"_s : QString::number(b.findings));
    }
    x += countWidth + kGap;
    if (b.duplicate)
        paintDuplicateMark(painter, QRect(x, cy - kDuplicate / 2, kDuplicate, kDuplicate),
                           option.palette.color(QPalette::Base));
    painter->restore();
}

bool InvoiceListDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip) {
        QString tip;
        if (index.column() == InvoiceListModel::StatusColumn)
            tip = statusToolTip(index);
        else if (index.column() == InvoiceListModel::TypeColumn)
            tip = typeToolTip(index);
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view->viewport(), option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace ra

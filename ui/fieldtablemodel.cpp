#include "fieldtablemodel.h"

#include "claim/claimdocument.h"
#include "fieldinput.h"
#include "fieldsource.h"

#include <QApplication>
#include <QBrush>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

bool namedByFinding(const Invoice &inv, const QString &key)
{
    for (const Finding &f : inv.findings)
        if (f.fields.contains(key))
            return true;
    return false;
}

bool isPresent(const Invoice &inv, const QString &key)
{
    const auto it = inv.fields.constFind(key);
    return it != inv.fields.cend() && !it->value.isNull();
}

QIcon swatch(const QColor &fill, const QColor &ring)
{
    // Drawn at twice the size so it stays crisp on high-density screens.
    QPixmap pm(24, 24);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(ring, 2.5));
    p.setBrush(fill);
    p.drawEllipse(QRectF(4, 4, 16, 16));
    p.end();
    pm.setDevicePixelRatio(2);
    return QIcon(pm);
}

} // namespace

FieldTableModel::FieldTableModel(ClaimDocument *claim, QObject *parent)
    : QAbstractTableModel(parent), m_claim(claim)
{
    connect(m_claim, &ClaimDocument::changed, this, &FieldTableModel::onClaimChanged);
}

FieldTableModel::~FieldTableModel() = default;

void FieldTableModel::setInvoice(qint64 invoiceId)
{
    if (invoiceId == m_invoiceId)
        return;
    m_invoiceId = invoiceId;
    reload();
}

const Invoice *FieldTableModel::invoice() const
{
    if (m_invoiceId == 0)
        return nullptr;
    const ClaimInvoice *ci = m_claim->invoice(m_invoiceId);
    return ci ? &ci->invoice : nullptr;
}

QString FieldTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : QString();
}

int FieldTableModel::rowOfKey(const QString &key) const
{
    return int(m_keys.indexOf(key));
}

void FieldTableModel::reload()
{
    beginResetModel();
    const Invoice *inv = invoice();
    m_keys = inv ? FieldLayout::rowKeys(*inv) : QStringList();
    m_rows = snapshot();
    endResetModel();
}

QList<FieldTableModel::RowSnapshot> FieldTableModel::snapshot() const
{
    QList<RowSnapshot> out;
    const Invoice *inv = invoice();
    if (!inv)
        return out;
    out.reserve(m_keys.size());
    for (const QString &key : m_keys) {
        RowSnapshot r;
        r.field = inv->fields.value(key);
        r.present = isPresent(*inv, key);
        r.state = fieldState(*inv, key);
        r.hasFinding = namedByFinding(*inv, key);
        out.append(r);
    }
    return out;
}

void FieldTableModel::onClaimChanged(const ClaimChange &change)
{
    using Kind = ClaimChange::Kind;
    switch (change.kind) {
    case Kind::Reset:
        reload();
        return;
    case Kind::InvoiceAdded:
    case Kind::InvoiceRemoved:
        if (change.invoiceId == m_invoiceId && m_invoiceId != 0)
            reload();
        return;
    case Kind::InvoiceChanged:
        break;
    case Kind::DetailsChanged:
    case Kind::DocumentAdded:
    case Kind::DocumentRemoved:
        return;
    }
    if (change.invoiceId != m_invoiceId || m_invoiceId == 0)
        return;
    const Invoice *inv = invoice();
    if (!inv || FieldLayout::rowKeys(*inv) != m_keys) {
        // The type changed (another layout) or a field came or went: the rows are others.
        reload();
        return;
    }
    // Same rows: tell the views exactly which changed. An edit can change other rows too
    // (validation re-ran, so findings and with them states moved).
    const QList<RowSnapshot> before = m_rows;
    m_rows = snapshot();
    const int editedRow = rowOfKey(change.fieldKey); // its history changed even if nothing else did
    int first = -1;
    for (int row = 0; row <= int(m_rows.size()); ++row) {
        const bool differs = row < m_rows.size() && (row == editedRow || m_rows.at(row) != before.value(row));
        if (differs && first < 0)
            first = row;
        if (!differs && first >= 0) {
            emit dataChanged(index(first, 0), index(row - 1, ColumnCount - 1));
            first = -1;
        }
    }
}

int FieldTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int FieldTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn: return tr("Field");
    case ValueColumn: return tr("Value");
    case SourceColumn: return tr("Source");
    default: return {};
    }
}

Qt::ItemFlags FieldTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == ValueColumn && invoice())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant FieldTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invoice *inv = invoice();
    if (!inv)
        return {};
    const QString key = m_keys.at(index.row());
    const Field field = inv->fields.value(key);
    const FieldLayout::Kind kind = FieldLayout::kind(key);

    switch (role) {
    case KeyRole: return key;
    case KindRole: return int(kind);
    case StateRole: return int(fieldState(*inv, key));
    case PresentRole: return isPresent(*inv, key);
    case EditedRole: return field.edited;
    case MachineValueRole: return field.machineValue;
    case RawSourceRole: return field.source;
    case HasFindingRole: return namedByFinding(*inv, key);
    case Qt::BackgroundRole: {
        const FieldState state = fieldState(*inv, key);
        if (state == FieldState::Confirmed)
            return {};
        QColor c = fieldStateColor(state);
        c.setAlpha(40);
        return QBrush(c);
    }
    default: break;
    }

    switch (index.column()) {
    case FieldColumn:
        switch (role) {
        case Qt::DisplayRole: return FieldLayout::label(key);
        case Qt::DecorationRole:
            // A hollow ring for a field the invoice lacks, so the icons line up and the gap shows.
            if (!isPresent(*inv, key) && fieldState(*inv, key) == FieldState::Confirmed)
                return absentIcon();
            return stateIcon(fieldState(*inv, key));
        case Qt::ToolTipRole: {
            const QString state = isPresent(*inv, key) || fieldState(*inv, key) != FieldState::Confirmed
                ? fieldStateName(fieldState(*inv, key))
                : tr("Not on this invoice");
            return u"<b>%1</b> <code>%2</code><br>%3"_s.arg(FieldLayout::label(key).toHtmlEscaped(), key,
                                                            state.toHtmlEscaped());
        }
        default: return {};
        }
    case ValueColumn: return valueData(*inv, key, role);
    case SourceColumn: return sourceData(*inv, key, role);
    default: return {};
    }
}

QVariant FieldTableModel::valueData(const Invoice &inv, const QString &key, int role) const
{
    const Field field = inv.fields.value(key);
    const FieldLayout::Kind kind = FieldLayout::kind(key);
    switch (role) {
    case Qt::DisplayRole: return field.isNull() ? QString() : FieldInput::display(kind, field.value);
    case Qt::EditRole: return field.value.isNull() ? QString() : field.value;
    case Qt::ToolTipRole: {
        if (field.isNull())
            return tr("No value: type one to add it");
        QString tip = field.value.toHtmlEscaped();
        tip.replace(u'\n', u"<br>"_s);
        return u"%1<br><i>%2</i>"_s.arg(tip, fieldStateName(fieldState(inv, key)).toHtmlEscaped());
    }
    case Qt::FontRole:
        if (field.uncertain) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default: return {};
    }
}

QVariant FieldTableModel::sourceData(const Invoice &inv, const QString &key, int role) const
{
    const auto it = inv.fields.constFind(key);
    if (it == inv.fields.cend())
        return {};
    const Field &field = *it;
    switch (role) {
    case Qt::DisplayRole: return sourceText(field, FieldLayout::kind(key));
    case Qt::ForegroundRole:
        return field.edited ? QVariant() : QVariant(QApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    case Qt::FontRole: {
        // Secondary to the value: a little smaller, so the value keeps the room in a narrow panel.
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * 0.9);
        return f;
    }
    case Qt::ToolTipRole: {
        QString tip = tr("Source: <code>%1</code>").arg(field.source.toHtmlEscaped());
        if (field.uncertain)
            tip += u"<br>"_s + tr("The provider was unsure of this value.");
        const QString history = historyText(key);
        if (!history.isEmpty())
            tip += u"<br><br><b>"_s + tr("Edits") + u"</b><br>"_s + history;
        return tip;
    }
    default: return {};
    }
}

QString FieldTableModel::sourceText(const Field &field, FieldLayout::Kind kind)
{
    if (field.edited) {
        if (field.machineValue.isEmpty())
            return field.value.isEmpty() ? tr("You") : tr("You (was empty)");
        if (field.machineValue == field.value)
            return tr("You");
        // A long value (a company name) would squeeze the value column: the tooltip has it whole.
        QString was = FieldInput::display(kind, field.machineValue);
        if (was.size() > 14)
            was = was.left(6) + u'…' + was.right(6);
        return tr("You (was %1)").arg(was);
    }
    const QString name = FieldSource::displayName(field.source);
    return field.uncertain ? tr("%1, unsure").arg(name) : name;
}

QString FieldTableModel::historyText(const QString &key) const
{
    const FieldLayout::Kind kind = FieldLayout::kind(key);
    const auto shown = [kind](const QString &v) {
        return v.isEmpty() ? tr("empty") : FieldInput::display(kind, v).toHtmlEscaped();
    };
    QStringList lines;
    for (const FieldEdit &e : m_claim->history(m_invoiceId)) {
        if (e.fieldKey != key)
            continue;
        const QString when = QLocale().toString(e.when.toLocalTime(), QLocale::ShortFormat);
        QString line = tr("%1: %2 → %3").arg(when.toHtmlEscaped(), shown(e.oldValue), shown(e.newValue));
        if (e.undo)
            line += u" "_s + tr("(undone)");
        lines.append(line);
    }
    return lines.join(u"<br>"_s);
}

bool FieldTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != ValueColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString text = value.typeId() == QMetaType::Bool ? (value.toBool() ? u"true"_s : u"false"_s)
                                                           : value.toString();
    return applyValue(m_keys.at(index.row()), text);
}

bool FieldTableModel::applyValue(const QString &key, const QString &text)
{
    const Invoice *inv = invoice();
    if (!inv || key.isEmpty())
        return false;
    const FieldInput::Result r = FieldInput::check(key, text);
    if (!r.ok) {
        emit inputRefused(tr("%1 not changed: %2").arg(FieldLayout::label(key), r.error));
        return false;
    }
    const auto it = inv->fields.constFind(key);
    const bool present = it != inv->fields.cend() && !it->value.isNull();
    if (!present && r.value.isEmpty())
        return false; // nothing to clear
    if (present && it->value == r.value)
        return false;
    return m_claim->editField(m_invoiceId, key, r.value);
}

QIcon FieldTableModel::stateIcon(FieldState state) const
{
    // Cached per model, not in a static: pixmaps must not outlive the application.
    auto it = m_icons.find(int(state));
    if (it == m_icons.end()) {
        const QColor c = fieldStateColor(state);
        it = m_icons.insert(int(state), swatch(c, c.darker(130)));
    }
    return *it;
}

QIcon FieldTableModel::absentIcon() const
{
    if (m_absentIcon.isNull())
        m_absentIcon = swatch(Qt::transparent, QApplication::palette().color(QPalette::Disabled, QPalette::Text));
    return m_absentIcon;
}

} // namespace ra

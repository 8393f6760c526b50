#pragma once

#include "claim/claimchange.h"
#include "fieldlayout.h"
#include "fieldstate.h"
#include "invoice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

namespace ra {

class ClaimDocument;

// The fields of one invoice of a claim, one row per field (FieldLayout: the type's fields, then
// any other the invoice has). The Value column is editable: what is typed is checked for the
// field's kind and goes to ClaimDocument::editField(); input that is not a value of the kind
// is refused (inputRefused) and nothing changes. The model never changes the claim's data
// itself and follows ClaimDocument::changed().
class FieldTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, SourceColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString field key
        KindRole,                   // int(FieldLayout::Kind)
        StateRole,                  // int(FieldState)
        PresentRole,                // bool: the invoice has the key (a value, even an empty edited one)
        EditedRole,                 // bool
        MachineValueRole,           // QString what the machine read (edited fields)
        RawSourceRole,              // QString "qr:total", "user", ...
        HasFindingRole,             // bool: a finding names the field
    };

    explicit FieldTableModel(ClaimDocument *claim, QObject *parent = nullptr);
    ~FieldTableModel() override;

    // 0 = none (no rows). An id the claim does not have (yet, or any more) also has no rows;
    // the model fills when the invoice comes (back), e.g. on undo of its removal.
    void setInvoice(qint64 invoiceId);
    qint64 invoiceId() const { return m_invoiceId; }
    // The invoice shown, or null.
    const Invoice *invoice() const;

    QString keyAt(int row) const;
    int rowOfKey(const QString &key) const;
    QStringList keys() const { return m_keys; }

    // Checks `text` for the field's kind and edits the claim. False when refused (inputRefused
    // is emitted with the reason) or when there is nothing to change.
    bool applyValue(const QString &key, const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "You (was 106.00)", "QR code", ...: the Source column's text for a field.
    static QString sourceText(const Field &field, FieldLayout::Kind kind);
    // A small round swatch of a state's colour (the form's legend uses them too), and the
    // hollow ring of a field the invoice lacks.
    QIcon stateIcon(FieldState state) const;
    QIcon absentIcon() const;

signals:
    void inputRefused(const QString &message);

private:
    // What a row shows, to tell which rows a change touched.
    struct RowSnapshot
    {
        Field field;
        bool present = false;
        FieldState state = FieldState::Confirmed;
        bool hasFinding = false;
        friend bool operator==(const RowSnapshot &, const RowSnapshot &) = default;
    };

    void onClaimChanged(const ClaimChange &change);
    void reload();
    QList<RowSnapshot> snapshot() const;
    QString historyText(const QString &key) const;
    QVariant valueData(const Invoice &inv, const QString &key, int role) const;
    QVariant sourceData(const Invoice &inv, const QString &key, int role) const;

    ClaimDocument *m_claim;
    qint64 m_invoiceId = 0;
    QStringList m_keys;
    QList<RowSnapshot> m_rows;
    mutable QHash<int, QIcon> m_icons;
    mutable QIcon m_absentIcon;
};

} // namespace ra

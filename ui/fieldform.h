#pragma once

#include "claim/claimchange.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace ra {

class ClaimDocument;
class FieldDelegate;
class FieldTableModel;
class FieldTableView;
class FindingsList;
class LineLists;

// The review desk's right-hand panel for one invoice: its type and reviewed mark, the findings,
// the fields (editable, keyboard first), the selected field's alternatives and provenance, and
// the line items, flights and trips (FindingsList and LineLists). Every change goes through the ClaimDocument (undoable);
// the panel only follows ClaimDocument::changed().
class FieldForm : public QWidget
{
    Q_OBJECT
public:
    explicit FieldForm(ClaimDocument *claim, QWidget *parent = nullptr);
    ~FieldForm() override;

    // 0 = none: the panel says "Select an invoice". An id the claim lacks shows the same until
    // the invoice comes (back), e.g. on undo of its removal.
    void setInvoice(qint64 invoiceId);
    qint64 invoiceId() const { return m_invoiceId; }

    // The selected field's key; empty when none.
    QString currentField() const { return m_currentKey; }
    // Selects the field's row and scrolls to it; does nothing (emits nothing) if it is selected
    // already or the invoice has no such row.
    void selectField(const QString &key);

    // Keyboard review. nextField/previousField stop at the ends; nextFinding goes to the next
    // field a finding names, wrapping round to the first.
    void nextField();
    void previousField();
    void nextFinding();
    // Opens the editor on the selected field (the first when none is).
    void editCurrentField();

    // For tests and the main window's shortcuts.
    FieldTableModel *fieldModel() const { return m_model; }
    QTableView *fieldView() const;

signals:
    // The selected field changed (a click, the keyboard, a finding, selectField(), ...): the
    // page view highlights its polygon. Not emitted when the same field stays selected (also
    // across undo, redo and type changes that keep the field).
    void fieldSelected(qint64 invoiceId, const QString &key);
    // Typed input was not a value of the field's kind; nothing changed.
    void inputRefused(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void refresh();
    void refreshHeader();
    void refreshFindings();
    void refreshDetail();
    void refreshLists();
    void fitColumns();
    void fitLists();
    void onClaimChanged(const ClaimChange &change);
    void onCurrentRowChanged(int row);
    void onFindingActivated(const QString &key);
    void onTypeActivated(int index);
    void onReviewedClicked(bool checked);
    void onRefused(const QString &message);
    void restoreSelection();
    void goToRow(int row);
    void applyAlternative(const QString &value);

    ClaimDocument *m_claim;
    qint64 m_invoiceId = 0;
    QString m_currentKey;
    bool m_restoring = false;

    FieldTableModel *m_model = nullptr;
    FieldDelegate *m_delegate = nullptr;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_inferred = nullptr;
    QCheckBox *m_reviewed = nullptr;
    FindingsList *m_findings = nullptr;
    QSplitter *m_splitter = nullptr;
    FieldTableView *m_table = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_detailTitle = nullptr;
    QWidget *m_alternatives = nullptr;
    QVBoxLayout *m_alternativesLayout = nullptr;
    QLabel *m_provenance = nullptr;
    QLabel *m_refused = nullptr;
    LineLists *m_lists = nullptr;
};

} // namespace ra

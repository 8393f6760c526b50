#pragma once

#include "invoicematch.h"
#include "recognizeddocument.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ra {

class ClaimDocument;
class ImportController;
class ProviderRegistry;

// Runs an invoice's original through another provider and shows the two results field by
// field; the person ticks the values to take and they are applied as one undoable edit.
// In a document of several invoices (a photo of receipts) the other provider's invoice is the
// one matchInvoice() finds for the invoice the dialog was opened on; when none is, the dialog
// says why and offers nothing to apply.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(ClaimDocument *claim, ImportController *importer, ProviderRegistry *registry, qint64 invoiceId,
                  QWidget *parent = nullptr);

    // For tests: shows a result without running a provider.
    void showResult(const RecognizedDocument &document);
    // How the other provider's invoice was chosen for the last result shown.
    const InvoiceMatch &match() const { return m_match; }
    QString statusText() const;
    // The rows that differ (field keys), in table order.
    QStringList differingFields() const;
    void setChecked(const QString &key, bool checked);
    // Applies the ticked rows; returns how many fields changed.
    int applyChecked();

signals:
    void resultShown();

private:
    void run();
    void onRerunFinished(const QString &sha256, const RecognizedDocument &document);
    QString matchSentence(const RecognizedDocument &document) const;

    ClaimDocument *m_claim;
    ImportController *m_importer;
    qint64 m_invoiceId;
    QString m_sha256;
    QComboBox *m_provider;
    QPushButton *m_run;
    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_apply;
    InvoiceMatch m_match;
    bool m_waiting = false;
};

} // namespace ra

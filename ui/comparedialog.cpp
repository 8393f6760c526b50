#include "comparedialog.h"

#include "claim/claimdocument.h"
#include "core/providerregistry.h"
#include "core/recognitionprovider.h"
#include "fieldlayout.h"
#include "importcontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {

namespace {
enum Column { FieldColumn, CurrentColumn, OtherColumn };
constexpr int kKeyRole = Qt::UserRole + 1;
constexpr int kDiffersRole = Qt::UserRole + 2;   // the other provider read something else here
} // namespace

CompareDialog::CompareDialog(ClaimDocument *claim, ImportController *importer, ProviderRegistry *registry,
                             qint64 invoiceId, QWidget *parent)
    : QDialog(parent), m_claim(claim), m_importer(importer), m_invoiceId(invoiceId),
      m_provider(new QComboBox(this)), m_run(new QPushButton(tr("&Run"), this)), m_status(new QLabel(this)),
      m_table(new QTableWidget(0, 3, this)), m_apply(new QPushButton(tr("&Apply Ticked Values"), this))
{
    setWindowTitle(tr("Compare With Another Provider"));
    resize(720, 560);
    const ClaimInvoice *ci = m_claim->invoice(invoiceId);
    m_sha256 = ci ? ci->sha256 : QString();
    const QString currentProvider = [&] {
        if (!ci)
            return QString();
        for (const RecognitionRecord &r : m_claim->data().recognitions)
            if (r.id == ci->recognitionId) {
                // The provider's name, not its id, when this build has it.
                RecognitionProvider *p = registry ? registry->provider(r.document.provider) : nullptr;
                return p ? p->displayName() : r.document.provider;
            }
        return QString();
    }();
    if (registry) {
        for (RecognitionProvider *p : registry->providers()) {
            m_provider->addItem(p->isConfigured() ? p->displayName() : tr("%1 (not configured)").arg(p->displayName()),
                                p->id());
            if (!p->isConfigured())
                m_provider->setItemData(m_provider->count() - 1, false, Qt::UserRole - 1);   // disabled
        }
        // Start on a configured provider other than the one that read it.
        for (int i = 0; i < m_provider->count(); ++i) {
            const QString id = m_provider->itemData(i).toString();
            if (id != currentProvider && registry->provider(id) && registry->provider(id)->isConfigured()) {
                m_provider->setCurrentIndex(i);
                break;
            }
        }
    }
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("In the claim"), tr("Other provider")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_apply->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setText(tr("Read by: %1. Choose another provider and run it; nothing changes until you apply.")
                          .arg(currentProvider.isEmpty() ? tr("unknown") : currentProvider));

    auto *top = new QHBoxLayout;
    auto *providerLabel = new QLabel(tr("&Provider:"), this);
    providerLabel->setBuddy(m_provider);
    top->addWidget(providerLabel);
    top->addWidget(m_provider, 1);
    top->addWidget(m_run);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_run, &QPushButton::clicked, this, &CompareDialog::run);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        applyChecked();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_importer)
        connect(m_importer, &ImportController::rerunFinished, this, &CompareDialog::onRerunFinished);
}

void CompareDialog::run()
{
    if (!m_importer || m_sha256.isEmpty())
        return;
    m_waiting = true;
    m_run->setEnabled(false);
    m_status->setText(tr("Recognising with %1…").arg(m_provider->currentText()));
    m_importer->rerun(m_sha256, m_provider->currentData().toString());
}

void CompareDialog::onRerunFinished(const QString &sha256, const RecognizedDocument &document)
{
    if (!m_waiting || sha256 != m_sha256)
        return;
    m_waiting = false;
    m_run->setEnabled(true);
    showResult(document);
}

QString CompareDialog::matchSentence(const RecognizedDocument &document) const
{
    using Reason = InvoiceMatch::Reason;
    const QString provider = document.provider;
    const int found = int(document.invoices.size());
    switch (m_match.reason) {
    case Reason::NoCandidates:
        return tr("%1 found no invoice in this file.").arg(provider);
    case Reason::NothingCorresponds:
        return tr("%1 found %n invoice(s) in this file, but none is in this invoice's place on the page or has its "
                  "number, date and total. Nothing can be applied.", nullptr, found)
            .arg(provider);
    case Reason::Ambiguous:
        return tr("%1 found several invoices that could be this one, and neither their place nor their number, date "
                  "and total tells which. Nothing can be applied.")
            .arg(provider);
    case Reason::OverlapsContradict:
        return tr("What %1 found in this invoice's place has a different number. Nothing can be applied.").arg(provider);
    case Reason::OnlyOverlap:
        return tr("The invoice %1 found in this place has a different number: check that it is the same invoice "
                  "before applying anything.")
            .arg(provider);
    case Reason::Identity: {
        QStringList labels;
        for (const QString &key : m_match.agreeing)
            labels << FieldLayout::label(key);
        return tr("Compared with the invoice %1 found that agrees on %2.").arg(provider, QLocale().createSeparatedList(labels));
    }
    case Reason::Region:
        // With one invoice on each side there is nothing to choose, and nothing to say.
        return found > 1 ? tr("Compared with the one of %n invoices %1 found in the same place on the page.", nullptr,
                              found)
                               .arg(provider)
                         : QString();
    }
    return {};
}

void CompareDialog::showResult(const RecognizedDocument &document)
{
    // Nothing of an earlier result may stay applicable.
    m_table->setRowCount(0);
    m_apply->setEnabled(false);
    m_match = InvoiceMatch();
    const ClaimInvoice *ci = m_claim->invoice(m_invoiceId);
    if (!ci)
        return;
    if (document.error) {
        m_status->setText(tr("%1 could not read it: %2").arg(document.provider, document.error->message));
        emit resultShown();
        return;
    }
    // The invoice selected, not the document's first: in a photo of several receipts the other
    // provider may list them in another order, find fewer, or find none where this one is.
    m_match = matchInvoice(ci->invoice, document.invoices);
    if (!m_match.matched()) {
        m_status->setText(matchSentence(document));
        emit resultShown();
        return;
    }
    const Invoice *other = &document.invoices.at(m_match.index);
    // Rows in the form's order, then whatever else either side has.
    QStringList keys;
    keys << FieldLayout::keys(ci->invoice.type);
    for (const auto *fields : {&ci->invoice.fields, &other->fields})
        for (auto it = fields->cbegin(); it != fields->cend(); ++it)
            if (!keys.contains(it.key()))
                keys << it.key();
    int differing = 0;
    for (const QString &key : std::as_const(keys)) {
        const QString mine = ci->invoice.value(key);
        const QString theirs = other->value(key);
        if (mine.isNull() && theirs.isNull())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(FieldLayout::label(key));
        name->setData(kKeyRole, key);
        m_table->setItem(row, FieldColumn, name);
        m_table->setItem(row, CurrentColumn, new QTableWidgetItem(mine));
        auto *theirsItem = new QTableWidgetItem(theirs);
        theirsItem->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        m_table->setItem(row, OtherColumn, theirsItem);
        if (mine != theirs && !theirs.isNull()) {
            ++differing;
            theirsItem->setData(kDiffersRole, true);
            theirsItem->setFlags(theirsItem->flags() | Qt::ItemIsUserCheckable);
            theirsItem->setCheckState(Qt::Unchecked);
            for (int c = 0; c < 3; ++c)
                m_table->item(row, c)->setBackground(QColor(0xFF, 0xF3, 0xD6));
        }
    }
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("In the claim"), document.provider});
    const QString outcome = differing == 0 ? tr("%1 read the same values.").arg(document.provider)
                                           : tr("%n field(s) differ. Tick the values to take.", nullptr, differing);
    const QString how = matchSentence(document);
    m_status->setText(how.isEmpty() ? outcome : how + u' ' + outcome);
    m_apply->setEnabled(differing > 0);
    emit resultShown();
}

QStringList CompareDialog::differingFields() const
{
    QStringList keys;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, OtherColumn)->data(kDiffersRole).toBool())
            keys << m_table->item(r, FieldColumn)->data(kKeyRole).toString();
    return keys;
}

void CompareDialog::setChecked(const QString &key, bool checked)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, FieldColumn)->data(kKeyRole).toString() == key
            && m_table->item(r, OtherColumn)->data(kDiffersRole).toBool())
            m_table->item(r, OtherColumn)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QString CompareDialog::statusText() const
{
    return m_status->text();
}

int CompareDialog::applyChecked()
{
    int changed = 0;
    // Only rows of a matched invoice are tickable; with none ticked there is no edit, not even
    // an empty step on the undo stack.
    bool anyTicked = false;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *theirs = m_table->item(r, OtherColumn);
        anyTicked = anyTicked || (theirs->data(kDiffersRole).toBool() && theirs->checkState() == Qt::Checked);
    }
    if (!m_match.matched() || !anyTicked)
        return 0;
    m_claim->undoStack()->beginMacro(tr("Take values from another provider"));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem *theirs = m_table->item(r, OtherColumn);
        if (!theirs->data(kDiffersRole).toBool() || theirs->checkState() != Qt::Checked)
            continue;
        if (m_claim->editField(m_invoiceId, m_table->item(r, FieldColumn)->data(kKeyRole).toString(), theirs->text()))
            ++changed;
    }
    m_claim->undoStack()->endMacro();
    return changed;
}

} // namespace ra

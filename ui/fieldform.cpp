#include "fieldform.h"

#include "claim/claimdocument.h"
#include "fielddelegate.h"
#include "fieldinput.h"
#include "fieldlayout.h"
#include "fieldsource.h"
#include "fieldtablemodel.h"
#include "fieldtableview.h"
#include "findingslist.h"
#include "invoicetype.h"
#include "linelists.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QResizeEvent>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

QString typeName(InvoiceType t)
{
    return uilanguage::isChinese() ? invoiceTypeNameZh(t) : invoiceTypeNameEn(t);
}

} // namespace

FieldForm::FieldForm(ClaimDocument *claim, QWidget *parent) : QWidget(parent), m_claim(claim)
{
    m_model = new FieldTableModel(claim, this);
    buildUi();
    retranslate();

    // After the model's own connection (made in its constructor): the rows are up to date when
    // the panel refreshes.
    connect(m_claim, &ClaimDocument::changed, this, &FieldForm::onClaimChanged);
    connect(m_model, &FieldTableModel::inputRefused, this, &FieldForm::onRefused);
    connect(m_delegate, &FieldDelegate::inputRefused, this, &FieldForm::onRefused);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FieldForm::restoreSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FieldForm::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FieldForm::fitColumns);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current.isValid() ? current.row() : -1); });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        // A double click on the label or the source edits the value too.
        if (index.column() != FieldTableModel::ValueColumn)
            m_table->edit(index.siblingAtColumn(FieldTableModel::ValueColumn));
    });
    connect(m_findings, &FindingsList::findingActivated, this, &FieldForm::onFindingActivated);
    connect(m_type, &QComboBox::activated, this, &FieldForm::onTypeActivated);
    connect(m_reviewed, &QCheckBox::clicked, this, &FieldForm::onReviewedClicked);
    refresh();
}

FieldForm::~FieldForm() = default;

QTableView *FieldForm::fieldView() const
{
    return m_table;
}

void FieldForm::buildUi()
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(u"emptyState"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // greyed: nothing to do here
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    // Header: the type (changeable), whether it was only inferred, the reviewed mark.
    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    m_type = new QComboBox(page);
    m_type->setObjectName(u"typeCombo"_s);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(12);
    for (InvoiceType t : allInvoiceTypes())
        m_type->addItem(QString(), int(t));
    m_inferred = new QLabel(page);
    m_inferred->setObjectName(u"inferredMark"_s);
    {
        const QColor c = fieldStateColor(FieldState::Uncertain);
        m_inferred->setStyleSheet(u"QLabel { color: white; background: %1; border-radius: 3px; padding: 1px 5px; }"_s
                                      .arg(c.darker(115).name()));
    }
    m_reviewed = new QCheckBox(page);
    m_reviewed->setObjectName(u"reviewedCheck"_s);
    header->addWidget(m_type, 1);
    header->addWidget(m_inferred);
    header->addWidget(m_reviewed);
    layout->addLayout(header);

    // Findings first: they are what needs a person.
    m_findings = new FindingsList(page);
    layout->addWidget(m_findings);

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->installEventFilter(this);
    layout->addWidget(m_splitter, 1);

    m_table = new FieldTableView(m_splitter);
    m_table->setObjectName(u"fieldTable"_s);
    m_table->setModel(m_model);
    m_delegate = new FieldDelegate(m_table);
    m_table->setItemDelegateForColumn(FieldTableModel::ValueColumn, m_delegate);
    QHeaderView *h = m_table->horizontalHeader();
    h->setHighlightSections(false);
    h->setMinimumSectionSize(40);
    // Labels and sources as wide as this invoice's need (fitColumns), the value takes the rest.
    h->setSectionResizeMode(FieldTableModel::FieldColumn, QHeaderView::Interactive);
    h->setSectionResizeMode(FieldTableModel::ValueColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(FieldTableModel::SourceColumn, QHeaderView::Interactive);
    m_table->installEventFilter(this);
    m_splitter->addWidget(m_table);

    // The selected field: what else was read for it, one click away, and where it came from.
    // Not in the splitter: its height follows its content (a splitter pane keeps its size).
    m_detail = new QWidget(page);
    m_detail->setObjectName(u"fieldDetail"_s);
    auto *detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(2, 2, 2, 2);
    detail->setSpacing(3);
    m_detailTitle = new QLabel(m_detail);
    {
        QFont f = m_detailTitle->font();
        f.setBold(true);
        m_detailTitle->setFont(f);
    }
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail->addWidget(m_detailTitle);
    m_alternatives = new QWidget(m_detail);
    m_alternativesLayout = new QVBoxLayout(m_alternatives);
    m_alternativesLayout->setContentsMargins(0, 0, 0, 0);
    m_alternativesLayout->setSpacing(2);
    detail->addWidget(m_alternatives);
    m_provenance = new QLabel(m_detail);
    m_provenance->setObjectName(u"provenance"_s);
    m_provenance->setWordWrap(true);
    m_provenance->setTextFormat(Qt::RichText);
    m_provenance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provenance->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    detail->addWidget(m_provenance);
    m_refused = new QLabel(m_detail);
    m_refused->setObjectName(u"refusedMessage"_s);
    m_refused->setWordWrap(true);
    {
        QPalette pal = m_refused->palette();
        pal.setColor(QPalette::WindowText, fieldStateColor(FieldState::Finding).darker(120));
        m_refused->setPalette(pal);
    }
    m_refused->hide();
    detail->addWidget(m_refused);

    m_lists = new LineLists(m_splitter);
    m_splitter->addWidget(m_lists);

    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_detail);
}

void FieldForm::retranslate()
{
    m_empty->setText(tr("Select an invoice"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, typeName(InvoiceType(m_type->itemData(i).toInt())));
    m_inferred->setText(tr("inferred"));
    m_reviewed->setText(tr("Reviewed"));
    m_reviewed->setToolTip(tr("You checked every value of this invoice against the page"));
    m_findings->setToolTip(tr("Click a finding to go to its field"));
}

void FieldForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
        // The models translate as they are asked: a repaint asks again.
        m_table->horizontalHeader()->viewport()->update();
        m_table->viewport()->update();
        fitColumns();
    }
    QWidget::changeEvent(event);
}

bool FieldForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_splitter && event->type() == QEvent::Resize && m_lists->isVisible())
        fitLists();
    return QWidget::eventFilter(watched, event);
}

void FieldForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The findings may take up to half the form: enough to read them all in most cases, and
    // the fields keep the other half.
    m_findings->setHeightCap(event->size().height() / 2);
}

void FieldForm::setInvoice(qint64 invoiceId)
{
    if (invoiceId == m_invoiceId)
        return;
    m_invoiceId = invoiceId;
    m_currentKey.clear();
    m_refused->hide();
    m_model->setInvoice(invoiceId);
    refresh();
}

void FieldForm::onClaimChanged(const ClaimChange &change)
{
    if (m_invoiceId == 0)
        return;
    switch (change.kind) {
    case ClaimChange::Kind::Reset:
        break;
    case ClaimChange::Kind::InvoiceAdded:
    case ClaimChange::Kind::InvoiceRemoved:
    case ClaimChange::Kind::InvoiceChanged:
        if (change.invoiceId != m_invoiceId)
            return;
        break;
    default:
        return;
    }
    if (change.kind == ClaimChange::Kind::InvoiceChanged && !change.fieldKey.isEmpty()
        && change.fieldKey == m_currentKey)
        m_refused->hide(); // the field took a value: an older refusal is moot
    refresh();
}

void FieldForm::refresh()
{
    const Invoice *inv = m_model->invoice();
    m_stack->setCurrentIndex(inv ? 1 : 0);
    refreshHeader();
    refreshFindings();
    refreshDetail();
    refreshLists();
}

void FieldForm::refreshHeader()
{
    const Invoice *inv = m_model->invoice();
    if (!inv)
        return;
    const int at = m_type->findData(int(inv->type));
    m_type->setCurrentIndex(at);
    const QString from = FieldSource::displayName(inv->typeSource);
    m_type->setToolTip(from.isEmpty() ? tr("The invoice type") : tr("The invoice type, from: %1").arg(from));
    m_inferred->setVisible(inv->typeInferred);
    if (inv->typeInferred) {
        QString basis = tr("the invoice code or number");
        if (inv->typeSource == u"inferred:code")
            basis = tr("the invoice code");
        else if (inv->typeSource == u"inferred:number")
            basis = tr("the invoice number");
        m_inferred->setToolTip(tr("No source stated the type: it was inferred from %1. Check it.").arg(basis));
    }
    m_reviewed->setChecked(inv->reviewed);
}

void FieldForm::refreshFindings()
{
    const Invoice *inv = m_model->invoice();
    m_findings->setFindings(inv ? inv->findings : QList<Finding>());
}

void FieldForm::fitColumns()
{
    // Each column as wide as this invoice's texts need, so none is cut. When the panel is too
    // narrow for all three, the value (what a person checks digit by digit) keeps its width up
    // to half the panel, and the label and the source share the rest; tooltips have every text.
    const QFontMetrics fm = m_table->fontMetrics();
    const int padding = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 4;
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table) + 4;
    const auto widest = [&](int column) {
        int w = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, column);
            const QVariant font = index.data(Qt::FontRole);
            const QFontMetrics cell = font.isValid() ? QFontMetrics(font.value<QFont>()) : fm;
            w = qMax(w, cell.horizontalAdvance(index.data().toString()));
        }
        return w + padding;
    };
    const int available = m_table->viewport()->width();
    int field = widest(FieldTableModel::FieldColumn) + icon;
    int source = widest(FieldTableModel::SourceColumn);
    // Long free text (addresses, remarks) may be cut; codes, numbers, dates and amounts not.
    int value = fm.horizontalAdvance(m_model->headerData(FieldTableModel::ValueColumn, Qt::Horizontal).toString());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto kind = FieldLayout::Kind(m_model->index(row, 0).data(FieldTableModel::KindRole).toInt());
        const QString key = m_model->keyAt(row);
        const bool exact = (kind != FieldLayout::Kind::Text && kind != FieldLayout::Kind::Multiline)
            || key == u"code" || key == u"number" || key == u"check_code" || key == u"machine_code";
        if (exact)
            value = qMax(value, fm.horizontalAdvance(m_model->index(row, FieldTableModel::ValueColumn).data().toString()));
    }
    value += padding;
    if (field + source + value > available) {
        const int rest = available - qMin(value, available / 2);
        if (field + source > rest) {
            source = qMin(source, rest * 40 / 100);
            field = rest - source;
        }
    }
    if (m_table->columnWidth(FieldTableModel::FieldColumn) != field)
        m_table->setColumnWidth(FieldTableModel::FieldColumn, field);
    if (m_table->columnWidth(FieldTableModel::SourceColumn) != source)
        m_table->setColumnWidth(FieldTableModel::SourceColumn, source);
}

void FieldForm::refreshDetail()
{
    // Rebuilt each time: a handful of widgets, and the alternatives differ per field.
    // Later, not now: this runs inside a button's clicked() when an alternative was applied.
    while (QLayoutItem *item = m_alternativesLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const Invoice *inv = m_model->invoice();
    if (!inv || m_currentKey.isEmpty()) {
        m_detailTitle->setText(inv ? tr("No field selected") : QString());
        m_provenance->setText(inv ? tr("Select a field to see where its value came from.") : QString());
        m_alternatives->hide();
        return;
    }
    const QString key = m_currentKey;
    const FieldLayout::Kind kind = FieldLayout::kind(key);
    const Field field = inv->fields.value(key);
    m_detailTitle->setText(FieldLayout::label(key));

    // Other readings, each a click away. Values equal to the current one are no alternative.
    QStringList seen{field.value};
    const auto offer = [&](const QString &value, const QString &why) {
        if (value.isEmpty() || seen.contains(value))
            return;
        seen << value;
        auto *button = new QPushButton(m_alternatives);
        button->setObjectName(u"alternativeButton"_s);
        button->setProperty("value", value);
        const QString shown = FieldInput::display(kind, value);
        const QString elided = button->fontMetrics().elidedText(shown, Qt::ElideMiddle, 240);
        button->setText(tr("Use %1 — %2").arg(elided, why));
        button->setToolTip(tr("Use “%1” for %2").arg(shown, FieldLayout::label(key)));
        button->setStyleSheet(u"QPushButton { text-align: left; padding: 3px 8px; }"_s);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, value] { applyAlternative(value); });
        m_alternativesLayout->addWidget(button);
        button->show(); // now, not on the next event loop turn as a layout would
    };
    for (const Field &alt : inv->alternatives.value(key))
        offer(alt.value, tr("from %1").arg(FieldSource::displayName(alt.source)));
    for (const QString &candidate : inv->candidates.value(key))
        offer(candidate, tr("the vendor's other reading"));
    if (field.edited && !field.machineValue.isEmpty())
        offer(field.machineValue, tr("as read"));
    m_alternatives->setVisible(m_alternativesLayout->count() > 0);

    // Provenance.
    QStringList lines;
    if (field.isNull()) {
        lines << tr("Not on this invoice: type a value to add it.");
    } else {
        QString source = field.edited ? tr("You") : FieldSource::displayName(field.source);
        if (!field.source.isEmpty() && !field.edited)
            source += u" <span style=\"color:gray\">(%1)</span>"_s.arg(field.source.toHtmlEscaped());
        lines << tr("Source: %1").arg(source);
        if (field.edited)
            lines << tr("Read by the machine: %1")
                         .arg(field.machineValue.isEmpty() ? tr("nothing")
                                                           : FieldInput::display(kind, field.machineValue).toHtmlEscaped());
        if (field.edited && !field.machineSource.isEmpty())
            lines << tr("It came from: %1").arg(FieldSource::displayName(field.machineSource).toHtmlEscaped());
        if (field.uncertain)
            lines << tr("The provider was unsure of this value.");
        if (field.page > 0 && !field.polygon.isEmpty())
            lines << tr("On page %1").arg(field.page);
    }
    QStringList edits;
    for (const FieldEdit &e : m_claim->history(m_invoiceId)) {
        if (e.fieldKey != key)
            continue;
        const auto shown = [kind](const QString &v) {
            return v.isEmpty() ? tr("empty") : FieldInput::display(kind, v).toHtmlEscaped();
        };
        QString line = tr("%1: %2 → %3")
                           .arg(QLocale().toString(e.when.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                                shown(e.oldValue), shown(e.newValue));
        if (e.undo)
            line += u" "_s + tr("(undone)");
        edits << line;
    }
    // The latest few; the Source column's tooltip has them all.
    constexpr int kShownEdits = 4;
    if (edits.size() > kShownEdits) {
        const int earlier = int(edits.size()) - kShownEdits;
        edits = edits.mid(earlier);
        edits.prepend(tr("… %n earlier edit(s)", nullptr, earlier));
    }
    if (!edits.isEmpty())
        lines << u"<b>%1</b><br>%2"_s.arg(tr("Edits"), edits.join(u"<br>"_s));
    m_provenance->setText(lines.join(u"<br>"_s));
}

void FieldForm::refreshLists()
{
    m_lists->setInvoice(m_model->invoice());
    if (m_lists->hasRows())
        fitLists();
}

void FieldForm::fitLists()
{
    // The line lists take what their rows need (up to six rows, or a third of the panel); the
    // fields keep the rest. A person can still move the splitter.
    const int wanted = m_lists->wantedHeight();
    if (wanted <= 0)
        return;
    const int total = qMax(m_splitter->height(), 300);
    const int lists = qMin(wanted, total / 3);
    m_splitter->setSizes({total - lists, lists});
}

void FieldForm::restoreSelection()
{
    // The rows were rebuilt (type change, undo, a field came or went): keep the same field
    // selected when it is still there, without announcing it again.
    const int row = m_model->rowOfKey(m_currentKey);
    if (row < 0) {
        m_currentKey.clear();
        refreshDetail();
        return;
    }
    m_restoring = true;
    m_table->goToRow(row);
    m_restoring = false;
}

void FieldForm::onCurrentRowChanged(int row)
{
    const QString key = m_model->keyAt(row);
    if (key.isEmpty() && row >= 0)
        return;
    if (key == m_currentKey)
        return;
    m_currentKey = key;
    m_refused->hide();
    refreshDetail();
    if (!m_restoring && !key.isEmpty())
        emit fieldSelected(m_invoiceId, key);
}

void FieldForm::selectField(const QString &key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return;
    if (key == m_currentKey && m_table->currentIndex().row() == row)
        return;
    m_table->goToRow(row);
}

void FieldForm::goToRow(int row)
{
    if (m_model->rowCount() == 0)
        return;
    m_table->goToRow(qBound(0, row, m_model->rowCount() - 1));
}

void FieldForm::nextField()
{
    const int row = m_model->rowOfKey(m_currentKey);
    goToRow(row < 0 ? 0 : row + 1);
}

void FieldForm::previousField()
{
    const int row = m_model->rowOfKey(m_currentKey);
    goToRow(row < 0 ? 0 : row - 1);
}

void FieldForm::nextFinding()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int from = m_model->rowOfKey(m_currentKey); // -1: start at the top
    for (int step = 1; step <= rows; ++step) {
        const int row = (from + step + rows) % rows;
        if (m_model->index(row, 0).data(FieldTableModel::HasFindingRole).toBool()) {
            goToRow(row);
            return;
        }
    }
}

void FieldForm::editCurrentField()
{
    if (m_model->rowCount() == 0)
        return;
    if (m_currentKey.isEmpty())
        goToRow(0);
    const int row = m_model->rowOfKey(m_currentKey);
    m_table->setFocus(Qt::ShortcutFocusReason);
    m_table->edit(m_model->index(qMax(0, row), FieldTableModel::ValueColumn));
}

void FieldForm::onFindingActivated(const QString &key)
{
    selectField(key);
    m_table->setFocus(Qt::OtherFocusReason);
}

void FieldForm::onTypeActivated(int index)
{
    const auto type = InvoiceType(m_type->itemData(index).toInt());
    if (!m_claim->setInvoiceType(m_invoiceId, type))
        refreshHeader(); // refused or unchanged: show what the claim has
}

void FieldForm::onReviewedClicked(bool checked)
{
    if (!m_claim->setReviewed(m_invoiceId, checked))
        refreshHeader();
}

void FieldForm::onRefused(const QString &message)
{
    m_refused->setText(message);
    m_refused->show();
    emit inputRefused(message);
}

void FieldForm::applyAlternative(const QString &value)
{
    if (m_currentKey.isEmpty())
        return;
    m_model->applyValue(m_currentKey, value);
}

} // namespace ra

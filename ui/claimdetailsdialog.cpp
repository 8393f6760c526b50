#include "claimdetailsdialog.h"

#include "taxid.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {

ClaimDetailsDialog::ClaimDetailsDialog(const ClaimDetails &details, QWidget *parent)
    : QDialog(parent), m_original(details), m_title(new QLineEdit(details.title, this)),
      m_claimant(new QLineEdit(details.claimant, this)), m_department(new QLineEdit(details.department, this)),
      m_purpose(new QLineEdit(details.purpose, this)), m_hasPeriod(new QCheckBox(tr("Period"), this)),
      m_start(new QDateEdit(this)), m_end(new QDateEdit(this)), m_currency(new QLineEdit(details.currency, this)),
      m_company(new QLineEdit(details.companyName, this)), m_taxId(new QLineEdit(details.companyTaxId, this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Claim Details"));
    for (QDateEdit *d : {m_start, m_end}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    const QDate today = QDate::currentDate();
    m_hasPeriod->setChecked(details.periodStart.isValid() || details.periodEnd.isValid());
    m_start->setDate(details.periodStart.isValid() ? details.periodStart : QDate(today.year(), today.month(), 1));
    m_end->setDate(details.periodEnd.isValid() ? details.periodEnd : today);
    m_currency->setMaxLength(3);
    m_currency->setInputMask(u">AAA"_s);
    m_title->setPlaceholderText(tr("e.g. 2026-11 Shanghai trip"));
    m_company->setPlaceholderText(tr("As it must appear as the buyer on invoices"));
    m_taxId->setPlaceholderText(tr("18-character unified social credit code"));
    m_problem->setStyleSheet(u"color: #C01C28"_s);
    m_problem->setWordWrap(true);

    auto *period = new QHBoxLayout;
    period->addWidget(m_start);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_end);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("C&laimant:"), m_claimant);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(m_hasPeriod, period);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Employer:"), m_company);
    form->addRow(tr("Employer &tax ID:"), m_taxId);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasPeriod, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_hasPeriod, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    for (QLineEdit *e : {m_taxId, m_currency})
        connect(e, &QLineEdit::textChanged, this, &ClaimDetailsDialog::validate);
    connect(m_start, &QDateEdit::dateChanged, this, &ClaimDetailsDialog::validate);
    connect(m_end, &QDateEdit::dateChanged, this, &ClaimDetailsDialog::validate);
    connect(m_hasPeriod, &QCheckBox::toggled, this, &ClaimDetailsDialog::validate);
    m_start->setEnabled(m_hasPeriod->isChecked());
    m_end->setEnabled(m_hasPeriod->isChecked());
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    validate();
}

void ClaimDetailsDialog::validate()
{
    QStringList problems;
    const QString taxId = m_taxId->text().trimmed();
    if (!taxId.isEmpty() && taxid::checkUscc(taxId.toUpper()) != taxid::Check::Valid && taxid::checkUscc(taxId.toUpper()) != taxid::Check::NotUscc)
        problems << tr("The employer's tax ID does not pass the GB 32100 check: compare it with a recent invoice.");
    if (m_hasPeriod->isChecked() && m_start->date() > m_end->date())
        problems << tr("The period ends before it starts.");
    if (m_currency->text().trimmed().size() != 3)
        problems << tr("The currency is a three-letter ISO code such as CNY.");
    m_problem->setText(problems.join(u'\n'));
    m_problem->setVisible(!problems.isEmpty());
    if (m_okButton)
        m_okButton->setEnabled(problems.isEmpty());
}

ClaimDetails ClaimDetailsDialog::details() const
{
    ClaimDetails d = m_original;
    d.title = m_title->text().trimmed();
    d.claimant = m_claimant->text().trimmed();
    d.department = m_department->text().trimmed();
    d.purpose = m_purpose->text().trimmed();
    d.periodStart = m_hasPeriod->isChecked() ? m_start->date() : QDate();
    d.periodEnd = m_hasPeriod->isChecked() ? m_end->date() : QDate();
    d.currency = m_currency->text().trimmed().toUpper();
    d.companyName = m_company->text().trimmed();
    d.companyTaxId = m_taxId->text().trimmed().toUpper();
    return d;
}

} // namespace ra

#pragma once

#include "claim/claimdetails.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ra {

// What the claim says about itself (claimant, department, purpose, period, the employer that
// must appear as the buyer). One undoable edit when accepted.
class ClaimDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ClaimDetailsDialog(const ClaimDetails &details, QWidget *parent = nullptr);
    ClaimDetails details() const;

private:
    void validate();

    ClaimDetails m_original;
    QLineEdit *m_title;
    QLineEdit *m_claimant;
    QLineEdit *m_department;
    QLineEdit *m_purpose;
    QCheckBox *m_hasPeriod;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_currency;
    QLineEdit *m_company;
    QLineEdit *m_taxId;
    QLabel *m_problem;
    QPushButton *m_okButton = nullptr;
};

} // namespace ra

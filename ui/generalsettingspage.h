#pragma once

#include "providercatalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ra {

class AppSettings;

// The settings dialog's first page: the employer (name and tax id, checked as it is typed),
// the default provider per kind of file, the language (applies after a restart) and the
// network timeout. Object names for tests: "companyName", "companyTaxId", "companyTaxIdProblem",
// "defaultProvider_<kind>", "language", "transferTimeout".
class GeneralSettingsPage : public QWidget
{
    Q_OBJECT
public:
    GeneralSettingsPage(AppSettings *settings, const QList<ProviderInfo> &providers, QWidget *parent = nullptr);
    ~GeneralSettingsPage() override;

    // What is wrong with `taxId` for a person, and whether it must be fixed before saving
    // (`blocking`; otherwise it is a note). Empty text: nothing to say.
    static QString taxIdProblem(const QString &taxId, bool *blocking = nullptr);

    bool isValid(QString *problem = nullptr, QWidget **focus = nullptr) const;
    // Into `settings` (in the caller's update group).
    void save(AppSettings *settings) const;

private:
    void buildUi(const QList<ProviderInfo> &providers);
    void updateTaxIdProblem();

    AppSettings *m_settings;
    QLineEdit *m_companyName = nullptr;
    QLineEdit *m_companyTaxId = nullptr;
    QLabel *m_taxIdProblem = nullptr;
    QHash<QString, QComboBox *> m_defaultProviders;   // kind → combo (item data: provider id)
    QComboBox *m_language = nullptr;
    QSpinBox *m_timeout = nullptr;
};

} // namespace ra

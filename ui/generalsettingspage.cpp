#include "generalsettingspage.h"

#include "appsettings.h"
#include "taxid.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

const QString kRed = u"#b3261e"_s;
const QString kAmber = u"#8a5300"_s;
const QString kGreen = u"#1e7b34"_s;

} // namespace

GeneralSettingsPage::GeneralSettingsPage(AppSettings *settings, const QList<ProviderInfo> &providers, QWidget *parent)
    : QWidget(parent), m_settings(settings)
{
    setObjectName(u"page_general"_s);
    buildUi(providers);
}

GeneralSettingsPage::~GeneralSettingsPage() = default;

QString GeneralSettingsPage::taxIdProblem(const QString &taxId, bool *blocking)
{
    if (blocking)
        *blocking = false;
    const QString id = taxId.trimmed().toUpper();
    if (id.isEmpty())
        return {};
    auto block = [blocking](const QString &text) {
        if (blocking)
            *blocking = true;
        return text;
    };
    switch (taxid::checkUscc(id)) {
    case taxid::Check::Valid:
        return {};
    case taxid::Check::BadCheckCharacter:
        return block(tr("The last character does not match the others: check for a typing error."));
    case taxid::Check::BadCharacters:
        return block(tr("A unified social credit code has only digits and the letters A–Y without I, O, S, V and Z."));
    case taxid::Check::NotUscc:
        break;
    }
    if (id.size() == 18 && taxid::isResidentIdNumber(id))
        return tr("This is a resident ID number: accepted as the tax id of an individual.");
    // Tax registration numbers from before the unified code have 15, 17, 18 or 20 characters.
    if (id.size() < 15 || id.size() > 20)
        return block(tr("A tax id has 18 characters (older ones 15 to 20); this one has %n.", nullptr, int(id.size())));
    for (QChar c : id)
        if (!(c.isDigit() || (c >= u'A' && c <= u'Z')))
            return block(tr("A tax id has only digits and capital letters."));
    return tr("Not an 18-character unified social credit code: accepted as an older tax registration number.");
}

void GeneralSettingsPage::buildUi(const QList<ProviderInfo> &providers)
{
    auto *layout = new QVBoxLayout(this);

    auto *employer = new QGroupBox(tr("Employer"), this);
    auto *eform = new QFormLayout(employer);
    auto *hint = new QLabel(tr("Invoices must be made out to your employer: these values are compared with "
                               "each invoice's buyer (购买方)."),
                            employer);
    hint->setWordWrap(true);
    eform->addRow(hint);
    m_companyName = new QLineEdit(employer);
    m_companyName->setObjectName(u"companyName"_s);
    m_companyName->setPlaceholderText(tr("e.g. 北京某某科技有限公司"));
    m_companyName->setText(m_settings ? m_settings->companyName() : QString());
    eform->addRow(tr("Company name"), m_companyName);
    m_companyTaxId = new QLineEdit(employer);
    m_companyTaxId->setObjectName(u"companyTaxId"_s);
    m_companyTaxId->setPlaceholderText(tr("18-character unified social credit code"));
    m_companyTaxId->setMaxLength(40);
    m_companyTaxId->setText(m_settings ? m_settings->companyTaxId() : QString());
    m_taxIdProblem = new QLabel(employer);
    m_taxIdProblem->setObjectName(u"companyTaxIdProblem"_s);
    m_taxIdProblem->setWordWrap(true);
    auto *taxBox = new QVBoxLayout;
    taxBox->setSpacing(2);
    taxBox->addWidget(m_companyTaxId);
    taxBox->addWidget(m_taxIdProblem);
    eform->addRow(tr("Tax id"), taxBox);
    connect(m_companyTaxId, &QLineEdit::textChanged, this, &GeneralSettingsPage::updateTaxIdProblem);
    updateTaxIdProblem();
    layout->addWidget(employer);

    auto *recognition = new QGroupBox(tr("Default provider"), this);
    auto *rform = new QFormLayout(recognition);
    const QList<QPair<QString, QString>> kinds = {
        {u"pdf"_s, tr("PDF files")}, {u"ofd"_s, tr("OFD files")}, {u"image"_s, tr("Images and scans")}};
    for (const auto &[kind, label] : kinds) {
        auto *combo = new QComboBox(recognition);
        combo->setObjectName(u"defaultProvider_"_s + kind);
        bool hasAuto = false;
        for (const ProviderInfo &p : providers) {
            if (p.id == u"auto")
                hasAuto = true;
            if (!p.available || (p.id != u"auto" && !p.accepts.contains(kind)))
                continue;
            const QString name = p.name.isEmpty() ? p.id : p.name;
            const bool needsKeys = p.id != u"local" && p.id != u"auto" && !p.configured;
            combo->addItem(needsKeys ? tr("%1 (no keys yet)").arg(name) : name, p.id);
        }
        if (!hasAuto)
            combo->addItem(tr("Automatic (local for PDF and OFD, a configured vendor for images)"), u"auto"_s);
        const QString current = m_settings ? m_settings->defaultProvider(kind) : u"local"_s;
        int index = combo->findData(current);
        if (index < 0) {
            // A provider this build does not have (or an old setting): shown, kept unless changed.
            combo->addItem(tr("%1 (not available)").arg(current), current);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        m_defaultProviders.insert(kind, combo);
        rform->addRow(label, combo);
    }
    layout->addWidget(recognition);

    auto *language = new QGroupBox(tr("Language"), this);
    auto *lform = new QFormLayout(language);
    m_language = new QComboBox(language);
    m_language->setObjectName(u"language"_s);
    // Language names in their own language, as people look for them.
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings ? m_settings->language() : QString())));
    lform->addRow(tr("Language"), m_language);
    auto *note = new QLabel(tr("A new language applies after the application is restarted."), language);
    note->setWordWrap(true);
    lform->addRow(note);
    layout->addWidget(language);

    auto *network = new QGroupBox(tr("Network"), this);
    auto *nform = new QFormLayout(network);
    m_timeout = new QSpinBox(network);
    m_timeout->setObjectName(u"transferTimeout"_s);
    m_timeout->setRange(AppSettings::kMinTimeoutMs / 1000, AppSettings::kMaxTimeoutMs / 1000);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A vendor call that transfers nothing for this long is given up."));
    m_timeout->setValue((m_settings ? m_settings->transferTimeoutMs() : 60000) / 1000);
    nform->addRow(tr("Transfer timeout"), m_timeout);
    layout->addWidget(network);
    layout->addStretch(1);
}

void GeneralSettingsPage::updateTaxIdProblem()
{
    bool blocking = false;
    const QString text = m_companyTaxId->text();
    QString problem = taxIdProblem(text, &blocking);
    QString color = blocking ? kRed : kAmber;
    if (problem.isEmpty() && !text.trimmed().isEmpty()) {
        problem = tr("✔ A valid unified social credit code.");
        color = kGreen;
    }
    m_taxIdProblem->setText(problem);
    m_taxIdProblem->setStyleSheet(u"color: %1;"_s.arg(color));
    m_taxIdProblem->setVisible(!problem.isEmpty());
    m_companyTaxId->setStyleSheet(blocking ? u"QLineEdit { border: 1px solid %1; }"_s.arg(kRed) : QString());
}

bool GeneralSettingsPage::isValid(QString *problem, QWidget **focus) const
{
    bool blocking = false;
    const QString why = taxIdProblem(m_companyTaxId->text(), &blocking);
    if (blocking) {
        if (problem)
            *problem = tr("Employer tax id: %1").arg(why);
        if (focus)
            *focus = m_companyTaxId;
        return false;
    }
    return true;
}

void GeneralSettingsPage::save(AppSettings *settings) const
{
    if (!settings)
        return;
    settings->setCompanyName(m_companyName->text());
    settings->setCompanyTaxId(m_companyTaxId->text());
    for (auto it = m_defaultProviders.cbegin(); it != m_defaultProviders.cend(); ++it)
        settings->setDefaultProvider(it.key(), it.value()->currentData().toString());
    settings->setLanguage(m_language->currentData().toString());
    settings->setTransferTimeoutMs(m_timeout->value() * 1000);
}

} // namespace ra

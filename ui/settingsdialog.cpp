#include "settingsdialog.h"

#include "appsettings.h"
#include "generalsettingspage.h"
#include "providersettingspage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {

SettingsDialog::SettingsDialog(AppSettings *settings, CredentialStore *credentials,
                               const QList<ProviderInfo> &providers, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_credentials(credentials)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(u"pages"_s);
    m_pageList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pageList->setSpacing(3);
    m_stack = new QStackedWidget(this);

    // Pages scroll rather than push the dialog off a small screen.
    auto addPage = [this](const QString &id, const QString &title, QWidget *page) {
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        m_stack->addWidget(scroll);
        auto *item = new QListWidgetItem(title, m_pageList);
        item->setData(Qt::UserRole, id);
        m_ids << id;
    };
    m_general = new GeneralSettingsPage(settings, providers);
    addPage(u"general"_s, tr("General"), m_general);
    for (const ProviderSettingsPage::Spec &spec : ProviderSettingsPage::specs()) {
        auto *page = new ProviderSettingsPage(spec, settings, credentials, providers);
        m_providerPages << page;
        addPage(spec.vendor, spec.title, page);
    }
    m_pageList->setFixedWidth(qMax(160, m_pageList->sizeHintForColumn(0) + 24));
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"dialogProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(820, 640);

    // A problem shown after OK goes as soon as what caused it is fixed, not at the next OK.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::recheckProblem);
    for (QComboBox *box : findChildren<QComboBox *>())
        connect(box, &QComboBox::currentIndexChanged, this, &SettingsDialog::recheckProblem);
}

void SettingsDialog::recheckProblem()
{
    if (m_problem->isHidden())
        return;
    QString problem;
    QWidget *focus = nullptr;
    if (!m_general->isValid(&problem, &focus)) {
        m_problem->setText(problem);
        return;
    }
    for (ProviderSettingsPage *page : std::as_const(m_providerPages)) {
        if (!page->isValid(&problem, &focus)) {
            m_problem->setText(problem);
            return;
        }
    }
    m_problem->clear();
    m_problem->hide();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setNetworkAccess(NetworkAccess *network)
{
    for (ProviderSettingsPage *page : std::as_const(m_providerPages))
        page->setNetworkAccess(network);
}

void SettingsDialog::setKeychainStatus(const QString &status)
{
    for (ProviderSettingsPage *page : std::as_const(m_providerPages))
        page->setKeychainStatus(status);
}

void SettingsDialog::setTestTimeout(int ms)
{
    for (ProviderSettingsPage *page : std::as_const(m_providerPages))
        page->setTestTimeout(ms);
}

QStringList SettingsDialog::pageIds() const
{
    return m_ids;
}

void SettingsDialog::showPage(const QString &id)
{
    const qsizetype index = m_ids.indexOf(id);
    if (index >= 0)
        m_pageList->setCurrentRow(int(index));
}

QString SettingsDialog::currentPageId() const
{
    const int row = m_pageList->currentRow();
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

ProviderSettingsPage *SettingsDialog::providerPage(const QString &vendor) const
{
    for (ProviderSettingsPage *page : m_providerPages)
        if (page->vendor() == vendor)
            return page;
    return nullptr;
}

void SettingsDialog::showProblem(const QString &pageId, const QString &problem, QWidget *focus)
{
    showPage(pageId);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

bool SettingsDialog::apply()
{
    // Everything is checked before anything is written.
    QString problem;
    QWidget *focus = nullptr;
    if (!m_general->isValid(&problem, &focus)) {
        showProblem(u"general"_s, problem, focus);
        return false;
    }
    for (ProviderSettingsPage *page : std::as_const(m_providerPages)) {
        if (!page->isValid(&problem, &focus)) {
            showProblem(page->vendor(), problem, focus);
            return false;
        }
    }
    if (m_settings) {
        m_settings->beginUpdate();
        m_general->save(m_settings);
        for (ProviderSettingsPage *page : std::as_const(m_providerPages))
            page->saveSettings(m_settings);
        m_settings->endUpdate();
        m_settings->sync();
    }
    bool anyChanged = false;
    bool ok = true;
    for (ProviderSettingsPage *page : std::as_const(m_providerPages)) {
        bool changed = false;
        QString error;
        if (!page->saveCredentials(&changed, &error)) {
            showProblem(page->vendor(), error, nullptr);
            ok = false;
        }
        anyChanged = anyChanged || changed;
        if (!ok)
            break;
    }
    if (anyChanged)
        Q_EMIT credentialsChanged();
    if (ok)
        showProblem(currentPageId(), QString(), nullptr);
    return ok;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace ra

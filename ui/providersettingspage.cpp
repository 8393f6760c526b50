#include "providersettingspage.h"

#include "appsettings.h"
#include "core/connectioncheck.h"
#include "core/credentialstore.h"
#include "core/memorycredentialstore.h"
#include "core/networkaccess.h"
#include "core/vendorendpoint.h"
#include "deepfinch/deepfinchapi.h"
#include "ekuaibao/ekuaibaoapi.h"
#include "qiniu/qiniurequests.h"
#include "tencent/tencentapi.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

bool truthy(const QString &v)
{
    const QString t = v.trimmed().toLower();
    return t == u"1" || t == u"true" || t == u"yes";
}

// An eye for the show/hide action; the theme's icon when there is one.
QIcon eyeIcon(bool crossed)
{
    const QIcon themed = QIcon::fromTheme(crossed ? u"view-hidden"_s : u"view-visible"_s);
    if (!themed.isNull())
        return themed;
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(90, 90, 90), 2.5));
    QPainterPath eye;
    eye.moveTo(3, 16);
    eye.quadTo(16, 3, 29, 16);
    eye.quadTo(16, 29, 3, 16);
    p.drawPath(eye);
    p.setBrush(QColor(90, 90, 90));
    p.drawEllipse(QPointF(16, 16), 4.5, 4.5);
    if (crossed)
        p.drawLine(6, 27, 26, 5);
    return QIcon(pm);
}

void setMessage(QLabel *label, const QString &text, const QString &color)
{
    label->setText(text);
    label->setStyleSheet(color.isEmpty() ? QString() : u"color: %1;"_s.arg(color));
    label->setVisible(!text.isEmpty());
}

const QString kRed = u"#b3261e"_s;
const QString kGreen = u"#1e7b34"_s;

} // namespace

QList<ProviderSettingsPage::Spec> ProviderSettingsPage::specs()
{
    using K = FieldKind;
    QList<Spec> out;
    out.append({QString::fromLatin1(credentials::Tencent), tr("Tencent Cloud"),
                tr("Used by Tencent Cloud VAT invoice OCR (tencent-vat) and OFD invoice OCR (tencent-ofd). "
                   "Create the keys in the Tencent Cloud console under Access Management › API Keys."),
                {{u"secret_id"_s, tr("SecretId"), K::Secret, true, tr("AKID…")},
                 {u"secret_key"_s, tr("SecretKey"), K::Secret, true, QString()},
                 {u"region"_s, tr("Region (optional)"), K::Text, false, tr("e.g. ap-guangzhou")}},
                {{u"tencent"_s, tr("Endpoint"), tencent::defaultEndpoint().toString()}},
                {u"tencent-vat"_s, u"tencent-ofd"_s},
                tencent::kDocumentedRate});
    out.append({QString::fromLatin1(credentials::Qiniu), tr("Qiniu"),
                tr("Local files are first uploaded to your Kodo bucket; Qiniu's invoice OCR reads them from "
                   "the bucket's domain. The bucket values are kept with the keys."),
                {{u"access_key"_s, tr("AccessKey"), K::Secret, true, QString()},
                 {u"secret_key"_s, tr("SecretKey"), K::Secret, true, QString()},
                 {u"bucket"_s, tr("Bucket"), K::Text, true, tr("e.g. invoices")},
                 {u"bucket_domain"_s, tr("Bucket domain"), K::Text, true, tr("e.g. https://files.example.com")},
                 {u"private_bucket"_s, tr("Private bucket (signed download links)"), K::Flag, false, QString()}},
                {{u"qiniu"_s, tr("OCR endpoint"), qiniu::kDefaultOcrEndpoint.toString()},
                 {u"qiniu-upload"_s, tr("Upload endpoint"), qiniu::kDefaultUploadEndpoint.toString()}},
                {u"qiniu"_s},
                0});
    out.append({QString::fromLatin1(credentials::Ekuaibao), tr("Ekuaibao (合思)"),
                tr("The app key and app security of the open API (合思 › 开放接口). The endpoint is your "
                   "company's address prefix when it is not app.ekuaibao.com."),
                {{u"app_key"_s, tr("App key"), K::Secret, true, QString()},
                 {u"app_security"_s, tr("App security"), K::Secret, true, QString()}},
                {{u"ekuaibao"_s, tr("Address prefix"), ekuaibao::kDefaultEndpoint.toString()}},
                {u"ekuaibao"_s},
                ekuaibao::kDocumentedRate});
    out.append({QString::fromLatin1(credentials::DeepFinch), tr("DeepFinch (深源恒际)"),
                tr("The API ID and API secret of your DeepFinch cloud API account."),
                {{u"api_id"_s, tr("API ID"), K::Secret, true, QString()},
                 {u"api_secret"_s, tr("API secret"), K::Secret, true, QString()}},
                {{u"deepfinch"_s, tr("Endpoint"), deepfinch::kDefaultEndpoint.toString()}},
                {u"deepfinch"_s},
                0});
    return out;
}

QString ProviderSettingsPage::endpointProblem(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const VendorEndpoint e = VendorEndpoint::resolve(t, QUrl());
    if (e.isValid())
        return {};
    // VendorEndpoint says why in English for logs; say it here in the user's language.
    const QUrl url(t, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty())
        return tr("This is not a valid URL (for example https://ocr.example.com).");
    if (!url.userInfo().isEmpty())
        return tr("The endpoint must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The endpoint must be a base URL, without ? or #.");
    if (scheme == u"http")
        return tr("Plain http is refused for %1: keys and invoices would travel unencrypted. Use https "
                  "(http is only accepted for a test server on this computer).").arg(url.host());
    return tr("The endpoint must start with https://.");
}

ProviderSettingsPage::ProviderSettingsPage(const Spec &spec, AppSettings *settings, CredentialStore *credentials,
                                           const QList<ProviderInfo> &providers, QWidget *parent)
    : QWidget(parent), m_spec(spec), m_settings(settings), m_credentials(credentials)
{
    setObjectName(u"page_"_s + spec.vendor);
    buildUi(providers);
    loadCredentials();
    updateStatus();
}

ProviderSettingsPage::~ProviderSettingsPage()
{
    // The check reads its store until it is gone: check first, then the store.
    delete m_check;
    m_check = nullptr;
    m_testStore.reset();
}

void ProviderSettingsPage::buildUi(const QList<ProviderInfo> &providers)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(m_spec.title, this);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    title->setFont(f);
    layout->addWidget(title);
    auto *description = new QLabel(m_spec.description, this);
    description->setWordWrap(true);
    layout->addWidget(description);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(u"keychainNote"_s);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    layout->addWidget(m_keychainNote);

    auto *account = new QGroupBox(tr("Account"), this);
    auto *form = new QFormLayout(account);
    const bool writable = m_credentials && m_credentials->isWritable();
    for (const Field &field : std::as_const(m_spec.fields)) {
        if (field.kind == FieldKind::Flag) {
            auto *box = new QCheckBox(field.label, account);
            box->setObjectName(u"field_"_s + field.key);
            box->setEnabled(writable);
            m_flags.insert(field.key, box);
            form->addRow(QString(), box);
            continue;
        }
        auto *edit = new QLineEdit(account);
        edit->setObjectName(u"field_"_s + field.key);
        edit->setEnabled(writable);
        edit->setClearButtonEnabled(field.kind == FieldKind::Text);
        if (field.kind == FieldKind::Secret) {
            edit->setEchoMode(QLineEdit::Password);
            // Keys are not words: no completion, no input-method guessing.
            edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                      | Qt::ImhNoAutoUppercase);
            auto *toggle = edit->addAction(eyeIcon(false), QLineEdit::TrailingPosition);
            toggle->setObjectName(u"showHide_"_s + field.key);
            toggle->setCheckable(true);
            toggle->setToolTip(tr("Show what you typed"));
            connect(toggle, &QAction::toggled, edit, [edit, toggle](bool shown) {
                edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
                toggle->setIcon(eyeIcon(shown));
                toggle->setToolTip(shown ? tr("Hide what you typed") : tr("Show what you typed"));
            });
        }
        connect(edit, &QLineEdit::textEdited, this, &ProviderSettingsPage::updateStatus);
        m_fieldEdits.insert(field.key, edit);
        form->addRow(field.label, edit);
    }
    m_status = new QLabel(account);
    m_status->setObjectName(u"keyStatus"_s);
    m_status->setWordWrap(true);
    form->addRow(m_status);
    auto *buttons = new QHBoxLayout;
    m_removeButton = new QPushButton(tr("Remove keys"), account);
    m_removeButton->setObjectName(u"removeKeys"_s);
    m_removeButton->setToolTip(tr("Remove every value of this account from the store when you press OK."));
    connect(m_removeButton, &QPushButton::clicked, this, &ProviderSettingsPage::toggleRemoval);
    m_testButton = new QPushButton(tr("Test connection"), account);
    m_testButton->setObjectName(u"testConnection"_s);
    m_testButton->setToolTip(tr("Makes one harmless call with the values above (nothing is recognised or billed)."));
    connect(m_testButton, &QPushButton::clicked, this, &ProviderSettingsPage::startTest);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_testButton);
    form->addRow(buttons);
    m_testResult = new QLabel(account);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testResult->hide();
    form->addRow(m_testResult);
    layout->addWidget(account);

    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *cform = new QFormLayout(connection);
    for (const Endpoint &ep : std::as_const(m_spec.endpoints)) {
        auto *edit = new QLineEdit(connection);
        edit->setObjectName(u"endpoint_"_s + ep.key);
        edit->setPlaceholderText(tr("Default: %1").arg(ep.defaultUrl));
        edit->setClearButtonEnabled(true);
        edit->setText(m_settings ? m_settings->endpoint(ep.key) : QString());
        auto *problem = new QLabel(connection);
        problem->setObjectName(u"endpointProblem_"_s + ep.key);
        problem->setWordWrap(true);
        problem->hide();
        m_endpointEdits.insert(ep.key, edit);
        m_endpointProblems.insert(ep.key, problem);
        const QString key = ep.key;
        connect(edit, &QLineEdit::textChanged, this, [this, key]() { updateEndpointProblem(key); });
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(edit);
        box->addWidget(problem);
        cform->addRow(ep.label, box);
        updateEndpointProblem(key);
    }
    for (const QString &id : std::as_const(m_spec.providerIds)) {
        QString name = id;
        for (const ProviderInfo &info : providers)
            if (info.id == id && !info.name.isEmpty())
                name = info.name;
        auto *spin = new QDoubleSpinBox(connection);
        spin->setObjectName(u"rate_"_s + id);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setRange(0, m_spec.documentedRate > 0 ? m_spec.documentedRate : 100.0);
        spin->setSuffix(tr(" requests/s"));
        spin->setSpecialValueText(m_spec.documentedRate > 0
                                      ? tr("The vendor's limit (%1/s)").arg(m_spec.documentedRate)
                                      : tr("Not limited"));
        spin->setToolTip(tr("Send at most this many requests per second (0: the vendor's documented limit)."));
        spin->setValue(m_settings ? m_settings->userRateLimit(id) : 0);
        m_rates.insert(id, spin);
        cform->addRow(m_spec.providerIds.size() > 1 ? tr("Rate limit, %1").arg(name) : tr("Rate limit"), spin);
    }
    layout->addWidget(connection);
    layout->addStretch(1);
}

void ProviderSettingsPage::setKeychainStatus(const QString &status)
{
    setMessage(m_keychainNote, status, u"#8a5300"_s);
}

QString ProviderSettingsPage::storedValue(const QString &key) const
{
    return m_credentials ? m_credentials->read(m_spec.vendor, key) : QString();
}

bool ProviderSettingsPage::isStored(const QString &key) const
{
    return !storedValue(key).trimmed().isEmpty();
}

bool ProviderSettingsPage::anythingStored() const
{
    for (const Field &field : m_spec.fields)
        if (isStored(field.key))
            return true;
    return false;
}

void ProviderSettingsPage::loadCredentials()
{
    for (const Field &field : std::as_const(m_spec.fields)) {
        switch (field.kind) {
        case FieldKind::Secret: {
            // Never loaded into the widget: the placeholder says a value is there.
            QLineEdit *edit = m_fieldEdits.value(field.key);
            edit->clear();
            edit->setPlaceholderText(isStored(field.key) && !m_pendingRemoval
                                         ? tr("•••••••• stored (type to replace)")
                                         : field.placeholder);
            break;
        }
        case FieldKind::Text: {
            const QString v = m_pendingRemoval ? QString() : storedValue(field.key);
            m_loadedText.insert(field.key, v);
            QLineEdit *edit = m_fieldEdits.value(field.key);
            edit->setText(v);
            edit->setPlaceholderText(field.placeholder);
            break;
        }
        case FieldKind::Flag: {
            const bool on = !m_pendingRemoval && truthy(storedValue(field.key));
            m_loadedText.insert(field.key, on ? u"true"_s : QString());
            m_flags.value(field.key)->setChecked(on);
            break;
        }
        }
    }
}

void ProviderSettingsPage::updateStatus()
{
    if (!m_credentials) {
        setMessage(m_status, tr("No credential store is available: keys cannot be kept."), kRed);
        m_removeButton->setEnabled(false);
        return;
    }
    const bool persistent = m_credentials->isPersistent();
    const bool writable = m_credentials->isWritable();
    QStringList missing;
    int storedSecrets = 0;
    int secrets = 0;
    bool typed = false;
    for (const Field &field : std::as_const(m_spec.fields)) {
        if (field.kind != FieldKind::Secret)
            continue;
        ++secrets;
        if (!m_fieldEdits.value(field.key)->text().isEmpty())
            typed = true;
        if (isStored(field.key))
            ++storedSecrets;
        else if (field.required)
            missing << field.label;
    }
    QString text;
    QString color;
    if (!writable) {
        text = tr("The keys come from the %1 and cannot be changed here.").arg(m_credentials->backendName());
    } else if (m_pendingRemoval) {
        text = tr("The stored keys will be removed when you press OK.");
        color = kRed;
    } else if (storedSecrets == secrets) {
        text = persistent ? tr("Keys are stored in the system keychain.")
                          : tr("Keys are stored for this session only: no keychain is available.");
        color = persistent ? kGreen : u"#8a5300"_s;
    } else if (storedSecrets > 0) {
        text = tr("Some keys are missing: %1.").arg(missing.join(u", "_s));
    } else {
        text = tr("No keys are stored.");
        if (!persistent && !typed)
            text += u" "_s + tr("Keys you enter are kept for this session only: no keychain is available.");
    }
    if (typed && writable)
        text += u" "_s
                + (persistent ? tr("What you typed is saved in the system keychain when you press OK.")
                              : tr("What you typed is kept for this session only when you press OK: no keychain "
                                   "is available."));
    setMessage(m_status, text, color);
    m_removeButton->setEnabled(writable && (m_pendingRemoval || anythingStored()));
    m_removeButton->setText(m_pendingRemoval ? tr("Keep keys") : tr("Remove keys"));
}

void ProviderSettingsPage::updateEndpointProblem(const QString &key)
{
    QLineEdit *edit = m_endpointEdits.value(key);
    QLabel *label = m_endpointProblems.value(key);
    if (!edit || !label)
        return;
    const QString problem = endpointProblem(edit->text());
    setMessage(label, problem, kRed);
    edit->setStyleSheet(problem.isEmpty() ? QString() : u"QLineEdit { border: 1px solid %1; }"_s.arg(kRed));
}

void ProviderSettingsPage::toggleRemoval()
{
    m_pendingRemoval = !m_pendingRemoval;
    loadCredentials();
    updateStatus();
}

bool ProviderSettingsPage::isValid(QString *problem, QWidget **focus) const
{
    for (const Endpoint &ep : m_spec.endpoints) {
        QLineEdit *edit = m_endpointEdits.value(ep.key);
        const QString why = endpointProblem(edit->text());
        if (!why.isEmpty()) {
            if (problem)
                *problem = tr("%1, %2: %3").arg(m_spec.title, ep.label, why);
            if (focus)
                *focus = edit;
            return false;
        }
    }
    return true;
}

void ProviderSettingsPage::saveSettings(AppSettings *settings) const
{
    if (!settings)
        return;
    for (const Endpoint &ep : m_spec.endpoints)
        settings->setEndpoint(ep.key, m_endpointEdits.value(ep.key)->text().trimmed());
    for (const QString &id : m_spec.providerIds)
        settings->setUserRateLimit(id, m_rates.value(id)->value());
}

bool ProviderSettingsPage::hasCredentialChanges() const
{
    if (m_pendingRemoval)
        return true;
    for (const Field &field : m_spec.fields) {
        switch (field.kind) {
        case FieldKind::Secret:
            if (!m_fieldEdits.value(field.key)->text().trimmed().isEmpty())
                return true;
            break;
        case FieldKind::Text:
            if (m_fieldEdits.value(field.key)->text().trimmed() != m_loadedText.value(field.key))
                return true;
            break;
        case FieldKind::Flag:
            if ((m_flags.value(field.key)->isChecked() ? u"true"_s : QString()) != m_loadedText.value(field.key))
                return true;
            break;
        }
    }
    return false;
}

bool ProviderSettingsPage::saveCredentials(bool *changed, QString *error)
{
    if (changed)
        *changed = false;
    if (!m_credentials || !m_credentials->isWritable() || !hasCredentialChanges())
        return true;
    auto fail = [&](const QString &key) {
        if (error)
            *error = tr("%1: the key \"%2\" could not be saved: %3")
                         .arg(m_spec.title, key, m_credentials->lastError());
        updateStatus();
        return false;
    };
    auto mark = [&] {
        if (changed)
            *changed = true;
    };
    if (m_pendingRemoval) {
        for (const Field &field : std::as_const(m_spec.fields)) {
            if (m_credentials->read(m_spec.vendor, field.key).isNull())
                continue;
            if (!m_credentials->remove(m_spec.vendor, field.key))
                return fail(field.label);
            mark();
        }
        m_pendingRemoval = false;
    }
    for (const Field &field : std::as_const(m_spec.fields)) {
        QString value;
        bool write = false;
        switch (field.kind) {
        case FieldKind::Secret:
            // Pasted keys often carry a trailing newline or blank; an untouched field keeps
            // the stored value.
            value = m_fieldEdits.value(field.key)->text().trimmed();
            write = !value.isEmpty();
            break;
        case FieldKind::Text:
            value = m_fieldEdits.value(field.key)->text().trimmed();
            write = value != m_loadedText.value(field.key);
            break;
        case FieldKind::Flag:
            value = m_flags.value(field.key)->isChecked() ? u"true"_s : QString();
            write = value != m_loadedText.value(field.key);
            break;
        }
        if (!write)
            continue;
        const bool ok = value.isEmpty() ? m_credentials->remove(m_spec.vendor, field.key)
                                        : m_credentials->write(m_spec.vendor, field.key, value);
        if (!ok)
            return fail(field.label);
        mark();
    }
    // What was typed is in the store now: out of the widgets (and their memory) it goes.
    loadCredentials();
    updateStatus();
    return true;
}

bool ProviderSettingsPage::isTesting() const
{
    return m_check && !m_check->isFinished();
}

void ProviderSettingsPage::startTest()
{
    if (isTesting())
        return;
    if (m_check) {
        // Finished, but this may run from its finished() signal: not deleted under its feet.
        m_check->disconnect(this);
        m_check->deleteLater();
        m_check = nullptr;
    }
    // The values as they are in the dialog: typed ones, else the stored ones (unless they are
    // to be removed). They go to a store of this test only, never to a widget.
    m_testStore = std::make_unique<MemoryCredentialStore>();
    for (const Field &field : std::as_const(m_spec.fields)) {
        QString value;
        if (field.kind == FieldKind::Flag) {
            value = m_flags.value(field.key)->isChecked() ? u"true"_s : QString();
        } else {
            value = m_fieldEdits.value(field.key)->text().trimmed();
            if (value.isEmpty() && field.kind == FieldKind::Secret && !m_pendingRemoval)
                value = storedValue(field.key);
        }
        if (!value.isEmpty())
            m_testStore->write(m_spec.vendor, field.key, value);
    }
    ProviderContext context;
    context.network = m_network;
    context.credentials = m_testStore.get();
    for (const Endpoint &ep : std::as_const(m_spec.endpoints)) {
        const QString text = m_endpointEdits.value(ep.key)->text().trimmed();
        if (!text.isEmpty())
            context.endpoints.insert(ep.key, text);
    }
    m_check = new ConnectionCheck(m_spec.vendor, context, this);
    m_check->setTimeout(m_testTimeoutMs);
    connect(m_check, &ConnectionCheck::finished, this, &ProviderSettingsPage::onTestFinished);
    m_testButton->setEnabled(false);
    m_testButton->setText(tr("Testing…"));
    setMessage(m_testResult, tr("Testing the connection to %1…").arg(m_spec.title), QString());
    m_check->start();
}

void ProviderSettingsPage::onTestFinished(bool ok, const QString &message)
{
    m_testButton->setEnabled(true);
    m_testButton->setText(tr("Test connection"));
    setMessage(m_testResult, (ok ? u"✔ "_s : u"✖ "_s) + message, ok ? kGreen : kRed);
    Q_EMIT testFinished(ok, message);
}

} // namespace ra

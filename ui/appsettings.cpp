#include "appsettings.h"

#include <QSettings>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

// Key names in the settings file (docs/settings.md lists them).
const QString kCompanyName = u"company/name"_s;
const QString kCompanyTaxId = u"company/taxId"_s;
const QString kDefaultProviderGroup = u"defaultProvider/"_s;
const QString kLanguage = u"ui/language"_s;
const QString kEndpointGroup = u"endpoints/"_s;
const QString kRateGroup = u"rateLimits/"_s;
const QString kTimeout = u"network/transferTimeoutMs"_s;

const QString kLocal = u"local"_s;

// Provider ids are written as key names: keep them to what an id looks like, so a crafted id
// cannot reach into another group ("../company/name").
bool isPlainId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    return true;
}

} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    if (!m_settings) {
        m_owned = std::make_unique<QSettings>();
        m_settings = m_owned.get();
    }
}

AppSettings::~AppSettings() = default;

QString AppSettings::readString(const QString &key) const
{
    const QVariant v = m_settings->value(key);
    return v.canConvert<QString>() ? v.toString() : QString();
}

bool AppSettings::writeValue(const QString &key, const QVariant &value)
{
    const bool remove = !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
    if (remove) {
        if (!m_settings->contains(key))
            return false;
        m_settings->remove(key);
    } else {
        // INI files read every value back as text: compare as text.
        if (m_settings->contains(key) && m_settings->value(key).toString() == value.toString())
            return false;
        m_settings->setValue(key, value);
    }
    noteChanged();
    return true;
}

void AppSettings::noteChanged()
{
    if (m_updateDepth > 0) {
        m_pendingChange = true;
        return;
    }
    Q_EMIT changed();
}

void AppSettings::beginUpdate()
{
    ++m_updateDepth;
}

void AppSettings::endUpdate()
{
    if (m_updateDepth == 0)
        return;
    if (--m_updateDepth == 0 && m_pendingChange) {
        m_pendingChange = false;
        Q_EMIT changed();
    }
}

QString AppSettings::companyName() const
{
    return readString(kCompanyName).trimmed();
}

void AppSettings::setCompanyName(const QString &name)
{
    writeValue(kCompanyName, name.trimmed());
}

QString AppSettings::companyTaxId() const
{
    return readString(kCompanyTaxId).trimmed().toUpper();
}

void AppSettings::setCompanyTaxId(const QString &taxId)
{
    writeValue(kCompanyTaxId, taxId.trimmed().toUpper());
}

ValidationContext AppSettings::validationContext() const
{
    ValidationContext c;
    c.companyName = companyName();
    c.companyTaxId = companyTaxId();
    return c;
}

QStringList AppSettings::fileKinds()
{
    return {u"pdf"_s, u"ofd"_s, u"image"_s};
}

QString AppSettings::fileKind(DocumentFormat format)
{
    if (format == DocumentFormat::Pdf)
        return u"pdf"_s;
    if (format == DocumentFormat::Ofd)
        return u"ofd"_s;
    if (isImageFormat(format))
        return u"image"_s;
    return {};
}

QString AppSettings::defaultProvider(const QString &kind) const
{
    if (!fileKinds().contains(kind))
        return kLocal;
    const QString id = readString(kDefaultProviderGroup + kind).trimmed();
    return isPlainId(id) ? id : kLocal;
}

QString AppSettings::defaultProvider(DocumentFormat format) const
{
    return defaultProvider(fileKind(format));
}

bool AppSettings::setDefaultProvider(const QString &kind, const QString &providerId)
{
    const QString id = providerId.trimmed();
    if (!fileKinds().contains(kind) || !isPlainId(id))
        return false;
    writeValue(kDefaultProviderGroup + kind, id);
    return true;
}

QStringList AppSettings::languages()
{
    return {QString(), u"zh_CN"_s, u"en"_s};
}

QString AppSettings::language() const
{
    const QString l = readString(kLanguage);
    return languages().contains(l) ? l : QString();
}

bool AppSettings::setLanguage(const QString &language)
{
    if (!languages().contains(language))
        return false;
    writeValue(kLanguage, language);
    return true;
}

QStringList AppSettings::endpointVendors()
{
    return {u"tencent"_s, u"qiniu"_s, u"qiniu-upload"_s, u"ekuaibao"_s, u"deepfinch"_s};
}

QString AppSettings::endpoint(const QString &vendor) const
{
    if (!endpointVendors().contains(vendor))
        return {};
    return readString(kEndpointGroup + vendor).trimmed();
}

bool AppSettings::setEndpoint(const QString &vendor, const QString &url)
{
    if (!endpointVendors().contains(vendor))
        return false;
    writeValue(kEndpointGroup + vendor, url.trimmed());
    return true;
}

double AppSettings::userRateLimit(const QString &providerId) const
{
    if (!isPlainId(providerId))
        return 0;
    bool ok = false;
    const double v = m_settings->value(kRateGroup + providerId).toDouble(&ok);
    return ok && std::isfinite(v) && v > 0 && v <= kMaxRate ? v : 0;
}

bool AppSettings::setUserRateLimit(const QString &providerId, double perSecond)
{
    if (!isPlainId(providerId) || !std::isfinite(perSecond) || perSecond < 0 || perSecond > kMaxRate)
        return false;
    writeValue(kRateGroup + providerId, perSecond > 0 ? QVariant(perSecond) : QVariant());
    return true;
}

int AppSettings::transferTimeoutMs() const
{
    bool ok = false;
    const int v = m_settings->value(kTimeout).toInt(&ok);
    if (!ok)
        return ProviderContext().transferTimeoutMs;
    return qBound(kMinTimeoutMs, v, kMaxTimeoutMs);
}

void AppSettings::setTransferTimeoutMs(int ms)
{
    const int bounded = qBound(kMinTimeoutMs, ms, kMaxTimeoutMs);
    // The default is not written: a later release may change it.
    writeValue(kTimeout, bounded == ProviderContext().transferTimeoutMs ? QVariant() : QVariant(bounded));
}

ProviderContext AppSettings::providerContext() const
{
    ProviderContext c;
    for (const QString &vendor : endpointVendors()) {
        const QString e = endpoint(vendor);
        if (!e.isEmpty())
            c.endpoints.insert(vendor, e);
    }
    m_settings->beginGroup(kRateGroup.chopped(1));
    const QStringList ids = m_settings->childKeys();
    m_settings->endGroup();
    for (const QString &id : ids) {
        const double r = userRateLimit(id);
        if (r > 0)
            c.userRateLimits.insert(id, r);
    }
    c.transferTimeoutMs = transferTimeoutMs();
    return c;
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace ra

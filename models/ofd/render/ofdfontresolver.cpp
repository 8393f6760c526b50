#include "ofdfontresolver.h"

#include "ofd/ofddocument.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QSet>
#include <cmath>

namespace ra {

namespace {

constexpr double kReferencePixelSize = 32.0;
constexpr int kMaxSizedEntries = 512;

const QSet<QString> &installedFamilies()
{
    // The font database does not change while we run (we add no application fonts).
    static const QSet<QString> families = [] {
        QSet<QString> s;
        for (const QString &f : QFontDatabase::families())
            s.insert(f.toLower());
        return s;
    }();
    return families;
}

bool matches(const QString &name, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *k : keys)
        if (name.contains(QStringView(k), Qt::CaseInsensitive))
            return true;
    return false;
}

const QStringList &songFamilies()
{
    static const QStringList f{QStringLiteral("AR PL UMing CN"), QStringLiteral("Noto Serif CJK SC")};
    return f;
}
const QStringList &kaiFamilies()
{
    static const QStringList f{QStringLiteral("AR PL UKai CN"), QStringLiteral("Noto Serif CJK SC")};
    return f;
}
const QStringList &heiFamilies()
{
    static const QStringList f{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")};
    return f;
}
const QStringList &monoFamilies()
{
    static const QStringList f{QStringLiteral("Liberation Mono"), QStringLiteral("DejaVu Sans Mono"),
                               QStringLiteral("Noto Sans Mono CJK SC")};
    return f;
}
const QStringList &serifFamilies()
{
    static const QStringList f{QStringLiteral("Liberation Serif"), QStringLiteral("DejaVu Serif")};
    return f;
}
const QStringList &sansFamilies()
{
    static const QStringList f{QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")};
    return f;
}
// Behind every choice: characters the chosen font lacks (¥, ×, CJK in a Latin font).
const QStringList &lastResort()
{
    static const QStringList f{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC"),
                               QStringLiteral("DejaVu Sans")};
    return f;
}

QRawFont systemFont(const QString &family, bool bold, bool italic)
{
    QFont f(family);
    f.setPixelSize(int(kReferencePixelSize));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferOutline));
    QRawFont raw = QRawFont::fromFont(f, QFontDatabase::Any);
    if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0)
        return {};
    return raw;
}

} // namespace

bool OfdFontResolver::canDrawText()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QStringList OfdFontResolver::candidateFamilies(const QString &fontName, const QString &familyName, bool serif,
                                               bool fixedWidth)
{
    const QString name = fontName + u'|' + familyName;
    QStringList out;
    // Order matters: "仿宋" before "宋", "Courier" before anything generic.
    if (matches(name, {u"仿宋", u"FangSong", u"Fang Song", u"STFangsong"}))
        out << kaiFamilies();
    else if (matches(name, {u"楷", u"Kai"}))
        out << kaiFamilies();
    else if (matches(name, {u"宋", u"Song", u"SimSun", u"Ming"}))
        out << songFamilies();
    else if (matches(name, {u"黑", u"Hei", u"YaHei", u"雅黑", u"Gothic"}))
        out << heiFamilies();
    else if (matches(name, {u"Courier", u"Mono", u"Consolas", u"OCR"}))
        out << monoFamilies();
    else if (matches(name, {u"Times", u"Roman", u"Georgia"}))
        out << serifFamilies();
    else if (matches(name, {u"Arial", u"Helvetica", u"Verdana", u"Tahoma", u"Calibri"}))
        out << sansFamilies();
    else if (fixedWidth)
        out << monoFamilies();
    else if (serif)
        out << songFamilies();
    else
        out << songFamilies(); // most unnamed fonts on Chinese documents are a Song face
    // The requested family itself first, when it happens to be installed.
    for (const QString &n : {fontName, familyName})
        if (!n.trimmed().isEmpty() && !out.contains(n.trimmed()))
            out.prepend(n.trimmed());
    for (const QString &f : lastResort())
        if (!out.contains(f))
            out << f;
    return out;
}

const OfdFontResolver::Base &OfdFontResolver::base(const OfdFont &font, const QByteArray &fontData)
{
    const QString key = font.id + u'|' + font.file;
    auto it = m_bases.find(key);
    if (it != m_bases.end())
        return *it;
    Base b;
    if (!fontData.isEmpty()) {
        QRawFont raw(fontData, kReferencePixelSize, QFont::PreferNoHinting);
        if (raw.isValid()) {
            b.fonts.append(raw);
            b.embedded = true;
        }
    }
    const QSet<QString> &installed = installedFamilies();
    for (const QString &family : candidateFamilies(font.fontName, font.familyName, font.serif, font.fixedWidth)) {
        if (b.fonts.size() >= 4)
            break;
        if (!installed.contains(family.toLower()))
            continue;
        QRawFont raw = systemFont(family, font.bold, font.italic);
        if (!raw.isValid())
            continue;
        if (b.substitute.isEmpty() && !b.embedded)
            b.substitute = raw.familyName();
        b.fonts.append(raw);
    }
    return *m_bases.insert(key, b);
}

OfdFontResolver::Chain OfdFontResolver::resolve(const OfdFont &font, const QByteArray &fontData, double pixelSize)
{
    if (!canDrawText() || !std::isfinite(pixelSize) || pixelSize <= 0)
        return {};
    const double rounded = std::max(0.25, std::round(pixelSize * 16.0) / 16.0);
    const QString key = font.id + u'|' + font.file + u'|' + QString::number(rounded);
    if (auto it = m_sized.constFind(key); it != m_sized.constEnd())
        return *it;
    const Base &b = base(font, fontData);
    Chain chain;
    chain.embedded = b.embedded;
    chain.substitute = b.substitute;
    for (QRawFont raw : b.fonts) {
        raw.setPixelSize(rounded);
        chain.fonts.append(raw);
    }
    if (m_sized.size() >= kMaxSizedEntries)
        m_sized.clear();
    m_sized.insert(key, chain);
    return chain;
}

} // namespace ra

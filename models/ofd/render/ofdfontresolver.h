#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QString>
#include <QStringList>

namespace ra {

struct OfdFont;

// Turns the fonts an OFD names into fonts we can draw with. An embedded font file is used as
// is (QRawFont from the file data, so CGTransform glyph IDs index the very font the producer
// subsetted, and two documents' subsets of "SimSun" never meet in the application font
// database). Other fonts are mapped by family to the CJK and metric-compatible fonts that
// scripts/install-deps.sh installs: 宋体 → AR PL UMing, 楷体/仿宋 → AR PL UKai, 黑体 → Noto
// Sans CJK, Courier New → Liberation Mono, Times New Roman → Liberation Serif, with Noto
// CJK behind every choice for characters the first font lacks.
//
// Needs a QGuiApplication (font engines); one instance per thread.
class OfdFontResolver
{
public:
    struct Chain
    {
        QList<QRawFont> fonts;   // first the requested font, then fallbacks; at `pixelSize`
        bool embedded = false;   // fonts.first() is the document's own font file
        QString substitute;      // the installed family used instead, when not embedded
    };

    static bool canDrawText();   // a QGuiApplication exists

    // The families tried for a font that is not embedded, best first (installed or not).
    static QStringList candidateFamilies(const QString &fontName, const QString &familyName, bool serif,
                                         bool fixedWidth);

    // Fonts for `font` at `pixelSize`; `fontData` is its embedded file (may be empty).
    // Sizes are cached per font, so a page's few sizes cost one load each.
    Chain resolve(const OfdFont &font, const QByteArray &fontData, double pixelSize);

private:
    struct Base
    {
        QList<QRawFont> fonts;
        bool embedded = false;
        QString substitute;
    };
    const Base &base(const OfdFont &font, const QByteArray &fontData);

    QHash<QString, Base> m_bases;                       // font key → fonts at a reference size
    QHash<QString, Chain> m_sized;                      // font key + size → fonts at that size
};

} // namespace ra

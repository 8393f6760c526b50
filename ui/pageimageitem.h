#pragma once

#include <QGraphicsItem>
#include <QPixmap>

namespace ra {

// The page picture under the overlays. It is rendered for the zoom it is shown at, so when the
// view's transform maps one picture pixel onto one device pixel (the usual case once a render
// for the current zoom has arrived) it is copied to the screen as it is, on whole device
// pixels: no resampling, so fine print and the invoice's QR code stay as sharp as the
// renderer drew them, and painting is a plain blit instead of a filtered scale of a large
// image. Any other transform (while zooming, before the new render arrives, or rotated) is
// drawn with smooth scaling.
class PageImageItem : public QGraphicsItem
{
public:
    explicit PageImageItem(QGraphicsItem *parent = nullptr);

    // `toScene`: scene pixels per picture pixel (the reference dpi over the rendered dpi). The
    // pixmap carries the device pixel ratio of the screen it was rendered for.
    void setImage(const QPixmap &pixmap, double toScene);
    const QPixmap &pixmap() const { return m_pixmap; }
    // Whether the last paint was a 1:1 copy (tests).
    bool lastPaintWasExact() const { return m_lastExact; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPixmap m_pixmap;
    double m_toScene = 1.0;
    bool m_lastExact = false;
};

} // namespace ra

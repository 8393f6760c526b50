#pragma once

#include <QGraphicsView>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <functional>

class QGraphicsRectItem;
class QGraphicsTextItem;

namespace ra {

class ClaimDocument;
class FieldPolygonItem;
class InvoiceRegionItem;
class PageImageItem;
class PageImageLoader;
struct ClaimChange;

// The centre of the desk: a page of an original with every invoice's region and the current
// invoice's field polygons drawn over it. Scene coordinates are the page pixels the polygons
// refer to (kReferenceDpi for PDF and OFD pages, the image's own pixels for photos), so the
// picture can be rendered at whatever resolution the zoom and the screen need while overlays
// stay put. Pages are rendered off the GUI thread. The view opens fitted to the page's width.
class PageView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit PageView(ClaimDocument *claim, QWidget *parent = nullptr);
    ~PageView() override;

    // Shows the invoice's page with its overlays; 0 clears the view.
    void showInvoice(qint64 invoiceId);
    // Shows a page of an original with no invoice selected (a document without invoices).
    void showOriginal(const QString &sha256, int pageIndex = 0);
    qint64 invoiceId() const { return m_invoiceId; }
    QString sha256() const { return m_sha256; }
    int pageIndex() const { return m_pageIndex; }
    int pageCount() const { return m_pageCount; }
    bool isRendering() const;

    // Highlights the field's polygon and brings it into view at a scale its text can be read
    // at (zooming in and centring on it when the current zoom draws it smaller than the UI
    // font); empty key: none.
    void highlightField(const QString &key);
    QString highlightedField() const { return m_highlighted; }
    FieldPolygonItem *fieldItem(const QString &key) const;
    QList<FieldPolygonItem *> fieldItems() const;
    int regionItemCount() const;
    InvoiceRegionItem *regionItem(qint64 invoiceId) const;
    QList<InvoiceRegionItem *> regionItems() const;

    // Marking a field on the page: the next drag draws a box that becomes the field's polygon
    // (fieldMarked), for values entered by hand or read without one. Esc (cancelMarking) or a
    // new page ends it.
    void beginMarking(qint64 invoiceId, const QString &key);
    void cancelMarking();
    bool isMarking() const { return !m_markKey.isEmpty(); }

    // The number each invoice's region badge shows: its row in the list (1-based), so a person
    // matches receipts on the photo with rows. A result ≤ 0, or no labeler, falls back to the
    // invoice's position among its document's invoices. Call refreshRegionLabels() when the
    // rows move (sorting, filtering).
    using RowLabeler = std::function<int(qint64 invoiceId)>;
    void setRowLabeler(RowLabeler labeler);

    // The page picture item (tests: whether it is drawn pixel for pixel).
    const PageImageItem *pageImageItem() const { return m_pixmap; }
    // What is shown instead of the page ("Drawing the page…", why it cannot be shown), or empty.
    QString message() const;
    // Where pages are drawn (tests: whether a render is with a worker).
    PageImageLoader *loader() const { return m_loader; }

    double zoom() const;   // 1.0 = 100 %: paper size for PDF/OFD, one image pixel per pixel for photos

public slots:
    void zoomIn();
    void zoomOut();
    void setZoom(double zoom);
    void fitPage();
    void fitWidth();
    void actualSize();
    void rotateLeft();
    void rotateRight();
    void nextPage();
    void previousPage();
    void refreshRegionLabels();

signals:
    void fieldClicked(qint64 invoiceId, const QString &key);
    void invoiceClicked(qint64 invoiceId);
    void zoomChanged(double zoom);
    void pageChanged(int pageIndex, int pageCount);
    void pageShown();             // the page image arrived (tests, benchmarks)
    // The page cannot be shown: `message` is on the page, `errorCode` says why (timeout…).
    void renderFailed(const QString &message, const QString &errorCode);
    // A box was drawn while marking: `polygon` in page pixels (4 points clockwise from the
    // top-left), on `page` (1-based).
    void fieldMarked(qint64 invoiceId, const QString &key, const QPolygonF &polygon, int page);
    void markingEnded();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class FitMode { None, Page, Width };
    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 8.0;
    static constexpr double kZoomStep = 1.25;

    void setPage(int pageIndex);
    void requestRender();
    void onPageReady(quint64 requestId, const QString &sha256, int pageIndex, double dpi, const QImage &image,
                     int pageCount);
    void onPageFailed(quint64 requestId, const QString &sha256, int pageIndex, const QString &message,
                      const QString &errorCode);
    void onClaimChanged(const ClaimChange &change);
    void rebuildOverlays();
    void applyFit();
    void applyTransform();
    void setScale(double scale);   // keeps the scene point at the viewport's centre in place
    void revealHighlighted();
    void revealCurrentRegion();
    int regionNumber(qint64 invoiceId) const;
    void showMessage(const QString &message);
    void fitMessage();
    bool isVector() const;
    double naturalScale() const;   // view scale at 100 %
    QSizeF pageSizeGuess() const;

    ClaimDocument *m_claim;
    QGraphicsScene *m_scene;
    PageImageLoader *m_loader;
    PageImageItem *m_pixmap = nullptr;
    QGraphicsTextItem *m_message = nullptr;
    QList<QGraphicsItem *> m_overlays;
    QTimer m_rerender;             // re-render after the zoom settled
    qint64 m_invoiceId = 0;
    QString m_sha256;
    int m_pageIndex = 0;
    int m_pageCount = 0;
    QSizeF m_sceneSize;            // the page in scene (reference) pixels
    double m_scale = 1.0;          // view scale (scene px → logical screen px)
    int m_rotation = 0;
    double m_renderedDpi = 0;
    double m_renderedScale = 1.0;  // a photo's picture pixels per photo pixel
    quint64 m_pending = 0;
    double m_pendingScale = 1.0;
    FitMode m_fit = FitMode::Width;
    QString m_highlighted;
    RowLabeler m_rowLabeler;
    // Marking (pageviewmark.cpp).
    bool markPress(QMouseEvent *event);
    bool markMove(QMouseEvent *event);
    bool markRelease(QMouseEvent *event);
    qint64 m_markInvoice = 0;
    QString m_markKey;
    QPointF m_markStart;
    QGraphicsRectItem *m_markBox = nullptr;
};

} // namespace ra

#include "invoicepainter.h"

#include "chineseamount.h"
#include "qr/qrencoder.h"

#include <QFontMetricsF>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace ra::samples {

namespace {

const QColor kBrown(140, 62, 30);     // frame and labels, as printed by the tax systems
const QColor kInk(0, 0, 0);
const QColor kSealRed(220, 40, 40);
const QString kSerif = u"Noto Serif CJK SC"_s;
const QString kMono = u"Noto Sans Mono CJK SC"_s;

// Drawing in millimetres on any paint device.
class Canvas
{
public:
    Canvas(QPainter &p, double k) : m_p(p), m_k(k) {}

    QPointF pt(double x, double y) const { return {x * m_k, y * m_k}; }
    QRectF rect(double x, double y, double w, double h) const { return {x * m_k, y * m_k, w * m_k, h * m_k}; }

    void line(double x1, double y1, double x2, double y2, const QColor &c = kBrown, double widthMm = 0.25)
    {
        m_p.setPen(QPen(c, widthMm * m_k, Qt::SolidLine, Qt::FlatCap));
        m_p.drawLine(pt(x1, y1), pt(x2, y2));
    }

    void box(double x1, double y1, double x2, double y2, const QColor &c = kBrown, double widthMm = 0.3)
    {
        m_p.setPen(QPen(c, widthMm * m_k, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(QRectF(pt(x1, y1), pt(x2, y2)));
    }

    static QFont font(const QString &family, double pointSize, bool bold = false)
    {
        QFont f(family);
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        f.setKerning(false);
        // No OpenType shaping: with it, digits next to Latin letters ("V2.0", a tax id) come
        // out as substituted glyphs that Qt's ToUnicode map does not cover, and vanish from
        // the text layer. Chinese and Latin text need no shaping.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    double widthMm(const QString &text, const QFont &f) const
    {
        return QFontMetricsF(f, m_p.device()).horizontalAdvance(text) / m_k;
    }

    enum Align { Left, Center, Right };

    // Text on a baseline at y (mm); x is the left edge, centre or right edge.
    // Returns the x (mm) just after the text.
    double text(double x, double y, const QString &s, const QFont &f, const QColor &c = kInk, Align a = Left)
    {
        const double w = widthMm(s, f);
        const double left = a == Left ? x : a == Center ? x - w / 2 : x - w;
        m_p.setFont(f);
        m_p.setPen(c);
        m_p.drawText(pt(left, y), s);
        return left + w;
    }

    // Label in brown followed by its value in black, on one baseline.
    double labelled(double x, double y, const QString &label, const QString &value, const QFont &lf, const QFont &vf)
    {
        const double after = text(x, y, label, lf, kBrown);
        return text(after, y, value, vf, kInk);
    }

    // Characters one under another (the 购买方/销售方/备注 column labels).
    void vertical(double cx, double top, double bottom, const QString &s, const QFont &f)
    {
        const qsizetype n = s.size();
        const double step = (bottom - top) / double(n);
        for (qsizetype i = 0; i < n; ++i)
            text(cx, top + step * (double(i) + 0.5) + 1.2, s.mid(i, 1), f, kBrown, Center);
    }

    void image(double x, double y, double w, double h, const QImage &img)
    {
        m_p.drawImage(rect(x, y, w, h), img);
    }

    // The QR code as real e-invoices carry it: a black code is a 1-bit image of two pixels per
    // module, which a PDF stores losslessly (a colour image would be JPEG-compressed by
    // QPdfWriter, its edges smeared, and far harder to read from a screen than a real one).
    void qrCode(double x, double y, double size, const QString &payload, const QColor &color)
    {
        if (color == QColor(Qt::black))
            image(x, y, size, size, qr::encodeQr(payload, 2, color).convertToFormat(QImage::Format_Mono));
        else
            image(x, y, size, size, qr::encodeQr(payload, 4, color));
    }

private:
    QPainter &m_p;
    double m_k;
};

// A round red stamp drawn into an image (seals are images on real e-invoices, never text).
QImage sealImage(const QString &arcText, const QString &middle, const QString &bottom, double wMm, double hMm)
{
    const double k = 12.0; // px per mm
    QImage img(int(wMm * k), int(hMm * k), QImage::Format_ARGB32);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF r(0.6 * k, 0.6 * k, (wMm - 1.2) * k, (hMm - 1.2) * k);
    p.setPen(QPen(kSealRed, 0.8 * k));
    p.drawEllipse(r);
    const QPointF c = r.center();
    const qsizetype n = arcText.size();
    const double glyphMm = std::min(3.0, hMm / 8.0);
    const double rx = r.width() / 2 - (glyphMm * 0.5 + 1.4) * k;
    const double ry = r.height() / 2 - (glyphMm * 0.5 + 1.4) * k;
    QFont f(kSerif);
    f.setPixelSize(int(glyphMm * k));
    f.setBold(true);
    p.setFont(f);
    p.setPen(kSealRed);
    // Over the top, centred on 12 o'clock, wider for longer names.
    const double span = std::min(230.0, 22.0 * double(n));
    for (qsizetype i = 0; i < n; ++i) {
        const double a = qDegreesToRadians(270.0 - span / 2 + span * (double(i) + 0.5) / double(n));
        const QPointF at(c.x() + rx * std::cos(a), c.y() + ry * std::sin(a));
        p.save();
        p.translate(at);
        p.rotate(qRadiansToDegrees(a) + 90.0);
        p.drawText(QRectF(-glyphMm * k, -glyphMm * k, 2 * glyphMm * k, 2 * glyphMm * k), Qt::AlignCenter, arcText.mid(i, 1));
        p.restore();
    }
    QFont m(kMono);
    m.setPixelSize(int(2.4 * k));
    p.setFont(m);
    p.drawText(QRectF(r.left(), c.y() - 1.8 * k, r.width(), 3.6 * k), Qt::AlignCenter, middle);
    f.setPixelSize(int(2.8 * k));
    p.setFont(f);
    p.drawText(QRectF(r.left(), c.y() + 2.4 * k, r.width(), 3.6 * k), Qt::AlignCenter, bottom);
    return img;
}

QString money(qint64 fen)
{
    return u"¥"_s + formatFen(fen);
}

QString grouped(const QString &digits)
{
    QString out;
    for (qsizetype i = 0; i < digits.size(); i += 5) {
        if (!out.isEmpty())
            out += u' ';
        out += digits.mid(i, 5);
    }
    return out;
}

void paintDigital(Canvas &c, const SampleInvoice &inv)
{
    const QFont title = Canvas::font(kSerif, 16.5, true);
    const QFont label = Canvas::font(kSerif, 8.0);
    const QFont value = Canvas::font(kSerif, 9.0);
    const QFont big = Canvas::font(kSerif, 10.5);
    const QFont small = Canvas::font(kSerif, 7.5);

    c.qrCode(7, 5, 22, inv.qrPayload(), inv.qrColor);
    c.image(90, 3, 30, 20, sealImage(u"样例发票监制章"_s, u"SAMPLE"_s, u"示例税务局"_s, 30, 20));

    c.text(105, 15, inv.title, title, kBrown, Canvas::Center);
    c.line(58, 18.2, 152, 18.2, kBrown, 0.3);
    c.line(58, 19.2, 152, 19.2, kBrown, 0.3);

    c.labelled(150, 12, u"发票号码："_s, inv.number, label, value);
    c.labelled(150, 18, u"开票日期："_s, chineseDate(inv.date), label, value);

    // Frame.
    c.box(4.5, 30, 205.5, 124);
    c.line(4.5, 52, 205.5, 52);
    c.line(4.5, 96, 205.5, 96);
    c.line(4.5, 104, 205.5, 104);
    c.line(10.5, 30, 10.5, 52);
    c.line(105, 30, 105, 52);
    c.line(111, 30, 111, 52);
    c.line(10.5, 104, 10.5, 124);

    // Parties.
    c.vertical(7.5, 30, 52, u"购买方信息"_s, label);
    c.vertical(108, 30, 52, u"销售方信息"_s, label);
    c.labelled(12.5, 38, u"名称："_s, inv.buyer.name, label, value);
    c.labelled(12.5, 47.5, u"统一社会信用代码/纳税人识别号："_s, inv.buyer.taxId, label, big);
    c.labelled(113, 38, u"名称："_s, inv.seller.name, label, value);
    c.labelled(113, 47.5, u"统一社会信用代码/纳税人识别号："_s, inv.seller.taxId, label, big);

    // Goods.
    const double hy = 56.5;
    c.text(25, hy, u"项目名称"_s, label, kBrown, Canvas::Center);
    c.text(58, hy, u"规格型号"_s, label, kBrown, Canvas::Center);
    c.text(76, hy, u"单 位"_s, label, kBrown, Canvas::Center);
    c.text(93, hy, u"数 量"_s, label, kBrown, Canvas::Center);
    c.text(115, hy, u"单 价"_s, label, kBrown, Canvas::Center);
    c.text(140, hy, u"金 额"_s, label, kBrown, Canvas::Center);
    c.text(163, hy, u"税率/征收率"_s, label, kBrown, Canvas::Center);
    c.text(190, hy, u"税 额"_s, label, kBrown, Canvas::Center);
    double y = 61;
    for (const SampleItem &it : inv.items) {
        c.text(6, y, it.name, value);
        c.text(58, y, it.spec, value, kInk, Canvas::Center);
        c.text(76, y, it.unit, value, kInk, Canvas::Center);
        c.text(102, y, QString::number(it.quantity), value, kInk, Canvas::Right);
        c.text(127, y, formatFen(it.unitPriceFen), value, kInk, Canvas::Right);
        c.text(152, y, formatFen(it.amountFen()), value, kInk, Canvas::Right);
        c.text(163, y, QString::number(it.ratePercent) + u'%', value, kInk, Canvas::Center);
        c.text(203, y, formatFen(it.taxFen()), value, kInk, Canvas::Right);
        y += 4.5;
    }
    c.text(25, 93.5, u"合　　计"_s, label, kBrown, Canvas::Center);
    c.text(152, 93.5, money(inv.pretaxFen()), value, kInk, Canvas::Right);
    c.text(203, 93.5, money(inv.taxFen()), value, kInk, Canvas::Right);

    // 价税合计.
    c.text(30, 101.5, u"价税合计（大写）"_s, label, kBrown, Canvas::Center);
    c.text(60, 101.5, u"⊗"_s + ra::money::toChineseUpper(inv.totalFen()), big);
    c.labelled(150, 101.5, u"（小写）"_s, money(inv.totalFen()), label, big);

    // 备注.
    c.vertical(7.5, 104, 124, u"备注"_s, label);
    y = 109;
    for (const QString &line : inv.remark) {
        c.text(12.5, y, line, small);
        y += 4;
    }

    c.labelled(14, 131, u"开票人："_s, inv.issuer, label, value);
}

void paintLegacy(Canvas &c, const SampleInvoice &inv)
{
    const QFont title = Canvas::font(kSerif, 16.0, true);
    const QFont label = Canvas::font(kSerif, 8.0);
    const QFont value = Canvas::font(kSerif, 8.5);
    const QFont big = Canvas::font(kSerif, 10.0);
    const QFont mono = Canvas::font(kMono, 9.0);
    const QFont small = Canvas::font(kSerif, 7.5);

    c.qrCode(8, 4, 20, inv.qrPayload(), inv.qrColor);
    c.labelled(8, 28.5, u"机器编号："_s, inv.machineNo, small, small);
    c.image(92, 2, 30, 20, sealImage(u"样例发票监制章"_s, u"SAMPLE"_s, u"示例税务局"_s, 30, 20));

    c.text(107.5, 14, inv.title, title, kBrown, Canvas::Center);
    c.line(68, 17.2, 147, 17.2, kBrown, 0.3);
    c.line(68, 18.2, 147, 18.2, kBrown, 0.3);

    c.labelled(150, 9, u"发票代码："_s, inv.code, label, value);
    c.labelled(150, 14, u"发票号码："_s, inv.number, label, value);
    c.labelled(150, 19, u"开票日期："_s, chineseDate(inv.date), label, value);
    c.labelled(150, 24, u"校 验 码："_s, grouped(inv.checkCode), label, value);

    // Frame.
    c.box(6, 31, 209, 125);
    c.line(6, 53, 209, 53);
    c.line(6, 93, 209, 93);
    c.line(6, 100, 209, 100);
    c.line(12, 31, 12, 53);
    c.line(126, 31, 126, 53);
    c.line(132, 31, 132, 53);
    c.line(12, 100, 12, 125);
    c.line(126, 100, 126, 125);
    c.line(132, 100, 132, 125);
    for (double x : {56.0, 72.0, 82.0, 96.0, 118.0, 146.0, 160.0})
        c.line(x, 53, x, 88);
    c.line(56, 93, 56, 100);
    c.line(6, 88, 209, 88);

    auto party = [&](double top, const QString &name, const SampleParty &who) {
        c.vertical(9, top, top + 22, name, label);
        const double ys[] = {top + 5, top + 10, top + 15, top + 20};
        c.text(13.5, ys[0], u"名　　　　称："_s, label, kBrown);
        c.text(13.5, ys[1], u"纳税人识别号："_s, label, kBrown);
        c.text(13.5, ys[2], u"地 址、电 话："_s, label, kBrown);
        c.text(13.5, ys[3], u"开户行及账号："_s, label, kBrown);
        c.text(38, ys[0], who.name, value);
        c.text(38, ys[1], who.taxId, big);
        c.text(38, ys[2], who.addressPhone, value);
        c.text(38, ys[3], who.bank, value);
    };
    party(31, u"购买方"_s, inv.buyer);
    c.vertical(129, 31, 53, u"密码区"_s, label);
    double y = 36;
    for (const QString &line : inv.cipher) {
        c.text(133.5, y, line, mono);
        y += 5;
    }

    // Goods.
    const double hy = 57;
    c.text(31, hy, u"货物或应税劳务、服务名称"_s, label, kBrown, Canvas::Center);
    c.text(64, hy, u"规格型号"_s, label, kBrown, Canvas::Center);
    c.text(77, hy, u"单位"_s, label, kBrown, Canvas::Center);
    c.text(89, hy, u"数 量"_s, label, kBrown, Canvas::Center);
    c.text(107, hy, u"单 价"_s, label, kBrown, Canvas::Center);
    c.text(132, hy, u"金 额"_s, label, kBrown, Canvas::Center);
    c.text(153, hy, u"税率"_s, label, kBrown, Canvas::Center);
    c.text(184.5, hy, u"税 额"_s, label, kBrown, Canvas::Center);
    y = 62;
    for (const SampleItem &it : inv.items) {
        c.text(7, y, it.name, value);
        c.text(64, y, it.spec, value, kInk, Canvas::Center);
        c.text(77, y, it.unit, value, kInk, Canvas::Center);
        c.text(95, y, QString::number(it.quantity), value, kInk, Canvas::Right);
        c.text(117, y, formatFen(it.unitPriceFen), value, kInk, Canvas::Right);
        c.text(145, y, formatFen(it.amountFen()), value, kInk, Canvas::Right);
        c.text(153, y, QString::number(it.ratePercent) + u'%', value, kInk, Canvas::Center);
        c.text(207, y, formatFen(it.taxFen()), value, kInk, Canvas::Right);
        y += 4.5;
    }
    c.text(31, 91.8, u"合　　　　计"_s, label, kBrown, Canvas::Center);
    c.text(145, 91.8, money(inv.pretaxFen()), value, kInk, Canvas::Right);
    c.text(207, 91.8, money(inv.taxFen()), value, kInk, Canvas::Right);

    c.text(31, 98, u"价税合计（大写）"_s, label, kBrown, Canvas::Center);
    c.text(60, 98, u"⊗"_s + ra::money::toChineseUpper(inv.totalFen()), big);
    c.labelled(150, 98, u"（小写）"_s, money(inv.totalFen()), label, big);

    party(100, u"销售方"_s, inv.seller);
    c.vertical(129, 100, 125, u"备注"_s, label);
    y = 105;
    for (const QString &line : inv.remark) {
        c.text(133.5, y, line, small);
        y += 4.5;
    }

    c.labelled(10, 131, u"收款人："_s, inv.payee, label, value);
    c.labelled(62, 131, u"复核："_s, inv.reviewer, label, value);
    c.labelled(112, 131, u"开票人："_s, inv.issuer, label, value);
    c.text(162, 131, u"销售方：（章）"_s, label, kBrown);
    c.image(168, 106, 38, 25, sealImage(inv.seller.name, inv.seller.taxId, u"发票专用章"_s, 38, 25));
}

} // namespace

QSizeF InvoicePainter::pageSizeMm(SampleInvoice::Layout layout)
{
    // The sizes of real e-invoice pages: 210×140 mm for 数电, 215×140 for the older kind.
    return layout == SampleInvoice::Layout::Digital ? QSizeF(210, 140) : QSizeF(215, 140);
}

void InvoicePainter::paint(QPainter &painter, const SampleInvoice &invoice, double dotsPerMm)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Canvas c(painter, dotsPerMm);
    if (invoice.layout == SampleInvoice::Layout::Digital)
        paintDigital(c, invoice);
    else
        paintLegacy(c, invoice);
    painter.restore();
}

} // namespace ra::samples

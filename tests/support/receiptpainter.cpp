#include "receiptpainter.h"

#include "taxid.h"

#include <QFont>
#include <QPainter>

namespace ra::test {

namespace {

const QString kSans = QStringLiteral("Noto Sans CJK SC");
const QString kSerif = QStringLiteral("Noto Serif CJK SC");
// thermal and dot-matrix printers print values in a plain monospaced face
const QString kMono = QStringLiteral("DejaVu Sans Mono");

const QColor kInk(0x20, 0x20, 0x20);
const QColor kFormRed(0xB0, 0x30, 0x30);
const QColor kFormBlue(0x30, 0x50, 0x90);

// A fictitious unified social credit code with its right check character.
QString taxId(const QString &first17)
{
    return first17 + taxid::usccCheckCharacter(first17).value_or(QLatin1Char('0'));
}

// Draws on paper of `widthMm` × `heightMm` in millimetres and points, like the printer does.
class Sheet
{
public:
    Sheet(double widthMm, double heightMm, int dpi, const QColor &paper = Qt::white)
        : m_mm(dpi / 25.4), m_dpi(dpi), m_image(qRound(widthMm * m_mm), qRound(heightMm * m_mm), QImage::Format_RGB888)
    {
        m_image.fill(paper);
        m_painter.begin(&m_image);
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_painter.setRenderHint(QPainter::TextAntialiasing);
    }

    // `text` with its top-left at (x, y) mm, `pt` points high.
    void text(double x, double y, double pt, const QString &text, const QString &family = kSans,
              const QColor &color = kInk, bool bold = false)
    {
        QFont f(family);
        f.setPixelSize(std::max(6, qRound(pt * m_dpi / 72.0)));
        f.setBold(bold);
        m_painter.setFont(f);
        m_painter.setPen(color);
        const QRectF r(x * m_mm, y * m_mm, m_image.width(), f.pixelSize() * 1.6);
        m_painter.drawText(r, Qt::AlignLeft | Qt::AlignTop, text);
    }

    // `text` centred on the sheet's width at y mm.
    void centred(double y, double pt, const QString &text, const QColor &color = kInk, bool bold = true,
                 const QString &family = kSans)
    {
        QFont f(family);
        f.setPixelSize(qRound(pt * m_dpi / 72.0));
        f.setBold(bold);
        m_painter.setFont(f);
        m_painter.setPen(color);
        m_painter.drawText(QRectF(0, y * m_mm, m_image.width(), f.pixelSize() * 1.6), Qt::AlignHCenter | Qt::AlignTop, text);
    }

    void line(double x1, double y1, double x2, double y2, const QColor &color)
    {
        m_painter.setPen(QPen(color, std::max(1.0, 0.25 * m_mm)));
        m_painter.drawLine(QPointF(x1 * m_mm, y1 * m_mm), QPointF(x2 * m_mm, y2 * m_mm));
    }

    void box(double x, double y, double w, double h, const QColor &color)
    {
        m_painter.setPen(QPen(color, std::max(1.0, 0.3 * m_mm)));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(QRectF(x * m_mm, y * m_mm, w * m_mm, h * m_mm));
    }

    QImage finish()
    {
        m_painter.end();
        return m_image;
    }

private:
    double m_mm;
    int m_dpi;
    QImage m_image;
    QPainter m_painter;
};

DrawnReceipt taxi(int dpi)
{
    DrawnReceipt d{QStringLiteral("taxi"), InvoiceType::Taxi, {}, {}};
    Sheet s(80, 150, dpi);
    s.centred(6, 13, QStringLiteral("深圳市出租汽车专用发票"), kFormRed);
    s.centred(14, 9, QStringLiteral("发 票 联"), kFormRed, false);
    s.text(6, 22, 8.5, QStringLiteral("发票代码 144032370119"), kSans, kFormRed);
    s.text(6, 28, 8.5, QStringLiteral("发票号码 03039438"), kSans, kFormRed);
    s.text(6, 34, 8, QStringLiteral("单位名称：深圳市样例运输有限公司"), kSans, kFormRed);
    s.text(6, 40, 8, QStringLiteral("投诉电话：12328"), kSans, kFormRed);
    s.line(4, 47, 76, 47, kFormRed);
    // captions printed on the form, values by the taxi meter's thermal printer beside them
    const QList<std::pair<QString, QString>> rows = {
        {QStringLiteral("车号："), QStringLiteral("BB88365")},     {QStringLiteral("证号："), QStringLiteral("9000113145")},
        {QStringLiteral("日期："), QStringLiteral("2023-12-30")},  {QStringLiteral("上车："), QStringLiteral("22:20")},
        {QStringLiteral("下车："), QStringLiteral("22:44")},       {QStringLiteral("单价："), QStringLiteral("2.70元")},
        {QStringLiteral("里程："), QStringLiteral("10.61KM")},     {QStringLiteral("等候："), QStringLiteral("00:08:44")},
        {QStringLiteral("金额："), QStringLiteral("¥40.50元")}};
    double y = 52;
    for (const auto &[caption, value] : rows) {
        s.text(6, y, 9, caption, kSans, kFormRed);
        s.text(26, y, 10, value, kMono, kInk, true);
        y += 8.5;
    }
    s.text(6, y + 4, 7, QStringLiteral("机打发票 手写无效"), kSans, kFormRed);
    d.image = s.finish();
    d.truth = {{QStringLiteral("code"), QStringLiteral("144032370119")},
               {QStringLiteral("number"), QStringLiteral("03039438")},
               {QStringLiteral("date"), QStringLiteral("2023-12-30")},
               {QStringLiteral("total"), QStringLiteral("40.50")},
               {QStringLiteral("seller_name"), QStringLiteral("深圳市样例运输有限公司")},
               {QStringLiteral("license_plate"), QStringLiteral("BB88365")},
               {QStringLiteral("mileage"), QStringLiteral("10.61KM")}};
    return d;
}

DrawnReceipt train(int dpi)
{
    DrawnReceipt d{QStringLiteral("train"), InvoiceType::Train, {}, {}};
    Sheet s(86, 54, dpi, QColor(0xE8, 0xF0, 0xF8)); // the blue ticket card
    s.text(4, 3, 11, QStringLiteral("D020221"), kMono, kFormRed, true);
    s.text(50, 3.5, 8, QStringLiteral("宜春售"), kSans);
    s.text(6, 11, 14, QStringLiteral("宜春站"), kSans, kInk, true);
    s.text(33, 11, 13, QStringLiteral("G1418"), kMono, kInk, true);
    s.text(56, 11, 14, QStringLiteral("南昌西站"), kSans, kInk, true);
    s.text(7, 18.5, 7, QStringLiteral("Yichun"), kSans);
    s.text(57, 18.5, 7, QStringLiteral("Nanchangxi"), kSans);
    s.text(6, 24, 10, QStringLiteral("2017年12月26日16:33开"), kSans);
    s.text(56, 24, 10, QStringLiteral("03车06F号"), kSans);
    s.text(6, 31, 11, QStringLiteral("¥81.0元"), kSans, kInk, true);
    s.text(58, 31, 10, QStringLiteral("二等座"), kSans);
    s.text(6, 37.5, 8, QStringLiteral("限乘当日当次车"), kSans);
    s.text(6, 42.5, 8, QStringLiteral("3607811990****1234 张样例"), kSans);
    s.text(6, 48, 7, QStringLiteral("65646301071227D020221 宜春售"), kMono);
    d.image = s.finish();
    d.truth = {{QStringLiteral("number"), QStringLiteral("D020221")},
               {QStringLiteral("train_number"), QStringLiteral("G1418")},
               {QStringLiteral("departure_station"), QStringLiteral("宜春")},
               {QStringLiteral("arrival_station"), QStringLiteral("南昌西")},
               {QStringLiteral("date"), QStringLiteral("2017-12-26")},
               {QStringLiteral("total"), QStringLiteral("81.00")},
               {QStringLiteral("seat_class"), QStringLiteral("二等座")}};
    return d;
}

DrawnReceipt quota(int dpi)
{
    DrawnReceipt d{QStringLiteral("quota"), InvoiceType::Quota, {}, {}};
    Sheet s(70, 120, dpi);
    s.centred(6, 12, QStringLiteral("北京市通用定额发票"), kFormBlue);
    s.centred(14, 9, QStringLiteral("发 票 联"), kFormBlue, false);
    s.text(6, 23, 8.5, QStringLiteral("发票代码 111001981071"), kSans, kFormBlue);
    s.text(6, 29, 8.5, QStringLiteral("发票号码 01234567"), kSans, kFormBlue);
    s.box(6, 38, 58, 36, kFormBlue);
    s.centred(43, 26, QStringLiteral("伍拾元"), kFormBlue, true, kSerif);
    s.centred(62, 11, QStringLiteral("¥50.00"), kFormBlue, false);
    s.text(6, 80, 8, QStringLiteral("收款单位（盖章有效）"), kSans, kFormBlue);
    s.text(6, 88, 7, QStringLiteral("北京市税务局监制"), kSans, kFormBlue);
    d.image = s.finish();
    d.truth = {{QStringLiteral("code"), QStringLiteral("111001981071")},
               {QStringLiteral("number"), QStringLiteral("01234567")},
               {QStringLiteral("total"), QStringLiteral("50.00")}};
    return d;
}

DrawnReceipt roll(int dpi)
{
    DrawnReceipt d{QStringLiteral("roll"), InvoiceType::VatRoll, {}, {}};
    const QString seller = taxId(QStringLiteral("91330106MA2C8Y7K4"));
    Sheet s(76, 160, dpi);
    s.centred(5, 11, QStringLiteral("浙江增值税普通发票(卷票)"), kInk);
    s.centred(12, 8, QStringLiteral("发票联"), kInk, false);
    const QList<std::pair<double, QString>> lines = {
        {20, QStringLiteral("发票代码：033001900106")},
        {25.5, QStringLiteral("发票号码：12345678")},
        {31, QStringLiteral("机打号码：12345678")},
        {36.5, QStringLiteral("机器编号：499000123456")},
        {42, QStringLiteral("销售方名称：杭州样例便利店有限公司")},
        {47.5, QStringLiteral("纳税人识别号：") + seller},
        {53, QStringLiteral("开票日期：2024-03-15")},
        {58.5, QStringLiteral("收款员：王样例")},
        {64, QStringLiteral("购买方名称：上海示例科技有限公司")},
        {69.5, QStringLiteral("纳税人识别号：91310115MA1H7Q2K3R")}};
    for (const auto &[y, text] : lines)
        s.text(4, y, 8, text, kMono);
    s.line(3, 76, 73, 76, kInk);
    s.text(4, 78, 8, QStringLiteral("项目      单价   数量   金额"), kMono);
    s.text(4, 84, 8, QStringLiteral("办公用品  25.00  2      50.00"), kMono);
    s.line(3, 90, 73, 90, kInk);
    s.text(4, 93, 8, QStringLiteral("合计金额(小写)：¥50.00"), kMono);
    s.text(4, 98.5, 8, QStringLiteral("合计金额(大写)：伍拾圆整"), kMono);
    s.text(4, 104, 8, QStringLiteral("校验码：12345678901234567890"), kMono);
    d.image = s.finish();
    d.truth = {{QStringLiteral("code"), QStringLiteral("033001900106")},
               {QStringLiteral("number"), QStringLiteral("12345678")},
               {QStringLiteral("date"), QStringLiteral("2024-03-15")},
               {QStringLiteral("total"), QStringLiteral("50.00")},
               {QStringLiteral("seller_name"), QStringLiteral("杭州样例便利店有限公司")},
               {QStringLiteral("seller_tax_id"), seller},
               {QStringLiteral("buyer_name"), QStringLiteral("上海示例科技有限公司")},
               {QStringLiteral("machine_code"), QStringLiteral("499000123456")},
               {QStringLiteral("check_code"), QStringLiteral("12345678901234567890")}};
    return d;
}

DrawnReceipt machine(int dpi)
{
    DrawnReceipt d{QStringLiteral("machine"), InvoiceType::MachinePrinted, {}, {}};
    const QString seller = taxId(QStringLiteral("91440101MA5D2K8X3"));
    Sheet s(190, 100, dpi);
    s.centred(5, 14, QStringLiteral("广东省通用机打发票"), kFormRed);
    s.centred(14, 9, QStringLiteral("发 票 联"), kFormRed, false);
    s.text(130, 8, 8.5, QStringLiteral("发票代码 144001900111"), kSans, kFormRed);
    s.text(130, 14, 8.5, QStringLiteral("发票号码 00123456"), kSans, kFormRed);
    // the form's captions in red, the printer's values in black beside them
    const auto field = [&s](double x, double y, const QString &caption, const QString &value, double valueX) {
        s.text(x, y, 8.5, caption, kSans, kFormRed);
        s.text(valueX, y, 9, value, kMono, kInk);
    };
    field(10, 24, QStringLiteral("机打代码"), QStringLiteral("144001900111"), 28);
    field(100, 24, QStringLiteral("机打号码"), QStringLiteral("00123456"), 118);
    field(10, 31, QStringLiteral("机器编号"), QStringLiteral("889900112233"), 28);
    field(100, 31, QStringLiteral("开票日期"), QStringLiteral("2024-05-20"), 118);
    field(10, 38, QStringLiteral("付款单位"), QStringLiteral("上海示例科技有限公司"), 28);
    field(10, 45, QStringLiteral("收款单位"), QStringLiteral("广州样例餐饮管理有限公司"), 28);
    field(100, 45, QStringLiteral("纳税人识别号"), seller, 124);
    s.box(8, 53, 174, 26, kFormRed);
    s.text(12, 55, 8.5, QStringLiteral("项目"), kSans, kFormRed);
    s.text(90, 55, 8.5, QStringLiteral("数量"), kSans, kFormRed);
    s.text(115, 55, 8.5, QStringLiteral("单价"), kSans, kFormRed);
    s.text(150, 55, 8.5, QStringLiteral("金额"), kSans, kFormRed);
    s.text(12, 62, 9, QStringLiteral("餐费"), kMono);
    s.text(92, 62, 9, QStringLiteral("1"), kMono);
    s.text(115, 62, 9, QStringLiteral("268.00"), kMono);
    s.text(150, 62, 9, QStringLiteral("268.00"), kMono);
    field(10, 82, QStringLiteral("合计金额（大写）"), QStringLiteral("贰佰陆拾捌元整"), 40);
    field(110, 82, QStringLiteral("（小写）"), QStringLiteral("¥268.00"), 126);
    s.text(10, 90, 8, QStringLiteral("开票人：李样例"), kSans, kFormRed);
    d.image = s.finish();
    d.truth = {{QStringLiteral("code"), QStringLiteral("144001900111")},
               {QStringLiteral("number"), QStringLiteral("00123456")},
               {QStringLiteral("date"), QStringLiteral("2024-05-20")},
               {QStringLiteral("total"), QStringLiteral("268.00")},
               {QStringLiteral("seller_name"), QStringLiteral("广州样例餐饮管理有限公司")},
               {QStringLiteral("seller_tax_id"), seller},
               {QStringLiteral("buyer_name"), QStringLiteral("上海示例科技有限公司")}};
    return d;
}

} // namespace

QStringList receiptLayouts()
{
    return {QStringLiteral("taxi"), QStringLiteral("train"), QStringLiteral("quota"), QStringLiteral("roll"),
            QStringLiteral("machine")};
}

DrawnReceipt drawReceipt(const QString &layout, int dpi)
{
    if (layout == u"taxi")
        return taxi(dpi);
    if (layout == u"train")
        return train(dpi);
    if (layout == u"quota")
        return quota(dpi);
    if (layout == u"roll")
        return roll(dpi);
    if (layout == u"machine")
        return machine(dpi);
    return {};
}

} // namespace ra::test

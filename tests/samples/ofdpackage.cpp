#include "ofdpackage.h"

#include "chineseamount.h"
#include "qr/qrencoder.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QColor>
#include <QDateTime>
#include <QFile>
#include <QXmlStreamWriter>

#include <functional>

using namespace Qt::StringLiterals;

namespace ra::samples {

namespace {

const QString kOfdNs = u"http://www.ofdspec.org/2016"_s;
const QString kFpNs = u"http://www.edrm.org.cn/schema/e-invoice/2019"_s;

// Resource IDs in PublicRes / DocumentRes.
constexpr int kColorSpace = 2;
constexpr int kFontSong = 3;    // 宋体
constexpr int kFontCourier = 4; // Courier New
constexpr int kFontKai = 5;     // 楷体
constexpr int kQrResource = 10;
constexpr int kTemplateId = 11;
constexpr int kPageId = 61;

// Font sizes in mm, as real OFD invoices write them.
constexpr double kLabel = 2.8222; // 8 pt
constexpr double kValue = 3.175;  // 9 pt
constexpr double kBig = 3.7042;   // 10.5 pt
constexpr double kSmall = 2.6458; // 7.5 pt
constexpr double kTitle = 5.8208; // 16.5 pt

const char *const kBrown = "140 62 30";

QString num(double v)
{
    QString s = QString::number(v, 'f', 4);
    while (s.contains(u'.') && (s.endsWith(u'0') || s.endsWith(u'.')))
        s.chop(1);
    return s;
}

bool isWide(QChar c)
{
    return c.unicode() >= 0x2e80;
}

// Advance of each character in a fixed-pitch rendering: ideographs and full-width forms take
// the font size, everything else half of it (as SimSun and Courier New do).
QList<double> advances(const QString &s, double size)
{
    QList<double> out;
    for (QChar c : s)
        out << (isWide(c) ? size : size / 2);
    return out;
}

double widthOf(const QString &s, double size)
{
    double w = 0;
    for (double a : advances(s, size))
        w += a;
    return w;
}

// DeltaX with runs folded into "g <count> <value>" as OFD producers write it.
QString deltaX(const QString &s, double size)
{
    QList<double> a = advances(s, size);
    if (a.size() < 2)
        return {};
    a.removeLast();
    QStringList parts;
    for (qsizetype i = 0; i < a.size();) {
        qsizetype j = i;
        while (j < a.size() && a.at(j) == a.at(i))
            ++j;
        if (j - i > 1)
            parts << u"g %1 %2"_s.arg(j - i).arg(num(a.at(i)));
        else
            parts << num(a.at(i));
        i = j;
    }
    return parts.join(u' ');
}

QString fen(qint64 v)
{
    return formatFen(v);
}

// Writes page objects into a Layer and hands out unique IDs.
class LayerWriter
{
public:
    enum Align { Left, Center, Right };

    LayerWriter(QXmlStreamWriter &w, int &nextId) : m_w(w), m_next(nextId) {}

    int text(double x, double baseline, const QString &s, int font, double size, Align a = Left,
             bool brown = false)
    {
        const double w = widthOf(s, size);
        const double left = a == Left ? x : a == Center ? x - w / 2 : x - w;
        const int id = m_next++;
        m_w.writeStartElement(kOfdNs, u"TextObject"_s);
        m_w.writeAttribute(u"ID"_s, QString::number(id));
        m_w.writeAttribute(u"Boundary"_s, u"%1 %2 %3 %4"_s.arg(num(left), num(baseline - size * 1.15),
                                                               num(w + 0.5), num(size * 1.5)));
        m_w.writeAttribute(u"Font"_s, QString::number(font));
        m_w.writeAttribute(u"Size"_s, num(size));
        if (brown) {
            m_w.writeEmptyElement(kOfdNs, u"FillColor"_s);
            m_w.writeAttribute(u"Value"_s, QString::fromLatin1(kBrown));
            m_w.writeAttribute(u"ColorSpace"_s, QString::number(kColorSpace));
        }
        m_w.writeStartElement(kOfdNs, u"TextCode"_s);
        m_w.writeAttribute(u"X"_s, u"0"_s);
        m_w.writeAttribute(u"Y"_s, num(size * 1.15));
        const QString dx = deltaX(s, size);
        if (!dx.isEmpty())
            m_w.writeAttribute(u"DeltaX"_s, dx);
        m_w.writeCharacters(s);
        m_w.writeEndElement();
        m_w.writeEndElement();
        return id;
    }

    // Label in brown, value in black right after it; returns the value's object ID.
    int labelled(double x, double baseline, const QString &label, const QString &value, double labelSize,
                 double valueSize, int valueFont = kFontSong)
    {
        text(x, baseline, label, kFontSong, labelSize, Left, true);
        return text(x + widthOf(label, labelSize), baseline, value, valueFont, valueSize);
    }

    void vertical(double cx, double top, double bottom, const QString &s)
    {
        const double step = (bottom - top) / double(s.size());
        for (qsizetype i = 0; i < s.size(); ++i)
            text(cx, top + step * (double(i) + 0.5) + 1.2, s.mid(i, 1), kFontSong, kLabel, Center, true);
    }

    void line(double x1, double y1, double x2, double y2, double width = 0.25)
    {
        const double bx = std::min(x1, x2) - width / 2;
        const double by = std::min(y1, y2) - width / 2;
        m_w.writeStartElement(kOfdNs, u"PathObject"_s);
        m_w.writeAttribute(u"ID"_s, QString::number(m_next++));
        m_w.writeAttribute(u"Boundary"_s, u"%1 %2 %3 %4"_s.arg(num(bx), num(by), num(std::abs(x2 - x1) + width),
                                                               num(std::abs(y2 - y1) + width)));
        m_w.writeAttribute(u"LineWidth"_s, num(width));
        m_w.writeEmptyElement(kOfdNs, u"StrokeColor"_s);
        m_w.writeAttribute(u"Value"_s, QString::fromLatin1(kBrown));
        m_w.writeAttribute(u"ColorSpace"_s, QString::number(kColorSpace));
        m_w.writeTextElement(kOfdNs, u"AbbreviatedData"_s,
                             u"M %1 %2 L %3 %4"_s.arg(num(x1 - bx), num(y1 - by), num(x2 - bx), num(y2 - by)));
        m_w.writeEndElement();
    }

    // The ⊗ before the 大写 amount: a circle with a cross, drawn as a path like real ones.
    int crossedCircle(double x, double y, double d)
    {
        const double r = d / 2 - 0.3;
        const double c = d / 2;
        const double k = 0.5523 * r;
        const int id = m_next++;
        m_w.writeStartElement(kOfdNs, u"PathObject"_s);
        m_w.writeAttribute(u"ID"_s, QString::number(id));
        m_w.writeAttribute(u"Boundary"_s, u"%1 %2 %3 %3"_s.arg(num(x), num(y), num(d)));
        m_w.writeAttribute(u"LineWidth"_s, u"0.225"_s);
        const double o = r * 0.7071;
        auto p = [](double px, double py) -> QString { return num(px) + u' ' + num(py); };
        QStringList path;
        path << u"M "_s + p(c + r, c);
        path << u"B "_s + p(c + r, c + k) + u' ' + p(c + k, c + r) + u' ' + p(c, c + r);
        path << u"B "_s + p(c - k, c + r) + u' ' + p(c - r, c + k) + u' ' + p(c - r, c);
        path << u"B "_s + p(c - r, c - k) + u' ' + p(c - k, c - r) + u' ' + p(c, c - r);
        path << u"B "_s + p(c + k, c - r) + u' ' + p(c + r, c - k) + u' ' + p(c + r, c);
        path << u"M "_s + p(c - o, c - o) << u"L "_s + p(c + o, c + o);
        path << u"M "_s + p(c - o, c + o) << u"L "_s + p(c + o, c - o);
        m_w.writeTextElement(kOfdNs, u"AbbreviatedData"_s, path.join(u' '));
        m_w.writeEndElement();
        return id;
    }

    int image(double x, double y, double w, double h, int resource)
    {
        const int id = m_next++;
        m_w.writeEmptyElement(kOfdNs, u"ImageObject"_s);
        m_w.writeAttribute(u"ID"_s, QString::number(id));
        m_w.writeAttribute(u"CTM"_s, u"%1 0 0 %2 0 0"_s.arg(num(w), num(h)));
        m_w.writeAttribute(u"Boundary"_s, u"%1 %2 %3 %4"_s.arg(num(x), num(y), num(w), num(h)));
        m_w.writeAttribute(u"ResourceID"_s, QString::number(resource));
        return id;
    }

private:
    QXmlStreamWriter &m_w;
    int &m_next;
};

QByteArray xmlDocument(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    body(w);
    w.writeEndDocument();
    return out;
}

void startOfdRoot(QXmlStreamWriter &w, const QString &name)
{
    w.writeNamespace(kOfdNs, u"ofd"_s);
    w.writeStartElement(kOfdNs, name);
}

void writeBox(LayerWriter &l, double x1, double y1, double x2, double y2)
{
    l.line(x1, y1, x2, y1, 0.3);
    l.line(x2, y1, x2, y2, 0.3);
    l.line(x2, y2, x1, y2, 0.3);
    l.line(x1, y2, x1, y1, 0.3);
}

QByteArray pngBytes(const QImage &img)
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return out;
}

// Object IDs of the values on the page, for the CustomTag file.
struct ValueIds
{
    int number = 0, date = 0, buyerName = 0, buyerTaxId = 0, sellerName = 0, sellerTaxId = 0;
    QList<int> pretax, tax, total;
    int words = 0, issuer = 0;
    struct Item { int name = 0, spec = 0, unit = 0, quantity = 0, price = 0, amount = 0, rate = 0, tax = 0; };
    QList<Item> items;
    QList<int> note;
};

} // namespace

OfdPackage::OfdPackage(const SampleInvoice &invoice) : m_invoice(invoice) {}

QList<QPair<QString, QByteArray>> OfdPackage::entries() const
{
    const SampleInvoice &inv = m_invoice;
    const QString issueDate = chineseDate(inv.date);
    int nextId = 100;

    // Template: frame and printed labels, drawn under the page content.
    const QByteArray tpl = xmlDocument([&](QXmlStreamWriter &w) {
        startOfdRoot(w, u"Page"_s);
        w.writeStartElement(kOfdNs, u"Area"_s);
        w.writeTextElement(kOfdNs, u"PhysicalBox"_s, u"0 0 210 140"_s);
        w.writeEndElement();
        w.writeStartElement(kOfdNs, u"Content"_s);
        w.writeStartElement(kOfdNs, u"Layer"_s);
        w.writeAttribute(u"ID"_s, QString::number(nextId++));
        LayerWriter l(w, nextId);
        l.text(105, 15, inv.title, kFontKai, kTitle, LayerWriter::Center, true);
        l.line(58, 18.2, 152, 18.2, 0.3);
        l.line(58, 19.2, 152, 19.2, 0.3);
        l.text(150, 12, u"发票号码："_s, kFontSong, kLabel, LayerWriter::Left, true);
        l.text(150, 18, u"开票日期："_s, kFontSong, kLabel, LayerWriter::Left, true);
        writeBox(l, 4.5, 30, 205.5, 124);
        l.line(4.5, 52, 205.5, 52);
        l.line(4.5, 96, 205.5, 96);
        l.line(4.5, 104, 205.5, 104);
        l.line(10.5, 30, 10.5, 52);
        l.line(105, 30, 105, 52);
        l.line(111, 30, 111, 52);
        l.line(10.5, 104, 10.5, 124);
        l.vertical(7.5, 30, 52, u"购买方信息"_s);
        l.vertical(108, 30, 52, u"销售方信息"_s);
        for (double x : {12.5, 113.0}) {
            l.text(x, 38, u"名称："_s, kFontSong, kLabel, LayerWriter::Left, true);
            l.text(x, 47.5, u"统一社会信用代码/纳税人识别号："_s, kFontSong, kLabel, LayerWriter::Left, true);
        }
        const double hy = 56.5;
        const QList<QPair<double, QString>> heads = {{25, u"项目名称"_s}, {58, u"规格型号"_s}, {76, u"单 位"_s},
                                                     {93, u"数 量"_s}, {115, u"单 价"_s}, {140, u"金 额"_s},
                                                     {163, u"税率/征收率"_s}, {190, u"税 额"_s}};
        for (const auto &[x, t] : heads)
            l.text(x, hy, t, kFontSong, kLabel, LayerWriter::Center, true);
        l.text(25, 93.5, u"合　　计"_s, kFontSong, kLabel, LayerWriter::Center, true);
        l.text(30, 101.5, u"价税合计（大写）"_s, kFontSong, kLabel, LayerWriter::Center, true);
        l.text(150, 101.5, u"（小写）"_s, kFontSong, kLabel, LayerWriter::Left, true);
        l.vertical(7.5, 104, 124, u"备注"_s);
        l.text(14, 131, u"开票人："_s, kFontSong, kLabel, LayerWriter::Left, true);
        w.writeEndElement(); // Layer
        w.writeEndElement(); // Content
        w.writeEndElement(); // Page
    });

    // The page: values only, as TextObjects the tags point at.
    ValueIds ids;
    const QByteArray page = xmlDocument([&](QXmlStreamWriter &w) {
        startOfdRoot(w, u"Page"_s);
        w.writeStartElement(kOfdNs, u"Area"_s);
        w.writeTextElement(kOfdNs, u"PhysicalBox"_s, u"0 0 210 140"_s);
        w.writeEndElement();
        w.writeEmptyElement(kOfdNs, u"Template"_s);
        w.writeAttribute(u"TemplateID"_s, QString::number(kTemplateId));
        w.writeAttribute(u"ZOrder"_s, u"Background"_s);
        w.writeStartElement(kOfdNs, u"Content"_s);
        w.writeStartElement(kOfdNs, u"Layer"_s);
        w.writeAttribute(u"ID"_s, QString::number(nextId++));
        LayerWriter l(w, nextId);
        l.image(7, 5, 22, 22, kQrResource);
        ids.number = l.text(150 + widthOf(u"发票号码："_s, kLabel), 12, inv.number, kFontCourier, kValue);
        ids.date = l.text(150 + widthOf(u"开票日期："_s, kLabel), 18, issueDate, kFontSong, kValue);
        const double nameAt = widthOf(u"名称："_s, kLabel);
        const double idAt = widthOf(u"统一社会信用代码/纳税人识别号："_s, kLabel);
        ids.buyerName = l.text(12.5 + nameAt, 38, inv.buyer.name, kFontSong, kValue);
        if (!inv.buyer.taxId.isEmpty())
            ids.buyerTaxId = l.text(12.5 + idAt, 47.5, inv.buyer.taxId, kFontCourier, kBig);
        ids.sellerName = l.text(113 + nameAt, 38, inv.seller.name, kFontSong, kValue);
        ids.sellerTaxId = l.text(113 + idAt, 47.5, inv.seller.taxId, kFontCourier, kBig);
        double y = 61;
        for (const SampleItem &it : inv.items) {
            ValueIds::Item item;
            item.name = l.text(5.5, y, it.name, kFontSong, kValue);
            if (!it.spec.isEmpty())
                item.spec = l.text(58, y, it.spec, kFontSong, kValue, LayerWriter::Center);
            item.unit = l.text(76, y, it.unit, kFontSong, kValue, LayerWriter::Center);
            item.quantity = l.text(102, y, QString::number(it.quantity), kFontSong, kValue, LayerWriter::Right);
            item.price = l.text(127, y, fen(it.unitPriceFen), kFontSong, kValue, LayerWriter::Right);
            item.amount = l.text(152, y, fen(it.amountFen()), kFontSong, kValue, LayerWriter::Right);
            item.rate = l.text(163, y, QString::number(it.ratePercent) + u'%', kFontSong, kValue, LayerWriter::Center);
            item.tax = l.text(203, y, fen(it.taxFen()), kFontSong, kValue, LayerWriter::Right);
            ids.items << item;
            y += 4.5;
        }
        // Amounts as real ones print them: the ¥ sign and the digits are separate objects.
        auto yuan = [&](double right, double baseline, qint64 v, double size) {
            const QString digits = fen(v);
            const double digitsLeft = right - widthOf(digits, size);
            const int sign = l.text(digitsLeft - size * 0.6, baseline, u"¥"_s, kFontCourier, size);
            return QList<int>{sign, l.text(right, baseline, digits, kFontSong, size, LayerWriter::Right)};
        };
        ids.pretax = yuan(152, 93.5, inv.pretaxFen(), kValue);
        ids.tax = yuan(203, 93.5, inv.taxFen(), kValue);
        l.crossedCircle(58, 98.5, 4.6);
        ids.words = l.text(64, 101.5, ra::money::toChineseUpper(inv.totalFen()), kFontSong, kBig);
        const double totalRight = 150 + widthOf(u"（小写）"_s, kLabel) + 0.6 * kBig + widthOf(fen(inv.totalFen()), kBig);
        ids.total = yuan(totalRight, 101.5, inv.totalFen(), kBig);
        y = 109;
        for (const QString &line : inv.remark) {
            ids.note << l.text(12.5, y, line, kFontSong, kSmall);
            y += 4;
        }
        ids.issuer = l.text(14 + widthOf(u"开票人："_s, kLabel), 131, inv.issuer, kFontSong, kValue);
        w.writeEndElement(); // Layer
        w.writeEndElement(); // Content
        w.writeEndElement(); // Page
    });
    const int maxUnitId = nextId - 1;

    const QByteArray ofd = xmlDocument([&](QXmlStreamWriter &w) {
        startOfdRoot(w, u"OFD"_s);
        w.writeAttribute(u"DocType"_s, u"OFD"_s);
        w.writeAttribute(u"Version"_s, u"1.1"_s);
        w.writeStartElement(kOfdNs, u"DocBody"_s);
        w.writeStartElement(kOfdNs, u"DocInfo"_s);
        // A fixed, made-up document ID: same bytes on every run.
        w.writeTextElement(kOfdNs, u"DocID"_s, u"5a3e1c0f0000400080000000%1"_s.arg(inv.token.toLower()).leftJustified(32, u'0'));
        w.writeTextElement(kOfdNs, u"Author"_s, u"reimburse-samples"_s);
        w.writeTextElement(kOfdNs, u"CreationDate"_s, inv.date.toString(Qt::ISODate));
        w.writeTextElement(kOfdNs, u"Creator"_s, u"reimburse-samples (fictitious sample invoice)"_s);
        w.writeStartElement(kOfdNs, u"CustomDatas"_s);
        auto custom = [&](const QString &name, const QString &value) {
            w.writeStartElement(kOfdNs, u"CustomData"_s);
            w.writeAttribute(u"Name"_s, name);
            w.writeCharacters(value);
            w.writeEndElement();
        };
        custom(u"template-version"_s, u"1.0.20.0422"_s);
        custom(u"发票号码"_s, inv.number);
        custom(u"销售方纳税人识别号"_s, inv.seller.taxId);
        custom(u"合计金额"_s, fen(inv.pretaxFen()));
        if (!inv.buyer.taxId.isEmpty())
            custom(u"购买方纳税人识别号"_s, inv.buyer.taxId);
        custom(u"合计税额"_s, fen(inv.taxFen()));
        custom(u"开票日期"_s, issueDate);
        w.writeEndElement(); // CustomDatas
        w.writeEndElement(); // DocInfo
        w.writeTextElement(kOfdNs, u"DocRoot"_s, u"Doc_0/Document.xml"_s);
        w.writeEndElement(); // DocBody
        w.writeEndElement(); // OFD
    });

    const QByteArray document = xmlDocument([&](QXmlStreamWriter &w) {
        startOfdRoot(w, u"Document"_s);
        w.writeStartElement(kOfdNs, u"CommonData"_s);
        w.writeTextElement(kOfdNs, u"MaxUnitID"_s, QString::number(maxUnitId));
        w.writeStartElement(kOfdNs, u"PageArea"_s);
        w.writeTextElement(kOfdNs, u"PhysicalBox"_s, u"0 0 210 140"_s);
        w.writeEndElement();
        w.writeTextElement(kOfdNs, u"PublicRes"_s, u"PublicRes.xml"_s);
        w.writeTextElement(kOfdNs, u"DocumentRes"_s, u"DocumentRes.xml"_s);
        w.writeEmptyElement(kOfdNs, u"TemplatePage"_s);
        w.writeAttribute(u"ID"_s, QString::number(kTemplateId));
        w.writeAttribute(u"BaseLoc"_s, u"Tpls/Tpl_0/Content.xml"_s);
        w.writeEndElement(); // CommonData
        w.writeStartElement(kOfdNs, u"Pages"_s);
        w.writeEmptyElement(kOfdNs, u"Page"_s);
        w.writeAttribute(u"ID"_s, QString::number(kPageId));
        w.writeAttribute(u"BaseLoc"_s, u"Pages/Page_0/Content.xml"_s);
        w.writeEndElement();
        w.writeTextElement(kOfdNs, u"Attachments"_s, u"Attachs/Attachments.xml"_s);
        w.writeTextElement(kOfdNs, u"CustomTags"_s, u"Tags/CustomTags.xml"_s);
        w.writeEndElement();
    });

    const QByteArray publicRes = xmlDocument([&](QXmlStreamWriter &w) {
        startOfdRoot(w, u"Res"_s);
        w.writeAttribute(u"BaseLoc"_s, u"Res"_s);
        w.writeStartElement(kOfdNs, u"ColorSpaces"_s);
        w.writeEmptyElement(kOfdNs, u"ColorSpace"_s);
        w.writeAttribute(u"ID"_s, QString::number(kColorSpace));
        w.writeAttribute(u"Type"_s, u"RGB"_s);
        w.writeEndElement();
        w.writeStartElement(kOfdNs, u"Fonts"_s);
        auto font = [&](int id, const QString &name, const QString &family) {
            w.writeEmptyElement(kOfdNs, u"Font"_s);
            w.writeAttribute(u"ID"_s, QString::number(id));
            w.writeAttribute(u"FontName"_s, name);
            w.writeAttribute(u"FamilyName"_s, family);
        };
        font(kFontSong, u"宋体"_s, u"SimSun"_s);
        font(kFontCourier, u"Courier New"_s, u"Courier New"_s);
        font(kFontKai, u"楷体"_s, u"KaiTi"_s);
        w.writeEndElement();
        w.writeEndElement();
    });

    const QByteArray documentRes = xmlDocument([&](QXmlStreamWriter &w) {
        startOfdRoot(w, u"Res"_s);
        w.writeAttribute(u"BaseLoc"_s, u"Res"_s);
        w.writeStartElement(kOfdNs, u"MultiMedias"_s);
        w.writeStartElement(kOfdNs, u"MultiMedia"_s);
        w.writeAttribute(u"ID"_s, QString::number(kQrResource));
        w.writeAttribute(u"Type"_s, u"Image"_s);
        w.writeAttribute(u"Format"_s, u"PNG"_s);
        w.writeTextElement(kOfdNs, u"MediaFile"_s, u"image_%1.png"_s.arg(kQrResource));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    });

    const QByteArray original = xmlDocument([&](QXmlStreamWriter &w) {
        w.writeStartElement(u"eInvoice"_s);
        w.writeNamespace(kFpNs, u"fp"_s);
        w.writeAttribute(u"Version"_s, u"1.0"_s);
        auto el = [&](const QString &name, const QString &value) { w.writeTextElement(kFpNs, name, value); };
        el(u"DocID"_s, u"01"_s);
        el(u"InvoiceCode"_s, inv.code);
        el(u"InvoiceNo"_s, inv.number);
        el(u"TypeCode"_s, inv.qrKind);
        el(u"IssueDate"_s, issueDate);
        el(u"InvoiceCheckCode"_s, inv.checkCode);
        el(u"MachineNo"_s, inv.machineNo);
        el(u"TaxControlCode"_s, QString());
        w.writeStartElement(kFpNs, u"Buyer"_s);
        el(u"BuyerName"_s, inv.buyer.name);
        el(u"BuyerTaxID"_s, inv.buyer.taxId);
        el(u"BuyerAddrTel"_s, inv.buyer.addressPhone);
        el(u"BuyerFinancialAccount"_s, inv.buyer.bank);
        w.writeEndElement();
        w.writeStartElement(kFpNs, u"Seller"_s);
        el(u"SellerName"_s, inv.seller.name);
        el(u"SellerTaxID"_s, inv.seller.taxId);
        el(u"SellerAddrTel"_s, inv.seller.addressPhone);
        el(u"SellerFinancialAccount"_s, inv.seller.bank);
        w.writeEndElement();
        el(u"TaxInclusiveTotalAmount"_s, fen(inv.totalFen()));
        el(u"Note"_s, inv.remark.join(u'\n'));
        el(u"InvoiceClerk"_s, inv.issuer);
        el(u"Payee"_s, inv.payee);
        el(u"Checker"_s, inv.reviewer);
        el(u"TaxTotalAmount"_s, fen(inv.taxFen()));
        el(u"TaxExclusiveTotalAmount"_s, fen(inv.pretaxFen()));
        el(u"GraphCode"_s, inv.qrPayload());
        w.writeStartElement(kFpNs, u"GoodsInfos"_s);
        for (const SampleItem &it : inv.items) {
            w.writeStartElement(kFpNs, u"GoodsInfo"_s);
            el(u"Item"_s, it.name);
            el(u"Specification"_s, it.spec);
            el(u"MeasurementDimension"_s, it.unit);
            el(u"Price"_s, fen(it.unitPriceFen));
            el(u"Quantity"_s, QString::number(it.quantity));
            el(u"Amount"_s, fen(it.amountFen()));
            el(u"TaxScheme"_s, QString::number(it.ratePercent) + u'%');
            el(u"TaxAmount"_s, fen(it.taxFen()));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    });

    const QByteArray attachments = xmlDocument([&](QXmlStreamWriter &w) {
        startOfdRoot(w, u"Attachments"_s);
        w.writeStartElement(kOfdNs, u"Attachment"_s);
        w.writeAttribute(u"ID"_s, QString::number(maxUnitId + 1));
        w.writeAttribute(u"Name"_s, u"original_invoice"_s);
        w.writeAttribute(u"Format"_s, u"xml"_s);
        w.writeAttribute(u"CreationDate"_s, QDateTime(inv.date, QTime(10, 0)).toString(Qt::ISODate));
        w.writeAttribute(u"Size"_s, num(double(original.size()) / 1024.0));
        w.writeAttribute(u"Visible"_s, u"false"_s);
        w.writeTextElement(kOfdNs, u"FileLoc"_s, u"original_invoice.xml"_s);
        w.writeEndElement();
        w.writeEndElement();
    });

    const QByteArray customTags = xmlDocument([&](QXmlStreamWriter &w) {
        startOfdRoot(w, u"CustomTags"_s);
        w.writeStartElement(kOfdNs, u"CustomTag"_s);
        w.writeAttribute(u"TypeID"_s, u"root"_s);
        w.writeTextElement(kOfdNs, u"FileLoc"_s, u"CustomTag.xml"_s);
        w.writeEndElement();
        w.writeEndElement();
    });

    const QByteArray customTag = xmlDocument([&](QXmlStreamWriter &w) {
        startOfdRoot(w, u"root"_s);
        w.writeAttribute(u"version"_s, u"1.0"_s);
        auto refs = [&](const QString &name, const QList<int> &objects) {
            QList<int> present;
            for (int id : objects)
                if (id > 0)
                    present << id;
            if (present.isEmpty())
                return;
            w.writeStartElement(kOfdNs, name);
            for (int id : present) {
                w.writeStartElement(kOfdNs, u"ObjectRef"_s);
                w.writeAttribute(u"PageRef"_s, QString::number(kPageId));
                w.writeCharacters(QString::number(id));
                w.writeEndElement();
            }
            w.writeEndElement();
        };
        refs(u"InvoiceNo"_s, {ids.number});
        refs(u"IssueDate"_s, {ids.date});
        w.writeStartElement(kOfdNs, u"Buyer"_s);
        refs(u"BuyerName"_s, {ids.buyerName});
        refs(u"BuyerTaxID"_s, {ids.buyerTaxId});
        w.writeEndElement();
        w.writeStartElement(kOfdNs, u"Seller"_s);
        refs(u"SellerName"_s, {ids.sellerName});
        refs(u"SellerTaxID"_s, {ids.sellerTaxId});
        w.writeEndElement();
        refs(u"TaxExclusiveTotalAmount"_s, ids.pretax);
        refs(u"TaxTotalAmount"_s, ids.tax);
        refs(u"TaxInclusiveTotalAmount"_s, ids.total);
        refs(u"InvoiceClerk"_s, {ids.issuer});
        QList<int> names, specs, units, quantities, prices, amounts, rates, taxes;
        for (const ValueIds::Item &it : ids.items) {
            names << it.name;
            specs << it.spec;
            units << it.unit;
            quantities << it.quantity;
            prices << it.price;
            amounts << it.amount;
            rates << it.rate;
            taxes << it.tax;
        }
        refs(u"Item"_s, names);
        refs(u"Specification"_s, specs);
        refs(u"MeasurementDimension"_s, units);
        refs(u"Quantity"_s, quantities);
        refs(u"Price"_s, prices);
        refs(u"Amount"_s, amounts);
        refs(u"TaxScheme"_s, rates);
        refs(u"TaxAmount"_s, taxes);
        refs(u"Note"_s, ids.note);
        w.writeEndElement();
    });

    return {
        {u"OFD.xml"_s, ofd},
        {u"Doc_0/Document.xml"_s, document},
        {u"Doc_0/PublicRes.xml"_s, publicRes},
        {u"Doc_0/DocumentRes.xml"_s, documentRes},
        {u"Doc_0/Tpls/Tpl_0/Content.xml"_s, tpl},
        {u"Doc_0/Pages/Page_0/Content.xml"_s, page},
        {u"Doc_0/Res/image_%1.png"_s.arg(kQrResource), pngBytes(qr::encodeQr(inv.qrPayload(), 4, inv.qrColor))},
        {u"Doc_0/Attachs/Attachments.xml"_s, attachments},
        {u"Doc_0/Attachs/original_invoice.xml"_s, original},
        {u"Doc_0/Tags/CustomTags.xml"_s, customTags},
        {u"Doc_0/Tags/CustomTag.xml"_s, customTag},
    };
}

bool OfdPackage::write(const QString &path, QString *error) const
{
    QFile::remove(path);
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = u"cannot create %1 (zip error %2)"_s.arg(path).arg(zip.getZipError());
        return false;
    }
    // Fixed timestamps: the same package bytes on every run.
    const QDateTime stamp(m_invoice.date, QTime(10, 0));
    for (const auto &[name, bytes] : entries()) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(name);
        info.dateTime = stamp;
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, 8 /* Z_DEFLATED */, 6)
            || file.write(bytes) != bytes.size()) {
            *error = u"cannot write %1 into %2"_s.arg(name, path);
            return false;
        }
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error = u"cannot finish %1 (zip error %2)"_s.arg(path).arg(zip.getZipError());
        return false;
    }
    return true;
}

} // namespace ra::samples

#include "sampleinvoice.h"

#include "taxid.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ra::samples {

QString formatFen(qint64 fen)
{
    const QString sign = fen < 0 ? u"-"_s : QString();
    const qint64 a = fen < 0 ? -fen : fen;
    return sign + QString::number(a / 100) + u'.' + QString::number(a % 100).rightJustified(2, u'0');
}

QString uscc(const QString &first17)
{
    const auto check = ra::taxid::usccCheckCharacter(first17);
    Q_ASSERT(check.has_value());
    return first17 + check.value_or(u'0');
}

QString chineseDate(const QDate &d)
{
    return u"%1年%2月%3日"_s.arg(d.year()).arg(d.month(), 2, 10, QChar(u'0')).arg(d.day(), 2, 10, QChar(u'0'));
}

qint64 SampleInvoice::pretaxFen() const
{
    qint64 sum = 0;
    for (const SampleItem &i : items)
        sum += i.amountFen();
    return sum;
}

qint64 SampleInvoice::taxFen() const
{
    qint64 sum = 0;
    for (const SampleItem &i : items)
        sum += i.taxFen();
    return sum;
}

QString SampleInvoice::qrPayload() const
{
    const QString ymd = date.toString(u"yyyyMMdd"_s);
    // invoice-standards.md c.1: legacy kinds carry the pre-tax amount and a trailing comma;
    // 数电 kinds carry 价税合计, no code, no check code (and, as seen on real ones, no
    // trailing comma).
    if (layout == Layout::LegacyElectronic)
        return u"01,%1,%2,%3,%4,%5,%6,%7,"_s.arg(qrKind, code, number, formatFen(pretaxFen()), ymd, checkCode, token);
    return u"01,%1,,%2,%3,%4,,%5"_s.arg(qrKind, number, formatFen(totalFen()), ymd, token);
}

QJsonObject SampleInvoice::manifestEntry() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonObject o;
    o[u"file"_s] = file;
    o[u"kind"_s] = fileKind;
    o[u"page"_s] = page;
    o[u"pages"_s] = pages;
    o[u"type"_s] = type;
    o[u"title"_s] = title;
    o[u"invoice_code"_s] = orNull(code);
    o[u"invoice_number"_s] = number;
    o[u"date"_s] = date.toString(Qt::ISODate);
    o[u"amount"_s] = formatFen(pretaxFen());
    o[u"tax"_s] = formatFen(taxFen());
    o[u"total"_s] = formatFen(totalFen());
    o[u"seller_name"_s] = seller.name;
    o[u"seller_tax_id"_s] = orNull(seller.taxId);
    o[u"buyer_name"_s] = buyer.name;
    o[u"buyer_tax_id"_s] = orNull(buyer.taxId);
    o[u"check_code"_s] = orNull(checkCode);
    o[u"machine_code"_s] = orNull(machineNo);
    o[u"issuer"_s] = issuer;
    o[u"qr_payload"_s] = QJsonArray{qrPayload()};
    return o;
}

namespace {

// 密码区: four lines of 27 characters from the alphabet tax-control devices print. Fixed seed:
// the same invoice always gets the same lines.
QStringList cipherLines(quint32 seed)
{
    static const QString alphabet = u"0123456789+-*/<>"_s;
    QRandomGenerator rng(seed);
    QStringList lines;
    for (int l = 0; l < 4; ++l) {
        QString line;
        for (int i = 0; i < 27; ++i)
            line += alphabet.at(int(rng.bounded(quint32(alphabet.size()))));
        lines << line;
    }
    return lines;
}

// The fictitious companies. Names say 示例/样例/示范/样板 so nobody mistakes them for real
// ones; tax ids are made up and carry a valid GB 32100 check character.
SampleParty shanghaiTech()
{
    return {u"上海示例科技有限公司"_s, uscc(u"91310115MA1H7Q2K3"_s),
            u"上海市浦东新区示例路88号 021-50001234"_s, u"示例银行上海张江支行 310066000018800012345"_s};
}
SampleParty beijingInfo()
{
    return {u"北京样例信息技术有限公司"_s, uscc(u"91110108MA01R8PT5"_s),
            u"北京市海淀区样例大街16号 010-62001234"_s, u"示例银行北京中关村支行 110060000018800067890"_s};
}
SampleParty hangzhouRestaurant()
{
    return {u"杭州示范餐饮管理有限公司"_s, uscc(u"92330106MA2GL4Y01"_s),
            u"杭州市西湖区示范路3号 0571-87001234"_s, u"示例银行杭州西湖支行 330061000018800011223"_s};
}
SampleParty shenzhenMobility()
{
    return {u"深圳样板出行科技有限公司"_s, uscc(u"91440300MA5F3N8R2"_s), QString(), QString()};
}
SampleParty chengduHotel()
{
    return {u"成都示例酒店管理有限公司"_s, uscc(u"91510104MA6C9WQ47"_s),
            u"成都市锦江区示例街9号 028-86001234"_s, u"示例银行成都春熙支行 510062000018800033445"_s};
}
SampleParty guangzhouMedia()
{
    return {u"广州示例文化传播有限公司"_s, uscc(u"91440101MA9UX3KB6"_s),
            u"广州市天河区样例路100号 020-38001234"_s, u"示例银行广州天河支行 440063000018800055667"_s};
}
SampleParty suzhouTaxi()
{
    return {u"苏州示例出租汽车有限公司"_s, uscc(u"91320505MA1P6TLD8"_s), QString(), QString()};
}
SampleParty wuhanTrading()
{
    return {u"武汉示例商贸有限公司"_s, uscc(u"91420103MA4KT2HN9"_s),
            u"武汉市江汉区示例路66号 027-85001234"_s, u"示例银行武汉江汉支行 420064000018800077889"_s};
}

SampleItem item(const QString &name, const QString &spec, const QString &unit, int qty, qint64 priceFen, int rate)
{
    return {name, spec, unit, qty, priceFen, rate};
}

const QString kDisclaimer = u"样例发票：内容均为虚构，仅供软件测试"_s;

} // namespace

QList<SampleInvoice> SampleInvoice::catalogue()
{
    QList<SampleInvoice> out;

    {
        SampleInvoice inv;
        inv.file = u"digital-special.pdf"_s;
        inv.fileKind = u"pdf"_s;
        inv.layout = Layout::Digital;
        inv.qrKind = u"31"_s;
        inv.type = u"digital_special"_s;
        inv.title = u"电子发票（增值税专用发票）"_s;
        inv.number = u"24312000000053019876"_s;
        inv.date = QDate(2024, 5, 20);
        inv.token = u"7C3E"_s;
        inv.seller = shanghaiTech();
        inv.buyer = beijingInfo();
        inv.items = {item(u"*信息技术服务*软件开发服务"_s, u"V2.0"_s, u"项"_s, 1, 943396, 6),
                     item(u"*计算机外部设备*无线键盘"_s, u"K380"_s, u"个"_s, 4, 19900, 13),
                     item(u"*计算机外部设备*显示器支架"_s, u"ST-2"_s, u"套"_s, 2, 25664, 13)};
        inv.remark = {u"项目：示例系统二期；合同号：SL-2024-018"_s, kDisclaimer};
        inv.issuer = u"王示例"_s;
        out << inv;
    }
    {
        SampleInvoice inv;
        inv.file = u"electronic-normal.pdf"_s;
        inv.fileKind = u"pdf"_s;
        inv.layout = Layout::LegacyElectronic;
        inv.qrKind = u"10"_s;
        inv.type = u"vat_electronic_normal"_s;
        inv.title = u"浙江增值税电子普通发票"_s;
        inv.code = u"033002300111"_s;
        inv.number = u"07654321"_s;
        inv.date = QDate(2023, 11, 8);
        inv.checkCode = u"58204719365081726493"_s;
        inv.machineNo = u"661616310452"_s;
        inv.cipher = cipherLines(20231108);
        inv.token = u"5D2F"_s;
        inv.seller = hangzhouRestaurant();
        inv.buyer = shanghaiTech();
        inv.items = {item(u"*餐饮服务*餐费"_s, QString(), u"次"_s, 1, 28302, 6),
                     item(u"*餐饮服务*酒水"_s, QString(), u"次"_s, 1, 4717, 6)};
        inv.remark = {kDisclaimer};
        inv.issuer = u"李样例"_s;
        inv.payee = u"张示范"_s;
        inv.reviewer = u"赵示范"_s;
        out << inv;
    }
    {
        SampleInvoice inv;
        inv.file = u"multi-page.pdf"_s;
        inv.fileKind = u"pdf"_s;
        inv.page = 1;
        inv.pages = 2;
        inv.layout = Layout::Digital;
        inv.qrKind = u"32"_s;
        inv.type = u"digital_normal"_s;
        inv.title = u"电子发票（普通发票）"_s;
        inv.number = u"24442000000061234502"_s;
        inv.date = QDate(2024, 6, 3);
        inv.token = u"A90B"_s;
        inv.seller = shenzhenMobility();
        inv.buyer = shanghaiTech();
        inv.items = {item(u"*运输服务*客运服务费"_s, QString(), u"次"_s, 1, 4660, 3),
                     item(u"*运输服务*客运服务费"_s, QString(), u"次"_s, 1, 3883, 3)};
        inv.remark = {u"行程日期：2024-06-01至2024-06-02"_s, kDisclaimer};
        inv.issuer = u"陈样板"_s;
        out << inv;

        SampleInvoice hotel;
        hotel.file = inv.file;
        hotel.fileKind = inv.fileKind;
        hotel.page = 2;
        hotel.pages = 2;
        hotel.layout = Layout::Digital;
        hotel.qrKind = u"31"_s;
        hotel.type = u"digital_special"_s;
        hotel.title = u"电子发票（增值税专用发票）"_s;
        hotel.number = u"24512000000087650013"_s;
        hotel.date = QDate(2024, 6, 5);
        hotel.token = u"31F4"_s;
        hotel.seller = chengduHotel();
        hotel.buyer = shanghaiTech();
        hotel.items = {item(u"*住宿服务*住宿费"_s, u"大床房"_s, u"天"_s, 2, 35849, 6)};
        hotel.remark = {u"入离日期：06-03至06-05，共2天"_s, kDisclaimer};
        hotel.issuer = u"刘示例"_s;
        out << hotel;
    }
    {
        SampleInvoice inv;
        inv.file = u"digital-normal.ofd"_s;
        inv.fileKind = u"ofd"_s;
        inv.layout = Layout::Digital;
        inv.qrKind = u"32"_s;
        inv.type = u"digital_normal"_s;
        inv.title = u"电子发票（普通发票）"_s;
        inv.number = u"24442000000070112358"_s;
        inv.date = QDate(2024, 7, 12);
        inv.token = u"E8C1"_s;
        inv.seller = guangzhouMedia();
        inv.buyer = shanghaiTech();
        inv.items = {item(u"*广告服务*宣传推广服务"_s, QString(), u"项"_s, 1, 471698, 6),
                     item(u"*印刷品*宣传册"_s, u"A4 32页"_s, u"本"_s, 200, 885, 13)};
        inv.remark = {kDisclaimer};
        inv.issuer = u"黄示例"_s;
        out << inv;
    }
    {
        SampleInvoice inv;
        inv.file = u"taxi-receipt.jpg"_s;
        inv.fileKind = u"image"_s;
        inv.layout = Layout::Digital;
        inv.qrKind = u"32"_s;
        inv.type = u"digital_normal"_s;
        inv.title = u"电子发票（普通发票）"_s;
        inv.number = u"24322000000091827364"_s;
        inv.date = QDate(2024, 8, 9);
        inv.token = u"4B6D"_s;
        inv.seller = suzhouTaxi();
        inv.buyer = {u"个人"_s, QString(), QString(), QString()};
        inv.items = {item(u"*运输服务*客运服务费"_s, QString(), u"次"_s, 1, 6214, 3)};
        inv.remark = {u"车号：苏E·T1234（示例）"_s, kDisclaimer};
        inv.issuer = u"周示例"_s;
        inv.qrColor = QColor(0x1a, 0x4a, 0x9c);
        out << inv;
    }
    {
        SampleInvoice inv;
        inv.file = u"screenshot.png"_s; // JPEG bytes on purpose: formats are told by content
        inv.fileKind = u"image"_s;
        inv.layout = Layout::LegacyElectronic;
        inv.qrKind = u"10"_s;
        inv.type = u"vat_electronic_normal"_s;
        inv.title = u"湖北增值税电子普通发票"_s;
        inv.code = u"042002300111"_s;
        inv.number = u"19283746"_s;
        inv.date = QDate(2023, 9, 14);
        inv.checkCode = u"30917265480193746250"_s;
        inv.machineNo = u"499098765432"_s;
        inv.cipher = cipherLines(20230914);
        inv.token = u"0D95"_s;
        inv.seller = wuhanTrading();
        inv.buyer = shanghaiTech();
        inv.items = {item(u"*笔类*中性笔"_s, u"0.5mm"_s, u"支"_s, 20, 265, 13),
                     item(u"*纸制品*笔记本"_s, u"B5"_s, u"本"_s, 10, 796, 13)};
        inv.remark = {kDisclaimer};
        inv.issuer = u"吴样例"_s;
        inv.payee = u"郑样例"_s;
        inv.reviewer = u"孙样例"_s;
        out << inv;
    }
    return out;
}

} // namespace ra::samples

// Invoice types: keys and names, and every mapping into them (vendor codes of the seeds, QR kind
// codes, Tencent type words, printed titles, invoice-code structure, 20-digit numbers).
#include "invoicetype.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using ra::InvoiceType;
using OptType = std::optional<ra::InvoiceType>;

Q_DECLARE_METATYPE(ra::InvoiceType)
Q_DECLARE_METATYPE(OptType)

namespace {

// Readable failure messages: "vat_special" rather than an enum number.
QString describe(const OptType &t)
{
    return t ? ra::invoiceTypeKey(*t) : u"nullopt"_s;
}

} // namespace

#define COMPARE_TYPE(actual, expected) QCOMPARE(describe(actual), describe(expected))

class TstInvoiceType : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void keysAndNamesAreUniqueAndComplete();
    void unknownKey();
    void ekuaibao_data();
    void ekuaibao();
    void qiniu_data();
    void qiniu();
    void tencentOfd_data();
    void tencentOfd();
    void tencentName_data();
    void tencentName();
    void qrKind_data();
    void qrKind();
    void title_data();
    void title();
    void invoiceCode_data();
    void invoiceCode();
    void digitalNumber_data();
    void digitalNumber();
    void isDigital_data();
    void isDigital();
    void realFixturesAgreeWithTheirQrKind_data();
    void realFixturesAgreeWithTheirQrKind();
};

void TstInvoiceType::keys_data()
{
    QTest::addColumn<InvoiceType>("type");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("zh");

    // The table of normalized-invoice.md, row by row.
    QTest::newRow("unknown") << InvoiceType::Unknown << u"unknown"_s << u"未知"_s;
    QTest::newRow("vat_special") << InvoiceType::VatSpecial << u"vat_special"_s << u"增值税专用发票"_s;
    QTest::newRow("vat_electronic_special") << InvoiceType::VatElectronicSpecial
                                            << u"vat_electronic_special"_s << u"增值税电子专用发票"_s;
    QTest::newRow("vat_normal") << InvoiceType::VatNormal << u"vat_normal"_s << u"增值税普通发票"_s;
    QTest::newRow("vat_electronic_normal") << InvoiceType::VatElectronicNormal
                                           << u"vat_electronic_normal"_s << u"增值税电子普通发票"_s;
    QTest::newRow("vat_roll") << InvoiceType::VatRoll << u"vat_roll"_s << u"增值税普通发票(卷式)"_s;
    QTest::newRow("vat_electronic_toll") << InvoiceType::VatElectronicToll << u"vat_electronic_toll"_s
                                         << u"增值税电子普通发票(通行费)"_s;
    QTest::newRow("digital_special") << InvoiceType::DigitalSpecial << u"digital_special"_s
                                     << u"电子发票(增值税专用发票)"_s;
    QTest::newRow("digital_normal") << InvoiceType::DigitalNormal << u"digital_normal"_s
                                    << u"电子发票(普通发票)"_s;
    QTest::newRow("digital_train") << InvoiceType::DigitalTrain << u"digital_train"_s
                                   << u"电子发票(铁路电子客票)"_s;
    QTest::newRow("digital_flight") << InvoiceType::DigitalFlight << u"digital_flight"_s
                                    << u"电子发票(航空运输电子客票行程单)"_s;
    QTest::newRow("motor_vehicle") << InvoiceType::MotorVehicle << u"motor_vehicle"_s
                                   << u"机动车销售统一发票"_s;
    QTest::newRow("used_car") << InvoiceType::UsedCar << u"used_car"_s << u"二手车销售统一发票"_s;
    QTest::newRow("quota") << InvoiceType::Quota << u"quota"_s << u"定额发票"_s;
    QTest::newRow("machine_printed") << InvoiceType::MachinePrinted << u"machine_printed"_s << u"机打发票"_s;
    QTest::newRow("taxi") << InvoiceType::Taxi << u"taxi"_s << u"出租车发票"_s;
    QTest::newRow("train") << InvoiceType::Train << u"train"_s << u"火车票"_s;
    QTest::newRow("bus") << InvoiceType::Bus << u"bus"_s << u"客运汽车票"_s;
    QTest::newRow("ship") << InvoiceType::Ship << u"ship"_s << u"船票"_s;
    QTest::newRow("flight_itinerary") << InvoiceType::FlightItinerary << u"flight_itinerary"_s
                                      << u"航空运输电子客票行程单"_s;
    QTest::newRow("toll") << InvoiceType::Toll << u"toll"_s << u"过路费发票"_s;
    QTest::newRow("medical") << InvoiceType::Medical << u"medical"_s << u"医疗票据"_s;
    QTest::newRow("non_tax_income") << InvoiceType::NonTaxIncome << u"non_tax_income"_s << u"非税收入类票据"_s;
    QTest::newRow("other_reimbursable") << InvoiceType::OtherReimbursable << u"other_reimbursable"_s
                                        << u"可报销其他发票"_s;
    QTest::newRow("tax_certificate") << InvoiceType::TaxCertificate << u"tax_certificate"_s << u"完税证明"_s;
    QTest::newRow("receipt") << InvoiceType::Receipt << u"receipt"_s << u"消费小票"_s;
    QTest::newRow("didi_itinerary") << InvoiceType::DidiItinerary << u"didi_itinerary"_s
                                    << u"滴滴出行行程单"_s;
    QTest::newRow("ride_itinerary") << InvoiceType::RideItinerary << u"ride_itinerary"_s << u"网约车行程单"_s;
}

void TstInvoiceType::keys()
{
    QFETCH(InvoiceType, type);
    QFETCH(QString, key);
    QFETCH(QString, zh);
    QCOMPARE(ra::invoiceTypeKey(type), key);
    QCOMPARE(ra::invoiceTypeFromKey(key), type);
    QCOMPARE(ra::invoiceTypeNameZh(type), zh);
    QVERIFY(!ra::invoiceTypeNameEn(type).isEmpty());
    QVERIFY(ra::allInvoiceTypes().contains(type));
}

void TstInvoiceType::keysAndNamesAreUniqueAndComplete()
{
    const QList<InvoiceType> all = ra::allInvoiceTypes();
    QCOMPARE(all.size(), int(InvoiceType::RideItinerary) + 1);
    QCOMPARE(all.first(), InvoiceType::Unknown);
    QSet<QString> keys, zh, en;
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(int(all.at(i)), i); // table order = enum order
        keys.insert(ra::invoiceTypeKey(all.at(i)));
        zh.insert(ra::invoiceTypeNameZh(all.at(i)));
        en.insert(ra::invoiceTypeNameEn(all.at(i)));
    }
    QCOMPARE(keys.size(), all.size());
    QCOMPARE(zh.size(), all.size());
    QCOMPARE(en.size(), all.size());
}

void TstInvoiceType::unknownKey()
{
    QCOMPARE(ra::invoiceTypeFromKey(u"no_such_type"_s), InvoiceType::Unknown);
    QCOMPARE(ra::invoiceTypeFromKey(QString()), InvoiceType::Unknown);
    QCOMPARE(ra::invoiceTypeFromKey(u"VAT_SPECIAL"_s), InvoiceType::Unknown);
}

void TstInvoiceType::ekuaibao_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("electronicMark");
    QTest::addColumn<OptType>("expected");

    QTest::newRow("10100") << u"10100"_s << false << OptType(InvoiceType::VatSpecial);
    QTest::newRow("10100-electronic") << u"10100"_s << true << OptType(InvoiceType::VatElectronicSpecial);
    QTest::newRow("10101") << u"10101"_s << false << OptType(InvoiceType::VatNormal);
    QTest::newRow("10101-mark-ignored") << u"10101"_s << true << OptType(InvoiceType::VatNormal);
    QTest::newRow("10102") << u"10102"_s << false << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("10103") << u"10103"_s << false << OptType(InvoiceType::VatRoll);
    QTest::newRow("10104") << u"10104"_s << false << OptType(InvoiceType::MotorVehicle);
    QTest::newRow("10105") << u"10105"_s << false << OptType(InvoiceType::UsedCar);
    QTest::newRow("10107") << u"10107"_s << false << OptType(InvoiceType::DigitalSpecial);
    QTest::newRow("10108") << u"10108"_s << false << OptType(InvoiceType::DigitalNormal);
    QTest::newRow("10109") << u"10109"_s << false << OptType(InvoiceType::VatElectronicToll);
    QTest::newRow("10200") << u"10200"_s << false << OptType(InvoiceType::Quota);
    QTest::newRow("10400") << u"10400"_s << false << OptType(InvoiceType::MachinePrinted);
    QTest::newRow("10500") << u"10500"_s << false << OptType(InvoiceType::Taxi);
    QTest::newRow("10503") << u"10503"_s << false << OptType(InvoiceType::Train);
    QTest::newRow("10505") << u"10505"_s << false << OptType(InvoiceType::Bus);
    QTest::newRow("10506") << u"10506"_s << false << OptType(InvoiceType::FlightItinerary);
    QTest::newRow("10507") << u"10507"_s << false << OptType(InvoiceType::Toll);
    QTest::newRow("102021") << u"102021"_s << false << OptType(InvoiceType::Medical);
    QTest::newRow("102015") << u"102015"_s << false << OptType(InvoiceType::NonTaxIncome);
    QTest::newRow("105060") << u"105060"_s << false << OptType(InvoiceType::DigitalFlight);
    QTest::newRow("105030") << u"105030"_s << false << OptType(InvoiceType::DigitalTrain);
    QTest::newRow("20100") << u"20100"_s << false << OptType(InvoiceType::Receipt);
    QTest::newRow("blanks") << u" 10102 "_s << false << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("qiniu-only-10505a") << u"10505a"_s << false << OptType();
    QTest::newRow("qiniu-only-20105") << u"20105"_s << false << OptType();
    QTest::newRow("unknown") << u"99999"_s << false << OptType();
    QTest::newRow("empty") << QString() << false << OptType();
}

void TstInvoiceType::ekuaibao()
{
    QFETCH(QString, code);
    QFETCH(bool, electronicMark);
    QFETCH(OptType, expected);
    COMPARE_TYPE(ra::typeFromEkuaibaoCode(code, electronicMark), expected);
}

void TstInvoiceType::qiniu_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<OptType>("expected");

    QTest::newRow("10100") << u"10100"_s << OptType(InvoiceType::VatSpecial);
    QTest::newRow("10101") << u"10101"_s << OptType(InvoiceType::VatNormal);
    QTest::newRow("10102") << u"10102"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("10103") << u"10103"_s << OptType(InvoiceType::VatRoll);
    QTest::newRow("10104") << u"10104"_s << OptType(InvoiceType::MotorVehicle);
    QTest::newRow("10105") << u"10105"_s << OptType(InvoiceType::UsedCar);
    QTest::newRow("10505a") << u"10505a"_s << OptType(InvoiceType::Ship);
    QTest::newRow("10505A") << u"10505A"_s << OptType(InvoiceType::Ship);
    QTest::newRow("10200") << u"10200"_s << OptType(InvoiceType::Quota);
    QTest::newRow("10400") << u"10400"_s << OptType(InvoiceType::MachinePrinted);
    QTest::newRow("10500") << u"10500"_s << OptType(InvoiceType::Taxi);
    QTest::newRow("10503") << u"10503"_s << OptType(InvoiceType::Train);
    QTest::newRow("10505") << u"10505"_s << OptType(InvoiceType::Bus);
    QTest::newRow("10506") << u"10506"_s << OptType(InvoiceType::FlightItinerary);
    QTest::newRow("10507") << u"10507"_s << OptType(InvoiceType::Toll);
    QTest::newRow("10900") << u"10900"_s << OptType(InvoiceType::OtherReimbursable);
    QTest::newRow("20100") << u"20100"_s << OptType(InvoiceType::Receipt);
    QTest::newRow("20105") << u"20105"_s << OptType(InvoiceType::DidiItinerary);
    QTest::newRow("10902") << u"10902"_s << OptType(InvoiceType::TaxCertificate);
    QTest::newRow("ekuaibao-only-10107") << u"10107"_s << OptType();
    QTest::newRow("ekuaibao-only-102021") << u"102021"_s << OptType();
    QTest::newRow("unknown") << u"10506b"_s << OptType();
    QTest::newRow("empty") << u""_s << OptType();
}

void TstInvoiceType::qiniu()
{
    QFETCH(QString, code);
    QFETCH(OptType, expected);
    COMPARE_TYPE(ra::typeFromQiniuCode(code), expected);
}

void TstInvoiceType::tencentOfd_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<OptType>("expected");

    QTest::newRow("010") << u"010"_s << OptType(InvoiceType::DigitalNormal);
    QTest::newRow("020") << u"020"_s << OptType(InvoiceType::DigitalSpecial);
    QTest::newRow("026") << u"026"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("028") << u"028"_s << OptType(InvoiceType::VatElectronicSpecial);
    QTest::newRow("030") << u"030"_s << OptType(InvoiceType::DigitalTrain);
    QTest::newRow("040") << u"040"_s << OptType(InvoiceType::DigitalFlight);
    QTest::newRow("26-lost-zero") << u"26"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("blanks") << u" 028 "_s << OptType(InvoiceType::VatElectronicSpecial);
    QTest::newRow("unknown-027") << u"027"_s << OptType();
    QTest::newRow("four-digits") << u"0026"_s << OptType();
    QTest::newRow("letters") << u"abc"_s << OptType();
    QTest::newRow("empty") << u""_s << OptType();
}

void TstInvoiceType::tencentOfd()
{
    QFETCH(QString, type);
    QFETCH(OptType, expected);
    COMPARE_TYPE(ra::typeFromTencentOfdType(type), expected);
}

void TstInvoiceType::tencentName_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<OptType>("expected");

    // The words of VatInvoiceOCR's 发票类型 entry and of its interface description.
    QTest::newRow("zhuanyong") << u"增值税专用发票"_s << OptType(InvoiceType::VatSpecial);
    QTest::newRow("putong") << u"增值税普通发票"_s << OptType(InvoiceType::VatNormal);
    QTest::newRow("dianzi-zhuanyong") << u"增值税电子专用发票"_s << OptType(InvoiceType::VatElectronicSpecial);
    QTest::newRow("dianzi-zhuanpiao") << u"增值税电子专票"_s << OptType(InvoiceType::VatElectronicSpecial);
    QTest::newRow("dianzi-putong") << u"增值税电子普通发票"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("dianzi-pupiao") << u"增值税电子普票"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("tongxingfei") << u"增值税电子普通发票(通行费)"_s << OptType(InvoiceType::VatElectronicToll);
    QTest::newRow("tongxingfei-full-width") << u"增值税电子普通发票（通行费）"_s
                                            << OptType(InvoiceType::VatElectronicToll);
    QTest::newRow("juanpiao") << u"增值税普通发票(卷票)"_s << OptType(InvoiceType::VatRoll);
    QTest::newRow("juanshi") << u"增值税普通发票（卷式）"_s << OptType(InvoiceType::VatRoll);
    QTest::newRow("digital-special") << u"电子发票(增值税专用发票)"_s << OptType(InvoiceType::DigitalSpecial);
    QTest::newRow("digital-special-full-width") << u"电子发票（增值税专用发票）"_s
                                                << OptType(InvoiceType::DigitalSpecial);
    QTest::newRow("digital-normal") << u"电子发票(普通发票)"_s << OptType(InvoiceType::DigitalNormal);
    QTest::newRow("quandian-special") << u"全电发票(专用发票)"_s << OptType(InvoiceType::DigitalSpecial);
    QTest::newRow("quandian-normal") << u"全电发票(普通发票)"_s << OptType(InvoiceType::DigitalNormal);
    QTest::newRow("quandian-vat-special") << u"全电发票（增值税专用发票）"_s << OptType(InvoiceType::DigitalSpecial);
    QTest::newRow("shudian-normal") << u"数电票(普通发票)"_s << OptType(InvoiceType::DigitalNormal);
    QTest::newRow("digital-train") << u"电子发票(铁路电子客票)"_s << OptType(InvoiceType::DigitalTrain);
    QTest::newRow("digital-flight") << u"电子发票(航空运输电子客票行程单)"_s
                                    << OptType(InvoiceType::DigitalFlight);
    QTest::newRow("motor-vehicle") << u"机动车销售统一发票"_s << OptType(InvoiceType::MotorVehicle);
    QTest::newRow("used-car") << u"二手车销售统一发票"_s << OptType(InvoiceType::UsedCar);
    QTest::newRow("blockchain") << u"区块链电子发票"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("kangxi") << u"电\u2F26发票（增值税专\u2F64发票）"_s << OptType(InvoiceType::DigitalSpecial);
    QTest::newRow("blanks") << u" 增值税 电子 普通发票 "_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("bare-digital") << u"电子发票"_s << OptType();
    QTest::newRow("bare-vat") << u"增值税发票"_s << OptType();
    QTest::newRow("empty") << u""_s << OptType();
    QTest::newRow("unrelated") << u"购买方名称"_s << OptType();
}

void TstInvoiceType::tencentName()
{
    QFETCH(QString, words);
    QFETCH(OptType, expected);
    COMPARE_TYPE(ra::typeFromTencentName(words), expected);
}

void TstInvoiceType::qrKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<OptType>("expected");

    QTest::newRow("01") << u"01"_s << OptType(InvoiceType::VatSpecial);
    QTest::newRow("02-freight") << u"02"_s << OptType(InvoiceType::VatSpecial);
    QTest::newRow("03") << u"03"_s << OptType(InvoiceType::MotorVehicle);
    QTest::newRow("04") << u"04"_s << OptType(InvoiceType::VatNormal);
    QTest::newRow("08") << u"08"_s << OptType(InvoiceType::VatElectronicSpecial);
    QTest::newRow("10") << u"10"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("11") << u"11"_s << OptType(InvoiceType::VatRoll);
    QTest::newRow("14") << u"14"_s << OptType(InvoiceType::VatElectronicToll);
    QTest::newRow("15") << u"15"_s << OptType(InvoiceType::UsedCar);
    QTest::newRow("20") << u"20"_s << OptType(InvoiceType::VatElectronicSpecial);
    QTest::newRow("31") << u"31"_s << OptType(InvoiceType::DigitalSpecial);
    QTest::newRow("32") << u"32"_s << OptType(InvoiceType::DigitalNormal);
    QTest::newRow("33") << u"33"_s << OptType(InvoiceType::MotorVehicle);
    QTest::newRow("34") << u"34"_s << OptType(InvoiceType::UsedCar);
    QTest::newRow("51") << u"51"_s << OptType(InvoiceType::DigitalTrain);
    QTest::newRow("61") << u"61"_s << OptType(InvoiceType::DigitalFlight);
    QTest::newRow("1-lost-zero") << u"1"_s << OptType(InvoiceType::VatSpecial);
    QTest::newRow("unknown-05") << u"05"_s << OptType();
    QTest::newRow("unknown-99") << u"99"_s << OptType();
    QTest::newRow("three-digits") << u"010"_s << OptType();
    QTest::newRow("empty") << u""_s << OptType();
}

void TstInvoiceType::qrKind()
{
    QFETCH(QString, kind);
    QFETCH(OptType, expected);
    COMPARE_TYPE(ra::typeFromQrKind(kind), expected);
}

void TstInvoiceType::title_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<OptType>("expected");

    // Titles printed on the real fixtures.
    QTest::newRow("tianjin-e-normal") << u"天津增值税电子普通发票"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("guizhou-e-special") << u"贵州增值税电子专用发票"_s << OptType(InvoiceType::VatElectronicSpecial);
    QTest::newRow("digital-special") << u"电子发票（增值税专用发票）"_s << OptType(InvoiceType::DigitalSpecial);
    QTest::newRow("digital-special-kangxi") << u"电\u2F26发票（增值税专\u2F64发票）"_s
                                            << OptType(InvoiceType::DigitalSpecial);
    QTest::newRow("digital-normal") << u"电子发票(普通发票)"_s << OptType(InvoiceType::DigitalNormal);
    QTest::newRow("digital-train") << u"电子发票（铁路电子客票）"_s << OptType(InvoiceType::DigitalTrain);
    QTest::newRow("digital-flight") << u"电子发票（航空运输电子客票行程单）"_s << OptType(InvoiceType::DigitalFlight);
    QTest::newRow("jiangsu-toll") << u"江苏省车辆通行费通用（电子）发票"_s << OptType(InvoiceType::Toll);
    QTest::newRow("vat-special") << u"增值税专用发票"_s << OptType(InvoiceType::VatSpecial);
    QTest::newRow("beijing-vat-special") << u"北京增值税专用发票"_s << OptType(InvoiceType::VatSpecial);
    QTest::newRow("vat-normal") << u"增值税普通发票"_s << OptType(InvoiceType::VatNormal);
    QTest::newRow("vat-roll") << u"广东增值税普通发票（卷票）"_s << OptType(InvoiceType::VatRoll);
    QTest::newRow("e-toll") << u"浙江增值税电子普通发票(通行费)"_s << OptType(InvoiceType::VatElectronicToll);
    QTest::newRow("shenzhen-taxi") << u"深圳市出租汽车专用发票"_s << OptType(InvoiceType::Taxi);
    QTest::newRow("taxi-short") << u"出租车发票"_s << OptType(InvoiceType::Taxi);
    QTest::newRow("flight-itinerary") << u"航空运输电子客票行程单"_s << OptType(InvoiceType::FlightItinerary);
    QTest::newRow("motor-vehicle") << u"机动车销售统一发票"_s << OptType(InvoiceType::MotorVehicle);
    QTest::newRow("used-car") << u"二手车销售统一发票"_s << OptType(InvoiceType::UsedCar);
    QTest::newRow("quota") << u"上海市通用定额发票"_s << OptType(InvoiceType::Quota);
    QTest::newRow("machine-printed") << u"广东通用机打发票"_s << OptType(InvoiceType::MachinePrinted);
    QTest::newRow("old-train-ticket") << u"铁路客票"_s << OptType(InvoiceType::Train);
    QTest::newRow("train-ticket") << u"火车票"_s << OptType(InvoiceType::Train);
    QTest::newRow("bus") << u"公路客运汽车票"_s << OptType(InvoiceType::Bus);
    QTest::newRow("ship") << u"船票"_s << OptType(InvoiceType::Ship);
    QTest::newRow("toll-road") << u"过路费发票"_s << OptType(InvoiceType::Toll);
    QTest::newRow("medical") << u"北京市医疗门诊收费票据"_s << OptType(InvoiceType::Medical);
    QTest::newRow("non-tax") << u"非税收入一般缴款书"_s << OptType(InvoiceType::NonTaxIncome);
    QTest::newRow("tax-certificate") << u"税收完税证明"_s << OptType(InvoiceType::TaxCertificate);
    QTest::newRow("didi") << u"滴滴出行行程单"_s << OptType(InvoiceType::DidiItinerary);
    QTest::newRow("receipt") << u"消费小票"_s << OptType(InvoiceType::Receipt);
    QTest::newRow("spaced") << u"电 子 发 票 ( 普 通 发 票 )"_s << OptType(InvoiceType::DigitalNormal);
    QTest::newRow("supplement-radical") << u"\u2ECB辆通行费发票"_s << OptType(InvoiceType::Toll);
    QTest::newRow("no-title") << u"发票"_s << OptType();
    QTest::newRow("empty") << QString() << OptType();
}

void TstInvoiceType::title()
{
    QFETCH(QString, title);
    QFETCH(OptType, expected);
    COMPARE_TYPE(ra::typeFromTitle(title), expected);
}

void TstInvoiceType::invoiceCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<OptType>("expected");

    // 10 digits: the 8th digit.
    QTest::newRow("10-digit-1-special") << u"1100094140"_s << OptType(InvoiceType::VatSpecial);
    QTest::newRow("10-digit-5-special") << u"3200172550"_s << OptType(InvoiceType::VatSpecial);
    QTest::newRow("10-digit-2-freight") << u"3200172220"_s << OptType(InvoiceType::VatSpecial);
    QTest::newRow("10-digit-7-freight") << u"3200172770"_s << OptType(InvoiceType::VatSpecial);
    QTest::newRow("10-digit-3-normal") << u"3200172330"_s << OptType(InvoiceType::VatNormal);
    QTest::newRow("10-digit-6-normal") << u"3200172660"_s << OptType(InvoiceType::VatNormal);
    QTest::newRow("10-digit-other") << u"3200172990"_s << OptType();
    // 12 digits starting with 0: the last two (codes of the real fixtures where given).
    QTest::newRow("12-digit-11-e-normal") << u"012001900111"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("12-digit-11-shanghai") << u"031001900511"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("12-digit-04-normal") << u"044031800104"_s << OptType(InvoiceType::VatNormal);
    QTest::newRow("12-digit-05-normal") << u"044031800105"_s << OptType(InvoiceType::VatNormal);
    QTest::newRow("12-digit-06-roll") << u"044031800106"_s << OptType(InvoiceType::VatRoll);
    QTest::newRow("12-digit-07-roll") << u"044031800107"_s << OptType(InvoiceType::VatRoll);
    // 12 is said to mean 通行费, but real 电子普票 (QR kind 10) end in 12 as well.
    QTest::newRow("12-digit-12-e-normal-real") << u"042001700112"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("12-digit-13-e-special") << u"052002100113"_s << OptType(InvoiceType::VatElectronicSpecial);
    QTest::newRow("12-digit-13-beijing") << u"011002000113"_s << OptType(InvoiceType::VatElectronicSpecial);
    QTest::newRow("12-digit-other-ending") << u"011002680026"_s << OptType();
    // 12 digits not starting with 0: another numbering scheme, nothing to say.
    QTest::newRow("12-digit-taxi-8th-2") << u"144032270119"_s << OptType();
    QTest::newRow("12-digit-taxi") << u"144032370119"_s << OptType();
    QTest::newRow("12-digit-toll-general") << u"132052300111"_s << OptType();
    QTest::newRow("full-width") << u"０１２００１９００１１１"_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("blanks") << u" 0120 0190 0111 "_s << OptType(InvoiceType::VatElectronicNormal);
    QTest::newRow("letters") << u"01200190011A"_s << OptType();
    QTest::newRow("eleven-digits") << u"01200190011"_s << OptType();
    QTest::newRow("empty") << u""_s << OptType();
}

void TstInvoiceType::invoiceCode()
{
    QFETCH(QString, code);
    QFETCH(OptType, expected);
    COMPARE_TYPE(ra::typeFromInvoiceCode(code), expected);
}

void TstInvoiceType::digitalNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<OptType>("expected");

    QTest::newRow("railway-real") << u"25329166851000825796"_s << OptType(InvoiceType::DigitalTrain);
    QTest::newRow("air-channel-8") << u"24118000000012345678"_s << OptType(InvoiceType::DigitalFlight);
    QTest::newRow("special-real-no-hint") << u"25322000000137756448"_s << OptType();
    QTest::newRow("special-real-2-no-hint") << u"24112000000048542163"_s << OptType();
    QTest::newRow("nineteen-digits") << u"9223372036854775807"_s << OptType();
    QTest::newRow("eight-digits") << u"51142414"_s << OptType();
    QTest::newRow("letters") << u"2532916685100082579X"_s << OptType();
    QTest::newRow("empty") << u""_s << OptType();
}

void TstInvoiceType::digitalNumber()
{
    QFETCH(QString, number);
    QFETCH(OptType, expected);
    COMPARE_TYPE(ra::typeFromDigitalNumber(number), expected);
}

void TstInvoiceType::isDigital_data()
{
    QTest::addColumn<InvoiceType>("type");
    QTest::addColumn<bool>("digital");
    for (InvoiceType t : ra::allInvoiceTypes()) {
        const bool digital = t == InvoiceType::DigitalSpecial || t == InvoiceType::DigitalNormal
            || t == InvoiceType::DigitalTrain || t == InvoiceType::DigitalFlight;
        QTest::newRow(qPrintable(ra::invoiceTypeKey(t))) << t << digital;
    }
}

void TstInvoiceType::isDigital()
{
    QFETCH(InvoiceType, type);
    QFETCH(bool, digital);
    QCOMPARE(ra::isDigitalType(type), digital);
}

// Title, invoice code and number of every real fixture whose QR code was decoded: each
// mapping that answers must name the type the QR kind names.
void TstInvoiceType::realFixturesAgreeWithTheirQrKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("number");
    if (!ra::test::haveRealFixtures())
        return;
    QFile f(ra::test::realFixturesDir() + u"/manifest.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonArray files = QJsonDocument::fromJson(f.readAll()).object().value(u"files"_s).toArray();
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        const QJsonArray qr = o.value(u"qr_parsed"_s).toArray();
        if (qr.isEmpty())
            continue;
        // Titles carry a note in brackets after a blank: "电子发票（增值税专用发票） (from QR type)".
        QString title = o.value(u"title"_s).toString();
        const qsizetype note = title.indexOf(u" ("_s);
        if (note > 0)
            title.truncate(note);
        QTest::newRow(qPrintable(o.value(u"file"_s).toString()))
            << qr.at(0).toObject().value(u"type"_s).toString() << title
            << o.value(u"invoice_code"_s).toString() << o.value(u"invoice_number"_s).toString();
    }
}

void TstInvoiceType::realFixturesAgreeWithTheirQrKind()
{
    if (!ra::test::haveRealFixtures())
        QSKIP("real fixtures not available (../shared/fixtures/real)");
    QFETCH(QString, kind);
    QFETCH(QString, title);
    QFETCH(QString, code);
    QFETCH(QString, number);
    const OptType fromQr = ra::typeFromQrKind(kind);
    QVERIFY2(fromQr.has_value(), qPrintable(kind));
    COMPARE_TYPE(ra::typeFromTitle(title), fromQr);
    if (const OptType fromCode = ra::typeFromInvoiceCode(code))
        COMPARE_TYPE(fromCode, fromQr);
    if (const OptType fromNumber = ra::typeFromDigitalNumber(number))
        COMPARE_TYPE(fromNumber, fromQr);
}

QTEST_GUILESS_MAIN(TstInvoiceType)
#include "tst_invoicetype.moc"

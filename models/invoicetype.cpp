#include "invoicetype.h"

#include "textnormalize.h"

#include <QStringView>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

struct TypeInfo
{
    InvoiceType type;
    QStringView key;
    QStringView zh;
    QStringView en;
};

// The table of normalized-invoice.md, in its order (which is the enum's order).
constexpr TypeInfo kTypes[] = {
    {InvoiceType::Unknown, u"unknown", u"未知", u"Unknown"},
    {InvoiceType::VatSpecial, u"vat_special", u"增值税专用发票", u"VAT special invoice"},
    {InvoiceType::VatElectronicSpecial, u"vat_electronic_special", u"增值税电子专用发票",
     u"VAT electronic special invoice"},
    {InvoiceType::VatNormal, u"vat_normal", u"增值税普通发票", u"VAT ordinary invoice"},
    {InvoiceType::VatElectronicNormal, u"vat_electronic_normal", u"增值税电子普通发票",
     u"VAT electronic ordinary invoice"},
    {InvoiceType::VatRoll, u"vat_roll", u"增值税普通发票(卷式)", u"VAT ordinary invoice (roll)"},
    {InvoiceType::VatElectronicToll, u"vat_electronic_toll", u"增值税电子普通发票(通行费)",
     u"VAT electronic ordinary invoice (toll)"},
    {InvoiceType::DigitalSpecial, u"digital_special", u"电子发票(增值税专用发票)",
     u"Digital invoice (VAT special)"},
    {InvoiceType::DigitalNormal, u"digital_normal", u"电子发票(普通发票)", u"Digital invoice (ordinary)"},
    {InvoiceType::DigitalTrain, u"digital_train", u"电子发票(铁路电子客票)",
     u"Digital invoice (railway e-ticket)"},
    {InvoiceType::DigitalFlight, u"digital_flight", u"电子发票(航空运输电子客票行程单)",
     u"Digital invoice (air e-ticket itinerary)"},
    {InvoiceType::MotorVehicle, u"motor_vehicle", u"机动车销售统一发票", u"Motor vehicle sales invoice"},
    {InvoiceType::UsedCar, u"used_car", u"二手车销售统一发票", u"Used car sales invoice"},
    {InvoiceType::Quota, u"quota", u"定额发票", u"Fixed-amount invoice"},
    {InvoiceType::MachinePrinted, u"machine_printed", u"机打发票", u"Machine-printed invoice"},
    {InvoiceType::Taxi, u"taxi", u"出租车发票", u"Taxi receipt"},
    {InvoiceType::Train, u"train", u"火车票", u"Train ticket"},
    {InvoiceType::Bus, u"bus", u"客运汽车票", u"Coach ticket"},
    {InvoiceType::Ship, u"ship", u"船票", u"Ferry ticket"},
    {InvoiceType::FlightItinerary, u"flight_itinerary", u"航空运输电子客票行程单",
     u"Air e-ticket itinerary"},
    {InvoiceType::Toll, u"toll", u"过路费发票", u"Toll receipt"},
    {InvoiceType::Medical, u"medical", u"医疗票据", u"Medical receipt"},
    {InvoiceType::NonTaxIncome, u"non_tax_income", u"非税收入类票据", u"Non-tax revenue receipt"},
    {InvoiceType::OtherReimbursable, u"other_reimbursable", u"可报销其他发票",
     u"Other reimbursable invoice"},
    {InvoiceType::TaxCertificate, u"tax_certificate", u"完税证明", u"Tax payment certificate"},
    {InvoiceType::Receipt, u"receipt", u"消费小票", u"Shopping receipt"},
    {InvoiceType::DidiItinerary, u"didi_itinerary", u"滴滴出行行程单", u"DiDi trip itinerary"},
    {InvoiceType::RideItinerary, u"ride_itinerary", u"网约车行程单", u"Ride-hailing itinerary"},
};

const TypeInfo &info(InvoiceType t)
{
    for (const TypeInfo &i : kTypes)
        if (i.type == t)
            return i;
    return kTypes[0];
}

struct CodeMapping
{
    QStringView code;
    InvoiceType type;
};

// The codes both Ekuaibao and Qiniu use (Qiniu's list is Ekuaibao's older one).
constexpr CodeMapping kSharedCodes[] = {
    {u"10100", InvoiceType::VatSpecial},
    {u"10101", InvoiceType::VatNormal},
    {u"10102", InvoiceType::VatElectronicNormal},
    {u"10103", InvoiceType::VatRoll},
    {u"10104", InvoiceType::MotorVehicle},
    {u"10105", InvoiceType::UsedCar},
    {u"10200", InvoiceType::Quota},
    {u"10400", InvoiceType::MachinePrinted},
    {u"10500", InvoiceType::Taxi},
    {u"10503", InvoiceType::Train},
    {u"10505", InvoiceType::Bus},
    {u"10506", InvoiceType::FlightItinerary},
    {u"10507", InvoiceType::Toll},
    {u"20100", InvoiceType::Receipt},
};

constexpr CodeMapping kEkuaibaoOnly[] = {
    {u"10107", InvoiceType::DigitalSpecial},
    {u"10108", InvoiceType::DigitalNormal},
    {u"10109", InvoiceType::VatElectronicToll},
    {u"102021", InvoiceType::Medical},
    {u"102015", InvoiceType::NonTaxIncome},
    {u"105030", InvoiceType::DigitalTrain},
    {u"105060", InvoiceType::DigitalFlight},
};

constexpr CodeMapping kQiniuOnly[] = {
    {u"10505a", InvoiceType::Ship},
    {u"10900", InvoiceType::OtherReimbursable},
    {u"10902", InvoiceType::TaxCertificate},
    {u"20105", InvoiceType::DidiItinerary},
};

constexpr CodeMapping kTencentOfd[] = {
    {u"010", InvoiceType::DigitalNormal},
    {u"020", InvoiceType::DigitalSpecial},
    {u"026", InvoiceType::VatElectronicNormal},
    {u"028", InvoiceType::VatElectronicSpecial},
    {u"030", InvoiceType::DigitalTrain},
    {u"040", InvoiceType::DigitalFlight},
};

constexpr CodeMapping kQrKinds[] = {
    {u"01", InvoiceType::VatSpecial},
    // 02 is the 货物运输业增值税专用发票 (freight VAT special invoice), retired in 2016; it is
    // a VAT special invoice in every way that matters here (pre-tax QR amount, no check code).
    {u"02", InvoiceType::VatSpecial},
    {u"03", InvoiceType::MotorVehicle},
    {u"04", InvoiceType::VatNormal},
    // 08 is the verification service's kind for 电子专票; QR payloads of 电子专票 say 20.
    {u"08", InvoiceType::VatElectronicSpecial},
    {u"10", InvoiceType::VatElectronicNormal},
    {u"11", InvoiceType::VatRoll},
    {u"14", InvoiceType::VatElectronicToll},
    {u"15", InvoiceType::UsedCar},
    {u"20", InvoiceType::VatElectronicSpecial},
    {u"31", InvoiceType::DigitalSpecial},
    {u"32", InvoiceType::DigitalNormal},
    // 33/34 are the 数电 motor-vehicle and used-car invoices; the type list has no digital
    // variant of those, and their QR amount semantics are unconfirmed (not isDigitalType).
    {u"33", InvoiceType::MotorVehicle},
    {u"34", InvoiceType::UsedCar},
    {u"51", InvoiceType::DigitalTrain},
    {u"61", InvoiceType::DigitalFlight},
};

template<std::size_t N>
std::optional<InvoiceType> lookup(const CodeMapping (&table)[N], QStringView code)
{
    for (const CodeMapping &m : table)
        if (m.code == code)
            return m.type;
    return std::nullopt;
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Words of a type name or printed title, for matching: folded (Kangxi radicals, full-width
// forms), without blanks, brackets and punctuation, so that "电子发票（增值税专用发票）",
// "电子发票(增值税专用发票)" and "电子发票 增值税专用发票" are the same words.
QString matchWords(const QString &s)
{
    const QString c = text::compact(s);
    QString out;
    out.reserve(c.size());
    for (const QChar ch : c)
        if (!ch.isPunct() && !ch.isSymbol())
            out.append(ch);
    return out;
}

// One classifier for vendor type words and printed titles: both name the kind in the same
// words, titles only add a region ("天津增值税电子普通发票", "深圳市出租汽车专用发票").
// The order of the checks matters: a more specific phrase is tested before a shorter one
// it contains ("出租汽车专用发票" before "专用发票", "铁路电子客票" before "电子发票").
std::optional<InvoiceType> classifyWords(const QString &raw)
{
    const QString w = matchWords(raw);
    if (w.isEmpty())
        return std::nullopt;
    auto has = [&w](QStringView part) { return w.contains(part); };

    // 全电/数电 invoices are all titled 电子发票(…); legacy e-invoices say 增值税电子…发票,
    // which does not contain the run "电子发票".
    const bool digital = has(u"电子发票") || has(u"全电") || has(u"数电");

    if (has(u"铁路电子客票"))
        return InvoiceType::DigitalTrain;
    if (has(u"航空运输电子客票行程单") || has(u"电子客票行程单"))
        return digital ? InvoiceType::DigitalFlight : InvoiceType::FlightItinerary;
    if (has(u"机动车销售统一发票") || has(u"机动车销售发票"))
        return InvoiceType::MotorVehicle;
    if (has(u"二手车销售统一发票") || has(u"二手车销售发票"))
        return InvoiceType::UsedCar;
    if (has(u"出租汽车") || has(u"出租车"))
        return InvoiceType::Taxi;
    if (has(u"滴滴"))
        return InvoiceType::DidiItinerary;
    // 高德地图-打车-行程单, 曹操出行-行程单, T3出行行程单 … (the flight 行程单 is tested above)
    if (has(u"行程单") && (has(u"打车") || has(u"出行") || has(u"网约车") || has(u"用车")))
        return InvoiceType::RideItinerary;
    if (has(u"区块链"))
        return InvoiceType::VatElectronicNormal; // Shenzhen's blockchain e-invoice (blockchain flag)
    // A toll paid on a 增值税 e-invoice is vat_electronic_toll; the provincial 车辆通行费
    // 通用(电子)发票 is not a VAT invoice at all.
    if (has(u"通行费"))
        return has(u"增值税") ? InvoiceType::VatElectronicToll : InvoiceType::Toll;
    if (has(u"过路费") || has(u"过桥费"))
        return InvoiceType::Toll;

    const bool special = has(u"专用发票") || has(u"专票");
    const bool normal = has(u"普通发票") || has(u"普票");
    if (digital && !has(u"增值税电子")) {
        if (special)
            return InvoiceType::DigitalSpecial;
        if (normal)
            return InvoiceType::DigitalNormal;
        return std::nullopt;
    }
    if (has(u"增值税")) {
        if (has(u"卷票") || has(u"卷式"))
            return InvoiceType::VatRoll;
        const bool electronic = has(u"增值税电子");
        if (special)
            return electronic ? InvoiceType::VatElectronicSpecial : InvoiceType::VatSpecial;
        if (normal)
            return electronic ? InvoiceType::VatElectronicNormal : InvoiceType::VatNormal;
        return std::nullopt;
    }

    if (has(u"定额"))
        return InvoiceType::Quota;
    if (has(u"机打"))
        return InvoiceType::MachinePrinted;
    if (has(u"火车票") || has(u"铁路客票") || has(u"铁路旅客"))
        return InvoiceType::Train;
    if (has(u"船票") || has(u"客轮") || has(u"轮渡"))
        return InvoiceType::Ship;
    if (has(u"客运汽车") || has(u"汽车票") || has(u"汽车客票") || has(u"公路客运"))
        return InvoiceType::Bus;
    if (has(u"医疗") || has(u"门诊收费") || has(u"住院收费"))
        return InvoiceType::Medical;
    if (has(u"非税收入"))
        return InvoiceType::NonTaxIncome;
    if (has(u"完税证明"))
        return InvoiceType::TaxCertificate;
    if (has(u"小票"))
        return InvoiceType::Receipt;
    return std::nullopt;
}

} // namespace

QString invoiceTypeKey(InvoiceType t)
{
    return info(t).key.toString();
}

InvoiceType invoiceTypeFromKey(const QString &key)
{
    for (const TypeInfo &i : kTypes)
        if (i.key == key)
            return i.type;
    return InvoiceType::Unknown;
}

QString invoiceTypeNameZh(InvoiceType t)
{
    return info(t).zh.toString();
}

QString invoiceTypeNameEn(InvoiceType t)
{
    return info(t).en.toString();
}

bool isSupportingDocument(InvoiceType t)
{
    return t == InvoiceType::DidiItinerary || t == InvoiceType::RideItinerary;
}

bool carriesNoQrCode(InvoiceType t)
{
    return t == InvoiceType::DidiItinerary || t == InvoiceType::RideItinerary;
}

QList<InvoiceType> allInvoiceTypes()
{
    QList<InvoiceType> list;
    list.reserve(qsizetype(std::size(kTypes)));
    for (const TypeInfo &i : kTypes)
        list.append(i.type);
    return list;
}

std::optional<InvoiceType> typeFromEkuaibaoCode(const QString &code, bool electronicMark)
{
    const QString c = text::compact(code);
    if (c == u"10100")
        return electronicMark ? InvoiceType::VatElectronicSpecial : InvoiceType::VatSpecial;
    if (const auto t = lookup(kSharedCodes, c))
        return t;
    return lookup(kEkuaibaoOnly, c);
}

std::optional<InvoiceType> typeFromQiniuCode(const QString &code)
{
    const QString c = text::compact(code).toLower(); // "10505A" is still the ship code
    if (const auto t = lookup(kSharedCodes, c))
        return t;
    return lookup(kQiniuOnly, c);
}

std::optional<InvoiceType> typeFromTencentOfdType(const QString &type)
{
    QString c = text::compact(type);
    // A JSON number or a trimmed string loses the leading zero ("26" for "026").
    if (allDigits(c) && c.size() < 3)
        c = c.rightJustified(3, u'0');
    return lookup(kTencentOfd, c);
}

std::optional<InvoiceType> typeFromTencentName(const QString &words)
{
    return classifyWords(words);
}

std::optional<InvoiceType> typeFromQrKind(const QString &kind)
{
    QString c = text::compact(kind);
    if (c.size() == 1 && allDigits(c))
        c.prepend(u'0');
    return lookup(kQrKinds, c);
}

std::optional<InvoiceType> typeFromTitle(const QString &title)
{
    return classifyWords(title);
}

std::optional<InvoiceType> typeFromInvoiceCode(const QString &code)
{
    const QString c = text::compact(code);
    if (!allDigits(c))
        return std::nullopt;
    if (c.size() == 10) {
        // 8th digit: 1/5 专票, 3/6 普票, 2/7 货运专票 (a VAT special invoice, see kQrKinds).
        switch (c.at(7).unicode()) {
        case u'1': case u'5': case u'2': case u'7': return InvoiceType::VatSpecial;
        case u'3': case u'6': return InvoiceType::VatNormal;
        default: return std::nullopt;
        }
    }
    if (c.size() == 12) {
        // Only the VAT family (first digit 0) has a kind in its last two digits. The rule
        // "first digit not 0 and 8th digit 2 → 机动车" of the public scripts is not used:
        // the real fixture 144032270119 is a Shenzhen taxi receipt and matches it.
        if (c.at(0) != u'0')
            return std::nullopt;
        const QStringView last2 = QStringView(c).right(2);
        // invoice-standards.md gives 12 as 通行费; six real fixtures (042001700112,
        // 044001700112, ...) are ordinary 电子普票 with QR kind 10. A toll e-invoice is an
        // 电子普票 too, so 12 says no more than 11; its title tells the toll apart.
        if (last2 == u"11" || last2 == u"12")
            return InvoiceType::VatElectronicNormal;
        if (last2 == u"04" || last2 == u"05")
            return InvoiceType::VatNormal;
        if (last2 == u"06" || last2 == u"07")
            return InvoiceType::VatRoll;
        // invoice-standards.md quotes "first two digits 01" for 13; the real 贵州 电子专票
        // 052002100113 shows that any region ends in 13.
        if (last2 == u"13")
            return InvoiceType::VatElectronicSpecial;
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<InvoiceType> typeFromDigitalNumber(const QString &number20)
{
    const QString c = text::compact(number20);
    if (c.size() != 20 || !allDigits(c))
        return std::nullopt;
    // Digit 5 is the issuing channel. A community parser reads 9 as the railway e-ticket
    // (confirmed on the real railway fixture) and 8 as the air e-ticket; any other channel
    // issues both special and ordinary invoices, so nothing can be told from it.
    switch (c.at(4).unicode()) {
    case u'9': return InvoiceType::DigitalTrain;
    case u'8': return InvoiceType::DigitalFlight;
    default: return std::nullopt;
    }
}

bool isDigitalType(InvoiceType t)
{
    return t == InvoiceType::DigitalSpecial || t == InvoiceType::DigitalNormal
        || t == InvoiceType::DigitalTrain || t == InvoiceType::DigitalFlight;
}

} // namespace ra

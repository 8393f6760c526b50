#include "ruiqimapper.h"

#include "textnormalize.h"
#include "typeinference.h"
#include "vendor/vendorvalues.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ra::ruiqi {
namespace {

using vendor::Kind;

struct Rule
{
    QStringView key;
    QStringView field;
    Kind kind;
};

// The details keys of every kind of entry (Qiniu's multi-invoice page lists them per type;
// Ekuaibao's VAT example adds *_addr_tel, *_bank_account, title, total_cn, electronic_mark).
// Keys whose meaning depends on the type are in typeRule() below.
constexpr Rule kCommon[] = {
    {u"code", u"code", Kind::Code},
    {u"number", u"number", Kind::Code},
    {u"date", u"date", Kind::Date},
    {u"pretax_amount", u"pretax_amount", Kind::Money},
    {u"total", u"total", Kind::Money},
    {u"tax", u"tax_amount", Kind::Money},
    {u"check_code", u"check_code", Kind::Code},
    {u"seller", u"seller_name", Kind::Text},
    {u"seller_tax_id", u"seller_tax_id", Kind::Code},
    {u"seller_addr_tel", u"seller_address_phone", Kind::Text},
    {u"seller_bank_account", u"seller_bank_account", Kind::Text},
    {u"seller_id", u"seller_id", Kind::Code},
    {u"buyer", u"buyer_name", Kind::Text},
    {u"buyer_tax_id", u"buyer_tax_id", Kind::Code},
    {u"buyer_addr_tel", u"buyer_address_phone", Kind::Text},
    {u"buyer_bank_account", u"buyer_bank_account", Kind::Text},
    {u"buyer_id", u"buyer_id", Kind::Code},
    {u"company_seal", u"company_seal", Kind::Flag},
    {u"form_type", u"form_type", Kind::Text},
    {u"form_name", u"form_name", Kind::Text},
    {u"kind", u"kind", Kind::Text},
    {u"ciphertext", u"ciphertext", Kind::Lines},
    {u"transit_mark", u"transit_mark", Kind::Flag},
    {u"oil_mark", u"oil_mark", Kind::Flag},
    {u"machine_code", u"machine_code", Kind::Code},
    {u"machine_number", u"machine_number", Kind::Code},
    {u"travel_tax", u"travel_tax", Kind::Money},
    {u"receiptor", u"payee", Kind::Text},
    {u"reviewer", u"reviewer", Kind::Text},
    {u"issuer", u"issuer", Kind::Text},
    {u"province", u"province", Kind::Text},
    {u"city", u"city", Kind::Text},
    {u"service_name", u"service_name", Kind::Text},
    {u"remark", u"remark", Kind::Text},
    {u"agent_mark", u"agent_issued", Kind::Flag},
    {u"acquisition_mark", u"acquisition", Kind::Flag},
    {u"block_chain", u"blockchain", Kind::Flag},
    {u"electronic_mark", u"electronic", Kind::Flag},
    {u"code_confirm", u"printed_code", Kind::Code},
    {u"number_confirm", u"printed_number", Kind::Code},
    {u"title", u"title", Kind::Text},
    {u"total_cn", u"total_in_words", Kind::Text},
    {u"tax_rate", u"tax_rate", Kind::TaxRate},
    // vehicles
    {u"company_name", u"company_name", Kind::Text},
    {u"company_tax_id", u"company_tax_id", Kind::Code},
    {u"license_plate", u"license_plate", Kind::Text},
    {u"registration_number", u"registration_number", Kind::Code},
    {u"car_code", u"car_code", Kind::Code},
    {u"car_model", u"car_model", Kind::Text},
    {u"car_engine_code", u"car_engine_code", Kind::Code},
    {u"certificate_number", u"certificate_number", Kind::Code},
    {u"tax_authorities", u"tax_authorities", Kind::Text},
    {u"tax_authorities_code", u"tax_authorities_code", Kind::Code},
    // travel
    {u"time_geton", u"departure_time", Kind::Time},
    {u"time_getoff", u"arrival_time", Kind::Time},
    {u"mileage", u"mileage", Kind::Text},
    {u"place", u"place", Kind::Text},
    {u"name", u"passenger_name", Kind::Text},
    {u"user_name", u"passenger_name", Kind::Text},
    {u"user_id", u"passenger_id", Kind::Code},
    {u"station_geton", u"departure_station", Kind::Text},
    {u"station_getoff", u"arrival_station", Kind::Text},
    {u"entrance", u"departure_station", Kind::Text},
    {u"exit", u"arrival_station", Kind::Text},
    {u"train_number", u"train_number", Kind::Code},
    {u"seat", u"seat_class", Kind::Text},
    {u"agentcode", u"agent_code", Kind::Code},
    {u"issue_by", u"issued_by", Kind::Text},
    {u"fare", u"fare", Kind::Money},
    {u"fuel_surcharge", u"fuel_surcharge", Kind::Money},
    {u"caac_development_fund", u"caac_development_fund", Kind::Money},
    {u"insurance", u"insurance", Kind::Money},
    {u"international_flag", u"international_flag", Kind::Text},
    {u"print_number", u"print_number", Kind::Code},
    // receipts
    {u"store_name", u"store_name", Kind::Text},
    {u"subtotal", u"subtotal", Kind::Money},
    {u"discount", u"discount", Kind::Money},
    {u"tips", u"tips", Kind::Money},
    {u"currency_code", u"currency", Kind::Code},
};

bool isTicket(InvoiceType t)
{
    return t == InvoiceType::Train || t == InvoiceType::Bus || t == InvoiceType::Ship;
}

// Keys whose meaning depends on the invoice type. `found` false: fall back to kCommon.
std::optional<Rule> typeRule(QStringView key, InvoiceType type)
{
    if (type == InvoiceType::FlightItinerary) {
        // On an itinerary `number` is the e-ticket number and `tax` the 其他税费 column.
        if (key == u"number")
            return Rule{key, u"e_ticket_number", Kind::Code};
        if (key == u"tax")
            return Rule{key, u"other_taxes", Kind::Money};
    }
    if (type == InvoiceType::Receipt && key == u"type")
        return Rule{key, u"kind", Kind::Text};
    // 机动车销售统一发票 (10104): machine_code is its 机打代码 — the printed invoice code — not the
    // 机器编号 the key means on VAT invoices; machine_number (机打号码) is the contract's own
    // vehicle key.
    if (type == InvoiceType::MotorVehicle && key == u"machine_code")
        return Rule{key, u"printed_code", Kind::Code};
    // 火车票 (10503): serial_number (序列号) is the ticket's printed serial.
    if (type == InvoiceType::Train && key == u"serial_number")
        return Rule{key, u"print_number", Kind::Code};
    // 滴滴出行行程单 (20105): the trip period (行程开始/结束时间); `date` is the 申请日期.
    if (type == InvoiceType::DidiItinerary && key == u"date_start")
        return Rule{key, u"travel_date", Kind::Date};
    if (type == InvoiceType::DidiItinerary && key == u"date_end")
        return Rule{key, u"travel_date_end", Kind::Date};
    if (key == u"time") {
        // 乘车时间 on tickets; the time printed on machine receipts and toll slips is not a
        // departure and has no key of its own.
        if (isTicket(type))
            return Rule{key, u"departure_time", Kind::Time};
        return Rule{key, u"", Kind::Text};
    }
    return std::nullopt;
}

std::optional<Rule> ruleFor(QStringView key, InvoiceType type)
{
    if (const auto r = typeRule(key, type))
        return r->field.isEmpty() ? std::nullopt : r;
    for (const Rule &r : kCommon)
        if (r.key == key)
            return r;
    return std::nullopt;
}

// The date at the start of a date-time ("2019-05-26 12:30", "2019年05月26日 12:30"); anything
// else unchanged (then judged, and reported when it is no date).
QJsonValue leadingDate(const QJsonValue &v)
{
    static const QRegularExpression re(u"^\\s*(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?)(\\s|T|$)"_s);
    const QString t = text::fold(vendor::scalarText(v));
    const auto m = re.match(t);
    return m.hasMatch() ? QJsonValue(m.captured(1)) : v;
}

QPolygonF mapped(const QPolygonF &p, const QTransform &t)
{
    return p.isEmpty() ? p : t.map(p);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const auto add = [&out](const QJsonValue &e) {
        const QString s = vendor::scalarText(e).trimmed();
        if (!s.isEmpty() && !out.contains(s))
            out.append(s);
    };
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            add(e);
    } else {
        add(v); // a single string where a list was documented
    }
    return out;
}

void mapItemNames(Invoice &inv, const QJsonValue &v, const QString &source)
{
    // 品名, each separated by a comma: one line item per name, without amounts.
    const QString names = text::fold(vendor::scalarText(v));
    const QStringList parts = names.split(u',', Qt::SkipEmptyParts);
    for (const QString &n : parts) {
        if (n.trimmed().isEmpty())
            continue;
        FieldMap item;
        item.insert(u"name"_s, makeField(n.trimmed(), source));
        inv.items.append(item);
    }
}

void mapFlights(Invoice &inv, const QJsonValue &v, const QString &prefix)
{
    static constexpr Rule flightRules[] = {
        {u"from", u"from", Kind::Text},
        {u"to", u"to", Kind::Text},
        {u"flight_number", u"flight_number", Kind::Code},
        {u"date", u"date", Kind::Date},
        {u"time", u"time", Kind::Time},
        {u"seat", u"seat_class", Kind::Text},
        {u"class_name", u"seat_class", Kind::Text},
        {u"carrier", u"carrier", Kind::Text},
    };
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QJsonObject f = a.at(i).toObject();
        FieldMap flight;
        for (const Rule &r : flightRules) {
            if (flight.contains(r.field.toString()))
                continue; // seat (座位等级) wins over class_name
            vendor::put(inv, flight, r.field.toString(), f.value(r.key), r.kind,
                        prefix + u"[%1]."_s.arg(i) + r.key.toString());
        }
        if (!flight.isEmpty())
            inv.flights.append(flight);
    }
}

void mapTrips(Invoice &inv, const QJsonValue &v, const QString &prefix)
{
    static constexpr Rule tripRules[] = {
        {u"car_type", u"car_type", Kind::Text},
        {u"time_geton", u"time", Kind::Text}, // "05-26 12:30 周六": not a bare time
        {u"city", u"city", Kind::Text},
        {u"station_geton", u"from", Kind::Text},
        {u"station_getoff", u"to", Kind::Text},
        {u"mileage", u"mileage", Kind::Text},
        {u"total", u"total", Kind::Money},
    };
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QJsonObject t = a.at(i).toObject();
        FieldMap trip;
        for (const Rule &r : tripRules)
            vendor::put(inv, trip, r.field.toString(), t.value(r.key), r.kind,
                        prefix + u"[%1]."_s.arg(i) + r.key.toString());
        if (!trip.isEmpty())
            inv.trips.append(trip);
    }
}

void mapExtra(Invoice &inv, const QJsonObject &extra)
{
    const auto candidates = [&](const char16_t *vendorKey, const QString &fieldKey) {
        QStringList values = stringList(extra.value(QStringView(vendorKey)));
        for (QString &s : values)
            s = text::stripNumberPrefix(s);
        values.removeAll(inv.value(fieldKey)); // the value itself is no alternative
        if (!values.isEmpty())
            inv.candidates.insert(fieldKey, values);
    };
    candidates(u"check_code_candidates", u"check_code"_s);
    candidates(u"number_order_error", u"number"_s);
    // 校验码后六位备选: its own key (no field holds a tail), named as the vendor does; the Tencent
    // mapper uses the same key.
    candidates(u"check_code_last_six", u"check_code_last_six"_s);
    for (const QString &q : stringList(extra.value(u"qrcode")))
        if (!inv.qrcodes.contains(q))
            inv.qrcodes.append(q);
    for (const QString &b : stringList(extra.value(u"barcode")))
        if (!inv.barcodes.contains(b))
            inv.barcodes.append(b);
}

} // namespace

QString fieldKeyFor(const QString &detailsKey, InvoiceType type)
{
    const auto r = ruleFor(detailsKey, type);
    return r ? r->field.toString() : QString();
}

Invoice mapEntry(const QJsonObject &entry, const EntryContext &context)
{
    Invoice inv;
    inv.page = context.page;
    inv.pageSize = context.pageSize;
    inv.region = mapped(vendor::rectPolygon(entry.value(u"region")), context.toPage);
    inv.orientation = vendor::quarterTurn(entry.value(u"orientation"));

    const QString vendorPrefix = context.vendor + u':';
    const QJsonObject details = entry.value(u"details").toObject();

    const QString code = text::compact(vendor::scalarText(entry.value(u"type")));
    if (!code.isEmpty()) {
        const bool electronic = vendor::normalize(details.value(u"electronic_mark"), Kind::Flag).value == u"true";
        const auto t = context.codes == CodeTable::Ekuaibao ? typeFromEkuaibaoCode(code, electronic)
                                                            : typeFromQiniuCode(code);
        if (t) {
            inv.type = *t;
            inv.typeSource = vendorPrefix + u"type"_s;
        } else {
            inv.set(u"vendor_type"_s, makeField(code, vendorPrefix + u"type"_s));
        }
    }

    const QString detailsPrefix = vendorPrefix + u"details."_s;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QString key = it.key();
        const QString source = detailsPrefix + key;
        if (key == u"item_names") {
            mapItemNames(inv, it.value(), source);
            continue;
        }
        if (key == u"flights") {
            mapFlights(inv, it.value(), source);
            continue;
        }
        if (key == u"items" && it.value().isArray()) {
            mapTrips(inv, it.value(), source);
            continue;
        }
        if (key == u"category")
            continue; // after the loop: an oil_mark the vendor gave comes first
        if (inv.type == InvoiceType::DidiItinerary && (key == u"date_start" || key == u"date_end")) {
            // "2019-05-26 12:30" or a date alone: the date is kept (the key holds dates).
            const QString field = key == u"date_start" ? u"travel_date"_s : u"travel_date_end"_s;
            if (!inv.has(field))
                vendor::put(inv, field, leadingDate(it.value()), Kind::Date, source);
            continue;
        }
        const auto rule = ruleFor(key, inv.type);
        if (!rule)
            continue; // unknown or unused keys (producer_stamp, highway_flag …) are ignored
        const QString field = rule->field.toString();
        if (inv.has(field))
            continue; // two vendor keys for one field (name/user_name): the first one wins
        if (!vendor::put(inv, field, it.value(), rule->kind, source))
            continue;
        // A ticket's only date is the travel date.
        if (field == u"date" && (isTicket(inv.type) || inv.type == InvoiceType::Taxi))
            inv.set(u"travel_date"_s, inv.fields.value(field));
    }
    // 种类 (category), "oil表示是加油票": a refined-oil (成品油) invoice. Other words say nothing
    // documented and are left out.
    if (!inv.has(u"oil_mark"_s)
        && text::compact(vendor::scalarText(details.value(u"category"))).compare(u"oil", Qt::CaseInsensitive) == 0)
        inv.set(u"oil_mark"_s, makeField(u"true"_s, detailsPrefix + u"category"_s));
    if (inv.has(u"currency"_s))
        inv.fields[u"currency"_s].value = inv.value(u"currency"_s).toUpper();

    mapExtra(inv, entry.value(u"extra").toObject());

    if (inv.type == InvoiceType::Unknown)
        inferInvoiceType(inv);
    return inv;
}

} // namespace ra::ruiqi

#include "tencentofdmapper.h"

#include "vendor/vendorvalues.h"
#include "tencentvalues.h"

#include <QJsonArray>
#include <functional>

namespace ra::tencent {
namespace {

using namespace values;
using Normalizer = std::function<std::optional<QString>(const QString &raw, const QString &key, QStringList *w)>;

const Normalizer kText = [](const QString &r, const QString &, QStringList *) { return plain(r); };
const Normalizer kDigits = [](const QString &r, const QString &, QStringList *) { return digits(r); };
const Normalizer kMoney = [](const QString &r, const QString &k, QStringList *w) { return money(r, k, w); };
const Normalizer kDate = [](const QString &r, const QString &k, QStringList *w) { return date(r, k, w); };
const Normalizer kTime = [](const QString &r, const QString &k, QStringList *w) { return time(r, k, w); };
const Normalizer kRate = [](const QString &r, const QString &, QStringList *) { return taxRate(r); };
const Normalizer kDecimal = [](const QString &r, const QString &k, QStringList *w) { return decimal(r, k, w); };

struct Rule
{
    const char *vendorKey;
    const char *key;
    const Normalizer *normalize;
};

vendor::Kind findingKind(const Normalizer *n)
{
    return n == &kMoney ? vendor::Kind::Money
           : n == &kDate ? vendor::Kind::Date
           : n == &kTime ? vendor::Kind::Time
                         : vendor::Kind::Text;
}

// Reads `rules` from `object` into `offer(key, field)`; `prefix` names the vendor path. A present
// value that does not parse is left out and said in `findings` (vendor_value_invalid, about
// `fieldPrefix` + key, e.g. "items[0].amount") as well as in `warnings`.
template<typename Offer>
void apply(const QJsonObject &object, const QList<Rule> &rules, const QString &prefix, int page,
           QStringList *warnings, Offer offer, FindingList *findings = nullptr, const QString &fieldPrefix = {})
{
    Q_UNUSED(page);
    for (const Rule &r : rules) {
        const QString vk = QLatin1String(r.vendorKey);
        const QString path = prefix + vk;
        const QString source = QStringLiteral("tencent-ofd:") + path;
        const QString raw = text(object.value(vk));
        QStringList said;
        if (const auto v = (*r.normalize)(raw, path, &said))
            offer(QString::fromLatin1(r.key), makeField(*v, source));
        if (!said.isEmpty()) {
            if (warnings)
                *warnings << said;
            if (findings)
                *findings << vendor::invalidValueFinding(fieldPrefix + QString::fromLatin1(r.key), raw.trimmed(),
                                                         findingKind(r.normalize), source);
        }
    }
}

void applyAirTicket(Invoice &inv, const QJsonObject &air, int page, QStringList *warnings);
void applyRailwayTicket(Invoice &inv, const QJsonObject &rail, int page, QStringList *warnings);

} // namespace

Invoice mapVerifyOfdVatInvoiceOcr(const QJsonObject &response, int page, QStringList *warnings)
{
    Invoice inv;
    inv.page = page;
    auto offer = [&inv](const QString &key, const Field &f) { inv.offer(key, f); };

    const QString type = text(response.value(QStringLiteral("Type"))).trimmed();
    if (const auto t = typeFromTencentOfdType(type)) {
        inv.type = *t;
        inv.typeSource = QStringLiteral("tencent-ofd:Type");
    } else if (!type.isEmpty()) {
        inv.set(QStringLiteral("vendor_type"), makeField(type, QStringLiteral("tencent-ofd:Type")));
    }

    apply(response,
          {{"InvoiceTitle", "title", &kText},
           {"InvoiceCode", "code", &kDigits},
           {"InvoiceNumber", "number", &kDigits},
           {"IssueDate", "date", &kDate},
           {"InvoiceCheckCode", "check_code", &kDigits},
           {"MachineNumber", "machine_code", &kDigits},
           {"TaxControlCode", "ciphertext", &kText},
           {"TaxExclusiveTotalAmount", "pretax_amount", &kMoney},
           {"TaxTotalAmount", "tax_amount", &kMoney},
           {"TaxInclusiveTotalAmount", "total", &kMoney},
           {"InvoiceClerk", "issuer", &kText},
           {"Payee", "payee", &kText},
           {"Checker", "reviewer", &kText},
           {"Note", "remark", &kText}},
          QString(), page, warnings, offer, &inv.findings);

    const QList<Rule> party = {{"Name", "name", &kText},
                               {"TaxId", "tax_id", &kDigits},
                               {"AddrTel", "address_phone", &kText},
                               {"FinancialAccount", "bank_account", &kText}};
    for (const char *side : {"Buyer", "Seller"}) {
        const QString prefix = QString::fromLatin1(side).toLower() + QLatin1Char('_');
        apply(response.value(QLatin1String(side)).toObject(), party, QString::fromLatin1(side) + QLatin1Char('.'), page,
              warnings, [&](const QString &key, const Field &f) { inv.offer(prefix + key, f); }, &inv.findings, prefix);
    }

    const QList<Rule> goods = {{"Item", "name", &kText},          {"Specification", "spec", &kText},
                               {"MeasurementDimension", "unit", &kText}, {"Quantity", "quantity", &kDecimal},
                               {"Price", "unit_price", &kDecimal},  {"Amount", "amount", &kMoney},
                               {"TaxScheme", "tax_rate", &kRate},   {"TaxAmount", "tax_amount", &kMoney}};
    const QJsonArray goodsInfos = response.value(QStringLiteral("GoodsInfos")).toArray();
    for (qsizetype i = 0; i < goodsInfos.size(); ++i) {
        FieldMap item;
        apply(goodsInfos.at(i).toObject(), goods, QStringLiteral("GoodsInfos[%1].").arg(i), page, warnings,
              [&item](const QString &key, const Field &f) { item.insert(key, f); }, &inv.findings,
              QStringLiteral("items[%1].").arg(inv.items.size()));
        if (!item.isEmpty())
            inv.items << item;
    }

    // The answer carries AirTicketInfo and RailwayTicketInfo whatever the invoice is (the seed's
    // own example fills both for a 026 VAT invoice), so they are read only for the type they
    // describe: 040 the itinerary, 030 the rail ticket. Anything else keeps them out: a VAT
    // invoice gets no fare, passenger or flights.
    // (By the mapped type, so "40" as a JSON number counts as 040.)
    if (inv.type == InvoiceType::DigitalFlight)
        applyAirTicket(inv, response.value(QStringLiteral("AirTicketInfo")).toObject(), page, warnings);
    else if (inv.type == InvoiceType::DigitalTrain)
        applyRailwayTicket(inv, response.value(QStringLiteral("RailwayTicketInfo")).toObject(), page, warnings);

    return inv;
}

namespace {

// 航空运输电子客票行程单: the itinerary's own fields; amounts that repeat the invoice's are
// offered, so a disagreement shows as an alternative instead of being lost.
void applyAirTicket(Invoice &inv, const QJsonObject &air, int page, QStringList *warnings)
{
    auto offer = [&inv](const QString &key, const Field &f) { inv.offer(key, f); };
    apply(air,
          {{"PassengerName", "passenger_name", &kText},
           {"ValidIdNumber", "passenger_id", &kText},
           {"ElectronicInvoiceAirTransportReceiptNumber", "number", &kDigits},
           {"ElectronicTicketNum", "e_ticket_number", &kDigits},
           {"Endorsement", "endorsement", &kText},
           {"Fare", "fare", &kMoney},
           {"FuelSurcharge", "fuel_surcharge", &kMoney},
           {"VatRate", "tax_rate", &kRate},
           {"VatTaxAmount", "tax_amount", &kMoney},
           {"CivilAviationDevelopmentFund", "caac_development_fund", &kMoney},
           {"OtherTaxes", "other_taxes", &kMoney},
           {"Insurance", "insurance", &kMoney},
           {"TotalAmount", "total", &kMoney},
           {"VerificationCode", "check_code", &kDigits},
           {"AgentCode", "agent_code", &kText},
           {"IssueParty", "issued_by", &kText},
           {"IssueDate", "date", &kDate},
           {"IssuingStatus", "issuing_status", &kText},
           {"MarkingOfDomesticOrInternational", "international_flag", &kText},
           {"NameOfPurchaser", "buyer_name", &kText},
           {"UnifiedSocialCreditCodeOfPurchaser", "buyer_tax_id", &kDigits},
           {"NameOfSeller", "seller_name", &kText}},
          QStringLiteral("AirTicketInfo."), page, warnings, offer, &inv.findings);
    const QJsonArray legs = air.value(QStringLiteral("DetailInformationOfAirTicketTuple")).toArray();
    for (qsizetype i = 0; i < legs.size(); ++i) {
        FieldMap flight;
        apply(legs.at(i).toObject(),
              {{"DepartureStation", "from", &kText},
               {"DestinationStation", "to", &kText},
               {"Flight", "flight_number", &kText},
               {"CarrierDate", "date", &kDate},
               {"DepartureTime", "time", &kTime},
               {"SeatClass", "seat_class", &kText},
               {"Carrier", "carrier", &kText}},
              QStringLiteral("AirTicketInfo.DetailInformationOfAirTicketTuple[%1].").arg(i), page, warnings,
              [&flight](const QString &key, const Field &f) { flight.insert(key, f); }, &inv.findings,
              QStringLiteral("flights[%1].").arg(inv.flights.size()));
        if (!flight.isEmpty())
            inv.flights << flight;
    }
}

// 铁路电子客票: one trip per ticket. Its 票价 is what the ticket costs, tax included: offered as
// the total too (after TaxInclusiveTotalAmount, when the answer has one).
void applyRailwayTicket(Invoice &inv, const QJsonObject &rail, int page, QStringList *warnings)
{
    auto offer = [&inv](const QString &key, const Field &f) { inv.offer(key, f); };
    apply(rail,
          {{"ElectronicInvoiceRailwayETicketNumber", "number", &kDigits},
           {"ElectronicTicketNum", "e_ticket_number", &kDigits},
           {"DateOfIssue", "date", &kDate},
           {"TypeOfBusiness", "business_type", &kText},
           {"DepartureStation", "departure_station", &kText},
           {"DestinationStation", "arrival_station", &kText},
           {"TrainNumber", "train_number", &kText},
           {"TravelDate", "travel_date", &kDate},
           {"DepartureTime", "departure_time", &kTime},
           {"SeatLevel", "seat_class", &kText},
           {"Carriage", "carriage", &kText},
           {"Seat", "seat", &kText},
           {"Fare", "fare", &kMoney},
           {"Name", "passenger_name", &kText},
           {"IdNumber", "passenger_id", &kText},
           {"TotalAmountExcludingTax", "pretax_amount", &kMoney},
           {"TaxRate", "tax_rate", &kRate},
           {"TaxAmount", "tax_amount", &kMoney},
           {"NameOfPurchaser", "buyer_name", &kText},
           {"UnifiedSocialCreditCodeOfPurchaser", "buyer_tax_id", &kDigits},
           {"NumberOfOriginalInvoice", "original_number", &kDigits}},
          QStringLiteral("RailwayTicketInfo."), page, warnings, offer, &inv.findings);
    if (inv.fields.value(QStringLiteral("fare")).source == QLatin1String("tencent-ofd:RailwayTicketInfo.Fare"))
        inv.offer(QStringLiteral("total"), inv.fields.value(QStringLiteral("fare")));
}

// What a row says, whatever source or polygon it came with.
QString rowKey(const FieldMap &row)
{
    QStringList parts;
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().value;
    return parts.join(QLatin1Char('\x1f'));
}

void appendNewRows(QList<FieldMap> &into, const QList<FieldMap> &from)
{
    QStringList seen;
    for (const FieldMap &r : std::as_const(into))
        seen << rowKey(r);
    for (const FieldMap &r : from) {
        const QString k = rowKey(r);
        if (!seen.contains(k)) {
            into << r;
            seen << k;
        }
    }
}

} // namespace

QList<Invoice> combineOfdPages(const QList<Invoice> &pages)
{
    QList<Invoice> out;
    for (const Invoice &inv : pages) {
        const QString number = inv.value(QStringLiteral("number"));
        Invoice *same = nullptr;
        if (!number.isEmpty()) {
            for (Invoice &earlier : out)
                if (earlier.value(QStringLiteral("number")) == number
                    && earlier.value(QStringLiteral("code")) == inv.value(QStringLiteral("code"))) {
                    same = &earlier;
                    break;
                }
        }
        if (!same) {
            out << inv;
            continue;
        }
        for (auto it = inv.fields.cbegin(); it != inv.fields.cend(); ++it)
            same->offer(it.key(), it.value());
        appendNewRows(same->items, inv.items);
        appendNewRows(same->flights, inv.flights);
        appendNewRows(same->trips, inv.trips);
        for (const Finding &f : inv.findings)
            if (!same->findings.contains(f))
                same->findings << f;
        if (same->type == InvoiceType::Unknown && inv.type != InvoiceType::Unknown) {
            same->type = inv.type;
            same->typeSource = inv.typeSource;
        }
    }
    return out;
}

} // namespace ra::tencent

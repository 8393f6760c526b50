#include "fieldlayout.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

using Kind = FieldLayout::Kind;

struct KeyInfo
{
    QStringView key;
    Kind kind;
    const char *label; // QT_TRANSLATE_NOOP("FieldLayout", ...)
};

// Every key of the field documentation (docs/fields.md), in its order: the order extra fields
// appear in, each key's kind and label.
const KeyInfo kKeys[] = {
    // Identity
    {u"title", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Title")},
    {u"code", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Invoice code")},
    {u"number", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Invoice number")},
    {u"printed_code", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Printed invoice code")},
    {u"printed_number", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Printed invoice number")},
    {u"date", Kind::Date, QT_TRANSLATE_NOOP("FieldLayout", "Issue date")},
    {u"check_code", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Check code")},
    {u"machine_code", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Machine number")},
    {u"ciphertext", Kind::Multiline, QT_TRANSLATE_NOOP("FieldLayout", "Cipher area")},
    {u"form_type", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Copy")},
    {u"form_name", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Copy name")},
    {u"kind", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Consumption type")},
    {u"service_name", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Service type")},
    {u"province", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Province")},
    {u"city", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "City")},
    {u"vendor_type", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Vendor's type code")},
    // Flags
    {u"electronic", Kind::Boolean, QT_TRANSLATE_NOOP("FieldLayout", "Electronic")},
    {u"blockchain", Kind::Boolean, QT_TRANSLATE_NOOP("FieldLayout", "Blockchain invoice")},
    {u"company_seal", Kind::Boolean, QT_TRANSLATE_NOOP("FieldLayout", "Company seal")},
    {u"agent_issued", Kind::Boolean, QT_TRANSLATE_NOOP("FieldLayout", "Issued by the tax office")},
    {u"acquisition", Kind::Boolean, QT_TRANSLATE_NOOP("FieldLayout", "Purchase invoice")},
    {u"transit_mark", Kind::Boolean, QT_TRANSLATE_NOOP("FieldLayout", "Toll mark")},
    {u"oil_mark", Kind::Boolean, QT_TRANSLATE_NOOP("FieldLayout", "Refined oil mark")},
    // Amounts
    {u"pretax_amount", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "Amount before tax")},
    {u"tax_amount", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "Tax")},
    {u"total", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "Total")},
    {u"total_in_words", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Total in words")},
    {u"tax_rate", Kind::Rate, QT_TRANSLATE_NOOP("FieldLayout", "Tax rate")},
    {u"travel_tax", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "Vehicle and vessel tax")},
    {u"currency", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Currency")},
    {u"subtotal", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "Subtotal")},
    {u"discount", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "Discount")},
    {u"tips", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "Tips")},
    // Parties
    {u"seller_name", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Seller")},
    {u"seller_tax_id", Kind::TaxId, QT_TRANSLATE_NOOP("FieldLayout", "Seller tax ID")},
    {u"seller_address_phone", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Seller address")},
    {u"seller_bank_account", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Seller bank account")},
    {u"seller_id", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Seller ID number")},
    {u"buyer_name", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Buyer")},
    {u"buyer_tax_id", Kind::TaxId, QT_TRANSLATE_NOOP("FieldLayout", "Buyer tax ID")},
    {u"buyer_address_phone", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Buyer address")},
    {u"buyer_bank_account", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Buyer bank account")},
    {u"buyer_id", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Buyer ID number")},
    {u"store_name", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Store")},
    // People and notes
    {u"issuer", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Issuer")},
    {u"payee", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Payee")},
    {u"reviewer", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Reviewer")},
    {u"remark", Kind::Multiline, QT_TRANSLATE_NOOP("FieldLayout", "Remarks")},
    // Travel
    {u"passenger_name", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Passenger")},
    {u"passenger_id", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Passenger ID")},
    {u"departure_station", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "From")},
    {u"arrival_station", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "To")},
    {u"travel_date", Kind::Date, QT_TRANSLATE_NOOP("FieldLayout", "Travel date")},
    {u"travel_date_end", Kind::Date, QT_TRANSLATE_NOOP("FieldLayout", "Last travel date")},
    {u"platform", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Ride-hailing platform")},
    {u"trip_count", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Trips")},
    {u"departure_time", Kind::Time, QT_TRANSLATE_NOOP("FieldLayout", "Departure time")},
    {u"arrival_time", Kind::Time, QT_TRANSLATE_NOOP("FieldLayout", "Arrival time")},
    {u"train_number", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Train")},
    {u"seat_class", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Class")},
    {u"seat", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Seat")},
    {u"carriage", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Carriage")},
    {u"mileage", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Distance")},
    {u"license_plate", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Licence plate")},
    {u"place", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Place")},
    {u"e_ticket_number", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "E-ticket number")},
    {u"fare", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "Fare")},
    {u"fuel_surcharge", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "Fuel surcharge")},
    {u"caac_development_fund", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "CAAC development fund")},
    {u"insurance", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "Insurance")},
    {u"other_taxes", Kind::Money, QT_TRANSLATE_NOOP("FieldLayout", "Other taxes")},
    {u"agent_code", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Agent code")},
    {u"issued_by", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Issued by")},
    {u"international_flag", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Domestic or international")},
    {u"print_number", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Print number")},
    // Vehicles
    {u"car_code", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "VIN")},
    {u"car_engine_code", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Engine number")},
    {u"car_model", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Vehicle model")},
    {u"certificate_number", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Certificate number")},
    {u"registration_number", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Registration number")},
    {u"tax_authorities", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Tax authority")},
    {u"tax_authorities_code", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Tax authority code")},
    {u"machine_number", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Tax machine number")},
    {u"company_name", Kind::Text, QT_TRANSLATE_NOOP("FieldLayout", "Company")},
    {u"company_tax_id", Kind::TaxId, QT_TRANSLATE_NOOP("FieldLayout", "Company tax ID")},
};

const KeyInfo *infoOf(QStringView key)
{
    for (const KeyInfo &i : kKeys)
        if (i.key == key)
            return &i;
    return nullptr;
}

int orderOf(QStringView key)
{
    for (int i = 0; i < int(std::size(kKeys)); ++i)
        if (kKeys[i].key == key)
            return i;
    return int(std::size(kKeys));
}

// ---- the layouts: what a person checks on each kind of paper, in reading order ------------

// Paper and electronic VAT invoices with a code; the special (专用) kinds print no check code.
const QStringView kVatNormal[] = {
    u"title", u"code", u"number", u"date", u"check_code", u"machine_code",
    u"buyer_name", u"buyer_tax_id", u"buyer_address_phone", u"buyer_bank_account",
    u"seller_name", u"seller_tax_id", u"seller_address_phone", u"seller_bank_account",
    u"pretax_amount", u"tax_amount", u"total", u"total_in_words", u"remark",
    u"payee", u"reviewer", u"issuer", u"ciphertext",
};
const QStringView kVatSpecial[] = {
    u"title", u"code", u"number", u"date", u"machine_code",
    u"buyer_name", u"buyer_tax_id", u"buyer_address_phone", u"buyer_bank_account",
    u"seller_name", u"seller_tax_id", u"seller_address_phone", u"seller_bank_account",
    u"pretax_amount", u"tax_amount", u"total", u"total_in_words", u"remark",
    u"payee", u"reviewer", u"issuer", u"ciphertext",
};
const QStringView kVatToll[] = {
    u"title", u"code", u"number", u"date", u"check_code", u"machine_code",
    u"buyer_name", u"buyer_tax_id", u"seller_name", u"seller_tax_id",
    u"pretax_amount", u"tax_amount", u"total", u"total_in_words", u"transit_mark", u"remark",
    u"payee", u"reviewer", u"issuer",
};
const QStringView kVatRoll[] = {
    u"title", u"code", u"number", u"date", u"check_code", u"machine_code",
    u"seller_name", u"seller_tax_id", u"buyer_name", u"buyer_tax_id",
    u"total", u"total_in_words", u"payee", u"remark",
};
// 数电: no code, no check code, a 20-digit number.
const QStringView kDigital[] = {
    u"title", u"number", u"date",
    u"buyer_name", u"buyer_tax_id", u"seller_name", u"seller_tax_id",
    u"pretax_amount", u"tax_amount", u"total", u"total_in_words", u"remark", u"issuer",
};
const QStringView kDigitalTrain[] = {
    u"title", u"number", u"date",
    u"passenger_name", u"passenger_id", u"train_number", u"departure_station", u"arrival_station",
    u"travel_date", u"departure_time", u"seat_class", u"seat", u"carriage", u"total",
    u"e_ticket_number", u"buyer_name", u"buyer_tax_id",
};
const QStringView kTrain[] = {
    u"passenger_name", u"passenger_id", u"train_number", u"departure_station", u"arrival_station",
    u"travel_date", u"departure_time", u"seat_class", u"seat", u"carriage", u"total",
    u"e_ticket_number", u"number",
};
const QStringView kDigitalFlight[] = {
    u"title", u"number", u"date", u"passenger_name", u"passenger_id", u"e_ticket_number",
    u"fare", u"fuel_surcharge", u"caac_development_fund", u"other_taxes", u"tax_amount", u"total",
    u"buyer_name", u"buyer_tax_id", u"issued_by", u"agent_code",
};
const QStringView kFlightItinerary[] = {
    u"passenger_name", u"passenger_id", u"e_ticket_number", u"check_code", u"print_number", u"date",
    u"fare", u"fuel_surcharge", u"caac_development_fund", u"other_taxes", u"insurance", u"total",
    u"issued_by", u"agent_code", u"international_flag",
};
const QStringView kTaxi[] = {
    u"number", u"code", u"date", u"license_plate", u"departure_time", u"arrival_time", u"mileage", u"total",
};
const QStringView kCoach[] = {
    u"code", u"number", u"date", u"departure_station", u"arrival_station", u"travel_date",
    u"departure_time", u"seat", u"passenger_name", u"total",
};
const QStringView kToll[] = {
    u"title", u"code", u"number", u"date", u"departure_station", u"arrival_station",
    u"license_plate", u"total",
};
const QStringView kQuota[] = {
    u"title", u"code", u"number", u"total", u"province", u"city", u"date",
};
const QStringView kMachinePrinted[] = {
    u"title", u"code", u"number", u"date", u"check_code", u"printed_code", u"printed_number",
    u"buyer_name", u"buyer_tax_id", u"seller_name", u"seller_tax_id",
    u"total", u"total_in_words", u"remark",
};
const QStringView kMotorVehicle[] = {
    u"title", u"code", u"number", u"date", u"machine_code",
    u"buyer_name", u"buyer_id", u"buyer_tax_id", u"car_model", u"car_code", u"car_engine_code",
    u"certificate_number", u"seller_name", u"seller_tax_id", u"seller_address_phone", u"seller_bank_account",
    u"tax_rate", u"pretax_amount", u"tax_amount", u"total", u"total_in_words",
    u"tax_authorities", u"tax_authorities_code",
};
const QStringView kUsedCar[] = {
    u"title", u"code", u"number", u"date",
    u"buyer_name", u"buyer_id", u"seller_name", u"seller_id", u"license_plate", u"registration_number",
    u"car_model", u"car_code", u"total", u"total_in_words", u"company_name", u"company_tax_id", u"remark",
};
// Receipts of other bodies (medical, non-tax, tax certificates): who paid whom, how much.
const QStringView kOtherPaper[] = {
    u"title", u"code", u"number", u"date", u"check_code",
    u"buyer_name", u"seller_name", u"total", u"total_in_words", u"remark",
};
const QStringView kReceipt[] = {
    u"store_name", u"date", u"number", u"subtotal", u"discount", u"tips", u"total", u"currency",
};
const QStringView kDidi[] = {
    u"title", u"platform", u"date", u"travel_date", u"travel_date_end", u"trip_count", u"passenger_name",
    u"total", u"remark",
};
const QStringView kUnknown[] = {
    u"title", u"code", u"number", u"date", u"check_code",
    u"buyer_name", u"buyer_tax_id", u"seller_name", u"seller_tax_id",
    u"pretax_amount", u"tax_amount", u"total", u"remark",
};

template<size_t N>
QStringList toList(const QStringView (&keys)[N])
{
    QStringList out;
    out.reserve(int(N));
    for (QStringView k : keys)
        out.append(k.toString());
    return out;
}

} // namespace

QStringList FieldLayout::keys(InvoiceType type)
{
    switch (type) {
    case InvoiceType::VatNormal:
    case InvoiceType::VatElectronicNormal:
        return toList(kVatNormal);
    case InvoiceType::VatSpecial:
    case InvoiceType::VatElectronicSpecial:
        return toList(kVatSpecial);
    case InvoiceType::VatElectronicToll:
        return toList(kVatToll);
    case InvoiceType::VatRoll:
        return toList(kVatRoll);
    case InvoiceType::DigitalSpecial:
    case InvoiceType::DigitalNormal:
        return toList(kDigital);
    case InvoiceType::DigitalTrain:
        return toList(kDigitalTrain);
    case InvoiceType::Train:
        return toList(kTrain);
    case InvoiceType::DigitalFlight:
        return toList(kDigitalFlight);
    case InvoiceType::FlightItinerary:
        return toList(kFlightItinerary);
    case InvoiceType::Taxi:
        return toList(kTaxi);
    case InvoiceType::Bus:
    case InvoiceType::Ship:
        return toList(kCoach);
    case InvoiceType::Toll:
        return toList(kToll);
    case InvoiceType::Quota:
        return toList(kQuota);
    case InvoiceType::MachinePrinted:
        return toList(kMachinePrinted);
    case InvoiceType::MotorVehicle:
        return toList(kMotorVehicle);
    case InvoiceType::UsedCar:
        return toList(kUsedCar);
    case InvoiceType::Medical:
    case InvoiceType::NonTaxIncome:
    case InvoiceType::OtherReimbursable:
    case InvoiceType::TaxCertificate:
        return toList(kOtherPaper);
    case InvoiceType::Receipt:
        return toList(kReceipt);
    case InvoiceType::DidiItinerary:
    case InvoiceType::RideItinerary:
        return toList(kDidi);
    case InvoiceType::Unknown:
        break;
    }
    return toList(kUnknown);
}

QList<FieldLayout::Entry> FieldLayout::entries(InvoiceType type)
{
    QList<Entry> out;
    const QStringList ks = keys(type);
    out.reserve(ks.size());
    for (const QString &k : ks)
        out.append(Entry{k, kind(k)});
    return out;
}

QStringList FieldLayout::rowKeys(const Invoice &invoice)
{
    QStringList rows = keys(invoice.type);
    const QSet<QString> listed(rows.cbegin(), rows.cend());
    QSet<QString> extra;
    for (auto it = invoice.fields.cbegin(); it != invoice.fields.cend(); ++it)
        extra.insert(it.key());
    for (auto it = invoice.alternatives.cbegin(); it != invoice.alternatives.cend(); ++it)
        if (!it.value().isEmpty())
            extra.insert(it.key());
    for (auto it = invoice.candidates.cbegin(); it != invoice.candidates.cend(); ++it)
        if (!it.value().isEmpty())
            extra.insert(it.key());
    // A finding about a field the invoice lacks (a missing total) needs a row to point at.
    for (const Finding &f : invoice.findings)
        for (const QString &k : f.fields)
            extra.insert(k);
    extra.subtract(listed);
    extra.remove(QString());
    QStringList more(extra.cbegin(), extra.cend());
    std::sort(more.begin(), more.end(), [](const QString &a, const QString &b) {
        const int oa = orderOf(a);
        const int ob = orderOf(b);
        return oa != ob ? oa < ob : a < b;
    });
    rows += more;
    return rows;
}

FieldLayout::Kind FieldLayout::kind(const QString &key)
{
    const KeyInfo *i = infoOf(key);
    return i ? i->kind : Kind::Text;
}

QString FieldLayout::label(const QString &key)
{
    const KeyInfo *i = infoOf(key);
    return i ? QCoreApplication::translate("FieldLayout", i->label) : key;
}

bool FieldLayout::isKnown(const QString &key)
{
    return infoOf(key) != nullptr;
}

QStringList FieldLayout::itemKeys()
{
    return {u"name"_s, u"spec"_s, u"unit"_s, u"quantity"_s, u"unit_price"_s,
            u"amount"_s, u"tax_rate"_s, u"tax_amount"_s};
}

QStringList FieldLayout::flightKeys()
{
    return {u"from"_s, u"to"_s, u"flight_number"_s, u"date"_s, u"time"_s, u"seat_class"_s, u"carrier"_s};
}

QStringList FieldLayout::tripKeys()
{
    return {u"car_type"_s, u"time"_s, u"city"_s, u"from"_s, u"to"_s, u"mileage"_s, u"total"_s};
}

QString FieldLayout::listLabel(const QString &key)
{
    struct ListLabel
    {
        QStringView key;
        const char *label;
    };
    static const ListLabel labels[] = {
        {u"name", QT_TRANSLATE_NOOP("FieldLayout", "Item")},
        {u"spec", QT_TRANSLATE_NOOP("FieldLayout", "Specification")},
        {u"unit", QT_TRANSLATE_NOOP("FieldLayout", "Unit")},
        {u"quantity", QT_TRANSLATE_NOOP("FieldLayout", "Quantity")},
        {u"unit_price", QT_TRANSLATE_NOOP("FieldLayout", "Unit price")},
        {u"amount", QT_TRANSLATE_NOOP("FieldLayout", "Amount")},
        {u"tax_rate", QT_TRANSLATE_NOOP("FieldLayout", "Rate")},
        {u"tax_amount", QT_TRANSLATE_NOOP("FieldLayout", "Tax")},
        {u"tax_code", QT_TRANSLATE_NOOP("FieldLayout", "Tax category code")},
        {u"from", QT_TRANSLATE_NOOP("FieldLayout", "From")},
        {u"to", QT_TRANSLATE_NOOP("FieldLayout", "To")},
        {u"flight_number", QT_TRANSLATE_NOOP("FieldLayout", "Flight")},
        {u"date", QT_TRANSLATE_NOOP("FieldLayout", "Date")},
        {u"time", QT_TRANSLATE_NOOP("FieldLayout", "Time")},
        {u"seat_class", QT_TRANSLATE_NOOP("FieldLayout", "Class")},
        {u"carrier", QT_TRANSLATE_NOOP("FieldLayout", "Carrier")},
        {u"car_type", QT_TRANSLATE_NOOP("FieldLayout", "Car type")},
        {u"city", QT_TRANSLATE_NOOP("FieldLayout", "City")},
        {u"mileage", QT_TRANSLATE_NOOP("FieldLayout", "Distance")},
        {u"total", QT_TRANSLATE_NOOP("FieldLayout", "Total")},
    };
    for (const ListLabel &l : labels)
        if (l.key == key)
            return QCoreApplication::translate("FieldLayout", l.label);
    return key;
}

bool FieldLayout::isListMoney(const QString &key)
{
    return key == u"amount" || key == u"tax_amount" || key == u"total";
}

} // namespace ra

#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ra {

// The invoice types of normalized-invoice.md, in table order.
enum class InvoiceType {
    Unknown,
    VatSpecial,
    VatElectronicSpecial,
    VatNormal,
    VatElectronicNormal,
    VatRoll,
    VatElectronicToll,
    DigitalSpecial,
    DigitalNormal,
    DigitalTrain,
    DigitalFlight,
    MotorVehicle,
    UsedCar,
    Quota,
    MachinePrinted,
    Taxi,
    Train,
    Bus,
    Ship,
    FlightItinerary,
    Toll,
    Medical,
    NonTaxIncome,
    OtherReimbursable,
    TaxCertificate,
    Receipt,
    DidiItinerary,
    RideItinerary,   // ext: the itinerary of another ride-hailing platform (高德, 曹操, T3 …)
};

QString invoiceTypeKey(InvoiceType t);              // "vat_special", ..., "unknown"
InvoiceType invoiceTypeFromKey(const QString &key); // unknown key → Unknown
QString invoiceTypeNameZh(InvoiceType t);           // 增值税专用发票 ...
QString invoiceTypeNameEn(InvoiceType t);           // "VAT special invoice" ...
QList<InvoiceType> allInvoiceTypes();

// Vendor and QR mappings. Each returns std::nullopt when the code is not known, so the
// caller keeps the raw code in `vendor_type` and uses Unknown.
std::optional<InvoiceType> typeFromEkuaibaoCode(const QString &code, bool electronicMark = false);
std::optional<InvoiceType> typeFromQiniuCode(const QString &code);
std::optional<InvoiceType> typeFromTencentOfdType(const QString &type);   // "010", "026", ...
std::optional<InvoiceType> typeFromTencentName(const QString &words);      // 发票类型 / 发票名称 words
std::optional<InvoiceType> typeFromQrKind(const QString &kind);            // QR field 1: "01", "10", "31"...
std::optional<InvoiceType> typeFromTitle(const QString &title);            // printed title
std::optional<InvoiceType> typeFromInvoiceCode(const QString &code);       // 10/12-digit code structure
std::optional<InvoiceType> typeFromDigitalNumber(const QString &number20); // hints from a 20-digit number

// True for the 数电 (fully digital) kinds whose QR amount is tax-inclusive: QR kinds 31/32/51/61.
bool isDigitalType(InvoiceType t);

// A supporting document, not an invoice: a ride-hailing itinerary (行程单) handed in next to
// the e-invoice of the same trips. It belongs to that invoice and is never counted in a
// claim's totals (its amount is the invoice's, already counted).
bool isSupportingDocument(InvoiceType t);

// True for a kind whose paper carries no QR code (ride-hailing itineraries): the local
// provider does not render its pages hunting for one.
bool carriesNoQrCode(InvoiceType t);

} // namespace ra

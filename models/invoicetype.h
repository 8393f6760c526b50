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

} // namespace ra

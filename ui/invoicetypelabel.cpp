#include "invoicetypelabel.h"

namespace ra {

QString InvoiceTypeLabel::shortName(InvoiceType type)
{
    // The comments suggest the Chinese abbreviation a translator may use.
    switch (type) {
    case InvoiceType::Unknown: return tr("Unknown", "未知");
    case InvoiceType::VatSpecial: return tr("VAT special", "专票");
    case InvoiceType::VatElectronicSpecial: return tr("e-VAT special", "电子专票");
    case InvoiceType::VatNormal: return tr("VAT ordinary", "普票");
    case InvoiceType::VatElectronicNormal: return tr("e-VAT ordinary", "电子普票");
    case InvoiceType::VatRoll: return tr("VAT roll", "卷票");
    case InvoiceType::VatElectronicToll: return tr("e-VAT toll", "通行费电子票");
    case InvoiceType::DigitalSpecial: return tr("Digital special", "数电专票");
    case InvoiceType::DigitalNormal: return tr("Digital ordinary", "数电普票");
    case InvoiceType::DigitalTrain: return tr("Digital train", "数电火车票");
    case InvoiceType::DigitalFlight: return tr("Digital flight", "数电行程单");
    case InvoiceType::MotorVehicle: return tr("Vehicle sale", "机动车");
    case InvoiceType::UsedCar: return tr("Used car", "二手车");
    case InvoiceType::Quota: return tr("Fixed amount", "定额");
    case InvoiceType::MachinePrinted: return tr("Machine-printed", "机打");
    case InvoiceType::Taxi: return tr("Taxi", "出租车");
    case InvoiceType::Train: return tr("Train", "火车票");
    case InvoiceType::Bus: return tr("Coach", "汽车票");
    case InvoiceType::Ship: return tr("Ferry", "船票");
    case InvoiceType::FlightItinerary: return tr("Flight", "行程单");
    case InvoiceType::Toll: return tr("Toll", "过路费");
    case InvoiceType::Medical: return tr("Medical", "医疗");
    case InvoiceType::NonTaxIncome: return tr("Non-tax", "非税");
    case InvoiceType::OtherReimbursable: return tr("Other", "其他");
    case InvoiceType::TaxCertificate: return tr("Tax certificate", "完税证明");
    case InvoiceType::Receipt: return tr("Receipt", "小票");
    case InvoiceType::DidiItinerary: return tr("DiDi trip", "滴滴行程单");
    case InvoiceType::RideItinerary: return tr("Ride trips", "网约车行程单");
    }
    return tr("Unknown", "未知");
}

} // namespace ra

#pragma once

#include "invoice.h"

#include <optional>

namespace ra {
class PdfTextLayer;
}

namespace ra::pdfx {

// Ride-hailing itineraries (滴滴出行-行程单, 高德打车 / 曹操出行 / T3出行 行程单 …): supporting
// documents handed in next to the e-invoice of the same trips. They carry no invoice number,
// no tax and no QR code; what counts is the platform, the trip period, the number of trips,
// their total and the trips themselves.
//
// A page is one when it names a 行程单, states "共N笔行程" (or has a trip table: 上车时间 with
// 起点 / 终点) and prints no 发票号码 (a 航空运输电子客票行程单 is an invoice, read elsewhere).
bool looksLikeRideItinerary(const PdfTextLayer &layer);

// The itinerary on the page: type didi_itinerary (滴滴) or ride_itinerary (others), fields
// title, platform (the platform's name, when the title names a known one), date (申请日期),
// travel_date and travel_date_end (the trip period), trip_count, total (合计), and `trips`
// (car_type, time, city, from, to, mileage, total per row). A count or total the rows do not
// add up to is kept and marked uncertain. Source "pdf:text", polygons in page pixels.
std::optional<Invoice> extractRideItinerary(const PdfTextLayer &layer, int pageNumber);

} // namespace ra::pdfx

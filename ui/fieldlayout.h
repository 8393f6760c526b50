#pragma once

#include "invoice.h"
#include "invoicetype.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ra {

// Which fields the form shows for each invoice type, in which order, what kind of value each
// is (for editing and checking input) and its translated label. The one place that decides
// it: the form, and anything else that lists an invoice's fields, ask here.
//
// A type's list is what a person expects to check on that paper, absent values included (so a
// missing total is an empty row, not a missing row). Fields an invoice has that its type's list
// does not name still appear, after the listed ones: nothing is hidden.
class FieldLayout
{
public:
    enum class Kind {
        Text,
        Money,     // decimal string with two places ("103.00")
        Date,      // ISO date
        Time,      // HH:MM
        TaxId,     // 纳税人识别号 / 统一社会信用代码
        Rate,      // "13%", or a word (免税)
        Boolean,   // "true" / "false"
        Multiline, // text whose lines matter (密码区, 备注)
    };

    struct Entry
    {
        QString key;
        Kind kind = Kind::Text;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // The fields a type lists, in form order.
    static QList<Entry> entries(InvoiceType type);
    static QStringList keys(InvoiceType type);
    // The rows of the form for one invoice: its type's keys, then every other key the invoice has
    // a value, an alternative or a vendor candidate for, or that a finding names (known keys in
    // the order of the field documentation, unknown keys alphabetically).
    static QStringList rowKeys(const Invoice &invoice);

    // Any key, listed or not; unknown keys are text.
    static Kind kind(const QString &key);
    // Translated label; an unknown key is shown as itself.
    static QString label(const QString &key);
    // Whether the key is in the field documentation at all.
    static bool isKnown(const QString &key);

    // Columns of the line lists (read-only tables), and their translated headers.
    static QStringList itemKeys();    // name, spec, unit, quantity, unit_price, amount, tax_rate, tax_amount
    static QStringList flightKeys();  // from, to, flight_number, date, time, seat_class, carrier
    static QStringList tripKeys();    // car_type, time, city, from, to, mileage, total
    static QString listLabel(const QString &key);
    // Whether a list column holds amounts (shown right-aligned with two places).
    static bool isListMoney(const QString &key);
};

} // namespace ra

#pragma once

#include <QColor>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ra::samples {

// One goods line. Amounts are integer fen; the unit price is exact so that
// quantity × price = amount holds on the printed invoice.
struct SampleItem
{
    QString name;
    QString spec;
    QString unit;
    int quantity = 1;
    qint64 unitPriceFen = 0;
    int ratePercent = 0;

    qint64 amountFen() const { return unitPriceFen * quantity; }
    // Tax per line, rounded half up as the issuing systems do.
    qint64 taxFen() const { return (amountFen() * ratePercent + 50) / 100; }
};

struct SampleParty
{
    QString name;
    QString taxId;        // empty for a private person
    QString addressPhone;
    QString bank;
};

// A fictitious invoice of one of the two layouts the generator draws, with everything the
// manifest records about it.
class SampleInvoice
{
public:
    enum class Layout { Digital, LegacyElectronic };

    QString file;          // relative to OUTDIR
    QString fileKind;      // manifest "kind": pdf, ofd, image
    int page = 1;          // 1-based page of the file this invoice is on
    int pages = 1;
    Layout layout = Layout::Digital;
    QString qrKind;        // "31", "32", "10"
    QString type;          // normalized type key
    QString title;
    QString code;          // empty for 数电
    QString number;
    QDate date;
    QString checkCode;     // 20 digits, legacy only
    QString machineNo;     // legacy only
    QStringList cipher;    // 密码区, legacy only
    QString token;         // trailing QR token
    SampleParty buyer;
    SampleParty seller;
    QList<SampleItem> items;
    QStringList remark;
    QString issuer;
    QString payee;
    QString reviewer;
    QColor qrColor = Qt::black;

    qint64 pretaxFen() const;
    qint64 taxFen() const;
    qint64 totalFen() const { return pretaxFen() + taxFen(); }
    QString qrPayload() const;
    QJsonObject manifestEntry() const;

    // The invoices the generator writes, in a fixed order with fixed values.
    static QList<SampleInvoice> catalogue();
};

// "1234.50" for 123450 fen.
QString formatFen(qint64 fen);
// 17 characters + the GB 32100 check character.
QString uscc(const QString &first17);
// 2024年05月20日
QString chineseDate(const QDate &d);

} // namespace ra::samples

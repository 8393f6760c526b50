#include "sampleclaim.h"

#include "claim/claimdocument.h"
#include "documentformat.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace ra::test {

QByteArray makeTestPdf(const QString &text, int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A5));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(150);
        QPainter p(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            QFont f(u"Noto Sans CJK SC"_s);
            f.setPointSize(20);
            p.setFont(f);
            p.drawRect(QRect(20, 20, writer.width() - 40, writer.height() - 40));
            p.drawText(QRect(0, 0, writer.width(), writer.height()), Qt::AlignCenter,
                       u"%1 · %2"_s.arg(text).arg(i + 1));
        }
    }
    return bytes;
}

static QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

RecognizedDocument recognized(const QByteArray &bytes, const QString &file, const QList<Invoice> &invoices,
                              const QString &provider)
{
    RecognizedDocument doc;
    doc.file = file;
    doc.sha256 = sha256Hex(bytes);
    doc.format = formatKey(sniffFormat(bytes));
    doc.pages = 1;
    doc.provider = provider;
    doc.invoices = invoices;
    return doc;
}

Invoice testInvoice(InvoiceType type, const QString &code, const QString &number, const QString &date,
                    const QString &pretax, const QString &tax, const QString &total, const QString &seller)
{
    Invoice inv;
    inv.type = type;
    inv.typeSource = u"test"_s;
    inv.pageSize = QSizeF(1240, 874);
    const auto put = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            inv.set(key, makeField(value, u"test"_s, QPolygonF({{10, 10}, {110, 10}, {110, 30}, {10, 30}}), 1));
    };
    put(u"code"_s, code);
    put(u"number"_s, number);
    put(u"date"_s, date);
    put(u"pretax_amount"_s, pretax);
    put(u"tax_amount"_s, tax);
    put(u"total"_s, total);
    put(u"seller_name"_s, seller);
    return inv;
}

ExportSource SampleClaim::source() const
{
    ExportSource s;
    s.data = data;
    const QHash<QString, QByteArray> copy = bytes;
    s.originalBytes = [copy](const QString &sha) { return copy.value(sha); };
    return s;
}

SampleClaim sampleClaim(bool pdfOriginals)
{
    SampleClaim c;
    ClaimData &d = c.data;
    d.claimId = u"00000000-0000-4000-8000-000000000001"_s;
    d.details.title = u"2024-05 上海出差"_s;
    d.details.claimant = u"张三"_s;
    d.details.department = u"市场部"_s;
    d.details.purpose = u"客户拜访"_s;
    d.details.periodStart = QDate(2024, 5, 1);
    d.details.periodEnd = QDate(2024, 5, 31);
    d.details.companyName = u"示例科技有限公司"_s;

    const QList<QPair<QString, QByteArray>> files = {
        {u"taxi.pdf"_s, pdfOriginals ? makeTestPdf(u"出租车 TAXI"_s) : QByteArrayLiteral("%PDF-1.4 taxi placeholder")},
        {u"dinner.pdf"_s, pdfOriginals ? makeTestPdf(u"餐饮 DINNER"_s) : QByteArrayLiteral("%PDF-1.4 dinner placeholder")},
        {u"hotel.pdf"_s, pdfOriginals ? makeTestPdf(u"酒店 HOTEL"_s) : QByteArrayLiteral("%PDF-1.4 hotel placeholder")},
    };
    QStringList shas;
    for (qsizetype i = 0; i < files.size(); ++i) {
        ClaimOriginal o;
        o.sha256 = sha256Hex(files.at(i).second);
        o.name = files.at(i).first;
        o.format = u"pdf"_s;
        o.size = files.at(i).second.size();
        o.pages = 1;
        o.addedAt = QDateTime(QDate(2024, 6, 1), QTime(9, 0, int(i)), Qt::UTC);
        d.originals.append(o);
        c.bytes.insert(o.sha256, files.at(i).second);
        shas << o.sha256;
    }

    Invoice taxi = testInvoice(InvoiceType::Taxi, u"131001871022"_s, u"01670989"_s, u"2024-05-06"_s, {}, {},
                               u"23.00"_s, u"上海强生出租汽车有限公司"_s);
    Invoice dinner = testInvoice(InvoiceType::VatElectronicNormal, u"031001900111"_s, u"12345678"_s, u"2024-05-08"_s,
                                 u"100.00"_s, u"6.00"_s, u"106.00"_s, u"上海\"老正兴\"菜馆, 福州路店"_s);
    dinner.findings.append(Finding{u"buyer_mismatch"_s, Severity::Warning, u"The buyer is not your company."_s,
                                   u"购买方不是本公司。"_s, {u"buyer_name"_s}});
    Invoice hotel = testInvoice(InvoiceType::DigitalNormal, {}, u"24312000000012345678"_s, u"2024-05-10"_s,
                                u"943.40"_s, u"56.60"_s, u"1000.00"_s, u"=SUM(A1) 酒店"_s);
    // Edited by a person: the machine read 1,000.00 as 100.00.
    Field edited = hotel.fields.value(u"total"_s);
    edited.machineValue = u"100.00"_s;
    edited.edited = true;
    edited.source = u"user"_s;
    hotel.set(u"total"_s, edited);
    Invoice hotel2 = testInvoice(InvoiceType::DigitalNormal, {}, u"24312000000012345679"_s, u"2024年5月11日"_s,
                                 u"-94.34"_s, u"-5.66"_s, u"-100.00"_s, u"上海和平饭店"_s);
    hotel2.page = 1;
    hotel2.findings.append(Finding{u"total_mismatch"_s, Severity::Error, u"Amounts do not add up."_s,
                                   u"金额与税额之和不等于价税合计。"_s, {u"total"_s}});
    hotel2.findings.append(Finding{u"note"_s, Severity::Info, u"Just so you know."_s, u"提示。"_s, {}});

    d.invoices = {ClaimInvoice{1, shas.at(0), 1, taxi}, ClaimInvoice{2, shas.at(1), 2, dinner},
                  ClaimInvoice{3, shas.at(2), 3, hotel}, ClaimInvoice{4, shas.at(2), 3, hotel2}};
    for (qsizetype i = 0; i < files.size(); ++i) {
        RecognitionRecord r;
        r.id = i + 1;
        r.recognizedAt = QDateTime(QDate(2024, 6, 1), QTime(9, 1, int(i)), Qt::UTC);
        QList<Invoice> invs;
        for (const ClaimInvoice &ci : std::as_const(d.invoices))
            if (ci.sha256 == shas.at(i))
                invs << ci.invoice;
        r.document = recognized(files.at(i).second, files.at(i).first, invs);
        d.recognitions.append(r);
    }
    d.history.append(FieldEdit{1, 3, u"total"_s, u"100.00"_s, u"100.00"_s, u"1000.00"_s,
                               QDateTime(QDate(2024, 6, 1), QTime(10, 0), Qt::UTC), false});
    return c;
}

bool addSampleTo(const SampleClaim &sample, ClaimDocument &doc)
{
    for (const ClaimOriginal &o : sample.data.originals) {
        QList<Invoice> invoices;
        for (const ClaimInvoice &ci : sample.data.invoices)
            if (ci.sha256 == o.sha256)
                invoices << ci.invoice;
        const QByteArray bytes = sample.bytes.value(o.sha256);
        if (doc.addDocument(bytes, recognized(bytes, o.name, invoices)) != ClaimDocument::AddResult::Added)
            return false;
    }
    return true;
}

} // namespace ra::test

#include "export/jsonexporter.h"

#include "export/claimsummary.h"
#include "invoicejson.h"
#include "money.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

QJsonValue orNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject detailsJson(const ClaimData &data)
{
    const ClaimDetails &d = data.details;
    return QJsonObject{
        {u"id"_s, data.claimId},
        {u"title"_s, d.title},
        {u"claimant"_s, d.claimant},
        {u"department"_s, d.department},
        {u"purpose"_s, d.purpose},
        {u"period"_s, QJsonObject{{u"start"_s, d.periodStart.isValid() ? QJsonValue(d.periodStart.toString(Qt::ISODate)) : QJsonValue()},
                                  {u"end"_s, d.periodEnd.isValid() ? QJsonValue(d.periodEnd.toString(Qt::ISODate)) : QJsonValue()}}},
        {u"currency"_s, d.currency},
        {u"company_name"_s, d.companyName},
        {u"company_tax_id"_s, d.companyTaxId},
    };
}

QJsonObject summaryJson(const ClaimSummary &s)
{
    QJsonArray byType;
    for (const ClaimSummary::TypeSubtotal &t : s.byType)
        byType.append(QJsonObject{{u"type"_s, invoiceTypeKey(t.type)},
                                  {u"count"_s, t.count},
                                  {u"pretax_amount"_s, money::formatFen(t.pretaxFen)},
                                  {u"tax_amount"_s, money::formatFen(t.taxFen)},
                                  {u"total"_s, money::formatFen(t.totalFen)}});
    return QJsonObject{{u"count"_s, s.count},
                       {u"pretax_amount"_s, money::formatFen(s.pretaxFen)},
                       {u"tax_amount"_s, money::formatFen(s.taxFen)},
                       {u"total"_s, money::formatFen(s.totalFen)},
                       {u"by_type"_s, byType},
                       {u"open_findings"_s, int(s.openFindings.size())}};
}

// The latest recognition of an original: the provider and error the document reports.
const RecognitionRecord *latestRecognition(const ClaimData &data, const QString &sha256)
{
    const RecognitionRecord *latest = nullptr;
    for (const RecognitionRecord &r : data.recognitions)
        if (r.document.sha256 == sha256)
            latest = &r;
    return latest;
}

// A file of the claim without recognised invoices, in the document shape (so the contract
// reader takes it as a document with no invoices, and with its error when it failed) plus its
// state: nothing of it counts in the summary.
QJsonObject intakeJson(const ClaimIntake &e)
{
    RecognizedDocument doc;
    doc.file = e.name;
    doc.sha256 = e.sha256;
    doc.format = e.format;
    doc.provider = e.provider;
    if (e.state == ClaimIntake::State::Failed || !e.errorCode.isEmpty())
        doc.error = DocumentError{e.errorCode.isEmpty() ? u"unknown"_s : e.errorCode, e.errorMessage};
    QJsonObject d = toJson(doc);
    d.insert(u"added_at"_s, e.acceptedAt.isValid() ? QJsonValue(e.acceptedAt.toString(Qt::ISODateWithMs)) : QJsonValue());
    d.insert(u"state"_s, intakeStateKey(e.state));
    d.insert(u"invoice_count"_s, 0);
    d.insert(u"intake_id"_s, e.id);
    if (!e.url.isEmpty())
        d.insert(u"url"_s, e.url);
    return d;
}

} // namespace

bool JsonExporter::write(const ExportSource &source, const ExportOptions &options, QIODevice *out)
{
    Q_UNUSED(options);
    const ClaimData &data = source.data;
    QJsonArray documents;
    for (const ClaimOriginal &o : data.originals) {
        RecognizedDocument doc;
        doc.file = o.name;
        doc.sha256 = o.sha256;
        doc.format = o.format;
        doc.pages = o.pages;
        if (const RecognitionRecord *r = latestRecognition(data, o.sha256)) {
            doc.provider = r->document.provider;
            doc.error = r->document.error;
        }
        QJsonObject d = toJson(doc);
        QJsonArray invoices;
        for (const ClaimInvoice &ci : data.invoices) {
            if (ci.sha256 != o.sha256)
                continue;
            QJsonObject inv = toJson(ci.invoice);
            inv.insert(u"id"_s, ci.id);
            invoices.append(inv);
        }
        d.insert(u"invoices"_s, invoices);
        d.insert(u"added_at"_s, o.addedAt.toString(Qt::ISODateWithMs));
        d.insert(u"state"_s, u"recognised"_s);
        d.insert(u"invoice_count"_s, invoices.size());
        documents.append(d);
    }
    for (const ClaimIntake &e : data.intake)
        documents.append(intakeJson(e));
    QJsonArray history;
    for (const FieldEdit &e : data.history)
        history.append(QJsonObject{{u"invoice_id"_s, e.invoiceId},
                                   {u"field"_s, e.fieldKey},
                                   {u"machine_value"_s, orNull(e.machineValue)},
                                   {u"old_value"_s, orNull(e.oldValue)},
                                   {u"new_value"_s, orNull(e.newValue)},
                                   {u"when"_s, e.when.toString(Qt::ISODateWithMs)},
                                   {u"undo"_s, e.undo}});
    const QJsonObject root{{u"claim"_s, detailsJson(data)},
                           {u"summary"_s, summaryJson(ClaimSummary::of(data))},
                           {u"documents"_s, documents},
                           {u"history"_s, history}};
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (out->write(bytes) != bytes.size())
        return fail(out->errorString());
    return true;
}

} // namespace ra

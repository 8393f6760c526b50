// JSON export: the normalized contract the recognize command writes (the contract reader reads
// it back unchanged), with provenance and findings, plus claim details, summary and history;
// every document of the claim with its state, the files without recognised invoices included
// (and counted in no total).
#include "export/jsonexporter.h"
#include "invoicejson.h"
#include "sampleclaim.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ra;

class TestExportJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_claim = test::sampleClaim();
        QBuffer buffer(&m_bytes);
        buffer.open(QIODevice::WriteOnly);
        const ExportSource source = m_claim.source();
        QVERIFY(JsonExporter().write(source, ExportOptions(), &buffer));
        QCOMPARE(source.data, m_claim.data); // an export only reads
        QJsonParseError error;
        m_root = QJsonDocument::fromJson(m_bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void contractReaderReadsItBack()
    {
        QString error;
        const auto docs = documentsFromJson(m_bytes, &error);
        QVERIFY2(docs, qPrintable(error));
        QCOMPARE(docs->size(), m_claim.data.originals.size());
        QList<Invoice> read;
        for (const RecognizedDocument &d : *docs) {
            const ClaimOriginal *o = m_claim.data.original(d.sha256);
            QVERIFY(o);
            QCOMPARE(d.file, o->name);
            QCOMPARE(d.format, o->format);
            QCOMPARE(d.provider, u"local"_s);
            read << d.invoices;
        }
        QCOMPARE(read.size(), m_claim.data.invoices.size());
        for (qsizetype i = 0; i < read.size(); ++i)
            QCOMPARE(read.at(i), m_claim.data.invoices.at(i).invoice);
    }

    void provenanceAndFindings()
    {
        const QJsonArray docs = m_root.value(u"documents"_s).toArray();
        const QJsonObject hotel = docs.at(2).toObject().value(u"invoices"_s).toArray().at(0).toObject();
        QCOMPARE(hotel.value(u"id"_s).toInteger(), 3);
        const QJsonObject total = hotel.value(u"fields"_s).toObject().value(u"total"_s).toObject();
        QCOMPARE(total.value(u"value"_s).toString(), u"1000.00"_s);
        QCOMPARE(total.value(u"edited"_s).toBool(), true);
        QCOMPARE(total.value(u"machine_value"_s).toString(), u"100.00"_s);
        QCOMPARE(total.value(u"source"_s).toString(), u"user"_s);
        QCOMPARE(total.value(u"polygon"_s).toArray().size(), 4);
        QCOMPARE(total.value(u"page"_s).toInt(), 1);
        const QJsonObject dinner = docs.at(1).toObject().value(u"invoices"_s).toArray().at(0).toObject();
        const QJsonObject finding = dinner.value(u"findings"_s).toArray().at(0).toObject();
        QCOMPARE(finding.value(u"rule"_s).toString(), u"buyer_mismatch"_s);
        QCOMPARE(finding.value(u"message_zh"_s).toString(), u"购买方不是本公司。"_s);
    }

    void claimSummaryAndHistory()
    {
        const QJsonObject claim = m_root.value(u"claim"_s).toObject();
        QCOMPARE(claim.value(u"claimant"_s).toString(), u"张三"_s);
        QCOMPARE(claim.value(u"period"_s).toObject().value(u"start"_s).toString(), u"2024-05-01"_s);
        QCOMPARE(claim.value(u"currency"_s).toString(), u"CNY"_s);
        const QJsonObject summary = m_root.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"count"_s).toInt(), 4);
        QCOMPARE(summary.value(u"total"_s).toString(), u"1029.00"_s);
        QCOMPARE(summary.value(u"open_findings"_s).toInt(), 2);
        const QJsonArray byType = summary.value(u"by_type"_s).toArray();
        QCOMPARE(byType.size(), 3);
        QCOMPARE(byType.at(1).toObject().value(u"type"_s).toString(), u"digital_normal"_s);
        QCOMPARE(byType.at(1).toObject().value(u"total"_s).toString(), u"900.00"_s);
        const QJsonArray history = m_root.value(u"history"_s).toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0).toObject().value(u"new_value"_s).toString(), u"1000.00"_s);
        QCOMPARE(history.at(0).toObject().value(u"when"_s).toString(), u"2024-06-01T10:00:00.000Z"_s);
    }

    void recognisedDocumentsSayTheirState()
    {
        const QJsonArray docs = m_root.value(u"documents"_s).toArray();
        QCOMPARE(docs.size(), m_claim.data.originals.size());
        const QList<int> counts = {1, 1, 2};
        for (qsizetype i = 0; i < docs.size(); ++i) {
            const QJsonObject d = docs.at(i).toObject();
            QCOMPARE(d.value(u"state"_s).toString(), u"recognised"_s);
            QCOMPARE(d.value(u"invoice_count"_s).toInt(), counts.at(i));
            QCOMPARE(d.value(u"invoices"_s).toArray().size(), counts.at(i));
            QCOMPARE(d.value(u"file"_s).toString(), m_claim.data.originals.at(i).name);
            QCOMPARE(d.value(u"sha256"_s).toString(), m_claim.data.originals.at(i).sha256);
            QCOMPARE(d.value(u"format"_s).toString(), u"pdf"_s);
            QCOMPARE(d.value(u"pages"_s).toInt(), 1);
        }
    }

    void filesWithoutInvoicesAreListed()
    {
        test::SampleClaim claim = m_claim;
        ClaimIntake failed;
        failed.id = 7;
        failed.name = u"photo.jpg"_s;
        failed.sha256 = u"ab12"_s;
        failed.format = u"jpeg"_s;
        failed.provider = u"local"_s;
        failed.state = ClaimIntake::State::Failed;
        failed.errorCode = u"no_invoice"_s;
        failed.errorMessage = u"No invoice was found on it."_s;
        failed.acceptedAt = QDateTime(QDate(2024, 6, 2), QTime(8, 0), Qt::UTC);
        ClaimIntake waiting;
        waiting.id = 8;
        waiting.name = u"later.pdf"_s;
        ClaimIntake remote;
        remote.id = 9;
        remote.name = u"inv.ofd"_s;
        remote.url = u"https://example.com/inv.ofd"_s;
        remote.state = ClaimIntake::State::Recognising;
        ClaimIntake cancelled;
        cancelled.id = 10;
        cancelled.name = u"stopped.png"_s;
        cancelled.state = ClaimIntake::State::Cancelled;
        claim.data.intake = {failed, waiting, remote, cancelled};

        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(JsonExporter().write(claim.source(), ExportOptions(), &buffer));
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        const QJsonArray docs = root.value(u"documents"_s).toArray();
        QCOMPARE(docs.size(), claim.data.originals.size() + 4);

        const QJsonObject f = docs.at(3).toObject();
        QCOMPARE(f.value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(f.value(u"file"_s).toString(), u"photo.jpg"_s);
        QCOMPARE(f.value(u"sha256"_s).toString(), u"ab12"_s);
        QCOMPARE(f.value(u"format"_s).toString(), u"jpeg"_s);
        QCOMPARE(f.value(u"provider"_s).toString(), u"local"_s);
        QCOMPARE(f.value(u"error"_s).toObject().value(u"code"_s).toString(), u"no_invoice"_s);
        QCOMPARE(f.value(u"error"_s).toObject().value(u"message"_s).toString(), u"No invoice was found on it."_s);
        QCOMPARE(f.value(u"invoice_count"_s).toInt(), 0);
        QCOMPARE(f.value(u"invoices"_s).toArray().size(), 0);
        QCOMPARE(f.value(u"intake_id"_s).toInteger(), 7);
        QCOMPARE(f.value(u"added_at"_s).toString(), u"2024-06-02T08:00:00.000Z"_s);

        const QJsonObject w = docs.at(4).toObject();
        QCOMPARE(w.value(u"state"_s).toString(), u"waiting"_s);
        QCOMPARE(w.value(u"file"_s).toString(), u"later.pdf"_s);
        QCOMPARE(w.value(u"sha256"_s).toString(), QString()); // not read yet
        QVERIFY(w.value(u"error"_s).isNull());
        QVERIFY(w.value(u"added_at"_s).isNull());
        QCOMPARE(docs.at(5).toObject().value(u"state"_s).toString(), u"recognising"_s);
        QCOMPARE(docs.at(5).toObject().value(u"url"_s).toString(), u"https://example.com/inv.ofd"_s);
        QCOMPARE(docs.at(6).toObject().value(u"state"_s).toString(), u"cancelled"_s);
        QVERIFY(docs.at(6).toObject().value(u"error"_s).isNull());

        // Nothing of them in the figures, and the contract reader still reads the whole export.
        const QJsonObject summary = root.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"count"_s).toInt(), 4);
        QCOMPARE(summary.value(u"total"_s).toString(), u"1029.00"_s);
        QString error;
        const auto read = documentsFromJson(bytes, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->size(), docs.size());
        QCOMPARE(read->at(3).error->code, u"no_invoice"_s);
        QVERIFY(read->at(3).invoices.isEmpty());
        QVERIFY(!read->at(4).error);
    }

    // An invoice that states no total counts its pre-tax amount (plus tax) in the summary's
    // total, as in the PDF report and the XLSX sums.
    void summaryCountsAnInvoiceWithoutTotal()
    {
        test::SampleClaim claim = m_claim;
        claim.data.invoices.append(ClaimInvoice{5, claim.data.invoices.at(0).sha256, 1,
                                                test::testInvoice(InvoiceType::Unknown, {}, {}, {}, u"594.06"_s, {}, {}, {})});
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(JsonExporter().write(claim.source(), ExportOptions(), &buffer));
        const QJsonObject summary = QJsonDocument::fromJson(bytes).object().value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"total"_s).toString(), u"1623.06"_s);
        QCOMPARE(summary.value(u"pretax_amount"_s).toString(), u"1543.12"_s);
        const QJsonArray byType = summary.value(u"by_type"_s).toArray();
        QCOMPARE(byType.first().toObject().value(u"type"_s).toString(), u"unknown"_s); // first in the type table
        QCOMPARE(byType.first().toObject().value(u"total"_s).toString(), u"594.06"_s);
    }

private:
    test::SampleClaim m_claim;
    QByteArray m_bytes;
    QJsonObject m_root;
};

QTEST_GUILESS_MAIN(TestExportJson)
#include "tst_exportjson.moc"

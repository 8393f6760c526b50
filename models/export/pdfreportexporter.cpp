#include "export/pdfreportexporter.h"

#include "chineseamount.h"
#include "export/claimsummary.h"
#include "export/reportpageimages.h"
#include "export/tounicodefixdevice.h"
#include "money.h"
#include "recognizeddocument.h"
#include "supportingdocuments.h"

#include <QFontMetricsF>
#include <QIODevice>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace ra {
namespace {

constexpr double kWriterDpi = 300;   // QPdfWriter's coordinate resolution (not the image resolution)

double mm(double v)
{
    return v * kWriterDpi / 25.4;
}

const QStringList &fontFamilies()
{
    static const QStringList families = {u"Noto Sans CJK SC"_s, u"Noto Sans CJK"_s, u"Noto Serif CJK SC"_s,
                                         u"WenQuanYi Micro Hei"_s};
    return families;
}

QFont reportFont(double points, bool bold = false)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(points);
    f.setBold(bold);
    // Shaping swaps in glyphs the font's cmap does not reach (digits next to Chinese text get
    // CJK-run alternates), and Qt's PDF writer can only map cmap glyphs back to text: without
    // shaping every glyph keeps its character, so the report's text can be searched and
    // copied. Chinese and Latin need no shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// "¥1,234.56" for display; exports keep plain numbers.
QString displayMoney(qint64 fen)
{
    const QString plain = money::formatFen(fen < 0 ? -fen : fen);
    const qsizetype dot = plain.indexOf(u'.');
    QString whole = plain.left(dot);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (fen < 0 ? u"-¥"_s : u"¥"_s) + whole + plain.mid(dot);
}

// Translations kept beside the report: the report is written in the claim's language, not
// the application's.
struct Words
{
    bool zh;
    QString operator()(const char16_t *chinese, const char16_t *english) const
    {
        return QString::fromUtf16(zh ? chinese : english);
    }
};

class Report
{
public:
    Report(QPdfWriter &writer, const ExportSource &source, const ExportOptions &options,
           std::function<bool(int, int)> progress)
        : m_writer(writer), m_source(source), m_options(options),
          m_w{options.language == ExportOptions::Language::Chinese}, m_progress(std::move(progress))
    {
    }

    bool run(QString *error)
    {
        if (!m_painter.begin(&m_writer)) {
            *error = u"cannot start the PDF"_s;
            return false;
        }
        m_page = QRectF(0, 0, m_writer.width(), m_writer.height());
        m_body = m_page.adjusted(0, 0, 0, -mm(7)); // room for the footer
        summary();
        const bool complete = invoices() && appendix();
        footer();
        if (!complete) {
            m_painter.end();
            *error = u"cancelled"_s;
            return false;
        }
        if (!m_painter.end()) {
            *error = u"cannot finish the PDF"_s;
            return false;
        }
        return true;
    }

private:
    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_pageNumber;
        m_y = m_body.top();
    }

    void footer()
    {
        m_painter.setFont(reportFont(7));
        m_painter.setPen(Qt::darkGray);
        const QString name = m_source.data.details.displayName();
        const QString text = name.isEmpty() ? QString::number(m_pageNumber)
                                            : u"%1 — %2"_s.arg(name).arg(m_pageNumber);
        m_painter.drawText(QRectF(m_page.left(), m_page.bottom() - mm(5), m_page.width(), mm(5)),
                           Qt::AlignHCenter | Qt::AlignBottom, text);
        m_painter.setPen(Qt::black);
    }

    // Draws wrapped text at the cursor across `width`; returns its height.
    double text(const QString &s, const QFont &font, double x, double width, int flags = Qt::AlignLeft)
    {
        m_painter.setFont(font);
        const QRectF box(x, m_y, width, m_body.bottom() - m_y);
        QRectF used;
        m_painter.drawText(box, flags | Qt::TextWordWrap, s, &used);
        return used.height();
    }

    double heightOf(const QString &s, const QFont &font, double width) const
    {
        return QFontMetricsF(font, &m_writer)
            .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, s)
            .height();
    }

    void ensureRoom(double height)
    {
        if (m_y + height > m_body.bottom())
            newPage();
    }

    // A row of cells with borders; `widths` are fractions of the body width.
    void row(const QStringList &cells, const QList<double> &widths, const QList<int> &aligns, bool bold,
             bool shaded = false)
    {
        const QFont font = reportFont(9, bold);
        const double pad = mm(1.5);
        double h = 0;
        for (qsizetype i = 0; i < cells.size(); ++i)
            h = std::max(h, heightOf(cells.at(i), font, m_body.width() * widths.at(i) - 2 * pad));
        h += 2 * pad;
        ensureRoom(h);
        double x = m_body.left();
        m_painter.setFont(font);
        m_painter.setPen(QPen(Qt::black, mm(0.2)));
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QRectF cell(x, m_y, m_body.width() * widths.at(i), h);
            if (shaded)
                m_painter.fillRect(cell, QColor(0xDD, 0xEB, 0xF7));
            m_painter.drawRect(cell);
            m_painter.drawText(cell.adjusted(pad, pad, -pad, -pad), aligns.at(i) | Qt::AlignVCenter | Qt::TextWordWrap,
                               cells.at(i));
            x += cell.width();
        }
        m_y += h;
    }

    void heading(const QString &s)
    {
        const QFont font = reportFont(11, true);
        ensureRoom(heightOf(s, font, m_body.width()) + mm(12));
        m_y += mm(5);
        m_y += text(s, font, m_body.left(), m_body.width()) + mm(2);
    }

    void note(const QString &s, const QColor &color)
    {
        const QFont font = reportFont(8.5);
        ensureRoom(heightOf(s, font, m_body.width()) + mm(2));
        m_y += mm(1);
        m_painter.setPen(color);
        m_y += text(s, font, m_body.left(), m_body.width()) + mm(1);
        m_painter.setPen(Qt::black);
    }

    void summary()
    {
        const ClaimDetails &d = m_source.data.details;
        const ClaimSummary s = ClaimSummary::of(m_source.data);
        m_y = m_body.top();
        m_y += text(m_w(u"费用报销单", u"Expense claim"), reportFont(18, true), m_body.left(), m_body.width(),
                    Qt::AlignHCenter) + mm(1);
        if (!d.title.isEmpty())
            m_y += text(d.title, reportFont(10), m_body.left(), m_body.width(), Qt::AlignHCenter);
        m_y += mm(5);

        const QString period = d.periodStart.isValid() || d.periodEnd.isValid()
            ? u"%1 – %2"_s.arg(d.periodStart.toString(Qt::ISODate), d.periodEnd.toString(Qt::ISODate))
            : QString();
        const QList<double> w4 = {0.14, 0.36, 0.14, 0.36};
        const QList<int> a4 = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft};
        row({m_w(u"报销人", u"Claimant"), d.claimant, m_w(u"部门", u"Department"), d.department}, w4, a4, false);
        row({m_w(u"事由", u"Purpose"), d.purpose, m_w(u"期间", u"Period"), period}, w4, a4, false);
        row({m_w(u"单位", u"Company"), d.companyName, m_w(u"币种", u"Currency"), d.currency}, w4, a4, false);
        row({m_w(u"发票张数", u"Invoices"), QString::number(s.count), m_w(u"待处理问题", u"Open findings"),
             QString::number(s.openFindings.size())},
            w4, a4, false);

        heading(m_w(u"按发票类型小计", u"Subtotals by invoice type"));
        const QList<double> w5 = {0.40, 0.10, 0.17, 0.16, 0.17};
        const QList<int> a5 = {Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight};
        row({m_w(u"发票类型", u"Invoice type"), m_w(u"张数", u"Count"), m_w(u"金额", u"Before tax"),
             m_w(u"税额", u"Tax"), m_w(u"价税合计", u"Total")},
            w5, a5, true, true);
        for (const ClaimSummary::TypeSubtotal &t : s.byType)
            row({m_w.zh ? invoiceTypeNameZh(t.type) : invoiceTypeNameEn(t.type), QString::number(t.count),
                 displayMoney(t.pretaxFen), displayMoney(t.taxFen), displayMoney(t.totalFen)},
                w5, a5, false);
        row({m_w(u"合计", u"Total"), QString::number(s.count), displayMoney(s.pretaxFen), displayMoney(s.taxFen),
             displayMoney(s.totalFen)},
            w5, a5, true);
        // Tickets print one amount: said here, so 金额 + 税额 visibly reconciles with 价税合计.
        if (s.totalOnlyCount > 0)
            note(m_w(u"其中 %1 张票据只列价税合计、未分列金额与税额，计 %2，只计入价税合计。",
                     u"%1 of them state only a total (no amount before tax or tax), %2 in all, counted in the total only.")
                     .arg(s.totalOnlyCount)
                     .arg(displayMoney(s.totalOnlyFen)),
                 Qt::black);

        heading(m_w(u"报销总额", u"Amount claimed"));
        const QList<double> w2 = {0.22, 0.78};
        const QList<int> a2 = {Qt::AlignLeft, Qt::AlignLeft};
        row({m_w(u"小写", u"In figures"), displayMoney(s.totalFen)}, w2, a2, true);
        row({m_w(u"大写", u"In words (大写)"), money::toChineseUpper(s.totalFen)}, w2, a2, true);
        if (s.supportingCount > 0)
            note(m_w(u"另有 %1 张网约车行程单附于其发票之后，金额已含在发票中，不计入以上合计。",
                     u"%1 ride-hailing itineraries accompany their invoices; their amounts are the invoices' and are not "
                     u"counted again above.")
                     .arg(s.supportingCount),
                 Qt::black);
        if (!m_source.data.intake.isEmpty())
            note(m_w(u"另有 %1 个文件未识别出发票，不计入以上任何合计，见附录。",
                     u"%1 more files have no recognised invoices and are not counted in any total above; see the appendix.")
                     .arg(m_source.data.intake.size()),
                 Qt::darkRed);

        heading(m_w(u"待处理问题（%1）", u"Open findings (%1)").arg(s.openFindings.size()));
        if (s.openFindings.isEmpty())
            m_y += text(m_w(u"无", u"None"), reportFont(9), m_body.left(), m_body.width()) + mm(1);
        const QFont findingFont = reportFont(8.5);
        for (const ClaimSummary::OpenFinding &f : s.openFindings) {
            const QString severity = f.finding.severity == Severity::Error ? m_w(u"错误", u"error")
                                                                           : m_w(u"警告", u"warning");
            const QString message = m_w.zh && !f.finding.messageZh.isEmpty() ? f.finding.messageZh : f.finding.message;
            const QString line = u"#%1  %2  [%3]  %4"_s.arg(f.index).arg(f.label, severity, message);
            ensureRoom(heightOf(line, findingFont, m_body.width()) + mm(1));
            m_y += text(line, findingFont, m_body.left(), m_body.width()) + mm(1);
        }

        const QString signatures = m_w(u"报销人签字：__________    部门负责人：__________    财务审核：__________    日期：__________",
                                       u"Claimant: __________    Approved by: __________    Checked by: __________    Date: __________");
        const QFont sigFont = reportFont(9);
        ensureRoom(heightOf(signatures, sigFont, m_body.width()) + mm(14));
        m_y = std::max(m_y + mm(10), m_body.bottom() - heightOf(signatures, sigFont, m_body.width()) - mm(2));
        m_y += text(signatures, sigFont, m_body.left(), m_body.width());
    }

    void invoiceSlot(const ClaimInvoice &ci, int index, const QRectF &slot)
    {
        const Invoice &inv = ci.invoice;
        const ClaimOriginal *o = m_source.data.original(ci.sha256);
        QStringList parts = {u"%1 / %2"_s.arg(index + 1).arg(m_source.data.invoices.size()),
                             m_w.zh ? invoiceTypeNameZh(inv.type) : invoiceTypeNameEn(inv.type)};
        if (inv.has(u"number"_s))
            parts << u"No. "_s + inv.value(u"number"_s);
        if (inv.has(u"date"_s))
            parts << inv.value(u"date"_s);
        if (const auto total = money::parseFen(inv.value(u"total"_s)))
            parts << displayMoney(*total);
        if (o)
            parts << m_w(u"%1 第 %2 页", u"%1 p. %2").arg(o->name).arg(inv.page);
        // An itinerary is shown with its invoice, and named as not counted.
        if (isSupportingDocument(inv.type)) {
            const int of = m_invoiceOf.value(index, -1);
            parts << (of >= 0 ? m_w(u"第 %1 张的行程单，不计入合计", u"itinerary of %1, not counted").arg(of + 1)
                              : m_w(u"行程单，未找到其发票，不计入合计", u"itinerary, no invoice found, not counted"));
        } else if (const int it = m_itineraryOf.value(index, -1); it >= 0) {
            parts << m_w(u"行程单见第 %1 张", u"itinerary: %1").arg(it + 1);
        }
        const QFont captionFont = reportFont(8);
        const QString caption = parts.join(u"   "_s);
        const double captionHeight = heightOf(caption, captionFont, slot.width()) + mm(1.5);
        m_painter.setFont(captionFont);
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(slot.left(), slot.top(), slot.width(), captionHeight), Qt::TextWordWrap, caption);

        const QRectF area = slot.adjusted(0, captionHeight, 0, 0);
        const ReportPageImages::Picture picture = m_images->take(index);
        const QImage &image = picture.image;
        if (image.isNull()) {
            m_painter.setPen(QPen(Qt::darkRed, mm(0.3)));
            const QRectF box(area.left(), area.top(), area.width(), std::min(area.height(), mm(30)));
            m_painter.drawRect(box);
            m_painter.drawText(box.adjusted(mm(3), mm(3), -mm(3), -mm(3)), Qt::TextWordWrap | Qt::AlignCenter,
                               m_w(u"无法显示此发票：%1", u"This invoice cannot be shown: %1").arg(whyNoPicture(picture)));
            m_painter.setPen(Qt::black);
            return;
        }
        QSizeF size = image.size();
        size.scale(area.size(), Qt::KeepAspectRatio);
        const QRectF target(area.left() + (area.width() - size.width()) / 2, area.top(), size.width(), size.height());
        m_painter.drawImage(target, image);
        m_painter.setPen(QPen(Qt::lightGray, mm(0.2)));
        m_painter.drawRect(target);
        m_painter.setPen(Qt::black);
    }

    // Why an invoice has no picture, in the report's language. A page the worker process had
    // to stop (docs/worker-process.md) is said in the report's words, with the code a reader
    // can look up; other failures keep the renderer's own message.
    QString whyNoPicture(const ReportPageImages::Picture &picture) const
    {
        if (picture.error == u"missing")
            return m_w(u"原件不在报销单中。", u"The original is not in the claim.");
        if (picture.errorCode == QLatin1String(ErrorCode::Timeout))
            return m_w(u"页面无法绘制（timeout）。绘制超时，已被停止；文件可能已损坏，或被做成让阅读程序卡住。",
                       u"the page could not be rendered (timeout). Drawing it took too long and was stopped; the "
                       u"file may be damaged or made to hang readers.");
        if (picture.errorCode == QLatin1String(ErrorCode::Crashed))
            return m_w(u"页面无法绘制（crashed）。阅读程序在此文件上意外停止；文件可能已损坏。",
                       u"the page could not be rendered (crashed). The document reader stopped unexpectedly on "
                       u"this file; it may be damaged.");
        if (picture.errorCode == QLatin1String(ErrorCode::TooComplex))
            return m_w(u"页面无法绘制（too_complex）。所需内存超出限制，已被停止。",
                       u"the page could not be rendered (too_complex). It needed more memory than allowed and was "
                       u"stopped.");
        return picture.errorCode.isEmpty() ? picture.error : u"%1 (%2)"_s.arg(picture.error, picture.errorCode);
    }

    void cutLine(double y)
    {
        QPen pen(Qt::gray, mm(0.3), Qt::DashLine);
        m_painter.setPen(pen);
        m_painter.drawLine(QPointF(m_page.left(), y), QPointF(m_page.right(), y));
        m_painter.setFont(reportFont(6.5));
        m_painter.setPen(Qt::gray);
        const QString label = m_w(u"✂ 沿虚线裁开", u"✂ cut along the dashed line");
        m_painter.drawText(QRectF(m_page.left(), y + mm(0.5), m_page.width(), mm(3)), Qt::AlignRight | Qt::AlignTop, label);
        m_painter.setPen(Qt::black);
    }

    // False when cancelled through the progress callback (after the invoice being drawn).
    bool invoices()
    {
        const QList<ClaimInvoice> &all = m_source.data.invoices;
        if (!m_progress(0, int(all.size())))
            return false;
        QList<Invoice> invoiceList;
        for (const ClaimInvoice &ci : all)
            invoiceList.append(ci.invoice);
        for (const SupportingLink &l : linkSupportingDocuments(invoiceList)) {
            m_invoiceOf.insert(l.document, l.invoice);
            m_itineraryOf.insert(l.invoice, l.document);
        }
        const bool twoUp = m_options.invoicesPerPage == 2;
        const double slotHeight = (twoUp ? m_page.height() / 2 - mm(12) : m_body.height()) - mm(6);
        ReportPageImages images(m_source, m_options.printDpi,
                                QSizeF(m_body.width() / kWriterDpi, slotHeight / kWriterDpi));
        m_images = &images;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const bool second = twoUp && i % 2 == 1;
            if (!second)
                newPage();
            QRectF slot = m_body;
            if (twoUp) {
                const double half = m_page.height() / 2;
                slot = second ? QRectF(m_body.left(), half + mm(6), m_body.width(), m_body.bottom() - half - mm(6))
                              : QRectF(m_body.left(), m_body.top(), m_body.width(), half - mm(6) - m_body.top());
                if (!second)
                    cutLine(half);
            }
            invoiceSlot(all.at(i), int(i), slot);
            if (!m_progress(int(i) + 1, int(all.size()))) {
                m_images = nullptr;
                return false;
            }
        }
        m_images = nullptr;
        return true;
    }

    QString stateName(ClaimIntake::State state) const
    {
        switch (state) {
        case ClaimIntake::State::Waiting: return m_w(u"等待识别", u"waiting");
        case ClaimIntake::State::Recognising: return m_w(u"正在识别", u"being recognised");
        case ClaimIntake::State::Failed: return m_w(u"识别失败", u"failed");
        case ClaimIntake::State::Cancelled: return m_w(u"已取消", u"cancelled");
        }
        return intakeStateKey(state);
    }

    // The files of the claim without recognised invoices, on pages of their own after the
    // invoices: whoever checks the claim sees what was handed in but is not in the figures.
    // Always true (there is nothing to cancel); a bool to sit beside invoices().
    bool appendix()
    {
        const QList<ClaimIntake> &files = m_source.data.intake;
        if (files.isEmpty())
            return true;
        newPage();
        m_y += text(m_w(u"附录：未识别的文件", u"Appendix: files not recognised"), reportFont(14, true), m_body.left(),
                    m_body.width()) + mm(2);
        note(m_w(u"以下 %1 个文件已交入本报销单，但没有识别出的发票：它们不计入报销单的任何合计（张数、金额、税额、价税合计、报销总额）。",
                 u"These %1 files were handed in with the claim but have no recognised invoices: they are not counted in "
                 u"any of its totals (count, amount before tax, tax, total, amount claimed).")
                 .arg(files.size()),
             Qt::darkRed);
        m_y += mm(3);
        const QList<double> widths = {0.07, 0.38, 0.15, 0.40};
        const QList<int> aligns = {Qt::AlignRight, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft};
        row({m_w(u"序号", u"No."), m_w(u"文件", u"File"), m_w(u"状态", u"State"), m_w(u"说明", u"Details")}, widths,
            aligns, true, true);
        int index = 0;
        for (const ClaimIntake &e : files) {
            QString details = e.errorMessage;
            if (!e.errorCode.isEmpty())
                details = details.isEmpty() ? e.errorCode : u"%1 (%2)"_s.arg(details, e.errorCode);
            if (details.isEmpty() && e.state == ClaimIntake::State::Cancelled)
                details = m_w(u"识别在完成前被取消。", u"Recognition was cancelled before it finished.");
            if (details.isEmpty() && e.isUnfinished())
                details = m_w(u"导出时尚未识别完。", u"Not yet recognised when the report was made.");
            const QString name = e.name.isEmpty() ? (e.url.isEmpty() ? e.sourcePath : e.url) : e.name;
            row({QString::number(++index), name, stateName(e.state), details}, widths, aligns, false);
        }
        return true;
    }

    QPdfWriter &m_writer;
    const ExportSource &m_source;
    const ExportOptions &m_options;
    Words m_w;
    QPainter m_painter;
    QRectF m_page;
    QRectF m_body;
    double m_y = 0;
    int m_pageNumber = 1;
    ReportPageImages *m_images = nullptr;
    std::function<bool(int, int)> m_progress;
    QHash<int, int> m_invoiceOf;   // supporting document → its invoice (claim indices)
    QHash<int, int> m_itineraryOf; // invoice → its supporting document
};

} // namespace

bool PdfReportExporter::write(const ExportSource &source, const ExportOptions &options, QIODevice *out)
{
    if (options.invoicesPerPage != 1 && options.invoicesPerPage != 2)
        return fail(u"the report lays out 1 or 2 invoices per page"_s);
    if (options.printDpi < 72 || options.printDpi > 600)
        return fail(u"the print resolution must be between 72 and 600 dpi"_s);
    // The text map of the fonts is corrected on the way out (see ToUnicodeFixDevice).
    ToUnicodeFixDevice fixer(out, fontFamilies());
    {
        QPdfWriter writer(&fixer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter); // symmetric: the 2-up cut line is the middle of the sheet
        writer.setResolution(int(kWriterDpi));
        writer.setCreator(u"Reimbursement Assistant"_s);
        const QString name = source.data.details.displayName();
        writer.setTitle(name.isEmpty() ? u"Expense claim"_s : name);
        Report report(writer, source, options, [this](int done, int total) { return reportProgress(done, total); });
        QString error;
        if (!report.run(&error))
            return fail(error);
    }
    if (!fixer.finish() || fixer.failed())
        return fail(fixer.errorString());
    return true;
}

} // namespace ra

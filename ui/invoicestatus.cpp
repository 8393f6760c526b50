#include "invoicestatus.h"

#include "standardicons.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ra::invoicestatus {

InvoiceStatus of(const Invoice &invoice)
{
    return invoice.reviewed ? InvoiceStatus::Reviewed : InvoiceStatus::NeedsReview;
}

QString name(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Queued: return QCoreApplication::translate("InvoiceStatus", "Waiting");
    case InvoiceStatus::Recognising: return QCoreApplication::translate("InvoiceStatus", "Recognising");
    case InvoiceStatus::NeedsReview: return QCoreApplication::translate("InvoiceStatus", "Needs review");
    case InvoiceStatus::Reviewed: return QCoreApplication::translate("InvoiceStatus", "Reviewed");
    case InvoiceStatus::Error: return QCoreApplication::translate("InvoiceStatus", "Error");
    case InvoiceStatus::Cancelled: return QCoreApplication::translate("InvoiceStatus", "Cancelled");
    case InvoiceStatus::Interrupted: return QCoreApplication::translate("InvoiceStatus", "Not finished");
    }
    return {};
}

QIcon icon(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Queued: return cachedStandardIcon(QStyle::SP_FileIcon);
    case InvoiceStatus::Recognising: return cachedStandardIcon(QStyle::SP_BrowserReload);
    case InvoiceStatus::NeedsReview: return cachedStandardIcon(QStyle::SP_MessageBoxQuestion);
    case InvoiceStatus::Reviewed: return cachedStandardIcon(QStyle::SP_DialogApplyButton);
    case InvoiceStatus::Error: return cachedStandardIcon(QStyle::SP_MessageBoxCritical);
    case InvoiceStatus::Cancelled: return cachedStandardIcon(QStyle::SP_BrowserStop);
    case InvoiceStatus::Interrupted: return cachedStandardIcon(QStyle::SP_MediaPause);
    }
    return {};
}

int findingCount(const Invoice &invoice)
{
    return int(std::count_if(invoice.findings.cbegin(), invoice.findings.cend(),
                             [](const Finding &f) { return f.severity != Severity::Info; }));
}

bool isDuplicate(const Invoice &invoice)
{
    return std::any_of(invoice.findings.cbegin(), invoice.findings.cend(), [](const Finding &f) {
        return f.rule == u"duplicate" || f.rule == u"duplicate_in_history";
    });
}

} // namespace ra::invoicestatus

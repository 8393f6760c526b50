#include "findingslist.h"

#include "fieldlayout.h"
#include "ocrmodelstatus.h"
#include "standardicons.h"
#include "uilanguage.h"

#include <QApplication>
#include <QResizeEvent>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace ra {

namespace {

constexpr int kFirstFieldRole = Qt::UserRole + 1;

QString findingText(const Finding &f)
{
    QString text = uilanguage::isChinese() && !f.messageZh.isEmpty() ? f.messageZh
                   : !f.message.isEmpty()                          ? f.message
                                                                   : f.messageZh;
    // An invoice read from its QR code alone because the offline OCR models are missing: say so,
    // and what to install (the claim re-validates with its own rules, which cannot know why the
    // printed text went unread; the worker's finding says it for the command line). The answer
    // was looked up off the GUI thread (OcrModelStatus).
    if (f.rule == u"qr_only_missing" && !text.contains(u"install-ocr-models.sh")) {
        if (const QString missing = OcrModelStatus::problem(); !missing.isEmpty())
            text += u' ' + missing;
    }
    return text;
}

QIcon severityIcon(Severity s)
{
    switch (s) {
    case Severity::Error: return cachedStandardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning: return cachedStandardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info: return cachedStandardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

FindingsList::FindingsList(QWidget *parent) : QListWidget(parent)
{
    setObjectName(u"findingList"_s);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setIconSize(QSize(16, 16));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(this, &QListWidget::itemClicked, this, &FindingsList::onItem);
    connect(this, &QListWidget::itemActivated, this, &FindingsList::onItem);
}

void FindingsList::setFindings(const QList<Finding> &findings)
{
    clear();
    if (findings.isEmpty()) {
        hide();
        return;
    }
    for (const Finding &f : findings) {
        auto *item = new QListWidgetItem(severityIcon(f.severity), findingText(f), this);
        QStringList labels;
        for (const QString &k : f.fields)
            labels << FieldLayout::label(k);
        item->setData(kFirstFieldRole, f.fields.value(0));
        item->setToolTip(labels.isEmpty() ? f.rule : u"%1 — %2"_s.arg(f.rule, labels.join(u", "_s)));
    }
    show();
    m_fittedWidth = -1;
    fit();
}

void FindingsList::setHeightCap(int pixels)
{
    if (pixels == m_cap)
        return;
    m_cap = pixels;
    m_fittedWidth = -1;
    fit();
}

int FindingsList::contentHeight() const
{
    int total = 0;
    for (int i = 0; i < count(); ++i)
        total += item(i)->sizeHint().height();
    return total + 2 * frameWidth();
}

void FindingsList::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    // Only a new width changes how the texts wrap; our own height changes must not loop.
    if (event->size().width() != event->oldSize().width())
        fit();
}

void FindingsList::fit()
{
    // Each finding as tall as its wrapped text (a list view cannot know that before it lays
    // out), then the list as tall as its findings up to the cap: a finding hidden behind a
    // scroll bar while the form has room is a finding not read.
    if (count() == 0)
        return;
    // The frame's inside, not the viewport: the viewport narrows when the scroll bar comes.
    const int width = contentsRect().width();
    if (width == m_fittedWidth)
        return;
    m_fittedWidth = width;
    const QFontMetrics fm = fontMetrics();
    const auto wrap = [&](int available) {
        const int textWidth = qMax(80, available - iconSize().width() - 16);
        for (int i = 0; i < count(); ++i) {
            QListWidgetItem *it = item(i);
            const QRect text = fm.boundingRect(QRect(0, 0, textWidth, 10000), Qt::TextWordWrap, it->text());
            // A valid size: Qt 6 drops a size hint with a negative width, and the item falls back
            // to one line (the box showed two or three findings and cut the rest).
            it->setSizeHint(QSize(available, qMax(text.height(), iconSize().height()) + 6));
        }
    };
    wrap(width);
    if (contentHeight() > m_cap)   // it will scroll: wrap for the width the scroll bar leaves
        wrap(width - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this));
    // Two lines are always in sight, whatever the cap.
    const int floor = fm.lineSpacing() * 2 + 2 * frameWidth();
    setFixedHeight(qMax(qMin(contentHeight(), m_cap), qMin(contentHeight(), floor)));
}

void FindingsList::onItem(QListWidgetItem *item)
{
    const QString key = item ? item->data(kFirstFieldRole).toString() : QString();
    if (!key.isEmpty())
        emit findingActivated(key);
}

} // namespace ra

#include "secretvalues.h"

#include <QList>
#include <QUrl>

#include <algorithm>
#include <mutex>
#include <shared_mutex>

namespace ra::secrets {
namespace {

constexpr qsizetype kShortest = 6;

struct Registry
{
    std::shared_mutex mutex;
    QList<QByteArray> forms;   // every spelling of every value, longest first
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

void remember(const QString &value)
{
    if (value.size() < kShortest)
        return;
    const QByteArray utf8 = value.toUtf8();
    QList<QByteArray> spellings{utf8, QUrl::toPercentEncoding(value)};
    if (utf8.contains('/'))
        spellings << QByteArray(utf8).replace("/", "\\/");
    Registry &r = registry();
    std::unique_lock lock(r.mutex);
    for (const QByteArray &s : spellings)
        if (!r.forms.contains(s))
            r.forms.append(s);
    // Longest first, so a value that contains another is masked whole.
    std::sort(r.forms.begin(), r.forms.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

QByteArray mask(const QByteArray &bytes)
{
    Registry &r = registry();
    std::shared_lock lock(r.mutex);
    QByteArray out = bytes;
    for (const QByteArray &form : std::as_const(r.forms))
        if (out.contains(form))
            out.replace(form, kMask);
    return out;
}

QString mask(const QString &text)
{
    if (isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray masked = mask(utf8);
    return masked == utf8 ? text : QString::fromUtf8(masked);
}

std::string mask(const std::string &text)
{
    if (isEmpty())
        return text;
    const QByteArray masked = mask(QByteArray::fromStdString(text));
    return masked.toStdString();
}

bool isEmpty()
{
    Registry &r = registry();
    std::shared_lock lock(r.mutex);
    return r.forms.isEmpty();
}

void forgetAll()
{
    Registry &r = registry();
    std::unique_lock lock(r.mutex);
    r.forms.clear();
}

} // namespace ra::secrets

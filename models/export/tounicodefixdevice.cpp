#include "export/tounicodefixdevice.h"

#include "export/pdftounicode.h"

namespace ra {
namespace {

constexpr char kBegin[] = "beginbf"; // beginbfrange / beginbfchar
constexpr char kEnd[] = "endbf";     // endbfrange / endbfchar
constexpr qsizetype kMaxSection = 4 * 1024 * 1024; // a CMap is a few kilobytes; never hold more

} // namespace

ToUnicodeFixDevice::ToUnicodeFixDevice(QIODevice *target, const QStringList &families)
    : m_target(target), m_families(families)
{
    open(QIODevice::WriteOnly);
}

bool ToUnicodeFixDevice::forward(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_failed)
        return !m_failed;
    m_failed = m_target->write(bytes) != bytes.size();
    if (m_failed)
        setErrorString(m_target->errorString());
    return !m_failed;
}

void ToUnicodeFixDevice::process(bool final)
{
    while (!m_failed) {
        if (!m_inSection) {
            const qsizetype at = m_pending.indexOf(kBegin);
            if (at < 0) {
                // Keep a tail that could be the start of a marker split across two writes.
                const qsizetype keep = final ? 0 : std::min<qsizetype>(m_pending.size(), qsizetype(sizeof(kBegin)) - 1);
                forward(m_pending.left(m_pending.size() - keep));
                m_pending.remove(0, m_pending.size() - keep);
                return;
            }
            forward(m_pending.left(at));
            m_pending.remove(0, at);
            m_inSection = true;
        }
        const qsizetype end = m_pending.indexOf(kEnd);
        if (end < 0) {
            if (final || m_pending.size() > kMaxSection) {
                forward(m_pending); // not a CMap after all (or a broken one): leave it as it is
                m_pending.clear();
                m_inSection = false;
            }
            return;
        }
        // fixToUnicode() looks for complete "beginbf…"/"endbf…" pairs: hand it the section
        // with its end marker's full word.
        qsizetype stop = end + qsizetype(sizeof(kEnd)) - 1;
        while (stop < m_pending.size() && m_pending.at(stop) >= 'a' && m_pending.at(stop) <= 'z')
            ++stop;
        if (stop == m_pending.size() && !final)
            return; // the word may continue in the next write
        forward(pdftext::fixToUnicode(m_pending.left(stop), m_families));
        m_pending.remove(0, stop);
        m_inSection = false;
    }
}

qint64 ToUnicodeFixDevice::writeData(const char *data, qint64 size)
{
    if (m_failed)
        return -1;
    m_pending.append(data, size);
    process(false);
    return m_failed ? -1 : size;
}

bool ToUnicodeFixDevice::finish()
{
    process(true);
    return !m_failed;
}

} // namespace ra

#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace ra {

// A write-only pass-through device that applies pdftext::fixToUnicode() to the ToUnicode CMap
// sections of a PDF as it streams to `target`, so a report of hundreds of pages never has to
// be held in memory. Everything outside a "beginbf…"/"endbf…" section goes straight through.
class ToUnicodeFixDevice : public QIODevice
{
public:
    ToUnicodeFixDevice(QIODevice *target, const QStringList &families);

    // Writes what is still held back; false when the target refused a write.
    bool finish();
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool forward(const QByteArray &bytes);
    void process(bool final);

    QIODevice *m_target;
    QStringList m_families;
    QByteArray m_pending;
    bool m_inSection = false;
    bool m_failed = false;
};

} // namespace ra

#pragma once

#include <QByteArray>
#include <QString>

namespace ra {

// A multipart/form-data body built as plain bytes, so the same body can be sent again on a
// retry (QHttpMultiPart is consumed by one send). Field names and file names are quoted;
// CR, LF and '"' in them are refused (replaced) so a name cannot inject headers.
class MultipartBody
{
public:
    MultipartBody();
    explicit MultipartBody(const QByteArray &boundary);   // tests: a fixed boundary

    void addField(const QString &name, const QString &value);
    void addFile(const QString &name, const QString &fileName, const QByteArray &contentType,
                 const QByteArray &data);

    QByteArray contentType() const;   // "multipart/form-data; boundary=..."
    QByteArray body() const;          // with the closing boundary
    QByteArray boundary() const { return m_boundary; }

private:
    QByteArray m_boundary;
    QByteArray m_parts;
};

} // namespace ra

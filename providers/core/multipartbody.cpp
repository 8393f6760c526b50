#include "multipartbody.h"

#include <QRandomGenerator>

namespace ra {
namespace {

// A name goes inside a quoted header parameter: CR, LF and '"' would end it early.
QByteArray quoted(const QString &name)
{
    QByteArray b = name.toUtf8();
    for (char &c : b)
        if (c == '\r' || c == '\n' || c == '"')
            c = '_';
    return '"' + b + '"';
}

} // namespace

MultipartBody::MultipartBody()
{
    QByteArray random(16, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    m_boundary = "----reimburse" + random.toHex();
}

MultipartBody::MultipartBody(const QByteArray &boundary) : m_boundary(boundary) {}

void MultipartBody::addField(const QString &name, const QString &value)
{
    m_parts += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name) + "\r\n\r\n"
               + value.toUtf8() + "\r\n";
}

void MultipartBody::addFile(const QString &name, const QString &fileName, const QByteArray &contentType,
                            const QByteArray &data)
{
    QByteArray type = contentType;
    type.replace('\r', ' ').replace('\n', ' ');
    m_parts += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name)
               + "; filename=" + quoted(fileName) + "\r\nContent-Type: " + type + "\r\n\r\n" + data + "\r\n";
}

QByteArray MultipartBody::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

QByteArray MultipartBody::body() const
{
    return m_parts + "--" + m_boundary + "--\r\n";
}

} // namespace ra

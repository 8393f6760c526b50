#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace ra::test {

// A multipart/form-data body as a vendor's server reads it (the Kodo upload, the Ekuaibao
// attachment upload, DeepFinch's `file`): strict about the framing, so a client that builds the
// body wrongly is refused as the real server would refuse it. Used by the Qiniu, Ekuaibao and
// DeepFinch fakes.
struct FormPart
{
    QByteArray name;
    QString fileName;     // null for a plain field
    QByteArray contentType;
    QByteArray data;
};

struct FormData
{
    QList<FormPart> parts;
    const FormPart *part(const QByteArray &name) const;
    QByteArray field(const QByteArray &name) const;  // empty when absent
};

// nullopt when `contentType` is not multipart/form-data with a boundary, or the body does not
// follow it (missing closing boundary, part without Content-Disposition name).
std::optional<FormData> parseMultipartForm(const QByteArray &contentType, const QByteArray &body);

} // namespace ra::test

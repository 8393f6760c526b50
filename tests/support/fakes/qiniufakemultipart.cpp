#include "qiniufakemultipart.h"

namespace ra::test {
namespace {

QByteArray parameter(const QByteArray &header, const QByteArray &name)
{
    const QList<QByteArray> pieces = header.split(';');
    for (const QByteArray &p : pieces) {
        const QByteArray t = p.trimmed();
        const qsizetype eq = t.indexOf('=');
        if (eq < 0 || t.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray v = t.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

} // namespace

const FormPart *FormData::part(const QByteArray &name) const
{
    for (const FormPart &p : parts)
        if (p.name == name)
            return &p;
    return nullptr;
}

QByteArray FormData::field(const QByteArray &name) const
{
    const FormPart *p = part(name);
    return p ? p->data : QByteArray();
}

std::optional<FormData> parseMultipartForm(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    const QByteArray boundary = parameter(contentType, "boundary");
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    FormData form;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return form; // closing boundary
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return std::nullopt;
        FormPart part;
        const QList<QByteArray> lines = body.mid(pos, headerEnd - pos).split('\n');
        for (QByteArray line : lines) {
            line = line.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = parameter(value, "name");
                if (value.contains("filename="))
                    part.fileName = QString::fromUtf8(parameter(value, "filename"));
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        if (part.name.isEmpty())
            return std::nullopt;
        const qsizetype dataStart = headerEnd + 4;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), dataStart);
        if (next < 0)
            return std::nullopt;
        part.data = body.mid(dataStart, next - dataStart);
        form.parts.append(part);
        pos = next + 2;
    }
}

} // namespace ra::test

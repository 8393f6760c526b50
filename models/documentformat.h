#pragma once

#include <QByteArray>
#include <QString>

namespace ra {

// A file's format, told by its content (magic bytes), never by its name.
enum class DocumentFormat { Unknown, Empty, Pdf, Ofd, Jpeg, Png, Bmp, Tiff, Webp, Gif, Zip };

// `head` is the first bytes of the file (at least 16 are needed; more is fine). For a ZIP
// the caller passes the whole file or enough to find "OFD.xml" in the central directory;
// sniff() returns Ofd when it sees an OFD.xml entry name, Zip otherwise.
DocumentFormat sniffFormat(const QByteArray &head);
QString formatKey(DocumentFormat f);   // "pdf", "ofd", "jpeg", ... "unknown", "empty"
bool isImageFormat(DocumentFormat f);

} // namespace ra

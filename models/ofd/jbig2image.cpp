#include "jbig2image.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" {
#include <jbig2.h>
}

namespace ra {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ra::Jbig2Image", text);
}

// jbig2dec allocates through this, so a stream declaring a gigantic page fails inside the
// decoder instead of taking the machine's memory. Each block carries its size in a header.
struct CappedAllocator
{
    Jbig2Allocator base; // first member: jbig2dec hands back a pointer to it
    qint64 used = 0;
    qint64 cap = 0;
    bool exceeded = false;
};

constexpr size_t kHeader = 16; // keeps the payload aligned like malloc's

CappedAllocator *capped(Jbig2Allocator *a)
{
    return reinterpret_cast<CappedAllocator *>(a);
}

size_t blockSize(void *payload)
{
    size_t size = 0;
    std::memcpy(&size, static_cast<char *>(payload) - kHeader, sizeof size);
    return size;
}

void *cappedAlloc(Jbig2Allocator *a, size_t size)
{
    CappedAllocator *c = capped(a);
    if (size > size_t(c->cap - c->used) || size > SIZE_MAX - kHeader) {
        c->exceeded = true;
        return nullptr;
    }
    char *block = static_cast<char *>(std::malloc(size + kHeader));
    if (!block)
        return nullptr;
    std::memcpy(block, &size, sizeof size);
    c->used += qint64(size);
    return block + kHeader;
}

void cappedFree(Jbig2Allocator *a, void *p)
{
    if (!p)
        return;
    CappedAllocator *c = capped(a);
    c->used -= qint64(blockSize(p));
    std::free(static_cast<char *>(p) - kHeader);
}

void *cappedRealloc(Jbig2Allocator *a, void *p, size_t size)
{
    if (!p)
        return cappedAlloc(a, size);
    CappedAllocator *c = capped(a);
    const size_t old = blockSize(p);
    if (size > old && (size - old > size_t(c->cap - c->used) || size > SIZE_MAX - kHeader)) {
        c->exceeded = true;
        return nullptr;
    }
    char *block = static_cast<char *>(std::realloc(static_cast<char *>(p) - kHeader, size + kHeader));
    if (!block)
        return nullptr;
    std::memcpy(block, &size, sizeof size);
    c->used += qint64(size) - qint64(old);
    return block + kHeader;
}

struct ErrorState
{
    QString firstFatal;
};

void onError(void *data, const char *msg, Jbig2Severity severity, uint32_t)
{
    auto *state = static_cast<ErrorState *>(data);
    if (severity == JBIG2_SEVERITY_FATAL && state->firstFatal.isEmpty() && msg)
        state->firstFatal = QString::fromUtf8(msg);
}

} // namespace

bool Jbig2Image::looksLikeJbig2File(const QByteArray &data)
{
    return data.startsWith("\x97JB2\r\n\x1a\n");
}

QImage Jbig2Image::decode(const QByteArray &data, QString *error, qint64 memoryCap)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QImage();
    };
    if (data.isEmpty())
        return fail(tr("The JBIG2 image is empty."));

    CappedAllocator allocator;
    allocator.base.alloc = cappedAlloc;
    allocator.base.free = cappedFree;
    allocator.base.realloc = cappedRealloc;
    allocator.cap = memoryCap;
    ErrorState state;

    const auto options = looksLikeJbig2File(data) ? static_cast<Jbig2Options>(0) : JBIG2_OPTIONS_EMBEDDED;
    Jbig2Ctx *ctx = jbig2_ctx_new(&allocator.base, options, nullptr, onError, &state);
    if (!ctx)
        return fail(tr("The JBIG2 decoder could not start."));

    QImage out;
    QString why;
    const int in = jbig2_data_in(ctx, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
    if (in < 0) {
        why = allocator.exceeded ? tr("The JBIG2 image needs more memory than allowed.")
                                 : tr("The JBIG2 image is damaged: %1").arg(state.firstFatal);
    } else {
        jbig2_complete_page(ctx); // tolerate streams without an end-of-page segment
        ::Jbig2Image *page = jbig2_page_out(ctx);
        if (!page) {
            why = allocator.exceeded ? tr("The JBIG2 image needs more memory than allowed.")
                                     : tr("The JBIG2 stream holds no page.");
        } else {
            const uint32_t w = page->width;
            const uint32_t h = page->height;
            if (w == 0 || h == 0 || w > uint32_t(kMaxSide) || h > uint32_t(kMaxSide) || !page->data
                || page->stride < (w + 7) / 8) {
                why = tr("The JBIG2 image has an unusable size (%1 × %2).").arg(w).arg(h);
            } else {
                out = QImage(int(w), int(h), QImage::Format_Grayscale8);
                if (out.isNull()) {
                    why = tr("The JBIG2 image is too large to hold in memory.");
                } else {
                    // 1 bit per pixel, most significant bit first, 1 = black.
                    for (uint32_t y = 0; y < h; ++y) {
                        const uint8_t *src = page->data + size_t(y) * page->stride;
                        uchar *dst = out.scanLine(int(y));
                        for (uint32_t x = 0; x < w; ++x)
                            dst[x] = (src[x >> 3] >> (7 - (x & 7))) & 1 ? 0 : 255;
                    }
                }
            }
            jbig2_release_page(ctx, page);
        }
    }
    jbig2_ctx_free(ctx);
    if (!why.isEmpty())
        return fail(why);
    return out;
}

} // namespace ra

// Fuzzes the raw DEFLATE decoder (src/format/claimlens/inflate.h) that share links go
// through, and — in `make fuzz`, where zlib is linked (CLAIMLENS_FUZZ_ZLIB) — compares it
// with zlib both ways:
//   - the input as a compressed stream: whatever zlib decodes completely (within the
//     limit), inflate_raw decodes to the same bytes;
//   - the input as data: zlib's raw deflate of it, at a level and strategy taken from the
//     input, decodes back to exactly the input.
// Always: no read or write out of bounds, output within the limit, a reason for a refusal.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "claimlens/inflate.h"
#include "fuzz_check.h"

#ifdef CLAIMLENS_FUZZ_ZLIB
#include <zlib.h>
#endif

namespace {

constexpr std::size_t kLimit = 1u << 20;

#ifdef CLAIMLENS_FUZZ_ZLIB
// zlib's raw inflate of `in`; false unless it reached the stream's end within kLimit.
bool zlib_inflate(std::string_view in, std::string* out) {
  z_stream z{};
  if (inflateInit2(&z, -15) != Z_OK) return false;
  // DEFLATE expands at most ~1032x: a bigger buffer would only cost memset time.
  out->assign(std::min(kLimit, in.size() * 1032 + 1024), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out->data());
  z.avail_out = static_cast<uInt>(out->size());
  const int rc = inflate(&z, Z_FINISH);
  out->resize(z.total_out);
  inflateEnd(&z);
  return rc == Z_STREAM_END;
}

std::string zlib_deflate(std::string_view in, int level, int strategy) {
  z_stream z{};
  deflateInit2(&z, level, Z_DEFLATED, -15, 8, strategy);
  std::string out(deflateBound(&z, static_cast<uLong>(in.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}
#endif

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const claimlens::InflateResult ours = claimlens::inflate_raw(input, kLimit);
  FUZZ_CHECK(ours.output.size() <= kLimit, "output beyond the limit");
  FUZZ_CHECK((ours.status == claimlens::InflateStatus::kOk) == ours.error.empty(),
             "a refusal without a reason, or a reason without a refusal");
#ifdef CLAIMLENS_FUZZ_ZLIB
  std::string theirs;
  if (zlib_inflate(input, &theirs)) {
    FUZZ_CHECK(ours.status == claimlens::InflateStatus::kOk, "zlib decodes it, inflate_raw refuses: " + ours.error);
    FUZZ_CHECK(ours.output == theirs, "zlib and inflate_raw decode it differently");
  }
  if (size > 0) {
    const int level = data[0] % 10;
    const int strategies[] = {Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED};
    const int strategy = strategies[(data[0] / 10) % 5];
    const claimlens::InflateResult back = claimlens::inflate_raw(zlib_deflate(input, level, strategy), kLimit);
    FUZZ_CHECK(back.status == claimlens::InflateStatus::kOk, "zlib's deflate of the input refused: " + back.error);
    FUZZ_CHECK(back.output == input, "zlib's deflate of the input decodes to other bytes");
  }
#endif
  return 0;
}

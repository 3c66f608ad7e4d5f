// Raw DEFLATE decoding (see claimlens/inflate.h). Canonical Huffman codes are decoded bit
// by bit from per-length counts, as in zlib's reference decoder "puff": slower than table
// decoding but short enough to check by eye, and share links are small.
#include "claimlens/inflate.h"

#include <array>
#include <cstdint>

namespace claimlens {
namespace {

constexpr int kMaxBits = 15;
constexpr int kMaxLiteralCodes = 288, kMaxDistanceCodes = 30;

constexpr std::array<std::uint16_t, 29> kLengthBase = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,
                                                       15, 17, 19, 23, 27, 31, 35, 43, 51,  59,
                                                       67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<std::uint8_t, 29> kLengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                       2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
constexpr std::array<std::uint16_t, 30> kDistanceBase = {
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
constexpr std::array<std::uint8_t, 30> kDistanceExtra = {0, 0, 0, 0, 1, 1, 2,  2,  3,  3,  4,  4,  5,  5,  6,
                                                         6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
// The order in which a dynamic block sends its code-length code lengths.
constexpr std::array<std::uint8_t, 19> kCodeLengthOrder = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                                           11, 4,  12, 3, 13, 2, 14, 1, 15};

// A canonical Huffman code: how many codes of each length, and the symbols in code order.
struct Huffman {
  std::array<std::uint16_t, kMaxBits + 1> count{};
  std::array<std::uint16_t, kMaxLiteralCodes> symbol{};
};

// Why decoding stopped early; thrown nowhere, carried in Decoder::stop.
enum class Stop { kNone, kTruncated, kCorrupt, kTooLarge };

struct Decoder {
  std::string_view in;
  std::size_t pos = 0;
  std::uint32_t bits = 0;  // bits not yet used, least significant first
  int bit_count = 0;       // always < 8 between calls, so a stored block can drop them
  std::size_t max_output = 0;
  std::string out;
  Stop stop = Stop::kNone;
  const char* why = "";

  bool fail(Stop s, const char* reason) {
    if (stop == Stop::kNone) {
      stop = s;
      why = reason;
    }
    return false;
  }

  // Reads `n` (<= 16) bits; on running out of input sets kTruncated and returns 0.
  std::uint32_t take(int n) {
    while (bit_count < n) {
      if (pos >= in.size()) {
        fail(Stop::kTruncated, "the data ends in the middle of a block");
        return 0;
      }
      bits |= static_cast<std::uint32_t>(static_cast<unsigned char>(in[pos++])) << bit_count;
      bit_count += 8;
    }
    const std::uint32_t value = bits & ((1u << n) - 1u);
    bits >>= n;
    bit_count -= n;
    return value;
  }

  // Decodes one symbol of `h`; -1 when the input ends or holds a code `h` does not have.
  int decode(const Huffman& h) {
    int code = 0, first = 0, index = 0;
    for (int len = 1; len <= kMaxBits; ++len) {
      code |= static_cast<int>(take(1));
      if (stop != Stop::kNone) return -1;
      const int count = h.count[len];
      if (code - count < first) return h.symbol[index + (code - first)];
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    fail(Stop::kCorrupt, "a code that the block's code table does not have");
    return -1;
  }

  bool put(char c) {
    if (out.size() >= max_output) return fail(Stop::kTooLarge, "the data expands beyond the size limit");
    out.push_back(c);
    return true;
  }
};

// Builds `h` from code lengths; false if the lengths over-subscribe the code space (no
// prefix code has them). Incomplete codes are accepted; a missing code fails in decode().
bool build(Huffman* h, const std::uint8_t* lengths, int n) {
  h->count.fill(0);
  for (int s = 0; s < n; ++s) h->count[lengths[s]]++;
  if (h->count[0] == n) return true;  // no codes at all: any use of it fails in decode()
  int left = 1;
  for (int len = 1; len <= kMaxBits; ++len) {
    left = (left << 1) - h->count[len];
    if (left < 0) return false;
  }
  std::array<std::uint16_t, kMaxBits + 1> offset{};
  for (int len = 1; len < kMaxBits; ++len) offset[len + 1] = offset[len] + h->count[len];
  for (int s = 0; s < n; ++s) {
    if (lengths[s] != 0) h->symbol[offset[lengths[s]]++] = static_cast<std::uint16_t>(s);
  }
  return true;
}

bool stored_block(Decoder& d) {
  d.bits = 0;  // the rest of the current byte is padding
  d.bit_count = 0;
  if (d.in.size() - d.pos < 4) return d.fail(Stop::kTruncated, "the data ends in a block header");
  const auto byte = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(d.in[d.pos + i])); };
  const unsigned length = byte(0) | byte(1) << 8;
  const unsigned complement = byte(2) | byte(3) << 8;
  if (length != (~complement & 0xffffu)) return d.fail(Stop::kCorrupt, "a stored block's length check fails");
  d.pos += 4;
  for (unsigned i = 0; i < length; ++i) {
    if (d.pos >= d.in.size()) return d.fail(Stop::kTruncated, "the data ends in the middle of a block");
    if (!d.put(d.in[d.pos++])) return false;
  }
  return true;
}

bool coded_block(Decoder& d, const Huffman& literals, const Huffman& distances) {
  for (;;) {
    const int symbol = d.decode(literals);
    if (symbol < 0) return false;
    if (symbol < 256) {
      if (!d.put(static_cast<char>(symbol))) return false;
      continue;
    }
    if (symbol == 256) return true;
    const int l = symbol - 257;
    if (l >= static_cast<int>(kLengthBase.size())) return d.fail(Stop::kCorrupt, "an invalid length code");
    const std::size_t length = kLengthBase[l] + d.take(kLengthExtra[l]);
    const int ds = d.decode(distances);
    if (ds < 0) return false;
    if (ds >= kMaxDistanceCodes) return d.fail(Stop::kCorrupt, "an invalid distance code");
    const std::size_t distance = kDistanceBase[ds] + d.take(kDistanceExtra[ds]);
    if (d.stop != Stop::kNone) return false;
    if (distance > d.out.size()) return d.fail(Stop::kCorrupt, "a back-reference before the start of the data");
    for (std::size_t i = 0; i < length; ++i) {
      if (!d.put(d.out[d.out.size() - distance])) return false;
    }
  }
}

bool fixed_block(Decoder& d) {
  static const auto codes = [] {
    std::array<std::uint8_t, kMaxLiteralCodes + kMaxDistanceCodes> lengths{};
    for (int s = 0; s < 144; ++s) lengths[s] = 8;
    for (int s = 144; s < 256; ++s) lengths[s] = 9;
    for (int s = 256; s < 280; ++s) lengths[s] = 7;
    for (int s = 280; s < kMaxLiteralCodes; ++s) lengths[s] = 8;
    for (int s = 0; s < kMaxDistanceCodes; ++s) lengths[kMaxLiteralCodes + s] = 5;
    std::array<Huffman, 2> h;
    build(&h[0], lengths.data(), kMaxLiteralCodes);
    build(&h[1], lengths.data() + kMaxLiteralCodes, kMaxDistanceCodes);
    return h;
  }();
  return coded_block(d, codes[0], codes[1]);
}

bool dynamic_block(Decoder& d) {
  const int literal_count = static_cast<int>(d.take(5)) + 257;
  const int distance_count = static_cast<int>(d.take(5)) + 1;
  const int length_code_count = static_cast<int>(d.take(4)) + 4;
  if (d.stop != Stop::kNone) return false;
  if (literal_count > 286 || distance_count > kMaxDistanceCodes)
    return d.fail(Stop::kCorrupt, "a block header with too many codes");

  std::array<std::uint8_t, kMaxLiteralCodes + kMaxDistanceCodes> lengths{};
  for (int i = 0; i < length_code_count; ++i) lengths[kCodeLengthOrder[i]] = static_cast<std::uint8_t>(d.take(3));
  Huffman length_code;
  if (d.stop != Stop::kNone) return false;
  if (!build(&length_code, lengths.data(), 19)) return d.fail(Stop::kCorrupt, "an impossible code-length code");

  lengths.fill(0);
  const int total = literal_count + distance_count;
  for (int i = 0; i < total;) {
    const int symbol = d.decode(length_code);
    if (symbol < 0) return false;
    if (symbol < 16) {
      lengths[i++] = static_cast<std::uint8_t>(symbol);
      continue;
    }
    std::uint8_t repeated = 0;
    int times = 0;
    if (symbol == 16) {
      if (i == 0) return d.fail(Stop::kCorrupt, "a repeat with nothing before it");
      repeated = lengths[i - 1];
      times = 3 + static_cast<int>(d.take(2));
    } else if (symbol == 17) {
      times = 3 + static_cast<int>(d.take(3));
    } else {
      times = 11 + static_cast<int>(d.take(7));
    }
    if (d.stop != Stop::kNone) return false;
    if (i + times > total) return d.fail(Stop::kCorrupt, "code lengths run past the block's codes");
    while (times-- > 0) lengths[i++] = repeated;
  }
  if (lengths[256] == 0) return d.fail(Stop::kCorrupt, "a block without an end code");

  Huffman literals, distances;
  if (!build(&literals, lengths.data(), literal_count) ||
      !build(&distances, lengths.data() + literal_count, distance_count))
    return d.fail(Stop::kCorrupt, "an impossible Huffman code");
  return coded_block(d, literals, distances);
}

}  // namespace

InflateResult inflate_raw(std::string_view compressed, std::size_t max_output) {
  Decoder d;
  d.in = compressed;
  d.max_output = max_output;
  for (bool last = false; !last;) {
    last = d.take(1) != 0;
    const std::uint32_t type = d.take(2);
    if (d.stop != Stop::kNone) break;
    bool ok = false;
    if (type == 0) ok = stored_block(d);
    else if (type == 1) ok = fixed_block(d);
    else if (type == 2) ok = dynamic_block(d);
    else ok = d.fail(Stop::kCorrupt, "an invalid block type");
    if (!ok) break;
  }
  InflateResult result;
  result.output = std::move(d.out);
  switch (d.stop) {
    case Stop::kNone: result.status = InflateStatus::kOk; break;
    case Stop::kTruncated: result.status = InflateStatus::kTruncated; break;
    case Stop::kCorrupt: result.status = InflateStatus::kCorrupt; break;
    case Stop::kTooLarge: result.status = InflateStatus::kTooLarge; break;
  }
  if (d.stop != Stop::kNone) result.error = d.why;
  return result;
}

}  // namespace claimlens

// deflate_writer.h — builds small raw DEFLATE streams by hand for the decoder's tests:
// stored blocks for any bytes, and fixed-Huffman blocks with chosen literals and
// back-references (to make expanding "bombs" and references before the start).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimlens_test {

class DeflateWriter {
 public:
  // Bits are packed least significant first; Huffman codes go most significant bit first.
  void bits(std::uint32_t value, int n) {
    for (int i = 0; i < n; ++i) put_bit((value >> i) & 1u);
  }
  void code(std::uint32_t value, int n) {
    for (int i = n - 1; i >= 0; --i) put_bit((value >> i) & 1u);
  }

  // A stored block holding `data` (at most 65535 bytes).
  void stored(std::string_view data, bool last) {
    bits(last ? 1 : 0, 1);
    bits(0, 2);
    if (used_ != 0) flush_byte();
    const auto n = static_cast<std::uint32_t>(data.size());
    for (const std::uint32_t v : {n & 0xffu, n >> 8, ~n & 0xffu, (~n >> 8) & 0xffu}) out_.push_back(static_cast<char>(v));
    out_.append(data);
  }

  // Fixed-Huffman block pieces: header, a literal byte, a (length, distance) reference
  // with length 258 or 3 and distance 1, and the end code.
  void fixed_header(bool last) {
    bits(last ? 1 : 0, 1);
    bits(1, 2);
  }
  void literal(unsigned char c) {
    if (c < 144) code(0x30u + c, 8);
    else code(0x190u + (c - 144u), 9);
  }
  void copy_258_back_1() {
    code(0xC0u + (285 - 280), 8);  // length symbol 285 = 258, no extra bits
    code(0, 5);                    // distance symbol 0 = 1
  }
  void copy_3_back_1() {
    code(1, 7);  // length symbol 257 = 3
    code(0, 5);
  }
  void end_block() { code(0, 7); }

  std::string finish() {
    if (used_ != 0) flush_byte();
    return out_;
  }

 private:
  void put_bit(std::uint32_t bit) {
    current_ |= static_cast<unsigned char>(bit << used_);
    if (++used_ == 8) flush_byte();
  }
  void flush_byte() {
    out_.push_back(static_cast<char>(current_));
    current_ = 0;
    used_ = 0;
  }
  std::string out_;
  unsigned char current_ = 0;
  int used_ = 0;
};

// `data` as raw DEFLATE in stored blocks.
inline std::string stored_deflate(std::string_view data) {
  DeflateWriter w;
  do {
    const std::string_view chunk = data.substr(0, 65535);
    data.remove_prefix(chunk.size());
    w.stored(chunk, data.empty());
  } while (!data.empty());
  return w.finish();
}

}  // namespace claimlens_test

// The raw DEFLATE decoder: streams made by zlib (stored, fixed and dynamic blocks, written
// once by Python's zlib from the texts below and kept as hex), streams made by hand, and
// every way a stream can be cut or damaged.
#include <catch2/catch.hpp>
#include <string>

#include "claimlens/inflate.h"
#include "format/deflate_writer.h"

namespace {

using claimlens::inflate_raw;
using claimlens::InflateStatus;

std::string from_hex(std::string_view hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out.push_back(static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  return out;
}

constexpr std::string_view kShort = "Ines Vold said the ferry will run.";
constexpr std::string_view kShortStored = "012200ddff496e657320566f6c642073616964207468652066657272792077696c6c2072756e2e";
constexpr std::string_view kShortFixed = "f3cc4b2d5608cbcf4951284ecc4c5128c94855484b2d2aaa5428cfccc951282acdd30300";

constexpr std::string_view kLong =
    "Harbour pilots in Vessby warned on Tuesday that the new ferry schedule could not be met. "
    "The port authority rejected the warning as exaggerated, and its director, Ola Brandt, said: "
    "“Every crossing will leave on time.” Union officials, who asked not to be named, disputed that; "
    "they said two of the four boats had failed inspections in May — a claim the authority called false. "
    "Café owners near the quay reportedly fear a summer without tourists 😀.";
constexpr std::string_view kLongDynamic =
    "4590314ec4301045aff20f10ed01a00321d1209a857e124f36038e1dc6f6867439040505889a7370933d0147609c2d682cc59e"
    "f9ffe5dd92b6b12826f1312748c023a7d42e9849033bc4807de1e468411e28dbc1083ca367d505a91bd815cfe862f10e2166b4"
    "8c91f30e7b1b9ca26650c94354c90b949fb8cb165a436abe840328815fe97060257b6a40c1418cc489da70d406f79e70a5769f"
    "1b24127781d3fa717364ebef34a6545366f11e9ee9c89538cbc8bbd3fa898720f619fb5e3a219f1acc43b4c6673eb3e6587103"
    "8db5d8499aca998ef265655cb63ae4395ac406dd57556d24e31bc8a127f1b620214dc66a559bc03b73755adf40e83cc9b82dfe"
    "4be8c8d79dde7078876bea7fbe11e7c09acc2be936fd52a8daaafad8f9c564db0321957164b57fb5ac52e98b4a3294dfaff775"
    "f707";

}  // namespace

TEST_CASE("inflate decodes zlib's stored, fixed and dynamic blocks", "[inflate]") {
  const auto stored = inflate_raw(from_hex(kShortStored), 1 << 20);
  CHECK(stored.status == InflateStatus::kOk);
  CHECK(stored.output == kShort);
  const auto fixed = inflate_raw(from_hex(kShortFixed), 1 << 20);
  CHECK(fixed.status == InflateStatus::kOk);
  CHECK(fixed.output == kShort);
  const auto dynamic = inflate_raw(from_hex(kLongDynamic), 1 << 20);
  CHECK(dynamic.status == InflateStatus::kOk);
  CHECK(dynamic.error.empty());
  CHECK(dynamic.output == kLong);
}

TEST_CASE("inflate reports every cut of a stream as truncated or corrupt, never as whole", "[inflate]") {
  const std::string whole = from_hex(kLongDynamic);
  for (std::size_t n = 0; n < whole.size(); ++n) {
    const auto cut = inflate_raw(std::string_view(whole).substr(0, n), 1 << 20);
    INFO("cut at byte " << n);
    CHECK(cut.status != InflateStatus::kOk);
    CHECK_FALSE(cut.error.empty());
  }
  CHECK(inflate_raw(std::string_view(whole).substr(0, whole.size() / 2), 1 << 20).status == InflateStatus::kTruncated);
  CHECK(inflate_raw("", 1 << 20).status == InflateStatus::kTruncated);
}

TEST_CASE("inflate stops at the output limit instead of expanding without bound", "[inflate]") {
  claimlens_test::DeflateWriter w;
  w.fixed_header(true);
  w.literal('a');
  for (int i = 0; i < 4000; ++i) w.copy_258_back_1();  // ~1 MB from ~6.5 KB
  w.end_block();
  const std::string bomb = w.finish();
  CHECK(bomb.size() < 7000);  // 13 bits per 258 bytes

  const auto whole = inflate_raw(bomb, 2u << 20);
  REQUIRE(whole.status == InflateStatus::kOk);
  CHECK(whole.output == std::string(1 + 4000 * 258, 'a'));

  const auto capped = inflate_raw(bomb, 100000);
  CHECK(capped.status == InflateStatus::kTooLarge);
  CHECK(capped.output.size() == 100000);
}

TEST_CASE("inflate refuses damaged streams with a reason", "[inflate]") {
  SECTION("block type 3 does not exist") {
    claimlens_test::DeflateWriter w;
    w.bits(1, 1);
    w.bits(3, 2);
    const auto r = inflate_raw(w.finish(), 1 << 20);
    CHECK(r.status == InflateStatus::kCorrupt);
    CHECK(r.error == "an invalid block type");
  }
  SECTION("a back-reference before the first byte") {
    claimlens_test::DeflateWriter w;
    w.fixed_header(true);
    w.copy_3_back_1();
    w.end_block();
    const auto r = inflate_raw(w.finish(), 1 << 20);
    CHECK(r.status == InflateStatus::kCorrupt);
    CHECK(r.error == "a back-reference before the start of the data");
  }
  SECTION("a stored block whose length check fails") {
    std::string s = from_hex(kShortStored);
    s[3] = static_cast<char>(s[3] ^ 0x01);
    const auto r = inflate_raw(s, 1 << 20);
    CHECK(r.status == InflateStatus::kCorrupt);
  }
  SECTION("flipping any bit of a dynamic stream never reads or writes out of bounds") {
    const std::string whole = from_hex(kLongDynamic);
    int refused = 0;
    for (std::size_t i = 0; i < whole.size(); ++i) {
      std::string damaged = whole;
      damaged[i] = static_cast<char>(damaged[i] ^ (1 << (i % 8)));
      const auto r = inflate_raw(damaged, 4096);
      CHECK(r.output.size() <= 4096);
      if (r.status != InflateStatus::kOk) {
        ++refused;
        CHECK_FALSE(r.error.empty());
      }
    }
    CHECK(refused > 0);
  }
}

TEST_CASE("inflate joins several blocks and ignores bytes after the final one", "[inflate]") {
  claimlens_test::DeflateWriter w;
  w.stored("Ines Vold ", false);
  w.fixed_header(true);
  for (const char c : std::string_view("said")) w.literal(static_cast<unsigned char>(c));
  w.copy_3_back_1();
  w.end_block();
  const auto r = inflate_raw(w.finish() + "trailing", 1 << 20);
  CHECK(r.status == InflateStatus::kOk);
  CHECK(r.output == "Ines Vold saidddd");
}

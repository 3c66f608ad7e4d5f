// Fuzzes claimlens::check_text, the gate every outside byte string passes first.
//
// Besides memory safety (ASan/UBSan), it compares check_text with a reference written
// differently (fuzz/utf8_reference.h: decode each sequence to a code point and reject what
// the Unicode standard rejects: overlong, surrogate, above U+10FFFF, truncated), so the gate can
// neither let bad UTF-8 through to the engine nor refuse good text. It also checks the
// shape of the answer: the text is `bytes` minus a leading BOM, offsets point into `bytes`,
// and describe() says something.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "claimlens/text_check.h"
#include "fuzz_check.h"
#include "utf8_reference.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const claimlens::CheckedText checked = claimlens::check_text(bytes);
  const std::string message = claimlens::describe(checked.status);
  FUZZ_CHECK(!message.empty(), "describe() returned nothing");

  // Reference verdict, in check_text's documented order: NUL or bad UTF-8 at the first
  // offending byte, then too many controls, then nothing visible.
  const bool bom = size >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF";
  const std::size_t start = bom ? 3 : 0;
  claimlens::TextError want = claimlens::TextError::kNone;
  std::size_t want_offset = 0, controls = 0;
  bool visible = false;
  for (std::size_t i = start; i < size;) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) { want = claimlens::TextError::kBinary; want_offset = i; break; }
    const std::size_t n = claimlens_fuzz::utf8_sequence(bytes, i);
    if (n == 0) { want = claimlens::TextError::kInvalidUtf8; want_offset = i; break; }
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
    if (c < 0x20 && !space) ++controls;
    if (!space) visible = true;
    i += n;
  }
  if (want == claimlens::TextError::kNone && controls > 8 && controls * 100 > size - start)
    want = claimlens::TextError::kBinary;
  else if (want == claimlens::TextError::kNone && !visible)
    want = claimlens::TextError::kEmpty;

  FUZZ_CHECK(checked.status.error == want,
             "check_text says \"" + message + "\" but the reference verdict differs (error " +
                 std::to_string(static_cast<int>(want)) + " at byte " + std::to_string(want_offset) + ")");
  if (want == claimlens::TextError::kBinary || want == claimlens::TextError::kInvalidUtf8) {
    FUZZ_CHECK(checked.status.offset == want_offset,
               "check_text reports byte " + std::to_string(checked.status.offset) +
                   ", the first offending byte is " + std::to_string(want_offset));
  }
  if (checked.status.ok()) {
    FUZZ_CHECK(checked.had_bom == bom, "had_bom is wrong");
    FUZZ_CHECK(checked.text.data() == bytes.data() + start && checked.text.size() == size - start,
               "the checked text is not the input minus its BOM");
  } else {
    FUZZ_CHECK(checked.text.empty(), "a refused text still carries text");
    FUZZ_CHECK(checked.status.offset <= size, "error offset past the input");
  }
  return 0;
}

// Fuzzes claimlens::extract_article (src/format/claimlens/article_text.h): every file a
// person drops on the reader — UTF-8/UTF-16/Windows-1252 text, Markdown, HTML — goes
// through it before the engine sees anything.
//
// Input: one byte choosing the file name (.txt, .md, .html, or no extension so the content
// sniffing decides), then the file's bytes. Besides ASan/UBSan (the HTML and Markdown
// scanners index by hand), it checks the promises: it never throws; a refusal says why; an
// accepted file yields valid UTF-8 (fuzz/utf8_reference.h), since that text is what the
// engine annotates and every offset refers to.
#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "claimlens/article_text.h"
#include "fuzz_check.h"
#include "utf8_reference.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* const kNames[] = {"article.txt", "article.md", "article.html", "article"};
  const char* name = kNames[data[0] % 4];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

  claimlens::ArticleText article;
  try {
    article = claimlens::extract_article(name, bytes);
  } catch (const std::exception& e) {
    FUZZ_CHECK(false, std::string("extract_article threw: ") + e.what());
  }
  if (!article.ok) {
    FUZZ_CHECK(!article.error.empty(), "refused without a reason");
    return 0;
  }
  const std::size_t bad = claimlens_fuzz::first_invalid_utf8(article.text);
  FUZZ_CHECK(bad == std::string_view::npos,
             std::string(name) + ": the extracted text is not valid UTF-8 at byte " + std::to_string(bad));
  for (const std::string& note : article.notes)
    FUZZ_CHECK(claimlens_fuzz::first_invalid_utf8(note) == std::string_view::npos,
               "a note is not valid UTF-8");
  return 0;
}

// claimlens/article_text.h — the text of an article, from whatever file a person drops.
//
// Plain text in UTF-8 (with or without BOM), UTF-16 with a BOM, or — when it is not valid
// UTF-8 — Windows-1252, which is what most legacy newsroom exports are; Markdown with its
// markup removed; HTML reduced to the article's title and body text (scripts, styles,
// navigation and other page furniture left out, entities decoded). The result is the one
// text the engine annotates and every offset refers to; what was done to get it is said
// in `notes`, so the reader can tell the person. Pure: no I/O, no exceptions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimlens {

enum class ArticleFormat { kText, kMarkdown, kHtml };

struct ArticleText {
  bool ok = false;
  std::string error;               // when !ok: why, for a person
  std::string text;                // UTF-8, paragraphs separated by blank lines
  ArticleFormat format = ArticleFormat::kText;
  std::vector<std::string> notes;  // e.g. "not valid UTF-8: read as Windows-1252"
};

// Decodes and extracts the article in `bytes`; `name` (a file name) picks the format by
// its extension (.md/.markdown, .html/.htm, else text), but content that is plainly HTML is
// read as HTML whatever its name (with a note), and a known binary format is refused.
ArticleText extract_article(std::string_view name, std::string_view bytes);

// What a file plainly is when its first bytes are those of a known non-text format
// ("a PDF document", "a PNG image", ...), whatever its name; empty otherwise. Articles
// renamed or exported wrongly are refused with this, never read as garbage text.
std::string_view known_binary_format(std::string_view bytes);

// The pieces, for tests and other callers.
// Bytes to UTF-8: BOMs (UTF-8, UTF-16 LE/BE) honoured, else UTF-8 if valid, else
// Windows-1252. Adds a note when not plain UTF-8; fails on truncated UTF-16.
bool decode_to_utf8(std::string_view bytes, std::string* out, std::vector<std::string>* notes, std::string* error);
std::string markdown_to_text(std::string_view markdown);
std::string html_to_text(std::string_view html);

}  // namespace claimlens

// Choosing how to read a dropped file (see claimlens/article_text.h: extract_article).
#include <algorithm>
#include <cctype>

#include "claimlens/article_text.h"

namespace claimlens {
namespace {

std::string extension(std::string_view name) {
  const auto dot = name.find_last_of('.');
  std::string ext(dot == std::string_view::npos ? "" : name.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// Plainly HTML: starts (after white space) with a doctype or <html>/<head>/<body>.
bool looks_like_html(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  std::string head(text.substr(i, 15));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 || head.rfind("<head", 0) == 0 ||
         head.rfind("<body", 0) == 0;
}

}  // namespace

std::string_view known_binary_format(std::string_view bytes) {
  struct Magic {
    std::string_view prefix;
    std::string_view what;
  };
  static constexpr Magic kMagic[] = {
      {"%PDF-", "a PDF document"},
      {"\x89PNG\r\n\x1A\n", "a PNG image"},
      {"\xFF\xD8\xFF", "a JPEG image"},
      {"GIF87a", "a GIF image"},
      {"GIF89a", "a GIF image"},
      {"PK\x03\x04", "a ZIP archive (a Word, OpenDocument or EPUB file is one)"},
      {"\x1F\x8B", "gzip-compressed data"},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Microsoft Office document"},
      {"{\\rtf", "an RTF document"},
      {"\x7F" "ELF", "a program"},
      {"MZ", "a Windows program"},
      {std::string_view("\0\0\0", 3), "binary data"},
  };
  for (const Magic& m : kMagic) {
    if (bytes.substr(0, m.prefix.size()) == m.prefix) {
      // "MZ" also starts ordinary words; only a program has a NUL soon after.
      if (m.prefix == "MZ" && bytes.substr(0, 256).find('\0') == std::string_view::npos) continue;
      return m.what;
    }
  }
  if (bytes.size() >= 12 && bytes.substr(0, 4) == "RIFF" && bytes.substr(8, 4) == "WEBP") return "a WebP image";
  return {};
}

ArticleText extract_article(std::string_view name, std::string_view bytes) {
  ArticleText out;
  if (const std::string_view what = known_binary_format(bytes); !what.empty()) {
    out.error = "this is " + std::string(what) + ", not an article (save the article as text, HTML or Markdown)";
    return out;
  }
  std::string decoded;
  if (!decode_to_utf8(bytes, &decoded, &out.notes, &out.error)) return out;
  const std::string ext = extension(name);
  if (ext == "html" || ext == "htm" || ext == "xhtml") {
    out.format = ArticleFormat::kHtml;
  } else if (ext == "md" || ext == "markdown") {
    out.format = ArticleFormat::kMarkdown;
  } else if (looks_like_html(decoded)) {
    out.format = ArticleFormat::kHtml;
    out.notes.push_back("the content is HTML: read as HTML");
  }
  switch (out.format) {
    case ArticleFormat::kHtml:
      out.text = html_to_text(decoded);
      out.notes.push_back("HTML: the article's title and body text");
      break;
    case ArticleFormat::kMarkdown:
      out.text = markdown_to_text(decoded);
      out.notes.push_back("Markdown: markup removed");
      break;
    case ArticleFormat::kText:
      out.text = std::move(decoded);
      break;
  }
  out.ok = true;
  return out;
}

}  // namespace claimlens

// Markdown to plain text (see claimlens/article_text.h: markdown_to_text).
//
// Keeps what a reader reads: headings and paragraphs (one per block, blank lines between),
// list items and quotations as their own paragraphs, link and image text; drops the
// markup: emphasis markers, heading hashes, list bullets, quote markers, code fences, rules,
// link targets, reference definitions and inline HTML tags.
#include <cctype>

#include "claimlens/article_text.h"

namespace claimlens {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_rule(std::string_view line) {
  int marks = 0;
  for (char c : line) {
    if (c == '-' || c == '*' || c == '_') ++marks;
    else if (c != ' ') return false;
  }
  return marks >= 3;
}

// Strips a leading block marker (#, >, list bullet or number) and says if the line starts
// a block of its own.
std::string_view strip_block_marker(std::string_view line, bool* own_block) {
  *own_block = false;
  if (!line.empty() && line[0] == '#') {
    std::size_t n = 0;
    while (n < line.size() && line[n] == '#') ++n;
    if (n <= 6 && (n == line.size() || line[n] == ' ')) {
      *own_block = true;
      line.remove_prefix(n);
      while (!line.empty() && line.back() == '#') line.remove_suffix(1);  // closing hashes
      return trim(line);
    }
  }
  while (!line.empty() && line[0] == '>') {
    line = trim(line.substr(1));
    *own_block = true;
  }
  if (line.size() > 1 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    *own_block = true;
    return trim(line.substr(2));
  }
  std::size_t d = 0;
  while (d < line.size() && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
  if (d > 0 && d < 10 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ') {
    *own_block = true;
    return trim(line.substr(d + 2));
  }
  return line;
}

// Inline markup: [text](url) -> text, ![alt](src) -> alt, `code` -> code, emphasis
// markers and tags dropped, backslash escapes resolved.
std::string inline_text(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      out.push_back(s[++i]);
    } else if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
      continue;  // the [alt] that follows is kept as text
    } else if (c == '[') {
      const std::size_t close = s.find(']', i);
      if (close == std::string_view::npos) {
        out.push_back(c);
        continue;
      }
      out += inline_text(s.substr(i + 1, close - i - 1));
      i = close;
      if (i + 1 < s.size() && (s[i + 1] == '(' || s[i + 1] == '[')) {
        const std::size_t end = s.find(s[i + 1] == '(' ? ')' : ']', i + 1);
        if (end != std::string_view::npos) i = end;
      }
    } else if (c == '*' || c == '`' || (c == '_' && (i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1])) ||
                                                     i + 1 == s.size() || !std::isalnum(static_cast<unsigned char>(s[i + 1]))))) {
      continue;  // emphasis and code markers; snake_case words keep their underscores
    } else if (c == '<') {
      const std::size_t close = s.find('>', i);
      const bool tag = close != std::string_view::npos && close > i + 1 &&
                       (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '/' || s[i + 1] == '!');
      if (tag) i = close;
      else out.push_back(c);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::string markdown_to_text(std::string_view markdown) {
  std::string out, paragraph;
  const auto flush = [&] {
    if (paragraph.empty()) return;
    if (!out.empty()) out += "\n\n";
    out += paragraph;
    paragraph.clear();
  };
  bool in_fence = false;
  std::size_t pos = 0;
  while (pos <= markdown.size()) {
    std::size_t end = markdown.find('\n', pos);
    if (end == std::string_view::npos) end = markdown.size();
    const std::string_view raw = markdown.substr(pos, end - pos);
    pos = end + 1;
    const std::string_view line = trim(raw);
    if (line.rfind("```", 0) == 0 || line.rfind("~~~", 0) == 0) {
      flush();
      in_fence = !in_fence;
      continue;
    }
    if (in_fence) {  // code is kept as it is, one paragraph per line
      if (!line.empty()) {
        paragraph = std::string(line);
        flush();
      }
      continue;
    }
    if (line.empty() || is_rule(line)) {
      flush();
      continue;
    }
    // Setext underlines (=== / ---) end the heading above them.
    if (line.find_first_not_of('=') == std::string_view::npos) {
      flush();
      continue;
    }
    // Reference definitions: [id]: url
    if (line[0] == '[' && line.find("]:") != std::string_view::npos) continue;
    bool own_block = false;
    const std::string_view body = strip_block_marker(line, &own_block);
    if (own_block) flush();
    if (!paragraph.empty()) paragraph += ' ';
    paragraph += inline_text(body);
    if (own_block && line[0] == '#') flush();
  }
  flush();
  return out;
}

}  // namespace claimlens

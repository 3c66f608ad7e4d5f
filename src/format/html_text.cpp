// HTML to the article's text (see claimlens/article_text.h: html_to_text).
//
// A small tolerant scanner, not a full HTML parser: it walks tags and text once, skips
// what is never article text (script, style, templates, forms, navigation, headers,
// footers, asides, and elements whose class or id names page furniture such as menus,
// share bars or cookie notices), breaks paragraphs at block elements, collapses white
// space, and decodes entities. If the page has an <article> (else <main>), only that is
// kept. The title comes from <h1>, else <title>.
#include <algorithm>
#include <cctype>
#include <cstring>

#include "claimlens/article_text.h"
#include "claimlens/utf8.h"

namespace claimlens {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool one_of(const std::string& name, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    if (name == n) return true;
  }
  return false;
}

bool never_text(const std::string& tag) {
  return one_of(tag, {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
                      "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "menu", "dialog"});
}

bool is_block(const std::string& tag) {
  return one_of(tag, {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                      "ol", "blockquote", "pre", "br", "hr", "tr", "table", "figure", "figcaption", "dd", "dt",
                      "dl", "address", "title", "body"});
}

bool is_void(const std::string& tag) {
  return one_of(tag, {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed", "track"});
}

// class/id words that mark page furniture rather than the story.
bool furniture(const std::string& attributes) {
  static const char* kWords[] = {"nav", "menu", "footer", "header", "share", "social", "related", "comment",
                                 "advert", "promo", "cookie", "subscribe", "newsletter", "sidebar", "breadcrumb",
                                 "byline-tools", "skip-link", "paywall"};
  for (const char* key : {"class=", "id="}) {
    std::size_t at = attributes.find(key);
    if (at == std::string::npos) continue;
    at += std::strlen(key);
    const char quote = at < attributes.size() ? attributes[at] : ' ';
    const std::size_t end = (quote == '"' || quote == '\'') ? attributes.find(quote, at + 1) : attributes.find(' ', at);
    const std::string value = attributes.substr(at, end == std::string::npos ? std::string::npos : end - at);
    for (const char* w : kWords) {
      if (value.find(w) != std::string::npos) return true;
    }
  }
  return false;
}

struct Entity {
  const char* name;
  char32_t cp;
};
constexpr Entity kEntities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},         {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},     {"mdash", 0x2014},  {"ndash", 0x2013},   {"hellip", 0x2026}, {"lsquo", 0x2018},
    {"rsquo", 0x2019},  {"ldquo", 0x201C},  {"rdquo", 0x201D},   {"laquo", 0xAB},    {"raquo", 0xBB},
    {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},   {"euro", 0x20AC},   {"pound", 0xA3},
    {"yen", 0xA5},      {"cent", 0xA2},     {"deg", 0xB0},       {"middot", 0xB7},   {"bull", 0x2022},
    {"eacute", 0xE9},   {"egrave", 0xE8},   {"aacute", 0xE1},    {"agrave", 0xE0},   {"iacute", 0xED},
    {"oacute", 0xF3},   {"uacute", 0xFA},   {"ntilde", 0xF1},    {"ccedil", 0xE7},   {"uuml", 0xFC},
    {"ouml", 0xF6},     {"auml", 0xE4},     {"szlig", 0xDF},     {"Eacute", 0xC9},   {"shy", 0xAD},
    {"thinsp", 0x2009}, {"ensp", 0x2002},   {"emsp", 0x2003},    {"zwj", 0x200D},    {"zwnj", 0x200C},
    {"times", 0xD7},    {"minus", 0x2212},  {"prime", 0x2032},   {"Prime", 0x2033},  {"sbquo", 0x201A},
    {"bdquo", 0x201E},
};


// Decodes the entity at s[i] ('&'); returns the bytes consumed (0 if not an entity).
std::size_t decode_entity(std::string_view s, std::size_t i, std::string* out) {
  const std::size_t semi = s.find(';', i);
  if (semi == std::string_view::npos || semi - i > 12 || semi == i + 1) return 0;
  const std::string_view body = s.substr(i + 1, semi - i - 1);
  if (body[0] == '#') {
    char32_t cp = 0;
    const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    for (std::size_t k = hex ? 2 : 1; k < body.size(); ++k) {
      const char c = body[k];
      const int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                        : hex && std::isxdigit(static_cast<unsigned char>(c)) ? std::tolower(c) - 'a' + 10
                                                                               : -1;
      if (digit < 0) return 0;
      cp = std::min<char32_t>(cp * (hex ? 16 : 10) + static_cast<char32_t>(digit), 0x110000);
    }
    append_utf8(cp == 0 ? 0xFFFD : cp, out);  // &#0; is not a character either
    return semi - i + 1;
  }
  for (const Entity& e : kEntities) {
    if (body == e.name) {
      append_utf8(e.cp, out);
      return semi - i + 1;
    }
  }
  return 0;
}

struct Extractor {
  std::string text;        // all kept text, paragraphs separated by "\n\n"
  std::string title;       // from <title>
  std::string h1;          // first <h1>
  bool pending_space = false;

  void paragraph_break() {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    if (!text.empty() && text.compare(text.size() - std::min<std::size_t>(2, text.size()), 2, "\n\n") != 0) {
      text += text.back() == '\n' ? "\n" : "\n\n";
    }
    pending_space = false;
  }
  void add_char(char c, std::string* where) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      pending_space = true;
      return;
    }
    if (pending_space && !where->empty() && where->back() != '\n' && where->back() != ' ') where->push_back(' ');
    pending_space = false;
    where->push_back(c);
  }
};

// The part of the page that holds the story: <article>, else <main>, else all of it.
std::string_view story_region(std::string_view html, const std::string& lowered) {
  for (const char* tag : {"article", "main"}) {
    const std::size_t open = lowered.find(std::string("<") + tag);
    if (open == std::string::npos) continue;
    const std::size_t body = lowered.find('>', open);
    const std::size_t close = lowered.rfind(std::string("</") + tag);
    if (body != std::string::npos && close != std::string::npos && close > body) return html.substr(body + 1, close - body - 1);
  }
  return html;
}

}  // namespace

std::string html_to_text(std::string_view html) {
  const std::string lowered = lower(html);
  Extractor x;
  // The <title> is read from the whole page, the text from the story region.
  if (const std::size_t t = lowered.find("<title"); t != std::string::npos) {
    const std::size_t b = lowered.find('>', t), e = lowered.find("</title", t);
    if (b != std::string::npos && e != std::string::npos && e > b) {
      const std::string_view raw = html.substr(b + 1, e - b - 1);
      for (std::size_t i = 0; i < raw.size(); ++i) {
        std::string decoded;
        const std::size_t n = raw[i] == '&' ? decode_entity(raw, i, &decoded) : 0;
        if (n) {
          x.title += decoded;
          i += n - 1;
        } else {
          x.add_char(raw[i], &x.title);
        }
      }
    }
  }
  const std::string_view region = story_region(html, lowered);
  const std::size_t offset = static_cast<std::size_t>(region.data() - html.data());

  std::vector<std::string> open;  // element stack (names)
  int skip_depth = 0;             // > 0 while inside something that is never text
  bool in_h1 = false;
  x.pending_space = false;
  for (std::size_t i = 0; i < region.size(); ++i) {
    const char c = region[i];
    if (c == '<') {
      if (lowered.compare(offset + i, 4, "<!--") == 0) {
        const std::size_t end = lowered.find("-->", offset + i + 4);
        i = end == std::string::npos ? region.size() : end - offset + 2;
        continue;
      }
      const std::size_t end = region.find('>', i);
      if (end == std::string_view::npos) break;
      const std::string tag_text = lowered.substr(offset + i + 1, end - i - 1);
      i = end;
      const bool closing = !tag_text.empty() && tag_text[0] == '/';
      std::size_t name_end = closing ? 1 : 0;
      while (name_end < tag_text.size() && (std::isalnum(static_cast<unsigned char>(tag_text[name_end])))) ++name_end;
      const std::string name = tag_text.substr(closing ? 1 : 0, name_end - (closing ? 1 : 0));
      if (name.empty()) continue;  // <!doctype>, <?xml?>, stray '<'
      if (!closing) {
        const bool skip = never_text(name) || furniture(tag_text);
        // Raw-text elements end at their own closing tag, whatever is inside.
        if (name == "script" || name == "style") {
          const std::size_t close = lowered.find("</" + name, offset + i);
          i = close == std::string::npos ? region.size() : std::min(region.size(), close - offset - 1);
          continue;
        }
        if (is_block(name)) x.paragraph_break();
        if (name == "h1" && skip_depth == 0 && x.h1.empty()) in_h1 = true;
        if (!is_void(name) && tag_text.back() != '/') {
          open.push_back(name);
          if (skip || skip_depth > 0) ++skip_depth;
        }
      } else {
        // Close up to the matching element (tolerating unclosed ones in between).
        const auto it = std::find(open.rbegin(), open.rend(), name);
        if (it != open.rend()) {
          const std::size_t depth = static_cast<std::size_t>(open.rend() - it) - 1;
          while (open.size() > depth) {
            open.pop_back();
            if (skip_depth > 0) --skip_depth;
          }
        }
        if (name == "h1") in_h1 = false;
        if (is_block(name)) x.paragraph_break();
      }
      continue;
    }
    if (skip_depth > 0) continue;
    if (c == '&') {
      std::string decoded;
      const std::size_t n = decode_entity(region, i, &decoded);
      if (n) {
        for (char d : decoded) x.add_char(d, &x.text);
        if (in_h1) x.h1 += decoded;
        i += n - 1;
        continue;
      }
    }
    x.add_char(c, &x.text);
    if (in_h1 && c != '\n') x.h1.push_back(c == '\t' || c == '\r' ? ' ' : c);
  }
  while (!x.text.empty() && (x.text.back() == '\n' || x.text.back() == ' ')) x.text.pop_back();
  // The headline on top, once: the page's <h1> is usually in the text already.
  if (x.h1.empty() && !x.title.empty() && x.text.rfind(x.title, 0) != 0) return x.title + "\n\n" + x.text;
  return x.text;
}

}  // namespace claimlens

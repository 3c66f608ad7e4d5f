// Block splitting, word wrap and hit-testing with a fixed-width "font".
#include <catch2/catch.hpp>
#include <string>

#include "article_layout.h"

using namespace claimlens::model;

namespace {
// Every code point 10 px wide at size 10 (so 1 px per unit of size per character).
GlyphAdvances monospace() {
  GlyphAdvances a;
  a.by_code_point.assign(0x3000, 10.0f);
  a.fallback = 10.0f;
  a.base_size = 10.0f;
  return a;
}

LayoutStyle style_for(const GlyphAdvances& adv, float width) {
  LayoutStyle s;
  s.body = &adv;
  s.title = &adv;
  s.body_size = 10.0f;
  s.title_size = 10.0f;
  s.width = width;
  return s;
}
}  // namespace

TEST_CASE("blocks: one per non-empty line, the first a title when it reads as one", "[layout]") {
  const std::string text = "Harbour row deepens\n\n  First paragraph here.  \r\n\nSecond one.\n";
  ArticleLayout layout;
  layout.set_text(text);
  REQUIRE(layout.blocks().size() == 3);
  CHECK(layout.blocks()[0].kind == BlockKind::kTitle);
  CHECK(layout.blocks()[1].kind == BlockKind::kParagraph);
  const Block& b = layout.blocks()[1];
  CHECK(text.substr(b.begin, b.end - b.begin) == "First paragraph here.");

  ArticleLayout no_title;
  no_title.set_text("This opens with a sentence.\nAnd goes on.");
  CHECK(no_title.blocks()[0].kind == BlockKind::kParagraph);
}

TEST_CASE("wrap breaks at spaces and never exceeds the column", "[layout]") {
  const GlyphAdvances adv = monospace();
  const std::string text = "Intro\nthe quick brown fox jumps over the lazy dog";
  ArticleLayout layout;
  layout.set_text(text);
  layout.wrap(style_for(adv, 100.0f));  // 10 characters per line
  std::vector<std::string> lines;
  for (const Line& l : layout.lines()) {
    if (l.block == 1) lines.push_back(text.substr(l.begin, l.end - l.begin));
  }
  CHECK(lines == std::vector<std::string>{"the quick", "brown fox", "jumps over", "the lazy", "dog"});
  for (const Line& l : layout.lines()) CHECK(layout.x_of_offset(l, l.end) <= 100.0f);
}

TEST_CASE("a word longer than the column is cut at a code point", "[layout]") {
  const GlyphAdvances adv = monospace();
  const std::string text = "x\n\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";  // five é
  ArticleLayout layout;
  layout.set_text(text);
  layout.wrap(style_for(adv, 40.0f));  // four characters a line
  std::vector<std::string> lines;
  for (const Line& l : layout.lines()) {
    if (l.block == 1) lines.push_back(text.substr(l.begin, l.end - l.begin));
  }
  CHECK(lines == std::vector<std::string>{"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", "\xC3\xA9"});
}

TEST_CASE("lines are found by y and by offset; x maps back to offsets", "[layout]") {
  const GlyphAdvances adv = monospace();
  const std::string text = "Title line\nalpha beta gamma delta epsilon zeta eta theta";
  ArticleLayout layout;
  layout.set_text(text);
  layout.wrap(style_for(adv, 120.0f));
  REQUIRE(layout.lines().size() >= 4);
  const Line& second = layout.lines()[2];
  CHECK(layout.first_line_at(second.y + 1.0f) == 2);
  CHECK(layout.line_of_offset(second.begin + 1) == 2);
  CHECK(layout.x_of_offset(second, second.begin + 3) == Approx(30.0f));
  CHECK(layout.offset_at_x(second, 31.0f) == second.begin + 3);
  CHECK(layout.offset_at_x(second, 1e6f) == second.end);
}

TEST_CASE("re-wrapping happens only when the style changes", "[layout]") {
  const GlyphAdvances adv = monospace();
  ArticleLayout layout;
  layout.set_text("Some title\nsome words to wrap across a few lines of text");
  layout.wrap(style_for(adv, 100.0f));
  const auto lines_at_100 = layout.lines().size();
  layout.wrap(style_for(adv, 100.0f));
  CHECK(layout.lines().size() == lines_at_100);
  layout.wrap(style_for(adv, 300.0f));
  CHECK(layout.lines().size() < lines_at_100);
  CHECK(layout.height() > 0.0f);
}

namespace {
// An article of `paragraphs` paragraphs of varied length, words of varied length.
std::string long_article(int paragraphs) {
  const char* words[] = {"council", "said", "on", "Tuesday", "that", "the", "harbour", "plan", "was", "never", "approved"};
  std::string text = "A headline for the layout\n";
  for (int p = 0; p < paragraphs; ++p) {
    for (int w = 0; w < 8 + (p * 7) % 40; ++w) text += std::string(words[(p + w * 3) % 11]) + " ";
    text += "end.\n\n";
  }
  return text;
}

bool same_lines(const std::vector<Line>& a, const std::vector<Line>& b, std::size_t n) {
  if (a.size() < n || b.size() < n) return false;
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].block != b[i].block || a[i].y != b[i].y) return false;
  }
  return true;
}
}  // namespace

TEST_CASE("lazy wrap: a screen's worth first, the same lines as a full wrap", "[layout]") {
  const GlyphAdvances adv = monospace();
  const std::string text = long_article(400);
  ArticleLayout full;
  full.set_text(text);
  full.wrap(style_for(adv, 150.0f));
  REQUIRE(full.is_complete());

  ArticleLayout lazy;
  lazy.set_text(text);
  CHECK(lazy.wrap_down_to(style_for(adv, 150.0f), 300.0f));  // fresh: started anew
  CHECK(lazy.is_wrapped());
  CHECK_FALSE(lazy.is_complete());
  CHECK(lazy.lines().size() < full.lines().size() / 10);
  // The lines reach below the asked y, and are the full wrap's first lines.
  const Line& last = lazy.lines().back();
  CHECK(last.y + lazy.line_height(last) > 300.0f);
  CHECK(same_lines(lazy.lines(), full.lines(), lazy.lines().size()));
  // The estimated height is within a fifth of the true one.
  CHECK(lazy.height() == Approx(full.height()).epsilon(0.2));

  // Asking again with the same style keeps the lines (not fresh) and goes further down.
  CHECK_FALSE(lazy.wrap_down_to(style_for(adv, 150.0f), full.height() * 0.6f));
  const std::size_t i = full.first_line_at(full.height() * 0.6f);
  REQUIRE(i < lazy.lines().size());
  CHECK(lazy.first_line_at(full.height() * 0.6f) == i);
  CHECK(same_lines(lazy.lines(), full.lines(), lazy.lines().size()));

  // The rest in slices, until complete: then equal to the full wrap, height included.
  int slices = 0;
  while (lazy.wrap_more(2000)) ++slices;
  CHECK(slices > 1);
  CHECK(lazy.is_complete());
  CHECK(lazy.lines().size() == full.lines().size());
  CHECK(same_lines(lazy.lines(), full.lines(), full.lines().size()));
  CHECK(lazy.height() == full.height());
}

TEST_CASE("lazy wrap: a far offset is wrapped on demand and found as in a full wrap", "[layout]") {
  const GlyphAdvances adv = monospace();
  const std::string text = long_article(300);
  ArticleLayout full;
  full.set_text(text);
  full.wrap(style_for(adv, 120.0f));

  ArticleLayout lazy;
  lazy.set_text(text);
  lazy.wrap_down_to(style_for(adv, 120.0f), 100.0f);
  const auto far = static_cast<std::uint32_t>(text.size() * 9 / 10);
  REQUIRE(lazy.lines().back().end < far);
  lazy.wrap_to_offset(far);
  const std::size_t line = lazy.line_of_offset(far);
  CHECK(line == full.line_of_offset(far));
  CHECK(lazy.lines()[line].y == full.lines()[line].y);
  CHECK_FALSE(lazy.is_complete());

  // A new style drops the lines and starts again from the top.
  CHECK(lazy.wrap_down_to(style_for(adv, 200.0f), 100.0f));
  CHECK(lazy.lines().front().begin == full.lines().front().begin);
  CHECK(lazy.lines().size() < full.lines().size() / 10);
}

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

// article_layout.h — splitting an article into blocks and word-wrapping them into lines.
//
// Pure (no ImGui): widths come from GlyphAdvances tables the app fills from its fonts, so
// the layout is tested natively. Blocks are cut once per text; lines are re-wrapped only
// when the column width or the type size changes, then drawing looks up the visible
// lines by y in O(log n), so a 1 MB article costs no more per frame than a short one.
//
// Wrapping is lazy and in order: the lines always cover a prefix of the blocks. A fresh
// article wraps only down to what is on screen (wrap_down_to), the rest a slice per frame
// (wrap_more); until then height() adds an estimate for the unwrapped rest, so the first
// frame of a 1 MB article pays for one screen of lines, not all 12k of them. A prefix
// wrapped this way is line for line what a full wrap gives (tested).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimlens::model {

// Horizontal advance of each code point at a font's base size, in pixels.
struct GlyphAdvances {
  std::vector<float> by_code_point;  // index = code point (covers the BMP at most)
  float fallback = 0.0f;             // for code points past the table
  float base_size = 1.0f;            // size the advances were measured at
  float advance(char32_t c, float size) const {
    const float a = c < by_code_point.size() ? by_code_point[c] : fallback;
    return a * size / base_size;
  }
};

enum class BlockKind : std::uint8_t { kTitle, kParagraph };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::uint32_t begin = 0, end = 0;  // byte range in the text, without the line break
};

struct Line {
  std::uint32_t begin = 0, end = 0;  // byte range in the text (trailing space excluded)
  std::uint32_t block = 0;           // index into blocks()
  float y = 0.0f;                    // top of the line, from the top of the article
};

struct LayoutStyle {
  const GlyphAdvances* body = nullptr;
  const GlyphAdvances* title = nullptr;
  float body_size = 18.0f;      // pixels
  float title_size = 30.0f;
  float line_spacing = 1.55f;   // line height as a multiple of the type size
  float paragraph_gap = 0.8f;   // space after a block, in body line heights... fraction
  float width = 600.0f;         // column width in pixels
  std::uint32_t fonts_generation = 0;  // changes when the advances were measured again
  bool operator==(const LayoutStyle&) const = default;
};

class ArticleLayout {
 public:
  // Cuts `text` into blocks: one per non-empty line; the first is the title when it looks
  // like a headline (short, no final stop). Keeps a view of `text`: it must outlive this.
  void set_text(std::string_view text);

  // Wraps every block for `style`; a no-op when the style is unchanged and all is wrapped.
  void wrap(const LayoutStyle& style);
  // Wraps for `style` the blocks from the top down to at least y = `down_to` (pixels from
  // the article's top), keeping what is already wrapped when the style is unchanged.
  // Returns true when the lines were dropped and wrapping began again (new style or text).
  bool wrap_down_to(const LayoutStyle& style, float down_to);
  // Wraps whole blocks past the wrapped part, about `bytes` of text; false once complete.
  // Only after a wrap_down_to or wrap (it needs a style).
  bool wrap_more(std::size_t bytes);
  // Wraps down to the block holding byte offset `offset` (before line_of_offset(offset)).
  void wrap_to_offset(std::uint32_t offset);
  // Every block is wrapped: lines() and height() are final for the style.
  bool is_complete() const { return wrapped_ && next_block_ == blocks_.size(); }

  const std::vector<Block>& blocks() const { return blocks_; }
  const std::vector<Line>& lines() const { return lines_; }
  // Height of the article: exact once complete; before that the wrapped part's height plus
  // the rest of the text at the wrapped part's height per byte.
  float height() const { return height_; }
  float line_height(const Line& line) const;
  float font_size(const Line& line) const;
  // Laid out for some style (at least the blocks down to the last wrap_down_to's y).
  bool is_wrapped() const { return wrapped_; }

  // These look at the wrapped lines only; past them they answer as at the end of a text.
  // Index of the first line whose bottom is below `y` (lines().size() if none).
  std::size_t first_line_at(float y) const;
  // Index of the line holding byte offset `offset` (the last line if past the end).
  std::size_t line_of_offset(std::uint32_t offset) const;
  // X position, from the line's left edge, of byte offset `offset` within line `line`.
  float x_of_offset(const Line& line, std::uint32_t offset) const;
  // Byte offset in `line` nearest to x (for hit-testing the mouse).
  std::uint32_t offset_at_x(const Line& line, float x) const;

 private:
  const GlyphAdvances* advances(const Block& block) const;
  void wrap_block(std::uint32_t index);  // appends block `index`'s lines at y_
  void update_height();

  std::string_view text_;
  std::vector<Block> blocks_;
  std::vector<Line> lines_;
  LayoutStyle style_;
  float height_ = 0.0f;
  float y_ = 0.0f;                  // bottom of the wrapped blocks (incl. the gap after)
  std::uint32_t next_block_ = 0;    // first block not wrapped yet
  bool wrapped_ = false;
};

}  // namespace claimlens::model

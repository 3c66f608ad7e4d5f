// Block splitting and greedy word wrap (see article_layout.h).
#include "article_layout.h"

#include <algorithm>
#include <limits>

#include "claimlens/utf8.h"

namespace claimlens::model {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// A headline: short, and not ending like a sentence.
bool looks_like_title(std::string_view line) {
  if (line.size() > 200) return false;
  const char last = line.back();
  return last != '.' && last != ',' && last != ';' && last != ':';
}

}  // namespace

void ArticleLayout::set_text(std::string_view text) {
  text_ = text;
  blocks_.clear();
  lines_.clear();
  wrapped_ = false;
  next_block_ = 0;
  y_ = height_ = 0.0f;
  std::uint32_t pos = 0;
  const auto size = static_cast<std::uint32_t>(text.size());
  while (pos < size) {
    std::uint32_t end = pos;
    while (end < size && text[end] != '\n') ++end;
    std::uint32_t b = pos, e = end;
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    if (b < e) {
      const bool first = blocks_.empty();
      blocks_.push_back({first && looks_like_title(text.substr(b, e - b)) ? BlockKind::kTitle
                                                                          : BlockKind::kParagraph,
                         b, e});
    }
    pos = end + 1;
  }
}

const GlyphAdvances* ArticleLayout::advances(const Block& block) const {
  return block.kind == BlockKind::kTitle ? style_.title : style_.body;
}

float ArticleLayout::font_size(const Line& line) const {
  return blocks_[line.block].kind == BlockKind::kTitle ? style_.title_size : style_.body_size;
}

float ArticleLayout::line_height(const Line& line) const {
  const float size = font_size(line);
  return blocks_[line.block].kind == BlockKind::kTitle ? size * 1.25f : size * style_.line_spacing;
}

void ArticleLayout::wrap(const LayoutStyle& style) {
  wrap_down_to(style, std::numeric_limits<float>::infinity());
}

bool ArticleLayout::wrap_down_to(const LayoutStyle& style, float down_to) {
  const bool fresh = !wrapped_ || !(style == style_);
  if (fresh) {
    style_ = style;
    lines_.clear();
    y_ = 0.0f;
    next_block_ = 0;
    wrapped_ = true;
  }
  // The block starting at or above down_to holds the line at down_to: wrap through it.
  while (next_block_ < blocks_.size() && y_ <= down_to) wrap_block(next_block_++);
  update_height();
  return fresh;
}

bool ArticleLayout::wrap_more(std::size_t bytes) {
  if (!wrapped_) return false;
  std::size_t done = 0;
  while (next_block_ < blocks_.size() && done < bytes) {
    done += blocks_[next_block_].end - blocks_[next_block_].begin;
    wrap_block(next_block_++);
  }
  update_height();
  return next_block_ < blocks_.size();
}

void ArticleLayout::wrap_to_offset(std::uint32_t offset) {
  if (!wrapped_) return;
  while (next_block_ < blocks_.size() && blocks_[next_block_].begin <= offset) wrap_block(next_block_++);
  update_height();
}

void ArticleLayout::update_height() {
  if (next_block_ >= blocks_.size()) {
    height_ = y_;
    return;
  }
  // The rest at the wrapped part's height per byte (blocks of one text are alike enough);
  // with nothing wrapped yet, at half an em per byte in full lines.
  const float rest = static_cast<float>(text_.size() - blocks_[next_block_].begin);
  const float wrapped = static_cast<float>(blocks_[next_block_].begin - blocks_.front().begin);
  const float per_byte = wrapped > 0.0f && y_ > 0.0f
                             ? y_ / wrapped
                             : style_.body_size * style_.line_spacing * (0.5f * style_.body_size) /
                                   std::max(style_.width, 40.0f);
  height_ = y_ + rest * per_byte;
}

void ArticleLayout::wrap_block(std::uint32_t bi) {
  const LayoutStyle& style = style_;
  float y = y_;
  const float width = std::max(style.width, 40.0f);
  const Block& block = blocks_[bi];
  const GlyphAdvances& adv = *advances(block);
  const float size = block.kind == BlockKind::kTitle ? style.title_size : style.body_size;
  const float height = block.kind == BlockKind::kTitle ? size * 1.25f : size * style.line_spacing;

  // Greedy: extend the line word by word; a word wider than the column is cut at the
  // last code point that fits.
  std::uint32_t line_begin = block.begin;
  std::uint32_t last_break = 0;     // end of the last word that fits (0: none yet)
  std::uint32_t after_break = 0;    // where the next line starts if we break there
  float x = 0.0f;
  bool in_space = false;
  std::size_t pos = block.begin;
  while (pos < block.end) {
    const std::size_t here = pos;
    const char32_t c = decode_utf8(text_.substr(0, block.end), &pos);
    if (c == ' ' || c == '\t') {
      if (!in_space) last_break = static_cast<std::uint32_t>(here);  // a word ends here
      in_space = true;
      after_break = static_cast<std::uint32_t>(pos);
      x += adv.advance(c, size);
      continue;
    }
    in_space = false;
    const float w = adv.advance(c, size);
    if (x + w > width && here > line_begin) {
      std::uint32_t end = static_cast<std::uint32_t>(here), next = end;
      if (last_break > line_begin) {
        end = last_break;
        next = after_break;
      }
      lines_.push_back({line_begin, end, bi, y});
      y += height;
      line_begin = next;
      last_break = 0;
      // Measure what has already been read of the new line.
      x = 0.0f;
      for (std::size_t p = next; p < pos;) x += adv.advance(decode_utf8(text_, &p), size);
      continue;
    }
    x += w;
  }
  lines_.push_back({line_begin, block.end, bi, y});
  y += height;
  y += style.body_size * style.line_spacing * (block.kind == BlockKind::kTitle ? 0.9f : style.paragraph_gap);
  y_ = y;
}

std::size_t ArticleLayout::first_line_at(float y) const {
  auto it = std::partition_point(lines_.begin(), lines_.end(), [&](const Line& l) {
    return l.y + line_height(l) <= y;
  });
  return static_cast<std::size_t>(it - lines_.begin());
}

std::size_t ArticleLayout::line_of_offset(std::uint32_t offset) const {
  if (lines_.empty()) return 0;
  auto it = std::partition_point(lines_.begin(), lines_.end(),
                                 [&](const Line& l) { return l.begin <= offset; });
  return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin()) - 1;
}

float ArticleLayout::x_of_offset(const Line& line, std::uint32_t offset) const {
  const GlyphAdvances& adv = *advances(blocks_[line.block]);
  const float size = font_size(line);
  offset = std::clamp(offset, line.begin, line.end);
  float x = 0.0f;
  for (std::size_t p = line.begin; p < offset;) x += adv.advance(decode_utf8(text_, &p), size);
  return x;
}

std::uint32_t ArticleLayout::offset_at_x(const Line& line, float x) const {
  const GlyphAdvances& adv = *advances(blocks_[line.block]);
  const float size = font_size(line);
  float left = 0.0f;
  for (std::size_t p = line.begin; p < line.end;) {
    const std::size_t here = p;
    const float w = adv.advance(decode_utf8(text_, &p), size);
    if (x < left + w * 0.5f) return static_cast<std::uint32_t>(here);
    left += w;
  }
  return line.end;
}

}  // namespace claimlens::model

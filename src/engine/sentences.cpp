// Sentence splitting and quotation pairing (see document.h for what holds afterwards).
//
// A sentence ends after ". ! ? …" (with any closing quotes and brackets that follow)
// when the next token can begin a sentence (a capital, digit, or opening quote); after an
// abbreviation that can end a sentence ("U.S.", not "Mr.") only when the next word is a
// typical sentence opener ("The", "He"); and always at a line break, so headlines
// without a final stop stand alone.
#include "sentences.h"

namespace claimlens {
namespace {

bool is_terminal(PunctKind k) {
  return k == PunctKind::kPeriod || k == PunctKind::kQuestion || k == PunctKind::kExclaim ||
         k == PunctKind::kEllipsis;
}

bool can_start(const Document& d, std::uint32_t i) {
  const Token& t = d.tokens[i];
  if (t.kind == TokKind::kWord) return (t.flags & (kCap | kDigit)) != 0;
  return t.punct == PunctKind::kQuoteOpen || t.punct == PunctKind::kParenOpen;
}

void split(Document* d) {
  const std::uint32_t n = d->size();
  d->sentence_of.assign(n, 0);
  std::uint32_t start = 0, paragraph = 0;
  const auto close = [&](std::uint32_t end) {
    if (end <= start) return;
    d->sentences.push_back({start, end, paragraph});
    start = end;
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& t = d->tokens[i];
    if (i > 0 && (t.flags & kLineBefore)) {
      close(i);
      d->paragraph_end.push_back(i);
      ++paragraph;
    }
    bool end_here = false;
    std::uint32_t last = i;
    if (t.kind == TokKind::kPunct && is_terminal(t.punct)) {
      // Absorb closing quotes and brackets.
      while (last + 1 < n && (d->tokens[last + 1].punct == PunctKind::kQuoteClose ||
                              d->tokens[last + 1].punct == PunctKind::kParenClose ||
                              is_terminal(d->tokens[last + 1].punct)) &&
             !(d->tokens[last + 1].flags & kLineBefore))
        ++last;
      if (last + 1 >= n) end_here = true;
      else if (d->tokens[last + 1].flags & kLineBefore) end_here = true;
      else end_here = can_start(*d, last + 1) && (d->tokens[last + 1].flags & kSpaceBefore);
      // "“Why?” Trump asked." - a quotation ending in ? or ! followed by its speaker and cue.
      // '“Fine.” Jane Roe said.' likewise, when the cue ends the sentence or a clause.
      bool quote_opens_sentence = false;  // its opening mark starts the sentence or is earlier
      if (end_here && last > i && d->tokens[last].punct == PunctKind::kQuoteClose) {
        quote_opens_sentence = true;
        for (std::uint32_t m = last; m > start + 1 && last - m < 400;) {
          --m;
          if (d->tokens[m].punct == PunctKind::kQuoteOpen) {
            quote_opens_sentence = false;
            break;
          }
        }
      }
      if (end_here && quote_opens_sentence && last + 1 < n && d->tokens[last + 1].kind == TokKind::kWord) {
        for (std::uint32_t m = last + 1; m < n && m < last + 7; ++m) {
          const Token& w = d->tokens[m];
          if (w.kind != TokKind::kWord || (w.flags & kLineBefore)) break;
          if ((w.lex_flags() & kVerbCue) && !(w.flags & kCap)) {
            bool ok = t.punct != PunctKind::kPeriod;
            if (!ok && m + 1 < n) {
              const Token& a = d->tokens[m + 1];
              ok = (a.kind == TokKind::kPunct && (is_terminal(a.punct) || a.punct == PunctKind::kComma)) ||
                   (a.kind == TokKind::kWord && (a.lex_flags() & (kTime | kPrep)) && !(a.flags & kLineBefore));
            }
            if (ok || m + 1 >= n) end_here = false;
            break;
          }
        }
      }
    } else if (t.kind == TokKind::kWord && (t.flags & kAbbrevDot) && i + 1 < n &&
               !(d->tokens[i + 1].flags & kLineBefore)) {
      const std::uint32_t f = t.lex_flags();
      const bool title = (f & kAbbrevTitle) != 0 && !(f & kAbbrevOther);
      const std::uint32_t nf = d->tokens[i + 1].lex_flags();
      if (!title && (t.end - t.begin) > 2 && (d->tokens[i + 1].flags & kCap) && (nf & kStart))
        end_here = true;
    }
    if (end_here) {
      i = last;
      close(i + 1);
    }
  }
  close(n);
  d->paragraph_end.push_back(n);
  for (std::uint32_t s = 0; s < d->sentences.size(); ++s)
    for (std::uint32_t i = d->sentences[s].tb; i < d->sentences[s].te; ++i) d->sentence_of[i] = s;
}

// Pairs quotation marks inside each paragraph: an opening mark pairs with the next
// closing one; an opening mark left open runs to the paragraph's end.
void pair_quotes(Document* d) {
  const std::uint32_t n = d->size();
  d->quote_end.assign(n, kNoQuote);
  d->in_quote.assign(n, 0);
  std::uint32_t p = 0;
  std::uint32_t open = kNoQuote;
  for (std::uint32_t i = 0; i < n; ++i) {
    while (p < d->paragraph_end.size() && i >= d->paragraph_end[p]) {
      if (open != kNoQuote) d->quote_end[open] = d->paragraph_end[p];
      open = kNoQuote;
      ++p;
    }
    const PunctKind k = d->tokens[i].punct;
    if (k == PunctKind::kQuoteOpen) {
      if (open != kNoQuote) {
        // A straight quote seen as opening while one is open closes it instead.
        if (d->tokens[i].flags & kStraightQuote) {
          d->tokens[i].punct = PunctKind::kQuoteClose;
          d->quote_end[open] = i;
          open = kNoQuote;
          continue;
        }
        d->quote_end[open] = i;  // an unclosed quote ends where the next one opens
      }
      open = i;
    } else if (k == PunctKind::kQuoteClose) {
      if (open != kNoQuote) {
        d->quote_end[open] = i;
        open = kNoQuote;
      }
    }
  }
  const std::uint32_t para_end = d->paragraph_end.empty() ? n : d->paragraph_end.back();
  if (open != kNoQuote) d->quote_end[open] = para_end;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (d->quote_end[i] == kNoQuote) continue;
    const std::uint32_t e = d->quote_end[i];
    for (std::uint32_t j = i + 1; j < e && j < n; ++j) d->in_quote[j] = 1;
    if (e > i + 1) i = e - 1;  // quotations do not nest here; skip ahead (linear)
  }
}

}  // namespace

void build_document(std::string_view text, Document* doc) {
  doc->text = text;
  doc->sentences.clear();
  doc->paragraph_end.clear();
  tokenize(text, &doc->tokens);
  split(doc);
  pair_quotes(doc);
}

}  // namespace claimlens

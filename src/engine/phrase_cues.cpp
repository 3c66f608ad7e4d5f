// phrase_cues.cpp — phrases and lines: "according to X", surveys, "in X’s view", outlets cited,
// "Name:" lines.
// Members of CueRules (cue_rules.h).
#include "cue_rules.h"

namespace claimlens {

// "according to X, P" / "P, according to X" / "P according to X".
void CueRules::according_to(std::uint32_t i) {
  const Sentence& s = d.sentence(i);
  TokRange np = np_right(d, i + 2, s.te, true);
  if (np.empty()) return;
  // "according to traders in the port": a short place or group phrase belongs to it.
  if (np.te + 1 < s.te && (d.is(np.te, "in") || d.is(np.te, "at") || d.is(np.te, "with") ||
                           d.is(np.te, "from") || d.is(np.te, "close"))) {
    std::uint32_t m = np.te + 1;
    while (m < s.te && m < np.te + 6 && d.word(m) && !(d.flags(m) & kStop)) ++m;
    if (m > np.te + 1 && (m >= s.te || !d.word(m))) np.te = m;
  }
  // "P, according to the budget office, the rise is ...": a second phrase that no comma
  // closes is the clause that goes on, not an appositive of the source.
  if (np.te < s.te && !d.punct(np.te, PunctKind::kComma) && !terminal(d, np.te) &&
      !d.punct(np.te, PunctKind::kParenClose)) {
    bool appositive = false;  // (only then is the plain phrase worth computing)
    for (std::uint32_t m = np.tb; m < np.te && !appositive; ++m) appositive = d.punct(m, PunctKind::kComma);
    if (appositive) {
      const TokRange plain = np_right(d, i + 2, s.te, false);
      if (np.te > plain.te) np = plain;
    }
  }
  // "according to members who spoke to reporters, P": the source's relative clause runs to
  // the comma.
  if (np.te + 2 < s.te && d.is(np.te, "who")) {
    std::uint32_t m = np.te + 1;
    while (m < s.te && m < np.te + 16 && d.word(m)) ++m;
    if (m + 1 < s.te && d.punct(m, PunctKind::kComma) && d.word(m + 1) && !(d.flags(m + 1) & kDet)) np.te = m;
  }
  const Span cue = ctx.span(i, i + 2);
  // Fronted: at the start, after an opening mark, or after a lone conjunction or adverb
  // ("But, according to the poll, P").
  bool fronted = i == s.tb || (i > s.tb && (d.punct(i - 1, PunctKind::kQuoteOpen) ||
                                            d.punct(i - 1, PunctKind::kParenOpen)));
  if (!fronted && i >= s.tb + 2 && d.punct(i - 1, PunctKind::kComma) && i - 2 == s.tb &&
      d.word(s.tb) && (d.is(s.tb, "but") || d.is(s.tb, "and") || d.is(s.tb, "yet") || d.is(s.tb, "still") ||
                       d.is(s.tb, "now") || d.is(s.tb, "so") || d.is(s.tb, "however") || is_adverb(d, s.tb)))
    fronted = true;
  // "According to exit polls conducted for the networks by Edison Research, P": a fronted
  // source runs to its comma (or colon).
  if (fronted && np.te < s.te && !d.punct(np.te, PunctKind::kComma) && !d.punct(np.te, PunctKind::kColon)) {
    std::uint32_t m = np.te;
    while (m < s.te && m < np.te + 20 && !d.punct(m, PunctKind::kComma) && !d.punct(m, PunctKind::kColon) &&
           !d.punct(m, PunctKind::kQuoteOpen) && !terminal(d, m))
      ++m;
    if (m + 1 < s.te && (d.punct(m, PunctKind::kComma) || d.punct(m, PunctKind::kColon))) np.te = m;
  }
  // "According to officials, the truck that he drove was rented": an "appositive" that
  // runs to the end of the sentence is the main clause, so the source ends at its comma.
  if (fronted && (np.te >= s.te || terminal(d, np.te) || d.punct(np.te, PunctKind::kQuoteClose))) {
    for (std::uint32_t m = np.tb + 1; m + 1 < np.te; ++m) {
      if (d.punct(m, PunctKind::kComma)) {
        np.te = m;
        break;
      }
    }
  }
  const std::uint32_t src = ctx.add_source(np, "source after 'according to'");
  if (fronted) {
    if (np.te < s.te && d.punct(np.te, PunctKind::kColon)) {
      add_after(np.te + 1, s, Layer::kClaim, src, cue, "content after 'according to X:'");
      return;
    }
    if (np.te < s.te && d.punct(np.te, PunctKind::kComma))
      add_after(np.te + 1, s, Layer::kClaim, src, cue, "content after 'according to X,'");
    return;
  }
  std::uint32_t end = i;
  // "P1, according to X, P2": the content goes on after the source.
  const std::uint32_t rest = np.te + 1 < s.te && d.punct(np.te, PunctKind::kComma) &&
                                     !terminal(d, np.te + 1) && !participle_cue(d, np.te + 1) &&
                                     !d.is(np.te + 1, "who") && !d.is(np.te + 1, "which")
                                 ? np.te + 1
                                 : kNone;
  // Content before: from the start of the sentence, or after an earlier clause's comma.
  add_before(s, end, rest, src, cue, "content before 'according to'");
}

// "Clinton leads by 6 points in a new Marist poll." - a survey or study as the source
// of the sentence's statement, when nothing else in the sentence is attributed.
bool CueRules::survey_word(const Document& d, std::uint32_t j) {
  return d.is(j, "poll") || d.is(j, "polls") || d.is(j, "survey") || d.is(j, "surveys") ||
         d.is(j, "study") || d.is(j, "report") || d.is(j, "analysis");
}

// "In a new survey (released Monday), P": the survey opening the sentence is the source.
bool CueRules::in_document_fronted(std::uint32_t i) {
  const Sentence& s = d.sentence(i);
  std::uint32_t c = i + 1;
  bool survey = false;
  while (c < s.te && c < i + 16 && !d.punct(c, PunctKind::kComma)) {
    if (!d.word(c) && !d.punct(c, PunctKind::kOther) && !d.punct(c, PunctKind::kParenOpen) &&
        !d.punct(c, PunctKind::kParenClose))
      return false;
    survey |= survey_word(d, c);
    ++c;
  }
  if (!survey || c + 1 >= s.te || !d.punct(c, PunctKind::kComma) || !d.word(c + 1)) return false;
  // "In the report, published on Monday, the institute said P": a participle aside first.
  if (!d.cap(c + 1) && d.str(c + 1).ends_with("ed") && !(d.flags(c + 1) & kAux)) {
    std::uint32_t m = c + 2;
    while (m < s.te && m < c + 10 && d.word(m)) ++m;
    if (m + 1 < s.te && d.punct(m, PunctKind::kComma) && d.word(m + 1)) c = m;
  }
  // "In its report, the institute said P": the clause has its own speaker and cue; the
  // report is where they said it, no source of its own.
  // (A position, "most renters favoured the line", is the survey's finding.)
  for (std::uint32_t m = c + 1; m < s.te && m < c + 10 && d.word(m); ++m) {
    if (!(d.flags(m) & kVerbCue) || d.cap(m) || participle_cue(d, m)) continue;
    const CueClass cls = d.tokens[m].info->verb_class;
    if (cls != CueClass::kStance && cls != CueClass::kBelieve && cls != CueClass::kLabel) return false;
  }
  const std::uint32_t src = ctx.add_source({i + 1, c}, "survey or study named with 'In ...,'");
  add_after(c + 1, s, Layer::kClaim, src, ctx.span(i, i + 1), "finding reported 'in' a survey or study");
  return true;
}

void CueRules::in_document(std::uint32_t i) {
  const Sentence& s = d.sentence(i);
  if (i == s.tb && d.cap(i) && in_document_fronted(i)) return;
  if (i <= s.tb + 2) return;
  const TokRange np = np_right(d, i + 1, s.te, false);
  if (np.empty() || !(d.flags(np.tb) & kDet)) return;
  const std::uint32_t head = np.te - 1;
  if (!survey_word(d, head)) return;
  // ("sits at single digits in the polls": a standing across polls, not one poll's finding)
  if (d.is(head, "polls") || d.is(head, "surveys")) return;
  if (np.te < s.te && !terminal(d, np.te) && !d.punct(np.te, PunctKind::kComma)) return;
  // Only when the sentence has no other attribution.
  const auto& cs = ctx.out->contents;
  if (!cs.empty() && cs.back().tokens.te > s.tb) return;
  for (std::uint32_t m = s.tb; m < s.te; ++m)
    if (d.word(m) && (d.flags(m) & (kVerbCue | kNounCue)) && !d.cap(m) && m != head) return;
  const std::uint32_t src = ctx.add_source(np, "survey or study named with 'in'");
  ctx.add_content(s.tb, i, Layer::kClaim, src, ctx.span(i, i + 1), "finding reported 'in' a survey or study");
}

// "Asked whether P, X said ...", "When asked about P, ...": the question put to the
// speaker, with no named asker (or the one named with "by"). True if it matched.
bool CueRules::asked_question(std::uint32_t i) {
  const Sentence& s = d.sentence(i);
  std::uint32_t b = s.tb;
  if (b + 1 < i && (d.is(b, "and") || d.is(b, "but"))) ++b;  // "And when asked ..."
  const bool opens = i == b || (i == b + 1 && (d.is(b, "when") || d.is(b, "after") || d.is(b, "once") ||
                                               d.is(b, "if")));
  if (!opens) return false;
  std::uint32_t k = i + 1;
  TokRange by_np;
  if (d.is(k, "by")) {
    by_np = np_right(d, k + 1, s.te, false);
    if (by_np.empty()) return false;
    k = by_np.te;
  }
  while (k < s.te && is_adverb(d, k)) ++k;
  // "Asked on Fox News who ...": a short place or occasion before the question.
  if (k < s.te && (d.is(k, "on") || d.is(k, "in") || d.is(k, "at") || d.is(k, "during"))) {
    std::uint32_t m = k + 1;
    while (m < s.te && m < k + 6 && d.word(m) && !(d.flags(m) & kStop)) ++m;
    if (m < s.te && d.word(m) && (d.flags(m) & kStop)) k = m;
  }
  if (k >= s.te || !(d.is(k, "whether") || d.is(k, "if") || d.is(k, "who") || d.is(k, "what") ||
                     d.is(k, "why") || d.is(k, "how") || d.is(k, "about") || d.is(k, "when") ||
                     d.is(k, "which") || d.is(k, "whom") || d.is(k, "where")))
    return false;
  const std::uint32_t start = d.is(k, "about") ? k + 1 : k;
  std::uint32_t e = start;
  // To the comma that closes the fronted phrase (a comma inside a quotation counts too).
  while (e < s.te && e < start + kMaxClauseTokens && !d.punct(e, PunctKind::kComma)) {
    if (d.punct(e, PunctKind::kQuoteOpen) && d.quote_end[e] != kNoQuote && d.quote_end[e] < s.te &&
        d.quote_end[e] > e) {
      const std::uint32_t qe = d.quote_end[e];
      if (d.punct(qe - 1, PunctKind::kComma)) { e = qe + 1; break; }
      e = qe;
    }
    ++e;
  }
  // ("When asked why, she laughed": the question word alone is the question.)
  if (e >= s.te || e < start + 1 || (e == start + 1 && d.is(k, "about"))) return false;
  const std::uint32_t src = by_np.empty() ? kNone : ctx.add_source(by_np, "asker named with 'asked by'", true);
  ctx.add_content(start, e, Layer::kClaim, src, ctx.span(i, i + 1), "question put with 'asked'");
  return true;
}

// "From Tehran’s perspective, P" / "In the view of X, P".
void CueRules::perspective(std::uint32_t i) {
  const Sentence& s = d.sentence(i);
  if (i < s.tb + 2 || i + 1 >= s.te || !d.punct(i + 1, PunctKind::kComma)) return;
  // ("In their view, P": a possessive pronoun is the possessor.)
  const bool pronoun = possessive_pronoun(d, i - 1) != PronounClass::kNone;
  if (!pronoun && !is_possessive(d, i - 1)) return;
  const TokRange np = pronoun ? TokRange{i - 1, i} : np_left(d, i - 1, s.tb);
  if (np.empty() || np.tb == s.tb || !(d.is(np.tb - 1, "from") || d.is(np.tb - 1, "in"))) return;
  // (A pronoun's view only when the phrase opens the sentence: "who leads, in his view, ...")
  if (pronoun && np.tb - 1 != s.tb) return;
  const Span cue = ctx.span(np.tb - 1, i + 1);
  const std::uint32_t src = ctx.add_source(np, "possessor in 'from X’s " + std::string(d.str(i)) + "'");
  add_after(i + 2, s, Layer::kClaim, src, cue, "content after 'from X’s " + std::string(d.str(i)) + "'");
}

// "In the view of X, P" / "in the opinion of X, P" (fronted): X is the source of P. An
// appositive name after X ("the chair, Juno Pell,") belongs to it.
void CueRules::view_of(std::uint32_t i) {
  const Sentence& s = d.sentence(i);
  if (i < s.tb + 2 || !d.is(i - 1, "the") || !d.is(i - 2, "in") || !d.is(i + 1, "of")) return;
  const std::uint32_t in = i - 2;
  if (in != s.tb && !d.punct(in - 1, PunctKind::kComma) && !d.punct(in - 1, PunctKind::kQuoteOpen)) return;
  TokRange np = np_right(d, i + 2, s.te, true);
  if (np.empty() || np.te >= s.te || !d.punct(np.te, PunctKind::kComma)) return;
  std::uint32_t m = np.te + 1;
  while (m < s.te && m < np.te + 6 && d.word(m) && d.cap(m)) ++m;
  if (m > np.te + 1 && m + 1 < s.te && d.punct(m, PunctKind::kComma)) np.te = m;
  if (np.te + 1 >= s.te) return;
  const Span cue = ctx.span(in, i + 2);
  const std::uint32_t src = ctx.add_source(np, "source after 'in the " + std::string(d.str(i)) + " of'");
  add_after(np.te + 1, s, Layer::kClaim, src, cue, "content after 'in the " + std::string(d.str(i)) + " of X,'");
}

// "P (Daily Courier)." — a sentence credited to an outlet in brackets at its end, when
// nothing else in the sentence attributes it.
void CueRules::outlet_after(std::uint32_t i) {
  const Sentence& s = d.sentence(i);
  if (i < s.tb + 4 || d.in_quote[i]) return;
  std::uint32_t m = i + 1;
  while (m < s.te && m < i + 6 && d.word(m) && d.cap(m) && d.str(m).find('-') == std::string_view::npos &&
         d.str(m).size() > 1 && !(d.tokens[m].flags & kDigit))
    ++m;
  if (m == i + 1 || m >= s.te || !d.punct(m, PunctKind::kParenClose)) return;
  if (m + 1 < s.te && !terminal(d, m + 1)) return;
  if (ctx.recent_claim_in_sentence(d.sentence_of[i], i) != kNone) return;
  for (std::uint32_t j = s.tb; j < i; ++j)
    if (d.word(j) && (d.flags(j) & (kVerbCue | kNounCue)) && !d.cap(j)) return;
  const std::uint32_t src = ctx.add_source({i + 1, m}, "outlet in brackets after the sentence");
  ctx.add_content(s.tb, i, Layer::kClaim, src, ctx.span(i, m + 1), "content before an outlet in brackets");
}

// "cited by X", "(Daily Courier)" paragraphs, "By Jane Smith" bylines.
void CueRules::source_only(std::uint32_t i) {
  const Sentence& s = d.sentence(i);
  if (d.is(i, "cited") && d.is(i + 1, "by")) {
    const TokRange np = np_right(d, i + 2, s.te, false);
    if (!np.empty()) ctx.add_source(np, "outlet cited as origin ('cited by')", true);
    return;
  }
  if (d.is(i, "by") && (d.tokens[i].flags & kLineBefore) && d.cap(i)) {
    const std::uint32_t para_end = d.paragraph_end[s.paragraph];
    const std::uint32_t len = para_end - (i + 1);
    bool names = len >= 1 && len <= 5;
    for (std::uint32_t m = i + 1; names && m < para_end; ++m)
      names = d.cap(m) || d.is(m, "and") || d.punct(m, PunctKind::kComma);
    const std::uint32_t b = names ? ctx.add_source({i + 1, para_end}, "byline") : kNone;
    if (b != kNone) ctx.out->sources[b].byline = true;
    return;
  }
}

// "Jane Roe: Taxes Must Fall" - a headline or interview line: a short name, a colon,
// then what the name says, at the start of a paragraph.
void CueRules::colon_line(std::uint32_t i) {
  const Sentence& s = d.sentence(i);
  std::uint32_t m = i;
  while (m < s.te && m < i + 4 && d.word(m) && d.cap(m)) ++m;
  if (m == i || m >= s.te || !d.punct(m, PunctKind::kColon)) return;
  // News furniture, not a speaker: "The Latest:", "Editor’s Note:", "Update:", "Live:".
  const auto label = [&](std::uint32_t j) {
    return d.is(j, "latest") || d.is(j, "note") || d.is(j, "update") || d.is(j, "updates") ||
           d.is(j, "daily") || d.is(j, "recap") || d.is(j, "analysis") || d.is(j, "opinion") ||
           d.is(j, "editorial") || d.is(j, "exclusive") || d.is(j, "breaking") || d.is(j, "live") ||
           d.is(j, "review") || d.is(j, "watch") || d.is(j, "correction") || d.is(j, "photos") ||
           d.is(j, "video") || d.is(j, "factbox") || d.is(j, "explainer") || d.is(j, "timeline") ||
           d.is(j, "contributing") || d.is(j, "reporting") || d.is(j, "contributors");
  };
  if (label(m - 1)) return;
  std::uint32_t words = 0;
  for (std::uint32_t j = m + 1; j < s.te && words < 3; ++j) words += d.word(j);
  if (words < 3) return;
  const std::uint32_t src = ctx.add_source({i, m}, "name before a colon opening a line");
  // An interview transcript: "ROE: I think ... ." - the speaker's whole paragraph.
  bool upper = true;
  for (std::uint32_t j = i; j < m && upper; ++j)
    for (char ch : d.str(j)) upper &= !(ch >= 'a' && ch <= 'z');
  const std::uint32_t para_end = d.paragraph_end[s.paragraph];
  if (upper && para_end > s.te && para_end - m <= kMaxClauseTokens) {
    ctx.add_content(m + 1, para_end, Layer::kClaim, src, ctx.span(m, m + 1), "speaker's turn after 'NAME:'");
    return;
  }
  add_after(m + 1, s, Layer::kClaim, src, ctx.span(m, m + 1), "words after 'Name:'");
}

// "Luis Abernethy, the campaign's manager, was blunt: “P”", "She put it simply: “P”",
// "Pressed about the figures, the minister was dismissive: “P”": a quotation after a colon,
// in a sentence whose subject (at its start or after a fronted phrase) is a person (a name,
// a role or a personal pronoun) and which holds no reporting word, is that person's.
void CueRules::subject_colon_quote(std::uint32_t c, const Sentence& s) {
  if (c < s.tb + 2 || d.in_quote[c - 1]) return;
  for (std::uint32_t m = s.tb; m < c; ++m)
    if (d.punct(m, PunctKind::kQuoteOpen) || d.punct(m, PunctKind::kQuoteClose)) return;
  TokRange src = person_before_colon(s.tb, c);
  if (src.empty()) {
    std::uint32_t m = c;
    while (m > s.tb + 1 && !d.punct(m - 1, PunctKind::kComma)) --m;
    if (m > s.tb + 1) src = person_before_colon(m, c);
  }
  if (src.empty()) return;
  const std::uint32_t source = ctx.add_source(src, "subject of a sentence ending in a colon and a quotation");
  const ClauseEnd e = clause_end(d, c + 1, d.paragraph_end[s.paragraph], false);
  if (e.end > c + 1)
    ctx.add_content(c + 1, e.end, Layer::kClaim, source, ctx.span(c, c + 1),
                    "quotation after a colon, said by the sentence's subject");
}

// How someone spoke, after "was": "blunt", "defiant", "dismissive".
static bool manner_word(std::string_view w) {
  for (std::string_view m : {"blunt", "blunter", "clear", "clearer", "adamant", "defiant", "dismissive", "curt",
                             "emphatic", "unequivocal", "direct", "succinct", "firm", "unapologetic", "scathing",
                             "candid", "frank", "terse", "brief", "philosophical", "optimistic", "pessimistic",
                             "cautious", "guarded", "confident", "sceptical", "skeptical", "unrepentant",
                             "resolute", "categorical", "forthright", "defensive", "insistent", "matter-of-fact",
                             "contrite", "apologetic", "angry", "furious", "indignant", "sharp", "harsh", "firmer"})
    if (word_is(w, m)) return true;
  return false;
}

// The person (with an appositive between commas) opening the clause at b, when a verb
// follows, the colon at c comes within five words of it and no reporting word stands
// between; empty otherwise.
TokRange CueRules::person_before_colon(std::uint32_t b, std::uint32_t c) const {
  while (b + 1 < c && (d.is(b, "and") || d.is(b, "but") || d.is(b, "so"))) ++b;
  // (A reporting word in the clause is the cue rules' to read: "Lee said: “P”".)
  for (std::uint32_t m = b; m < c; ++m)
    if (d.word(m) && (d.flags(m) & (kVerbCue | kNounCue))) return {};
  const TokRange np = np_right(d, b, c, false);
  if (np.empty() || !plausible_source(d, np)) return {};
  const bool person = subject_pronoun(d, np.tb) || (d.flags(np.te - 1) & kTitle) ||
                      (d.cap(np.tb) && d.cap(np.te - 1) && !(d.flags(np.tb) & kDet));
  if (!person) return {};
  TokRange src = np;
  std::uint32_t v = np.te;
  if (d.punct(v, PunctKind::kComma)) {  // an appositive between commas
    std::uint32_t close = v + 1;
    while (close < c && !d.punct(close, PunctKind::kComma)) ++close;
    if (close >= c || close == v + 1) return {};
    src.te = close;
    v = close + 1;
  }
  // Next, how the person spoke, and the colon: "was blunt:", "was more guarded:", "put it
  // simply:" (not "held up a sign:" nor "Traffic was heavy:").
  if (v >= c || !d.word(v) || c - v > 5) return {};
  if (be_form(d, v)) {
    std::uint32_t a = v + 1;
    while (a < c && (d.is(a, "more") || d.is(a, "less") || d.is(a, "even") || d.is(a, "equally") ||
                     d.is(a, "just") || d.is(a, "somewhat") || d.is(a, "rather")))
      ++a;
    return a < c && a + 1 == c && manner_word(d.str(a)) ? src : TokRange{};
  }
  return (d.is(v, "put") || d.is(v, "puts")) && d.is(v + 1, "it") ? src : TokRange{};
}

// "Pollster Ana Ruiz: “Turnout will be low.”" - a name, a colon and a quotation inside a
// line.
void CueRules::colon_quote(std::uint32_t c) {
  const Sentence& s = d.sentence(c);
  if (c <= s.tb || c + 1 >= d.size() || !d.punct(c + 1, PunctKind::kQuoteOpen)) return;
  if (d.word(c - 1) && !d.cap(c - 1)) {
    subject_colon_quote(c, s);
    return;
  }
  if (!d.word(c - 1) || d.in_quote[c - 1]) return;
  const TokRange np = np_left(d, c - 1, s.tb);
  if (np.empty() || np.tb == s.tb || !plausible_source(d, np)) return;  // line starts: colon_line
  // "told Fox News: “P”", "said of the mayor: “P”", "by Ana Roe: “P”": a name that is the
  // object of a verb or a preposition is not the speaker ("no shock to Ana Ruiz: “P”" is).
  if (d.word(np.tb - 1) && (d.flags(np.tb - 1) & (kPrep | kVerbCue)) && !d.is(np.tb - 1, "to")) return;
  // "released a statement Friday: “P”" is the reporting noun's (noun_cue), not a name's.
  for (std::uint32_t j = np.tb; j < np.te; ++j)
    if (d.flags(j) & kNounCue) return;
  const std::uint32_t src = ctx.add_source(np, "name before a colon and a quotation");
  const ClauseEnd e = clause_end(d, c + 1, d.paragraph_end[s.paragraph], false);
  if (e.end > c + 1)
    ctx.add_content(c + 1, e.end, Layer::kClaim, src, ctx.span(c, c + 1), "quotation after 'Name:'");
}

void CueRules::outlet_line(std::uint32_t i) {
  // A paragraph that is only "(Name Name)".
  const Sentence& s = d.sentence(i);
  const std::uint32_t para_end = d.paragraph_end[s.paragraph];
  if (!(d.tokens[i].flags & kLineBefore) || para_end < i + 3 || para_end > i + 7) return;
  if (!d.punct(para_end - 1, PunctKind::kParenClose)) return;
  for (std::uint32_t m = i + 1; m + 1 < para_end; ++m)
    if (!d.cap(m)) return;
  ctx.add_source({i + 1, para_end - 1}, "outlet credited under the article");
}

}  // namespace claimlens

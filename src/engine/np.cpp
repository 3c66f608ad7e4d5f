// Noun-phrase chunking for sources (see np.h).
#include "np.h"

namespace claimlens {
namespace {

// A word that may not be part of a source phrase.
bool np_stopper(const Document& d, std::uint32_t i) {
  const std::uint32_t f = d.flags(i);
  if (f & kStop) return !(f & kDet) || d.is(i, "that");
  if ((f & kVerbCue) && !(f & (kSourceNoun | kTitle)) && !d.cap(i)) return true;
  if (f & kNegation) return true;
  return false;
}

// Prepositions that may join parts of a name or role.
bool joining_prep(const Document& d, std::uint32_t i) {
  return d.is(i, "of") || d.is(i, "for") || d.is(i, "in") || d.is(i, "at") || d.is(i, "from") ||
         d.is(i, "to");
}

// No white space between tokens i and i + 1.
bool glued(const Document& d, std::uint32_t i) {
  return i + 1 < d.size() && !(d.tokens[i + 1].flags & kSpaceBefore);
}

// A mark that joins two words of one name: "CNN/ORC", "AT&T", "Peña" (one letter outside
// the word class).
bool name_joiner(const Document& d, std::uint32_t j) {
  if (d.word(j) || !d.punct(j, PunctKind::kOther) || j == 0) return false;
  if (!d.word(j - 1) || !d.word(j + 1)) return false;
  const std::string_view w = d.str(j);
  // "Harlan & Pope": an ampersand between capitalised words joins them, spaced or not.
  if (w == "&" && d.cap(j - 1) && d.cap(j + 1)) return true;
  if (!glued(d, j - 1) || !glued(d, j)) return false;
  return w == "/" || w == "&" || (w.size() > 1 && static_cast<unsigned char>(w[0]) >= 0xC2);
}

// Words that quantify a group phrase from its left: "at least", "about", "only", "more
// than", "nearly". Returns the first token of the quantifier ending at `j`, or kNone.
std::uint32_t quantifier_before(const Document& d, std::uint32_t j, std::uint32_t floor) {
  if (!d.word(j)) return kNone;
  if ((d.is(j, "least") || d.is(j, "most")) && j > floor && d.is(j - 1, "at")) return j - 1;
  if (d.is(j, "than") && j > floor && (d.is(j - 1, "more") || d.is(j - 1, "less") || d.is(j - 1, "fewer")))
    return j - 1;
  if (d.is(j, "about") || d.is(j, "around") || d.is(j, "nearly") || d.is(j, "almost") ||
      d.is(j, "roughly") || d.is(j, "approximately") || d.is(j, "only") || d.is(j, "just") ||
      d.is(j, "over") || d.is(j, "under") || d.is(j, "barely") || d.is(j, "neither") || d.is(j, "not"))
    return j;
  return kNone;
}


bool plural_like_word(std::string_view w) {
  return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us");
}

// A lower-case word that looks like a plural noun ("groups", "lawyers"), not "press".
bool plural_like(const Document& d, std::uint32_t i) {
  if (!d.word(i) || d.cap(i)) return false;
  return plural_like_word(d.str(i)) && !(d.flags(i) & (kVerbCue | kStop | kPrep | kAux)) &&
         !(d.tokens[i].flags & kApostrophe);
}

// The first token of a short noun phrase that ends at token `prep` - 1 and opens the
// clause at `floor` ("Democrats", "Exit polls", "A 2009 report", "Most voters"), or kNone.
std::uint32_t opening_head(const Document& d, std::uint32_t prep, std::uint32_t floor) {
  if (!(d.is(prep, "in") || d.is(prep, "within") || d.is(prep, "from") || d.is(prep, "with") ||
        d.is(prep, "at") || d.is(prep, "across") || d.is(prep, "by")))
    return kNone;
  if (prep == floor) return kNone;
  const std::uint32_t last = prep - 1;
  if (!d.word(last)) return kNone;
  const std::uint32_t fl = d.flags(last);
  const bool noun = plural_like(d, last) || (fl & (kSourceNoun | kTitle)) ||
                    (last == floor && d.cap(last) && d.str(last).back() == 's');
  const bool plain = !d.cap(last) || last == floor;  // "Officials with the committee"
  if (!noun || !plain || (fl & (kStop | kPrep | kAux)) || (d.tokens[last].flags & kDigit)) return kNone;
  if ((fl & kVerbCue) && !(fl & kSourceNoun)) return kNone;
  std::uint32_t b = last;
  while (b > floor && last - b < 5) {
    // "Farmers’ groups in Lareth": a plural possessive before the head.
    if (b > floor + 1 && possessive_apostrophe(d, b - 1)) {
      b -= 2;
      continue;
    }
    if (!d.word(b - 1) || np_stopper(d, b - 1) || (d.flags(b - 1) & (kPrep | kAux)) || d.str(b - 1).ends_with("ed") ||
        (d.flags(b - 1) & kPast))
      break;
    --b;
  }
  // "It aligns with ...": a pronoun makes it a clause, its "-s" word a verb.
  for (std::uint32_t m = b; m <= last; ++m)
    if (d.flags(m) & kPronoun) return kNone;
  std::uint32_t open = b;
  if (open > floor && open - 1 == floor && (d.is(floor, "but") || d.is(floor, "and"))) --open;
  if (open != floor) return kNone;
  return b;
}

bool role_or_name(const Document& d, std::uint32_t i) {
  if (!d.word(i)) return false;
  const std::uint32_t f = d.flags(i);
  if (d.cap(i) && !(f & (kDet | kStop | kPrep))) return true;
  return (f & (kTitle | kSourceNoun)) != 0;
}

// Words that may stand between a determiner-like word and the rest of a phrase ("all the
// voters", "such a group", "only a few").
bool pre_determiner(const Document& d, std::uint32_t i) {
  for (std::string_view w : {"all", "both", "half", "twice", "such", "quite", "what", "many", "not", "nearly",
                             "about", "only", "just", "almost", "roughly", "around", "over", "under", "once", "few",
                             "dozen", "couple", "handful", "lot"})
    if (d.is(i, w)) return true;
  return false;
}

// A lower-case word that describes rather than names: an adjective ("the conservative
// Heritage Foundation", "a recent CNN poll") or a noun for a person or body ("the
// businessman Ada Ruiz", "the group Civic Data"). Such a word joins the name after it.
bool modifier_like(const Document& d, std::uint32_t i) {
  const std::uint32_t f = d.flags(i);
  if (f & (kTitle | kTitleMod | kSourceNoun)) return true;
  const std::string_view w = d.str(i);
  for (std::string_view suffix : {"al", "ive", "ous", "ful", "ed", "ing", "an", "ist", "ish", "less", "ary", "ory",
                                  "ent", "ant", "able", "ible", "er", "or", "man", "men", "aire", "ic", "ics",
                                  "st", "rd", "th", "nd"})
    if (w.ends_with(suffix)) return true;
  for (std::string_view x : {"new", "old", "top", "late", "former", "group", "firm", "nonprofit", "newspaper",
                             "website", "magazine", "network", "outlet", "blog", "site", "show", "program",
                             "programme", "station", "chief", "head", "star", "icon", "mogul", "tycoon",
                             "billionaire", "millionaire", "rival", "fellow", "chair", "pro", "anti", "main",
                             "key", "big", "young", "real", "lone", "sole", "sitting", "vice", "deputy", "acting"})
    if (w == x) return true;
  return false;
}

// "an offer the council rejected", "the place officials say", "a tactic Democrats hope":
// in a reduced relative clause the subject of the cue follows the noun it modifies
// directly. True when token j (left of `begin`) is such a noun, so the phrase starts at
// `begin`; `last` is the phrase's last token.
bool reduced_relative_edge(const Document& d, std::uint32_t j, std::uint32_t begin, std::uint32_t last,
                           std::uint32_t floor) {
  if (!d.word(j) || d.cap(j) || (d.flags(j) & (kDet | kPrep | kStop | kPronoun | kAux)) || pre_determiner(d, j) ||
      d.is(j, "and") || d.is(j, "or") || (d.tokens[j].flags & (kDigit | kApostrophe)))
    return false;
  // "an offer the council rejected": a noun, then a determiner opening the subject.
  // ("the group the Civic League", "spokesman the Rev. Ann Lee": a role noun before a name.)
  if (d.is(begin, "the") || d.is(begin, "a") || d.is(begin, "an"))
    return !d.str(j).ends_with("ing") && !(d.flags(j) & (kTitle | kTitleMod | kSourceNoun)) && !(d.str(j).ends_with("man") || d.str(j).ends_with("woman"));
  // "is the place officials say", "and a defeat Ada Ruiz regrets": a determiner, a plain
  // noun, then a name or a plural, after a verb or a conjunction (a phrase opening a
  // clause, "a terse Lee agreed", is a subject with its adjective).
  // ("the place city officials say": a group noun ends the phrase.)
  const bool group_end = (d.flags(last) & kSourceNoun) && plural_like(d, last);
  if (!(d.cap(begin) || group_end) || (d.flags(begin) & (kDet | kPrep | kStop)) || j < floor + 2) return false;
  if (!(d.is(j - 1, "the") || d.is(j - 1, "a") || d.is(j - 1, "an"))) return false;
  const std::uint32_t before = j - 2;
  if (!(be_form(d, before) || d.is(before, "and") || d.is(before, "or") || d.is(before, "now") ||
        d.is(before, "also") || d.is(before, "still")))
    return false;
  if (modifier_like(d, j) || plural_like_word(d.str(j))) return false;
  return d.cap(last) || plural_like(d, last);
}

// From token `m`: up to three lower-case words, then a capitalised name that closes the
// phrase (before `limit` or a mark): "resident Ana Ruiz.", "political consultant Bo Lee,".
bool role_then_name(const Document& d, std::uint32_t m, std::uint32_t limit) {
  const std::uint32_t first = m;
  while (m < limit && m < first + 3 && d.word(m) && !d.cap(m) && !np_stopper(d, m) &&
         !(d.flags(m) & (kPrep | kDet | kAux)) && !(d.tokens[m].flags & (kDigit | kApostrophe)) &&
         !d.str(m).ends_with("ed") && !d.str(m).ends_with("ing"))
    ++m;
  if (m == first || m >= limit || !d.word(m) || !d.cap(m) || (d.flags(m) & (kDet | kStart))) return false;
  const std::uint32_t name = m;
  while (m < limit && m < name + 4 && ((d.word(m) && d.cap(m) && !(d.flags(m) & kDet)) ||
                                       (d.punct(m, PunctKind::kPeriod) && m > name &&
                                        d.tokens[m - 1].end - d.tokens[m - 1].begin == 1)))
    ++m;
  return m >= limit || !d.word(m);
}

}  // namespace

bool number_word(const Document& d, std::uint32_t i) {
  if (!d.word(i)) return false;
  if (d.tokens[i].flags & kDigit) return true;
  for (std::string_view w : {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "half", "a", "an", "dozens", "hundreds", "thousands", "twice",
                             "several", "many", "some", "most", "all", "two-thirds", "one-third",
                             "three-quarters"})
    if (d.is(i, w)) return true;
  return false;
}

bool share_word(const Document& d, std::uint32_t i) {
  if (!d.word(i)) return false;
  if (d.tokens[i].flags & kDigit) return true;
  for (std::string_view w : {"some", "many", "most", "all", "both", "one", "each", "none", "several", "half",
                             "few", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "dozens", "neither", "either"})
    if (d.is(i, w)) return true;
  return false;
}

std::string_view strip_possessive(std::string_view w) {
  if (w.size() > 2 && (w.substr(w.size() - 2) == "'s")) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s") return w.substr(0, w.size() - 4);
  if (w.size() > 1 && w.back() == '\'') return w.substr(0, w.size() - 1);
  if (w.size() > 3 && w.substr(w.size() - 3) == "\xE2\x80\x99") return w.substr(0, w.size() - 3);
  return w;
}

std::uint32_t phrase_head(const Document& d, TokRange r, bool participle_ends) {
  for (std::uint32_t t = r.tb + 1; t < r.te; ++t)
    if (d.word(t) && ((d.flags(t) & kPrep) || (participle_ends && d.str(t).ends_with("ed") && !d.cap(t))))
      return t - 1;
  return r.te - 1;
}

bool share_of_group(const Document& d, std::uint32_t k, std::uint32_t floor) {
  return (d.is(k, "them") || d.is(k, "us") || d.is(k, "those")) && k >= floor + 2 && d.is(k - 1, "of") &&
         share_word(d, k - 2);
}

bool be_form(const Document& d, std::uint32_t i) {
  return d.is(i, "is") || d.is(i, "was") || d.is(i, "were") || d.is(i, "are") || d.is(i, "be") ||
         d.is(i, "been") || d.is(i, "being");
}

bool is_adverb(const Document& d, std::uint32_t i) {
  if (!d.word(i)) return false;
  const std::uint32_t f = d.flags(i);
  if ((f & kAux) && !(f & kNegation)) return true;
  const std::string_view w = d.str(i);
  if (d.cap(i) || (f & (kSourceNoun | kTitle))) return false;
  // Sentence adverbs without "-ly": "Lee however said", "Ode has nevertheless argued".
  if (w == "however" || w == "instead" || w == "nevertheless" || w == "nonetheless" || w == "meanwhile" ||
      w == "ever" || w == "likewise" || w == "therefore" || w == "thus" || w == "indeed" || w == "perhaps")
    return true;
  return w.size() > 4 && w.ends_with("ly");
}

bool subject_pronoun(const Document& d, std::uint32_t i) {
  return d.is(i, "he") || d.is(i, "she") || d.is(i, "they") || d.is(i, "we") || d.is(i, "i");
}

PronounClass possessive_pronoun(const Document& d, std::uint32_t i) {
  if (!d.word(i)) return PronounClass::kNone;
  if (d.is(i, "his") || d.is(i, "her")) return PronounClass::kPerson;
  if (d.is(i, "its")) return PronounClass::kThing;
  if (d.is(i, "their")) return PronounClass::kGroup;
  if (d.is(i, "our") || d.is(i, "my")) return PronounClass::kSpeaker;
  return PronounClass::kNone;
}

PronounClass contracted_pronoun(const Document& d, std::uint32_t i, std::string_view* stem) {
  if (!d.word(i) || !(d.tokens[i].flags & kApostrophe)) return PronounClass::kNone;
  const std::string_view w = d.str(i);
  std::size_t cut = w.find('\'');
  if (cut == std::string_view::npos) cut = w.find("\xE2\x80\x99");
  if (cut == std::string_view::npos || cut == 0 || cut > 4) return PronounClass::kNone;
  const WordInfo* wi = lexicon().find(w.substr(0, cut));
  if (!wi || !(wi->flags & kPronoun)) return PronounClass::kNone;
  if (stem) *stem = w.substr(0, cut);
  return wi->pronoun;
}

bool is_possessive(const Document& d, std::uint32_t i) {
  if (!d.word(i) || !(d.tokens[i].flags & kApostrophe)) return false;
  const std::string_view w = d.str(i);
  const bool apostrophe_s = w.ends_with("'s") || w.ends_with("\xE2\x80\x99s");
  if (apostrophe_s) {
    // "she's", "it's", "that's": a pronoun's "'s" is "is" or "has", never a possessive.
    const std::string_view stem = w.substr(0, w.size() - (w.ends_with("'s") ? 2 : 4));
    if (word_is(stem, "he") || word_is(stem, "she") || word_is(stem, "it") || word_is(stem, "that") ||
        word_is(stem, "there") || word_is(stem, "what") || word_is(stem, "where") || word_is(stem, "here") ||
        word_is(stem, "let"))
      return false;
    return true;
  }
  return w.ends_with("s'") || w.ends_with("s\xE2\x80\x99");
}

bool possessive_apostrophe(const Document& d, std::uint32_t j) {
  if (d.word(j) || !d.punct(j, PunctKind::kOther) || j == 0 || !d.word(j - 1) || !glued(d, j - 1)) return false;
  const std::string_view w = d.str(j);
  if (w != "'" && w != "\xE2\x80\x99") return false;
  const std::string_view prev = d.str(j - 1);
  return !prev.empty() && (prev.back() == 's' || prev.back() == 'S') && j + 1 < d.size() && !glued(d, j);
}

TokRange np_left(const Document& d, std::uint32_t last, std::uint32_t floor) {
  if (last < floor || last >= d.size()) return {};
  std::uint32_t k = last;
  // A closing parenthesis right before the cue: "Sen. Jane Roe (D-Ore.) said".
  if (d.punct(k, PunctKind::kParenClose)) {
    std::uint32_t j = k;
    while (j > floor && k - j < 8 && !d.punct(j, PunctKind::kParenOpen)) --j;
    if (!d.punct(j, PunctKind::kParenOpen) || j == floor) return {};
    k = j - 1;
  }
  // "42% say": a percentage ends the phrase.
  if (d.punct(k, PunctKind::kOther) && d.str(k) == "%" && k > floor && d.word(k - 1) &&
      (d.tokens[k - 1].flags & kDigit)) {
    const TokRange r = np_left(d, k - 1, floor);
    return r.empty() ? r : TokRange{r.tb, last + 1};
  }
  if (!d.word(k)) return {};
  // "one of them", "two of us", "several of those": a share of a group named before.
  if (share_of_group(d, k, floor) && !d.in_quote[k]) return {k - 2, last + 1};
  // A pronoun stands alone.
  if (d.flags(k) & kPronoun) {
    if (d.in_quote[k]) return {};
    return {k, last + 1};
  }
  // "people familiar with the insurance claim said": a reporting noun after a word of its
  // phrase ends the phrase (as a verb it would stop it).
  const bool noun_head = (d.flags(k) & kNounCue) && k > floor && d.word(k - 1) &&
                         !(d.flags(k - 1) & (kPronoun | kAux | kStop | kPrep | kNegation | kDet));
  // "the voice says", "a tweet said": a reporting verb's form right after an article is a
  // noun (not a reporting noun: ", a claim echoed by X" is the claim's own rule).
  const bool article_noun = k > floor && (d.flags(k) & kVerbCue) && !(d.flags(k) & (kStop | kNounCue)) &&
                            (d.is(k - 1, "the") || d.is(k - 1, "a") || d.is(k - 1, "an"));
  if ((np_stopper(d, k) && !noun_head && !article_noun) || (d.flags(k) & kPrep)) return {};
  std::uint32_t begin = k;
  std::uint32_t words = 1;
  std::uint32_t loose_and = kNone;  // a coordination kept only if the phrase opens its clause
  while (begin > floor && words < kMaxNpTokens) {
    const std::uint32_t j = begin - 1;
    if (!d.word(j)) {
      // "CNN/ORC poll", "Sanders’ aides": a mark inside a name or a plural possessive.
      if (j > floor && (name_joiner(d, j) || possessive_apostrophe(d, j))) {
        begin = j - 1;
        words += 2;
        continue;
      }

      // A parenthetical inside the name is rare on the left; stop at any punctuation.
      break;
    }
    const std::uint32_t f = d.flags(j);
    if (f & kPronoun) break;
    if (reduced_relative_edge(d, j, begin, k, floor)) break;
    // "Neither Mr. Comey nor other officials"
    if (d.is(j, "nor") && j > floor) {
      std::uint32_t m = j - 1;
      while (m > floor && j - m < 6 && d.word(m) && !d.is(m, "neither")) --m;
      if (d.is(m, "neither") && d.word(m)) {
        begin = m;
        words += j - m + 1;
        break;
      }
    }
    if (np_stopper(d, j)) break;
    // "On Monday the ministry said", "Late on Friday the agency quoted": an article opens
    // its phrase; only a predeterminer ("all the", "half the") or a joining word may stand
    // before it inside the same phrase.
    if (is_article(d, begin) && !(f & (kPrep | kDet)) && !d.is(j, "and") && !d.is(j, "or") &&
        !d.is(j, "nor") && !d.is(j, "all") && !d.is(j, "both") && !d.is(j, "half") && !d.is(j, "such") &&
        !d.is(j, "quite") && !d.is(j, "what") &&
        // (A role before a name, "spokesman the Rev. Ana Lee"; an article inside a name,
        // "Rock the Vote".)
        !(f & (kTitle | kSourceNoun)) && !(d.cap(j) && !(f & kTime) && d.cap(begin + 1)))
      break;
    // "echoed Norway’s ...": a lower-case past form before a name is a verb.
    if (!d.cap(j) && d.cap(j + 1) && d.str(j).ends_with("ed") && !(f & (kTitle | kTitleMod))) break;
    // "X issued a statement", "X made the remarks": a verb before an object's determiner.
    if (!d.cap(j) && (d.str(j).ends_with("ed") || (f & kPast)) && (d.flags(j + 1) & kDet) &&
        !(f & (kTitle | kTitleMod | kDet)))
      break;
    if (f & kPrep) {
      // "85% of voters": a percentage before "of".
      if (d.is(j, "of") && j >= floor + 2 && d.punct(j - 1, PunctKind::kOther) && d.str(j - 1) == "%" &&
          d.word(j - 2) && (d.tokens[j - 2].flags & kDigit)) {
        begin = j - 2;
        break;
      }
      // "Lee in a blog post said", "the mayor at the time said": a phrase of how or when
      // after the speaker; the speaker is the phrase before it.
      if ((d.is(j, "in") || d.is(j, "at") || d.is(j, "during")) && j > floor && role_or_name(d, j - 1) &&
          (d.flags(begin) & kDet)) {
        bool how = false;
        for (std::uint32_t m = begin + 1; m <= k && !how; ++m)
          how = !d.cap(m) && ((d.flags(m) & (kNounCue | kVerbCue)) || d.is(m, "time") || d.is(m, "interview") ||
                              d.is(m, "speech") || d.is(m, "op-ed"));
        if (how) return np_left(d, j - 1, floor);
      }
      // "people familiar with the talks", "officials briefed on the plan"
      if (j > floor + 1 && (d.is(j - 1, "familiar") || d.is(j - 1, "close") || d.is(j - 1, "briefed") ||
                            d.is(j - 1, "knowledgeable") || d.is(j - 1, "involved") ||
                            d.is(j - 1, "loyal") || d.is(j - 1, "aligned") || d.is(j - 1, "opposed")) &&
          d.word(j - 2) && !np_stopper(d, j - 2)) {
        begin = j - 1;
        words += 2;
        continue;
      }
      const bool quantifier = j > floor && share_word(d, j - 1);
      const bool loose = ((d.is(j, "of") || d.is(j, "for")) && j > floor && d.word(j - 1) &&
                          !np_stopper(d, j - 1) && !(d.flags(j - 1) & (kPrep | kDet))) ||
                         // "some of the delegates", "one of the authors", "both of his aides"
                         (d.is(j, "of") && (quantifier || d.is(j - 1, "any")) &&
                          ((d.flags(j + 1) & kDet) || d.cap(j + 1))) ||
                         // "four in 10 voters", "one in five"
                         (d.is(j, "in") && j > floor && d.word(j + 1) &&
                          ((d.tokens[j + 1].flags & kDigit) ||
                           (number_word(d, j + 1) && !d.is(j + 1, "a") && !d.is(j + 1, "an"))) &&
                          (quantifier || d.is(j - 1, "two") || d.is(j - 1, "three") || d.is(j - 1, "four") ||
                           d.is(j - 1, "five") || d.is(j - 1, "six") || d.is(j - 1, "seven") ||
                           d.is(j - 1, "eight") || d.is(j - 1, "nine"))) ||
                         // "many in the crowd", "some of the delegates"
                         (d.is(j, "in") && j > floor &&
                          (d.is(j - 1, "many") || d.is(j - 1, "some") || d.is(j - 1, "most") ||
                           d.is(j - 1, "few") || d.is(j - 1, "others") || d.is(j - 1, "those") ||
                           d.is(j - 1, "all") || d.is(j - 1, "people")));
      if (!loose && (!joining_prep(d, j) || j == floor || !role_or_name(d, j - 1))) {
        // "Democrats in Iowa", "a survey by the institute", "exit polls from the primary":
        // a head noun with its modifier, when the head phrase opens the clause.
        const std::uint32_t head = opening_head(d, j, floor);
        if (head == kNone) break;
        begin = head;
        words += j - head;
        break;
      }
    } else if (d.is(j, "and") || d.is(j, "&")) {
      // "Clinton and the DNC", "many experts and some lawmakers"
      const bool det_phrase = (d.flags(begin) & kDet) && begin + 1 <= k &&
                              (d.cap(begin + 1) || (d.flags(k) & kSourceNoun));
      if (j == floor) break;
      const bool strict = (d.cap(j - 1) || (d.flags(j - 1) & kSourceNoun)) && (d.cap(begin) || det_phrase);
      if (!strict) {
        // "She and her aides", "Trump and his lawyers", "Current and former officials",
        // "Democrats and civil rights groups": kept only when the whole phrase opens its
        // clause (checked below), so "the talks failed and officials said" keeps
        // "officials".
        const std::uint32_t fl = d.flags(j - 1);
        const bool right_ok = (d.flags(begin) & kDet) || d.cap(begin) || d.is(begin, "other") ||
                              (d.flags(k) & (kSourceNoun | kTitle)) || plural_like(d, k);
        const bool pronoun = subject_pronoun(d, j - 1);
        const bool left_ok = d.word(j - 1) && !(fl & (kStop | kPrep | kVerbCue | kAux)) &&
                             (d.cap(j - 1) || (fl & (kSourceNoun | kTitle | kTitleMod)) ||
                              plural_like(d, j - 1) || d.is(j - 1, "current"));
        if (!right_ok || !(left_ok || pronoun)) break;
        if (loose_and == kNone) loose_and = j;
        if (pronoun) {
          begin = j - 1;
          words += 2;
          break;
        }
      }
    } else if ((f & kVerbCue) && !d.cap(j)) {
      break;
    }
    begin = j;
    ++words;
  }
  // Trim leading prepositions, conjunctions and adverbs ("And officials said").
  while (begin <= k) {
    const std::uint32_t f = d.flags(begin);
    // "at least four senators", "about half of voters": quantifiers stay.
    if (begin < k && ((d.is(begin, "at") && d.is(begin + 1, "least")) ||
                      ((d.is(begin, "about") || d.is(begin, "around") || d.is(begin, "nearly") ||
                        d.is(begin, "almost") || d.is(begin, "roughly") || d.is(begin, "over")) &&
                       ((d.tokens[begin + 1].flags & kDigit) || d.is(begin + 1, "half") ||
                        d.is(begin + 1, "two") || d.is(begin + 1, "three") || d.is(begin + 1, "four") ||
                        d.is(begin + 1, "five") || d.is(begin + 1, "six") || d.is(begin + 1, "seven") ||
                        d.is(begin + 1, "eight") || d.is(begin + 1, "nine") || d.is(begin + 1, "one") ||
                        (d.flags(begin + 1) & kDet)))))
      break;
    if ((f & kPrep) || d.is(begin, "and") || d.is(begin, "but") || d.is(begin, "so") ||
        (is_adverb(d, begin) && begin < k) ||
        ((f & kAux) && !(f & kDet)) || (f & kTime && !d.cap(begin) && !(f & kDet)))
      ++begin;
    else
      break;
  }
  if (begin > k) return {};
  // "at least a dozen members", "about 4 in 10", "only three senators", "more than half"
  if (begin > floor && (d.is(begin, "least") || d.is(begin, "most")) && d.is(begin - 1, "at")) --begin;
  for (int guard = 0; guard < 2 && begin > floor; ++guard) {
    const std::uint32_t q = quantifier_before(d, begin - 1, floor);
    if (q == kNone || q < floor) break;
    const bool general = d.is(begin - 1, "only") || d.is(begin - 1, "neither") || d.is(begin - 1, "not");
    if (!general && !number_word(d, begin) && !(d.flags(begin) & kDet)) break;
    if (d.is(begin - 1, "not") && !(d.is(begin, "all") || d.is(begin, "every") || d.is(begin, "everyone"))) break;
    begin = q;
  }
  // "Governors in more than two dozen states": the head before a quantified modifier.
  if (begin > floor + 1 && (d.flags(begin - 1) & kPrep)) {
    const std::uint32_t head = opening_head(d, begin - 1, floor);
    if (head != kNone) begin = head;
  }
  if (loose_and != kNone && begin < loose_and) {
    // ("a plan that Lee and party leaders back": a subordinator opens the clause too.)
    const std::uint32_t o = begin - 1;
    const bool opens = begin == floor || !d.word(o) || d.is(o, "but") || d.is(o, "and") || d.is(o, "that") ||
                       d.is(o, "when") || d.is(o, "while") || d.is(o, "because") || d.is(o, "after") ||
                       d.is(o, "although") || d.is(o, "though") || d.is(o, "since") || d.is(o, "if");
    if (!opens) begin = loose_and + 1;
  }
  return {begin, last + 1};
}

TokRange np_right(const Document& d, std::uint32_t first, std::uint32_t limit, bool appositive) {
  if (first >= limit || !d.word(first)) return {};
  if (d.flags(first) & kPronoun) return {first, first + 1};
  if (np_stopper(d, first) || (d.flags(first) & kPrep)) return {};
  std::uint32_t end = first;
  std::uint32_t words = 0;
  while (end < limit && words < kMaxNpTokens) {
    if (d.punct(end, PunctKind::kParenOpen)) {
      std::uint32_t j = end + 1;
      while (j < limit && j - end < 8 && !d.punct(j, PunctKind::kParenClose)) ++j;
      if (j < limit && d.punct(j, PunctKind::kParenClose) && end > first) {
        end = j + 1;
        continue;
      }
      break;
    }
    if (!d.word(end)) {
      // "a CNN/WMUR poll", "P&G"
      if (end > first && end + 1 < limit && name_joiner(d, end)) {
        end += 2;
        words += 2;
        continue;
      }
      // "the city's largest teachers' union": a plural possessive goes on to its noun.
      if (end > first && end + 1 < limit && possessive_apostrophe(d, end) && d.word(end + 1) &&
          !np_stopper(d, end + 1) && !(d.flags(end + 1) & (kPrep | kVerbCue))) {
        end += 2;
        words += 2;
        continue;
      }
      break;
    }
    const std::uint32_t f = d.flags(end);
    // "a transcript of the show": a cue word right after a determiner is a noun.
    const bool after_det = end > first && (d.flags(end - 1) & kDet) && !d.is(end - 1, "that");
    if (appositive && end > first && !d.cap(end) && d.str(end).ends_with("ed") && !(f & (kStop | kPrep))) {
      // "polls compiled by RealClearPolitics", "a memo released Friday by the watchdog"
      std::uint32_t m = end + 1;
      while (m < limit && m < end + 4 && d.word(m) && !d.is(m, "by") && !np_stopper(d, m)) ++m;
      if (m + 1 < limit && d.is(m, "by")) {
        const TokRange agent = np_right(d, m + 1, limit, false);
        if (!agent.empty()) {
          end = agent.te;
          break;
        }
      }
    }
    // "according to a CNN tally,", "said Lee, the group's editor.": a lower-case head noun
    // that closes the phrase.
    const bool final_head = appositive && end > first && end + 1 <= limit && !d.cap(end) &&
                            (end + 1 == limit || !d.word(end + 1)) && !(f & (kStop | kPrep | kTime | kAux)) &&
                            !is_adverb(d, end) && !d.str(end).ends_with("ed") && !d.str(end).ends_with("ing");
    if (end > first && ((f & kPronoun) || (np_stopper(d, end) && !(after_det && (f & kVerbCue))))) break;
    // A determiner after a noun starts a new phrase ("told reporters this was ...").
    if (end > first && (f & kDet) && !(d.flags(end - 1) & (kDet | kPrep)) && !d.is(end - 1, "and")) break;
    if (end > first && (f & kPrep)) {
      // "said one of them": a share of a group named before ends the phrase.
      if (end == first + 1 && end + 1 < limit && share_of_group(d, end + 1, first)) {
        end += 2;
        break;
      }
      if (d.is(end, "of") && end + 1 < limit && d.word(end + 1) && !np_stopper(d, end + 1) &&
          !(d.flags(end + 1) & kPronoun)) {
        ++end;
        ++words;
        continue;
      }
      const bool next_ok = end + 1 < limit && (d.cap(end + 1) || (d.flags(end + 1) & kDet));
      // "a person close to the talks", "officials briefed on the plan", "a count by the AP"
      const bool attached =
          appositive && next_ok &&
          (((d.is(end - 1, "familiar") || d.is(end - 1, "close") || d.is(end - 1, "briefed") ||
             d.is(end - 1, "knowledgeable") || d.is(end - 1, "involved")) &&
            (d.is(end, "with") || d.is(end, "to") || d.is(end, "on") || d.is(end, "in"))) ||
           (d.is(end, "by") && d.word(end - 1) && !d.cap(end - 1) && !(d.flags(end - 1) & (kStop | kAux))));
      if (attached) {
        ++end;
        ++words;
        continue;
      }
      const bool weak = d.is(end, "in") || d.is(end, "to");
      if (!joining_prep(d, end) || !next_ok || !role_or_name(d, end - 1)) break;
      if (weak && !d.cap(end + 1)) break;
    }
    if (end > first && (d.is(end, "and") || d.is(end, "&"))) {
      // "Carson and Fiorina", "the U.S. and other Western nations"
      const bool next_ok = end + 1 < limit &&
                           (d.cap(end + 1) || d.is(end + 1, "other") || d.is(end + 1, "its") ||
                            d.is(end + 1, "their") || d.is(end + 1, "the"));
      if (!(next_ok && d.cap(end - 1))) break;
    }
    if (end > first && (f & kVerbCue) && !d.cap(end) && !(f & (kSourceNoun | kTitle)) && !after_det &&
        !(final_head && (f & kNounCue)))
      break;
    // A name is over when a plain lower-case word follows it ("Wilson praised ...").
    if (end > first && !final_head && !d.cap(end) && d.cap(end - 1) && !(f & (kPrep | kTitle | kSourceNoun)) &&
        !d.is(end, "and") && !(d.tokens[end].flags & kDigit) && !(d.flags(end - 1) & kDet)) {
      const std::string_view w = d.str(end);
      const bool nounish = w.size() > 3 && !(d.tokens[end].flags & kApostrophe) &&
                           (w.back() == 's' || w.ends_with("er") || w.ends_with("or") ||
                            w.ends_with("ist"));
      // "a former top Soviet security official": lower-case words up to a role noun.
      bool to_role = false;
      if (appositive)
        for (std::uint32_t m = end; m < limit && m < end + 3 && d.word(m) && !d.cap(m) && !np_stopper(d, m) &&
                                    !(d.flags(m) & kPrep);
             ++m)
          if ((d.flags(m) & (kTitle | kSourceNoun)) && (m + 1 >= limit || !d.word(m + 1) || np_stopper(d, m + 1) ||
                                                        (d.flags(m + 1) & kPrep))) {
            to_role = true;
            break;
          }
      // "said Concord resident Ana Ruiz.", "said Republican political consultant Bo Lee":
      // lower-case words of a role between a modifier and the name that ends the phrase.
      if (appositive && !to_role) to_role = role_then_name(d, end, limit);
      // "Pierre de Vos", "Ludwig van Beers": a particle inside a name.
      const bool particle = end + 1 < limit && d.cap(end + 1) && d.word(end + 1) &&
                            (w == "de" || w == "da" || w == "van" || w == "von" || w == "del" || w == "della" ||
                             w == "di" || w == "du" || w == "bin" || w == "ibn" || w == "al" || w == "el");
      if (!to_role && !particle && (!nounish || w.ends_with("ss") || w.ends_with("us"))) break;
    }
    ++end;
    ++words;
  }
  if (end == first) return {};
  // "Mic.com", "FactCheck.org": a web address's ending belongs to the name.
  if (end + 1 < limit && end > first && d.punct(end, PunctKind::kPeriod) && glued(d, end - 1) && glued(d, end) &&
      (d.is(end + 1, "com") || d.is(end + 1, "org") || d.is(end + 1, "net")))
    end += 2;
  // ", 44," - an age.
  if (appositive && end + 2 < limit && d.punct(end, PunctKind::kComma) && d.word(end + 1) &&
      (d.tokens[end + 1].flags & kDigit) && (d.tokens[end + 1].end - d.tokens[end + 1].begin) <= 3 &&
      (d.punct(end + 2, PunctKind::kComma) || (!d.word(end + 2) && !d.punct(end + 2, PunctKind::kOther))))
    end += 2;  // (not "70%")
  // ", Fla.", ", N.H.": a state's abbreviation after a place belongs to the phrase.
  if (appositive && end + 1 < limit && d.punct(end, PunctKind::kComma) && d.word(end + 1) && d.cap(end + 1) &&
      (d.tokens[end + 1].flags & kAbbrevDot) && !(d.flags(end + 1) & kAbbrevTitle) && d.cap(end - 1))
    end += 2;
  const auto appositive_start = [&](std::uint32_t j) {
    if (d.flags(j) & kStop) return false;
    if (d.flags(j) & (kTitle | kTitleMod)) return true;
    return d.is(j, "a") || d.is(j, "an") || d.is(j, "the") || d.is(j, "his") || d.is(j, "her") ||
           d.is(j, "its") || d.is(j, "their") || d.is(j, "another") || d.is(j, "one");
  };
  if (appositive && end + 1 < limit && d.punct(end, PunctKind::kComma) && appositive_start(end + 1)) {
    std::uint32_t j = end + 1;
    bool relative = false;  // "a union that endorsed X": cues inside a relative clause are its own
    bool clause = false;    // ", the businessman had ...": a clause, not an appositive
    while (j < limit && j - end <= kMaxAppositive && d.word(j) &&
           !((d.flags(j) & kVerbCue) && !d.cap(j) && !d.is(j - 1, "who") && !relative)) {
      relative |= d.is(j, "who") || d.is(j, "that") || d.is(j, "which");
      const std::uint32_t fj = d.flags(j);
      clause |= !relative && (fj & (kAux | kPast)) && !(fj & kDet) && !d.str(j).ends_with("ly") && !d.cap(j);
      ++j;
    }
    if (!clause && j - end > 1 && j - end <= kMaxAppositive && (j >= limit || !d.word(j))) end = j;
  }
  // "..., said Jane Roe, who chairs the board.": a relative clause about the speaker, to
  // the end of its clause.
  // (Not one telling what the speaker did or said: "who has since urged ...", "who added that".)
  const auto says_more = [&](std::uint32_t b) {
    for (std::uint32_t m = b; m < limit && m < b + 3 && d.word(m); ++m)
      if ((d.flags(m) & (kVerbCue | kAux)) && !(d.flags(m) & kDet) && !d.cap(m)) return true;
    return false;
  };
  if (appositive && end + 2 < limit && d.punct(end, PunctKind::kComma) && d.is(end + 1, "who") &&
      !says_more(end + 2)) {
    std::uint32_t j = end + 2;
    while (j < limit && j - end <= kMaxAppositive && !d.punct(j, PunctKind::kComma) &&
           !d.punct(j, PunctKind::kSemicolon) && !d.punct(j, PunctKind::kDash) &&
           !d.punct(j, PunctKind::kPeriod) && !d.punct(j, PunctKind::kQuoteOpen))
      ++j;
    if (j - end <= kMaxAppositive && (j >= limit || !d.word(j))) end = j;
  }
  return {first, end};
}

bool plausible_source(const Document& d, TokRange r) {
  if (r.empty()) return false;
  if (r.te == r.tb + 1 && (d.flags(r.tb) & kTime)) return false;  // "Asked Monday about ..."
  for (std::uint32_t i = r.tb; i < r.te; ++i) {
    if (!d.word(i)) continue;
    const std::uint32_t f = d.flags(i);
    if ((f & (kPronoun | kTitle | kSourceNoun))) return true;
    if (d.cap(i) && !(f & (kDet | kStop | kPrep | kStart))) return true;
    if (d.cap(i) && i > r.tb) return true;
  }
  // A share of people: "six in 10", "42%", "about half".
  for (std::uint32_t i = r.tb; i < r.te; ++i)
    if ((!d.str(i).empty() && d.str(i).back() == '%') ||
        (d.is(i, "in") && i > r.tb && i + 1 < r.te && (d.tokens[i + 1].flags & kDigit)) ||
        d.is(i, "percent"))
      return true;
  // A lower-case head: accept nouns that look like people or bodies ("the spokesman"),
  // and any determined phrase ("his son", "the affidavit").
  std::uint32_t last = r.te - 1;
  while (last > r.tb && !d.word(last)) --last;
  const std::string_view w = d.str(last);
  if (r.te - r.tb == 1 && (d.is(last, "several") || d.is(last, "many") || d.is(last, "most") ||
                           d.is(last, "some") || d.is(last, "others") || d.is(last, "both") ||
                           d.is(last, "few") || d.is(last, "another") || d.is(last, "one") ||
                           d.is(last, "neither") || d.is(last, "each")))
    return true;  // "Several said ...", "Another said ..."
  if (r.te - r.tb >= 3 && d.is(last - 1, "in") && number_word(d, last)) return true;  // "One in five say"
  // "one of them", "two of us": a share of a group named before.
  if (r.te - r.tb == 3 && share_of_group(d, last, r.tb)) return true;
  if (d.flags(last) & (kDet | kPrep | kStop)) return false;
  if (r.te - r.tb == 1 && d.cap(last) && (d.flags(last) & kStart)) return false;  // "However"
  // ("the 46-year-old" is a person; "the 1990s" is not.)
  if (r.te - r.tb >= 2 && (d.flags(r.tb) & kDet) && (!(d.tokens[last].flags & kDigit) || w.ends_with("-old")))
    return true;
  return w.size() > 3 && (w.ends_with("s") || w.ends_with("er") || w.ends_with("or") ||
                          w.ends_with("ist") || w.ends_with("ian") || w.ends_with("ent") ||
                          w.ends_with("ment") || w.ends_with("ion") || w.ends_with("ure"));
}

}  // namespace claimlens

// Parses the embedded lexicon files (assets/lexicon/*.txt) into one word table.
#include "lexicon.h"


#include "lexicon_data.h"

namespace claimlens {
namespace {

// Calls fn(line) for each non-empty, non-comment line, trimmed.
template <typename Fn>
void for_each_line(std::string_view text, Fn fn) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    const std::size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
      line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (!line.empty()) fn(line);
  }
}

// Splits on spaces/tabs.
template <typename Fn>
void for_each_field(std::string_view line, Fn fn) {
  std::size_t pos = 0;
  while (pos < line.size()) {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
    std::size_t end = pos;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t') ++end;
    if (end > pos) fn(line.substr(pos, end - pos));
    pos = end;
  }
}

CueClass parse_cue_class(std::string_view name) {
  if (name == "assert") return CueClass::kAssert;
  if (name == "allege") return CueClass::kAllege;
  if (name == "warn") return CueClass::kWarn;
  if (name == "argue") return CueClass::kArgue;
  if (name == "believe") return CueClass::kBelieve;
  if (name == "report") return CueClass::kReport;
  if (name == "ask") return CueClass::kAsk;
  if (name == "deny") return CueClass::kDeny;
  if (name == "accuse") return CueClass::kAccuse;
  if (name == "label") return CueClass::kLabel;
  if (name == "stance") return CueClass::kStance;
  return CueClass::kNone;
}

}  // namespace

std::string_view lower_ascii(std::string_view word, char* buf) {
  if (word.size() > Lexicon::kMaxWord) return {};
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return std::string_view(buf, word.size());
}

WordInfo& Lexicon::entry(std::string_view lower_word) { return words_[lower_word]; }

void Lexicon::add_phrase(std::string_view text, Phrase::Kind kind, CueClass cue_class) {
  Phrase phrase;
  phrase.kind = kind;
  phrase.cue_class = cue_class;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = pos;
    while (end < text.size() && text[end] != '_' && text[end] != ' ') ++end;
    if (end > pos) phrase.words.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  if (phrase.words.size() < 2 || phrases_.size() >= 65535) return;
  WordInfo& first = entry(phrase.words[0]);
  first.flags |= kPhraseStart;
  first.phrases.push_back(static_cast<std::uint16_t>(phrases_.size()));
  phrases_.push_back(std::move(phrase));
}

void Lexicon::load_classes(std::string_view file) {
  for_each_line(embedded_lexicon(file), [&](std::string_view line) {
    std::string_view cls;
    for_each_field(line, [&](std::string_view field) {
      if (cls.empty()) {
        cls = field;
        return;
      }
      const bool verbs = file == "reporting_verbs.txt";
      if (verbs || file == "reporting_nouns.txt") {
        std::string_view base = cls;
        bool needs_that = false, tell = false;
        const std::size_t plus = base.find('+');
        if (plus != std::string_view::npos) {
          needs_that = base.substr(plus) == "+that";
          tell = base.substr(plus) == "+tell";
          base = base.substr(0, plus);
        }
        const CueClass cc = parse_cue_class(base);
        if (field.find('_') != std::string_view::npos) {
          add_phrase(field, Phrase::kVerb, cc);
          return;
        }
        WordInfo& w = entry(field);
        if (verbs) {
          w.flags |= kVerbCue | (needs_that ? kVerbNeedsThat : 0u) | (tell ? kVerbTell : 0u);
          w.verb_class = cc;
        } else {
          w.flags |= kNounCue;
          w.noun_class = cc;
        }
      } else if (file == "titles.txt") {
        entry(field).flags |= cls == "title" ? kTitle : kTitleMod;
      } else if (file == "pronouns.txt") {
        WordInfo& w = entry(field);
        w.flags |= kPronoun;
        w.pronoun = cls == "person" ? PronounClass::kPerson
                    : cls == "thing" ? PronounClass::kThing
                    : cls == "group" ? PronounClass::kGroup
                                     : PronounClass::kSpeaker;
      } else if (file == "abbreviations.txt") {
        entry(field).flags |= cls == "title" ? kAbbrevTitle : kAbbrevOther;
      } else if (file == "source_nouns.txt") {
        if (field.find('_') != std::string_view::npos) return;  // multi-word: not needed
        WordInfo& w = entry(field);
        w.flags |= kSourceNoun;
        if (w.source_class == SourceNounClass::kNone)
          w.source_class = cls == "group" ? SourceNounClass::kGroup
                           : cls == "org" ? SourceNounClass::kOrg
                           : cls == "document" ? SourceNounClass::kDocument
                                               : SourceNounClass::kCapital;
      } else if (file == "name_words.txt") {
        entry(field).flags |= cls == "outlet"    ? (kOrgName | kOutletName)
                              : cls == "company" ? (kOrgName | kCompanyName)
                                                 : kOrgName;
      } else if (file == "first_names.txt") {
        entry(field).flags |= cls == "female" ? kFemaleName : kMaleName;
      } else if (file == "function_words.txt") {
        std::uint32_t f = cls == "det" ? kDet
                          : cls == "prep" ? kPrep
                          : cls == "aux" ? kAux
                          : cls == "stop" ? kStop
                          : cls == "start" ? kStart
                          : cls == "time" ? kTime
                          : cls == "past" ? kPast : 0u;
        entry(field).flags |= f;
      }
    });
  });
}

Lexicon::Lexicon() {
  words_.reserve(4096);
  for (const char* f : {"reporting_verbs.txt", "reporting_nouns.txt", "titles.txt", "pronouns.txt",
                        "abbreviations.txt", "source_nouns.txt", "function_words.txt", "name_words.txt",
                        "first_names.txt"}) {
    load_classes(f);
  }
  // One-entry-per-line lists; multi-word lines are phrases.
  const auto simple = [&](std::string_view file, std::uint32_t flag) {
    for_each_line(embedded_lexicon(file), [&](std::string_view line) {
      if (line.find(' ') != std::string_view::npos) {
        add_phrase(line, Phrase::kDenial, CueClass::kDeny);
      } else {
        entry(line).flags |= flag;
      }
    });
  };
  // "tehran Iran": a capital and the country whose entity it shares.
  for_each_line(embedded_lexicon("capitals.txt"), [&](std::string_view line) {
    const std::size_t space = line.find(' ');
    if (space == std::string_view::npos) return;
    WordInfo& w = entry(line.substr(0, space));
    w.flags |= kSourceNoun;
    w.source_class = SourceNounClass::kCapital;
    w.country = line.substr(space + 1);
  });
  simple("denial_cues.txt", kDenialWord);
  simple("negations.txt", kNegation);
  simple("hedges.txt", kHedge);
  build_index();
}

namespace {

inline std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h | 1;  // never 0: 0 marks an empty slot
}

}  // namespace

void Lexicon::build_index() {
  std::size_t size = 16;
  while (size < words_.size() * 3) size <<= 1;
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (const auto& [key, info] : words_) {
    std::uint64_t h = 1469598103934665603ULL;
    for (char c : key) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    h = mix(h);
    std::uint64_t i = h & mask_;
    while (slots_[i].hash != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{h, key, &info};
  }
}

const WordInfo* Lexicon::find(std::string_view word) const {
  if (word.size() > kMaxWord || word.empty()) return nullptr;
  char buf[kMaxWord];
  std::uint64_t h = 1469598103934665603ULL;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    buf[i] = c;
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  h = mix(h);
  const std::string_view lower(buf, word.size());
  for (std::uint64_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& slot = slots_[i];
    if (slot.hash == 0) return nullptr;
    if (slot.hash == h && slot.key == lower) return slot.info;
  }
}

const Lexicon& lexicon() {
  static const Lexicon instance;
  return instance;
}

}  // namespace claimlens

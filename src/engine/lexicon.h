// lexicon.h — the word lists of assets/lexicon, parsed once into lookup tables.
//
// Every list is a data file (see the comment at the top of each). lexicon() parses them
// the first time it is called (thread-safe: a function-local static) and never changes
// them afterwards, so the returned reference may be shared freely. Lookups are by the
// lower-cased word (ASCII case folding; other bytes compared as they are).
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimlens {

// The kind of stance a reporting verb or noun carries.
enum class CueClass : std::uint8_t {
  kNone, kAssert, kAllege, kWarn, kArgue, kBelieve, kReport, kAsk, kDeny, kAccuse, kLabel, kStance
};

enum class PronounClass : std::uint8_t { kNone, kPerson, kThing, kGroup, kSpeaker };
enum class SourceNounClass : std::uint8_t { kNone, kGroup, kOrg, kDocument, kCapital };

// Bit flags of WordInfo::flags.
enum WordFlag : std::uint32_t {
  kVerbCue = 1u << 0,        // a form of a reporting verb (verb_class says which)
  kVerbNeedsThat = 1u << 1,  // ... that is a cue only before "that", a quote or a colon
  kVerbTell = 1u << 2,       // ... that may take an addressee ("told reporters")
  kNounCue = 1u << 3,        // a reporting noun (noun_class)
  kDenialWord = 1u << 4,     // a one-word denial predicate ("baseless")
  kPhraseStart = 1u << 5,    // first word of one or more multi-word entries (phrases)
  kNegation = 1u << 6,
  kHedge = 1u << 7,
  kTitle = 1u << 8,          // "minister", "spokeswoman", "Sen"
  kTitleMod = 1u << 9,       // "former", "foreign"
  kPronoun = 1u << 10,
  kAbbrevTitle = 1u << 11,   // "Mr" (with a period, never ends a sentence)
  kAbbrevOther = 1u << 12,   // "Sept", "Inc", "U.S"
  kSourceNoun = 1u << 13,    // source_class says which
  kDet = 1u << 14,
  kPrep = 1u << 15,
  kAux = 1u << 16,           // may stand between a subject and its verb
  kStop = 1u << 17,          // cannot be inside a source noun phrase
  kStart = 1u << 18,         // often begins a sentence
  kTime = 1u << 19,          // may follow a cue before its content ("said on Monday")
  kPast = 1u << 20,          // an irregular past-tense verb ("went", "met")
  kOrgName = 1u << 21,       // makes a name an organisation's ("Board", "Ministry"); name_words.txt
  kOutletName = 1u << 22,    // ... a news outlet's ("Ledger", "newspaper")
  kCompanyName = 1u << 23,   // ... a business's ("Systems", "Inc")
  kFemaleName = 1u << 24,    // a first name that tells a woman ("Maria"); first_names.txt
  kMaleName = 1u << 25,      // ... a man ("Tobias")
};

// A multi-word entry: its words (lower case) and what it is.
struct Phrase {
  std::vector<std::string_view> words;
  enum Kind : std::uint8_t { kVerb, kDenial } kind = kVerb;
  CueClass cue_class = CueClass::kNone;
};

struct WordInfo {
  std::uint32_t flags = 0;
  CueClass verb_class = CueClass::kNone;
  CueClass noun_class = CueClass::kNone;
  PronounClass pronoun = PronounClass::kNone;
  SourceNounClass source_class = SourceNounClass::kNone;
  std::string_view country;            // kCapital: the country it stands for ("Iran")
  std::vector<std::uint16_t> phrases;  // indices into Lexicon::phrases starting here
};

class Lexicon {
 public:
  // The word's entry, or nullptr. `word` may have any ASCII case; words longer than
  // kMaxWord bytes are never found.
  const WordInfo* find(std::string_view word) const;
  const std::vector<Phrase>& phrases() const { return phrases_; }

  static constexpr std::size_t kMaxWord = 40;

 private:
  friend const Lexicon& lexicon();
  Lexicon();
  WordInfo& entry(std::string_view lower_word);
  void add_phrase(std::string_view words_with_underscores_or_spaces, Phrase::Kind kind,
                  CueClass cue_class);
  void load_classes(std::string_view file);

  struct Slot {
    std::uint64_t hash = 0;
    std::string_view key;
    const WordInfo* info = nullptr;
  };
  void build_index();

  std::unordered_map<std::string_view, WordInfo> words_;  // owns the entries
  std::vector<Slot> slots_;  // open addressing over words_, power-of-two size
  std::uint64_t mask_ = 0;
  std::vector<Phrase> phrases_;
};

// The shared, immutable lexicon; built on first use.
const Lexicon& lexicon();

// ASCII lower-case of `word` into `buf` (size >= Lexicon::kMaxWord); returns the view, or
// an empty view if the word is too long.
std::string_view lower_ascii(std::string_view word, char* buf);

}  // namespace claimlens

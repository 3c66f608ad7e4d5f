// ledger_lexicon.h — the ledger's word lists (assets/ledger), parsed once. Internal to src/ledger.
//
// Words are looked up in lower case. Concept classes are stored under the lemma of each
// listed word, so a lookup by lemma finds them whatever form the text used.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claimlens::ledger {

struct Lexicon {
  std::unordered_set<std::string> stopwords;
  std::unordered_set<std::string> reference_words;  // "allegations", "baseless"
  std::unordered_set<std::string> negations;
  std::unordered_set<std::string> accusation_cues;  // "accused", "allegations"
  std::unordered_map<std::string, std::string> irregular;  // form -> lemma
  std::unordered_map<std::string, std::vector<std::string>> concepts;  // lemma -> concepts
};

// The parsed lists; built on first use (thread-safe), never changed afterwards.
const Lexicon& lexicon();

// The lemma of a lower-case word: irregular forms from the list, else regular endings
// stripped (-ies/-ied -> y, -ing, -ed, -es, -s, a doubled final consonant, a final e), so
// "supplied", "supplies" and "supply" meet, as do "dumping" and "dumped".
std::string lemma(std::string_view lower_word);

}  // namespace claimlens::ledger

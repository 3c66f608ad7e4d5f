// The ledger's word lists and lemmatiser (see ledger_lexicon.h).
#include "ledger_lexicon.h"

#include <algorithm>

#include "ledger_lexicon_data.h"

namespace claimlens::ledger {
namespace {

// Calls fn(line) for every non-empty line of `text` that is not a # comment.
template <typename Fn>
void for_each_line(std::string_view text, Fn fn) {
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (!line.empty() && line.front() != '#') fn(line);
  }
}

// Calls fn(word) for every space-separated word of `line`.
template <typename Fn>
void for_each_word(std::string_view line, Fn fn) {
  while (!line.empty()) {
    const auto sp = line.find(' ');
    const std::string_view word = line.substr(0, sp);
    line = sp == std::string_view::npos ? std::string_view() : line.substr(sp + 1);
    if (!word.empty()) fn(word);
  }
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// "shipp" -> "ship", "runn" -> "run"; keeps "ll", "ss" ("spill", "press").
void undouble(std::string* s) {
  const std::size_t n = s->size();
  if (n >= 3 && (*s)[n - 1] == (*s)[n - 2] && !is_vowel((*s)[n - 1]) && (*s)[n - 1] != 'l' && (*s)[n - 1] != 's' &&
      (*s)[n - 1] != 'z') {
    s->pop_back();
  }
}

// Regular endings only; the caller tried the irregular list first.
std::string strip_endings(std::string w) {
  if (w.size() <= 3) {
    if (w.size() == 3 && w.back() == 'e' && !is_vowel(w[1])) w.pop_back();  // "use" meets "using"
    return w;
  }
  if (ends_with(w, "ies") || ends_with(w, "ied") || ends_with(w, "ier")) {
    w.resize(w.size() - 3);
    return w + "y";
  }
  bool stripped = false;
  if (ends_with(w, "ing") && w.size() >= 5) {
    w.resize(w.size() - 3);
    stripped = true;
  } else if (ends_with(w, "ed") && w.size() >= 4 && !ends_with(w, "eed")) {
    w.resize(w.size() - 2);
    stripped = true;
  } else if (ends_with(w, "es") && w.size() >= 5 && !ends_with(w, "ses")) {
    w.resize(w.size() - 1);  // "discharges" -> "discharge" -> e dropped below
  } else if (w.back() == 's' && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is")) {
    w.pop_back();
  }
  if (stripped) undouble(&w);
  // A final e after a consonant goes, so "use", "used" and "using" meet.
  if (w.size() >= 3 && w.back() == 'e' && !is_vowel(w[w.size() - 2])) w.pop_back();
  return w;
}

Lexicon load() {
  Lexicon lex;
  const auto words_into = [](std::string_view file, std::unordered_set<std::string>* set) {
    for_each_line(embedded_ledger_lexicon(file), [&](std::string_view line) {
      for_each_word(line, [&](std::string_view w) { set->emplace(w); });
    });
  };
  words_into("stopwords.txt", &lex.stopwords);
  words_into("reference_words.txt", &lex.reference_words);
  words_into("negations.txt", &lex.negations);
  words_into("accusation_cues.txt", &lex.accusation_cues);
  for_each_line(embedded_ledger_lexicon("irregular_lemmas.txt"), [&](std::string_view line) {
    const auto sp = line.find(' ');
    if (sp != std::string_view::npos) lex.irregular.emplace(line.substr(0, sp), line.substr(sp + 1));
  });
  return lex;
}

}  // namespace

std::string lemma(std::string_view lower_word) {
  const Lexicon& lex = lexicon();
  const auto it = lex.irregular.find(std::string(lower_word));
  if (it != lex.irregular.end()) return it->second;
  return strip_endings(std::string(lower_word));
}

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l = load();
    // Concepts are keyed by lemma, which needs the irregular list loaded first.
    for_each_line(embedded_ledger_lexicon("concepts.txt"), [&](std::string_view line) {
      const auto colon = line.find(':');
      if (colon == std::string_view::npos) return;
      const std::string concept_name(line.substr(0, colon));
      for_each_word(line.substr(colon + 1), [&](std::string_view w) {
        const auto irr = l.irregular.find(std::string(w));
        const std::string key = irr != l.irregular.end() ? irr->second : strip_endings(std::string(w));
        auto& list = l.concepts[key];
        if (std::find(list.begin(), list.end(), concept_name) == list.end()) list.push_back(concept_name);
      });
    });
    return l;
  }();
  return lex;
}

}  // namespace claimlens::ledger

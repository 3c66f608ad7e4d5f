// Coreference of sources: gives every source mention a canonical `entity`.
//
//   names          titles and determiners are dropped ("Foreign Minister Maria Lopez" ->
//                  "Maria Lopez"); a lone surname joins the earlier full name ending in it;
//                  a name holding an organisation's word (name_words.txt: "Board",
//                  "Ledger", "Systems") is no person
//   pronouns       he/she -> the latest person not known to be of the other gender (learnt
//                  from Mr./Ms., a first name in first_names.txt and earlier pronouns);
//                  it -> the latest organisation or thing; they -> the latest group or
//                  organisation; we -> the latest entity
//   descriptions   "the minister" -> the latest titled person; "the embassy" -> the latest
//                  entity whose name holds "embassy"; "the company" -> the latest business;
//                  "the newspaper" -> the latest outlet; "Iranian officials" -> the latest
//                  entity named after Iran; "the statement" -> the latest organisation; a
//                  text with a possessor ("the embassy’s note") -> its possessor; "one of
//                  them" -> the latest group; an indefinite phrase ("a senior official") is
//                  someone new
//   headlines      a role in the headline mentioned nowhere else ("Mayor denies ...") takes
//                  the entity of the first later mention holding that word
// Looks back over at most kEntityLookback entities.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "findings.h"
#include "np.h"

namespace claimlens {
namespace {

constexpr std::size_t kEntityLookback = 48;

enum class Gender : std::uint8_t { kUnknown, kMale, kFemale };

struct Entity {
  std::string name;
  std::string lower_name;
  std::string last_word;   // lower case
  std::string first_word;  // lower case (a family name may come first: "Lin Wei" -> "Lin")
  bool person = false;
  bool group = false;
  bool organisation = false;  // a name with an organisation's word ("Dunmore Health Board")
  bool outlet = false;        // a newspaper, agency or broadcaster ("the Harbour Ledger")
  bool company = false;       // a business ("Brightwell Systems"): what "the company" means
  bool country = false;       // a country or its capital ("Iran", "Tehran")
  bool place_last = false;    // the last word is a place after "in"/"of" ("the ministry in Kestrel")
  Gender gender = Gender::kUnknown;  // learnt from "Mr."/"Ms." or a "he"/"she" that meant it
};

// Whether `word` is one of the space-separated words of `name`.
bool has_word(std::string_view name, std::string_view word) {
  for (std::size_t at = name.find(word); at != std::string_view::npos; at = name.find(word, at + 1)) {
    const bool starts = at == 0 || name[at - 1] == ' ';
    const bool ends = at + word.size() == name.size() || name[at + word.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// Roles held by many people at once: "the spokesman" is rarely the last person named.
bool generic_role(std::string_view w) {
  static constexpr std::string_view kGeneric[] = {
      "spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser", "advisor",
      "analyst", "expert", "lawyer", "attorney", "officer", "reporter", "correspondent",
      "diplomat", "researcher", "economist", "strategist", "pollster", "commentator",
      "columnist", "editor", "source", "executive", "manager", "investigator"};
  for (std::string_view g : kGeneric)
    if (word_is(w, g)) return true;
  return false;
}

// Heads that a nationality adjective turns into a country's voice ("Iranian officials").
bool nationality_head(const Document& d, std::uint32_t i) {
  return d.is(i, "officials") || d.is(i, "diplomats") || d.is(i, "side") || d.is(i, "authorities") ||
         d.is(i, "government") || d.is(i, "leaders") || d.is(i, "ministers") || d.is(i, "negotiators");
}

// A text issued by an organisation, which speaks for it ("The statement said").
bool speaking_text(std::string_view w) {
  return w == "statement" || w == "message" || w == "note" || w == "letter" || w == "communique" ||
         w == "release";
}

class Resolver {
 public:
  explicit Resolver(const Document& d) : d_(d) {}

  std::string resolve(const SourceFinding& s) {
    TokRange r = s.tokens;
    // Cut an appositive or parenthetical; "Her deputy, Tomas Berg": a role, then the name.
    for (std::uint32_t i = r.tb; i < r.te; ++i)
      if (d_.punct(i, PunctKind::kComma) || d_.punct(i, PunctKind::kParenOpen)) {
        const TokRange name = name_after_role(r, i);
        r = name.empty() ? TokRange{r.tb, i} : name;
        break;
      }
    if (r.empty()) r = s.tokens;
    // A relative "who" (voters who said) stands for the phrase before it.
    if (r.te == r.tb + 1 && d_.is(r.tb, "who") && r.tb > 0) {
      // "voters who said", "Lee, who said"
      const std::uint32_t before = d_.punct(r.tb - 1, PunctKind::kComma) && r.tb > 1 ? r.tb - 2 : r.tb - 1;
      const TokRange np = np_left(d_, before, d_.sentence(r.tb).tb);
      if (!np.empty()) r = np;
    }
    // A possessive inside: "the embassy’s diplomatic note" -> the embassy; a text speaks
    // for whoever issued it ("Tarvia's agriculture ministry" is a body of its own).
    for (std::uint32_t i = r.tb; i + 1 < r.te; ++i)
      if (is_possessive(d_, i)) {
        const WordInfo* head_info = d_.tokens[r.te - 1].info;
        if (head_info && head_info->source_class == SourceNounClass::kDocument) r.te = i + 1;
        break;
      }
    // "one of them", "two of us": a share of the latest group.
    if (r.te - r.tb == 3 && share_of_group(d_, r.tb + 2, r.tb)) {
      for (std::size_t k = 0; k < recent_.size() && k < kEntityLookback; ++k) {
        const std::uint32_t id = recent_[recent_.size() - 1 - k];
        if (store_[id].group) return remember_id(id);
      }
    }
    if (s.kind == MentionKind::kPronoun || (r.te == r.tb + 1 && (d_.flags(r.tb) & kPronoun)))
      return pronoun(r.tb);
    // Drop leading determiners.
    while (r.tb + 1 < r.te && (d_.flags(r.tb) & kDet) && !(d_.flags(r.tb + 1) & kPrep)) ++r.tb;
    // Titles: keep the name after the last title word when one follows.
    std::uint32_t after_title = r.tb;
    bool titled = false;
    Gender gender = Gender::kUnknown;
    for (std::uint32_t i = r.tb; i < r.te; ++i) {
      const std::uint32_t f = d_.flags(i);
      if ((f & (kTitle | kTitleMod)) || d_.is(i, "of")) {
        if (f & kTitle) titled = true;
        after_title = i + 1;
        if (d_.is(i, "mr")) gender = Gender::kMale;
        if (d_.is(i, "mrs") || d_.is(i, "ms") || d_.is(i, "miss")) gender = Gender::kFemale;
      }
    }
    const bool name_after = after_title < r.te && d_.cap(after_title);
    if (titled && name_after) {
      r.tb = after_title;
      const std::string name = person_name(r, true);
      if (gender != Gender::kUnknown) store_[recent_.back()].gender = gender;
      return name;
    }
    // A role alone: "the minister", "the spokeswoman".
    const std::uint32_t last = r.te - 1;
    const std::uint32_t lf = d_.flags(last);
    const bool all_lower = !d_.cap(last);
    // "the minister" (a definite office), not "a spokesman for the ministry" nor "the
    // spokesman" (usually someone new).
    const std::string_view head_word = d_.str(last);
    const bool office = (lf & kTitle) && all_lower && r.te - s.tokens.tb <= 3 && d_.is(s.tokens.tb, "the") &&
                        !generic_role(head_word);
    if (office) {
      for (std::size_t k = 0; k < recent_.size() && k < kEntityLookback; ++k) {
        const std::uint32_t id = recent_[recent_.size() - 1 - k];
        const Entity& e = store_[id];
        if (e.person) return remember_id(id);
      }
    }
    const std::string head = lower(strip_possessive(d_.str(last)));
    // "Iranian officials", "the Russian side": a nationality's group speaks for the latest
    // entity named after that country ("Iran", "Russian Embassy in London").
    if (r.te - r.tb == 2 && d_.cap(r.tb) && !d_.cap(last) && nationality_head(d_, last)) {
      const std::string adjective = lower(d_.str(r.tb));
      for (std::size_t k = 0; adjective.size() >= 5 && k < recent_.size() && k < kEntityLookback; ++k) {
        const std::uint32_t id = recent_[recent_.size() - 1 - k];
        const Entity& e = store_[id];
        const std::size_t n = std::min<std::size_t>(4, e.first_word.size());
        if (!e.person && n >= 4 && e.first_word.compare(0, n, adjective, 0, n) == 0) return remember_id(id);
      }
    }
    // "The statement", "the message": a text speaks for the latest organisation.
    if (all_lower && d_.is(s.tokens.tb, "the") && r.te == r.tb + 1 && d_.tokens[last].info &&
        d_.tokens[last].info->source_class == SourceNounClass::kDocument && speaking_text(head)) {
      for (std::size_t k = 0; k < recent_.size() && k < kEntityLookback; ++k) {
        const std::uint32_t id = recent_[recent_.size() - 1 - k];
        if (store_[id].organisation && !store_[id].outlet) return remember_id(id);
      }
    }
    // "the company", "the firm" -> the latest business; "the newspaper" -> the latest outlet
    // (their names need not hold the word: "Brightwell Systems" ... "the company").
    if (all_lower && d_.is(s.tokens.tb, "the") && r.te - r.tb <= 2) {
      // ("the group", "the organisation": any body, the latest of companies and organisations.)
      const bool body = head == "organisation" || head == "organization" || head == "group";
      const bool firm = head == "company" || head == "firm" || head == "corporation" || head == "maker" || body;
      const bool paper = head == "newspaper" || head == "paper" || head == "outlet" || head == "publication" ||
                         head == "broadcaster" || head == "network" || head == "station";
      for (std::size_t k = 0; (firm || paper) && k < recent_.size() && k < kEntityLookback; ++k) {
        const std::uint32_t id = recent_[recent_.size() - 1 - k];
        const Entity& e = store_[id];
        if (paper ? e.outlet : body ? (e.company || (e.organisation && !e.outlet)) : e.company) return remember_id(id);
      }
      // ("Corvane said ... The company said": a bare name that is no person, place or group.)
      for (std::size_t k = 0; firm && k < recent_.size() && k < kEntityLookback; ++k) {
        const std::uint32_t id = recent_[recent_.size() - 1 - k];
        const Entity& e = store_[id];
        if (!e.person && !e.group && !e.outlet && !e.country && !e.organisation && e.name.find(' ') == std::string::npos &&
            !e.name.empty() && e.name[0] >= 'A' && e.name[0] <= 'Z')
          return remember_id(id);
      }
    }
    // ("A Velmoran official" after "a Tarsenian official": an indefinite phrase is someone new.)
    const bool indefinite = d_.is(s.tokens.tb, "a") || d_.is(s.tokens.tb, "an");
    if ((all_lower || (d_.flags(r.tb) & kDet)) && !indefinite) {
      // "the embassy" -> "Russian Embassy in London"; "the foreign ministry" -> "Belmoria's
      // foreign ministry", while "the health ministry" is not "the interior ministry": every
      // word before the head must stand in the name too.
      for (std::size_t k = 0; k < recent_.size() && k < kEntityLookback; ++k) {
        const std::uint32_t id = recent_[recent_.size() - 1 - k];
        const Entity& e = store_[id];
        if (e.person || e.lower_name.find(head) == std::string::npos) continue;
        // (Whole words: "new" is not in "Civic Renewal"; a possessor or "same", "former"
        // says nothing of which body it is: "the country's foreign ministry".)
        bool fits = true;
        for (std::uint32_t i = r.tb; i < last && fits; ++i)
          fits = !d_.word(i) || is_possessive(d_, i) || d_.is(i, "same") || d_.is(i, "new") ||
                 d_.is(i, "former") || d_.is(i, "current") || has_word(e.lower_name, lower(d_.str(i)));
        if (fits) return remember_id(id);
      }
    }
    // "the Observer" after "The Castrel Observer": a capitalised head that ends an earlier
    // name (not a person's) is that name.
    if (r.te == r.tb + 1 && d_.cap(r.tb) && d_.is(s.tokens.tb, "the")) {
      for (std::size_t k = 0; k < recent_.size() && k < kEntityLookback; ++k) {
        const std::uint32_t id = recent_[recent_.size() - 1 - k];
        const Entity& e = store_[id];
        if (!e.person && e.last_word == head) return remember_id(id);
      }
    }
    // "Tehran", "Moscow": a capital standing for its government is its country's voice.
    if (r.te == r.tb + 1) {
      const WordInfo* wi = d_.tokens[r.tb].info;
      if ((!wi || wi->country.empty()) && (d_.tokens[r.tb].flags & kApostrophe))
        wi = lexicon().find(strip_possessive(d_.str(r.tb)));  // "Tehran’s"
      if (wi && !wi->country.empty()) return country(wi->country);
    }
    // A lone capitalised word may be a surname.
    if (r.te == r.tb + 1 && d_.cap(r.tb) && !(lf & (kSourceNoun))) return person_name(r, false);
    std::string name = text(r);
    Entity e;
    e.name = name;
    e.last_word = head;
    // ("the government in Vesk" is what "Vesk" means; "the interior ministry in Kestrel" is not)
    e.place_last = r.te >= r.tb + 3 && d_.word(r.te - 2) && !d_.cap(r.te - 2) && (d_.flags(r.te - 2) & kPrep) &&
                   !(d_.is(r.te - 3, "government") || d_.is(r.te - 3, "authorities") ||
                     d_.is(r.te - 3, "administration") || d_.is(r.te - 3, "regime") || d_.is(r.te - 3, "leadership"));
    e.first_word = lower(strip_possessive(d_.str(r.tb)));
    // A group's noun may stand before a preposition: "researchers at the University of
    // Tressel", "people familiar with the talks".
    const std::uint32_t group_head = phrase_head(d_, r);
    for (std::uint32_t i = r.tb; i <= group_head; ++i) {
      const WordInfo* wi = d_.word(i) ? d_.tokens[i].info : nullptr;
      e.group |= wi && (wi->flags & kSourceNoun) && wi->source_class == SourceNounClass::kGroup;
    }
    // (The whole mention says what it is: "the Morning Courant, a daily newspaper"; but an
    // appositive naming a role, "Karin Holt, a company spokeswoman", makes no company.)
    const TokRange appositive{std::min(r.te + 1, s.tokens.te), s.tokens.te};
    const bool role_appositive = appositive.te > appositive.tb && d_.word(appositive.te - 1) &&
                                 (d_.flags(phrase_head(d_, appositive)) & kTitle);
    for (std::uint32_t i = s.tokens.tb; i < (role_appositive ? r.te : s.tokens.te); ++i) {
      if (!d_.word(i)) continue;
      // ("Reuters’" and "Systems’s" are looked up without their possessive.)
      const WordInfo* wi = d_.tokens[i].info;
      if (!wi && (d_.tokens[i].flags & kApostrophe)) wi = lexicon().find(strip_possessive(d_.str(i)));
      if (!wi) continue;
      e.organisation |= (wi->flags & kOrgName) ||
                        ((wi->flags & kSourceNoun) && wi->source_class == SourceNounClass::kOrg);
      e.outlet |= (wi->flags & kOutletName) != 0;
      e.company |= (wi->flags & kCompanyName) != 0;
    }
    const bool caps = d_.cap(r.tb) && d_.cap(last) && !(lf & kSourceNoun);
    e.person = caps && r.te - r.tb >= 2 && r.te - r.tb <= 3 && !e.organisation;
    return remember_new(std::move(e));
  }

  // The entity of a byline ("By Tomas Wendel"): named like any mention, but no later pronoun
  // or description means the reporter, so it is not made recent.
  std::string resolve_byline(const SourceFinding& s) {
    const std::size_t n = recent_.size();
    std::string name = resolve(s);
    if (recent_.size() > n) recent_.pop_back();
    return name;
  }

 private:
  // The entity named `name` (a country), shared with an earlier "Iran" or "Tehran".
  std::string country(std::string_view name) {
    const std::string low = lower(name);
    for (std::size_t k = 0; k < recent_.size() && k < kEntityLookback; ++k) {
      const std::uint32_t id = recent_[recent_.size() - 1 - k];
      if (store_[id].lower_name == low && !store_[id].person) return remember_id(id);
    }
    Entity e;
    e.name = std::string(name);
    e.lower_name = low;
    e.country = true;
    const std::size_t space = low.rfind(' ');
    e.last_word = space == std::string::npos ? low : low.substr(space + 1);
    e.first_word = low.substr(0, low.find(' '));
    return remember_new(std::move(e));
  }

  // "The union's president, Lars Ode": the words after the comma at c, when they are a
  // name of two to four capitalised words ending the mention and the words before end in
  // a lower-case role; else an empty range.
  TokRange name_after_role(TokRange r, std::uint32_t c) const {
    if (c == r.tb || !d_.word(c - 1) || d_.cap(c - 1)) return {};
    std::uint32_t e = c + 1;
    while (e < r.te && d_.word(e) && d_.cap(e) && !(d_.flags(e) & kDet)) ++e;
    if (e != r.te || e - (c + 1) < 2 || e - (c + 1) > 4) return {};
    return {c + 1, e};
  }

  std::string text(TokRange r) const {
    std::string_view t = d_.text.substr(d_.tokens[r.tb].begin, d_.tokens[r.te - 1].end - d_.tokens[r.tb].begin);
    return std::string(strip_possessive(t));
  }

  std::string person_name(TokRange r, bool titled) {
    const std::string full = text(r);
    const std::string last = lower(strip_possessive(d_.str(r.te - 1)));
    for (std::size_t k = 0; k < recent_.size() && k < kEntityLookback; ++k) {
      const std::uint32_t id = recent_[recent_.size() - 1 - k];
        const Entity& e = store_[id];
      // ("Kestrel" is not "the interior ministry in Kestrel": a place named last is no name.)
      if ((e.last_word == last || (r.te - r.tb == 1 && e.person && e.first_word == last)) &&
          (e.person || (r.te - r.tb == 1 && !e.place_last)))
        return remember_id(id);
    }
    Entity e;
    e.name = full;
    e.last_word = last;
    e.first_word = lower(d_.str(r.tb));
    e.person = titled || r.te - r.tb >= 2;
    return remember_new(std::move(e));
  }

  std::string pronoun(std::uint32_t i) {
    const WordInfo* wi = d_.tokens[i].info;
    PronounClass pc = wi ? wi->pronoun : PronounClass::kNone;
    if (pc == PronounClass::kNone) pc = possessive_pronoun(d_, i);  // "her claim that P"
    std::string_view stem = d_.str(i);
    const PronounClass contracted = contracted_pronoun(d_, i, &stem);  // "She's said": "She"
    if (pc == PronounClass::kNone) pc = contracted;
    // "he" and "she" skip a person known to be of the other gender, and teach it otherwise.
    const std::string_view w = pc == contracted && contracted != PronounClass::kNone ? stem : d_.str(i);
    const Gender gender = (word_is(w, "he") || word_is(w, "his") || word_is(w, "him")) ? Gender::kMale
                          : (word_is(w, "she") || word_is(w, "her") || word_is(w, "hers")) ? Gender::kFemale
                                                                                         : Gender::kUnknown;
    for (std::size_t k = 0; k < recent_.size() && k < kEntityLookback; ++k) {
      const std::uint32_t id = recent_[recent_.size() - 1 - k];
      Entity& e = store_[id];
      const bool ok = pc == PronounClass::kPerson   ? e.person && (gender == Gender::kUnknown ||
                                                                   e.gender == Gender::kUnknown || e.gender == gender)
                      : pc == PronounClass::kThing  ? !e.person && !e.group
                      : pc == PronounClass::kGroup  ? !e.person
                                                    : true;
      if (ok) {
        if (pc == PronounClass::kPerson && gender != Gender::kUnknown) e.gender = gender;
        return remember_id(id);
      }
    }
    return std::string(stem);
  }

  // Makes entity `id` the most recent one; returns its name.
  std::string remember_id(std::uint32_t id) {
    recent_.push_back(id);
    if (recent_.size() > 4 * kEntityLookback)
      recent_.erase(recent_.begin(), recent_.begin() + 2 * kEntityLookback);
    return store_[id].name;
  }

  std::string remember_new(Entity e) {
    if (e.lower_name.empty()) e.lower_name = lower(e.name);
    // "Maria Lopez" is a woman, "Tobias Wrenn" a man (first_names.txt); a title ("Mr.")
    // given with the name sets it instead (resolve()).
    if (e.person && e.gender == Gender::kUnknown && e.first_word != e.last_word) {
      const WordInfo* wi = lexicon().find(e.first_word);
      if (wi && (wi->flags & kFemaleName)) e.gender = Gender::kFemale;
      if (wi && (wi->flags & kMaleName)) e.gender = Gender::kMale;
    }
    store_.push_back(std::move(e));
    return remember_id(static_cast<std::uint32_t>(store_.size() - 1));
  }

  const Document& d_;
  std::vector<Entity> store_;          // every entity, in order of first mention
  std::vector<std::uint32_t> recent_;  // indices into store_, most recent last
};

// "Mayor denies steering contracts" above "Mayor Lucia Serrano ...": a headline names its
// speaker by a role before the story names them. A headline source mentioned nowhere else
// takes the entity of the first later mention holding its head word ("Mayor", "union").
void name_headline_sources(const Document& d, const std::vector<std::uint32_t>& order, Findings* out) {
  if (d.sentences.size() < 2 || d.sentences[1].paragraph == d.sentences[0].paragraph) return;
  auto& src = out->sources;
  std::size_t headline = 0;  // sources in the headline, which come first in `order`
  while (headline < order.size() && d.sentence_of[src[order[headline]].tokens.tb] == 0) ++headline;
  if (headline == 0) return;
  std::unordered_map<std::string_view, std::uint32_t> mentions;  // per entity, one pass
  for (std::uint32_t i : order) ++mentions[src[i].entity];
  for (std::size_t a = 0; a < headline; ++a) {
    SourceFinding& h = src[order[a]];
    if (h.kind == MentionKind::kPronoun || mentions[h.entity] > 1) continue;
    // (Only a role or a kind of body names someone to come: "Mayor", "union", not "Ostrel";
    // a lone name is a surname the story gives in full: "Strand denies ..." above "Rafaela
    // Strand, the front-runner, ...".)
    const std::uint32_t last = h.tokens.te - 1;
    const bool surname = h.tokens.te == h.tokens.tb + 1 && d.cap(last) && !(d.flags(last) & (kTitle | kSourceNoun));
    if (!(d.flags(last) & (kTitle | kSourceNoun)) && d.cap(last) && !surname) continue;
    const std::string head = lower(strip_possessive(d.str(last)));
    if (head.size() < 3) continue;
    for (std::size_t b = a + 1; b < order.size() && b < a + 1 + kEntityLookback; ++b) {
      const SourceFinding& m = src[order[b]];
      if (d.sentence_of[m.tokens.tb] == 0) continue;
      bool holds = false;
      // (The surname closes a full name: a capitalised word before it, none after it.)
      for (std::uint32_t t = m.tokens.tb + 1; surname && t < m.tokens.te && !holds; ++t)
        holds = d.word(t) && d.word(t - 1) && d.cap(t - 1) && word_is(strip_possessive(d.str(t)), head) &&
                !(t + 1 < m.tokens.te && d.word(t + 1) && d.cap(t + 1));
      for (std::uint32_t t = m.tokens.tb; !surname && t < m.tokens.te && !holds; ++t)
        holds = d.word(t) && !is_possessive(d, t) && word_is(strip_possessive(d.str(t)), head);
      if (holds) {
        h.entity = m.entity;
        break;
      }
    }
  }
}

}  // namespace

void resolve_entities(const Document& doc, Findings* out) {
  // Sources are resolved in text order.
  std::vector<std::uint32_t> order(out->sources.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return out->sources[a].span.begin < out->sources[b].span.begin;
  });
  Resolver resolver(doc);
  for (std::uint32_t i : order) {
    SourceFinding& src = out->sources[i];
    src.entity = src.byline ? resolver.resolve_byline(src) : resolver.resolve(src);
  }
  name_headline_sources(doc, order, out);
}

}  // namespace claimlens

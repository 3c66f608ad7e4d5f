// bench/newsgen.cpp — see newsgen.h. Every word list here was written for the benchmark.
#include "newsgen.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace claimlens_bench {
namespace {

// splitmix64: tiny, fast, and identical on every platform.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
  template <typename List>
  const char* pick(const List& list) { return list[below(list.size())]; }

 private:
  std::uint64_t state_;
};

using List = std::vector<const char*>;

// Concatenates in order. The elements of a braced list are evaluated left to right, which
// keeps the PRNG's draws in the same order under every compiler ("a() + b()" would not).
std::string cat(std::initializer_list<std::string> parts) {
  std::string out;
  for (const auto& p : parts) out += p;
  return out;
}

const List kFemaleFirst = {"Maria", "Amara", "Ingrid", "Leila", "Nadia", "Sofia", "Grace", "Helen",
                           "Yuki", "Camille", "Dana", "Irene", "Lucia", "Esther", "Priya", "Rosa",
                           "Tamar", "Vera", "Zofia", "Olga", "Anne", "Bianca", "Carmen", "Fatima"};
const List kMaleFirst = {"Daniel", "Kofi", "Tomas", "Ahmed", "Pavel", "Luis", "Victor", "Samuel",
                         "Hiro", "Marek", "Jonas", "Rafael", "Omar", "Peter", "Anil", "Bruno",
                         "Chen", "Dmitri", "Elias", "Felix", "George", "Hassan", "Ivan", "Karl"};
const List kLast = {"Okafor", "Lindqvist", "Haddad", "Moreau", "Novak", "Castillo", "Brennan",
                    "Tanaka", "Kowalski", "Osei", "Varga", "Ferreira", "Petrov", "Nakamura",
                    "Mensah", "Albescu", "Whitfield", "Durand", "Sorensen", "Quintero", "Halloran",
                    "Achterberg", "Baptiste", "Caldwell", "Demir", "Eriksen", "Fontaine", "Gallo",
                    "Ibarra", "Jensen", "Kaplan", "Lombardi", "Marsh", "Nyberg", "Ortega", "Pryce"};
const List kRoles = {"the harbour minister", "the finance minister", "a spokeswoman for the ministry",
                     "the mayor", "the opposition leader", "a senior prosecutor", "the chief executive",
                     "the union's general secretary", "a regional governor", "the police chief",
                     "an economist at the central bank", "the health commissioner",
                     "a lawyer for the family", "the head of the port authority",
                     "a member of the city council", "the defence secretary", "the party's chairman",
                     "a former ambassador", "the committee's vice chair", "an aide to the president"};
const List kOrgs = {"the Ministry of Transport", "the Port Authority", "the city council",
                    "the Northern Energy Company", "the Workers' Union", "the Central Bank",
                    "the Electoral Commission", "the Harbour Police", "the National Rail Board",
                    "the Green Coast Alliance", "Meridian Shipping", "the Supreme Court",
                    "the Health Directorate", "the Federation of Farmers", "the Audit Office",
                    "Vantage Holdings", "the Civic Reform Party", "the Interior Ministry"};
const List kOutlets = {"the Evening Ledger", "Radio Coastline", "the Daily Courier", "Channel Nine",
                       "the Morning Herald", "a local newspaper", "state television", "the Tribune"};
const List kPlaces = {"Braveport", "Lindenfeld", "Kasterow", "the northern provinces", "Marisol Bay",
                      "the capital", "Oldbridge", "the eastern district", "Valmara", "Port Elsin",
                      "the border region", "Sandholm"};
const List kAnon = {"officials", "two officials", "senior officials", "diplomats", "analysts",
                    "people familiar with the talks", "industry sources", "investigators",
                    "residents", "critics", "economists", "campaigners"};
const List kDays = {"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
                    "on Saturday", "on Sunday", "last week", "this month", "in March", "in October",
                    "earlier this year", "late on Tuesday", "overnight"};
const List kNouns = {"harbour expansion", "budget", "rail contract", "tax reform", "water supply",
                     "election law", "pension plan", "wind farm", "housing project", "trade deal",
                     "fishing quota", "road tolls", "hospital merger", "mining licence",
                     "ferry service", "school reform", "customs rules", "pipeline", "ceasefire",
                     "grain exports", "emergency fund", "audit", "investigation", "bridge repairs"};
const List kAdjs = {"controversial", "long-delayed", "costly", "ambitious", "secret", "revised",
                    "unpopular", "temporary", "regional", "disputed", "new", "final", "emergency"};
const List kThings = {"the contracts", "the documents", "the figures", "the payments",
                      "the emails", "the shipments", "the permits", "the accounts", "the votes",
                      "the tenders", "the inspections", "the minutes of the meeting"};
const List kMoney = {"4.2 million euros", "$18 million", "1.3 billion crowns", "$650,000",
                     "about 90 million dollars", "12 percent more", "twice the original estimate",
                     "2.7 million euros", "$310 million"};
const List kSayVerbs = {"said", "said", "said", "told reporters", "told a news conference",
                        "said in a statement", "wrote on social media", "told lawmakers",
                        "announced", "noted", "argued", "warned", "insisted", "claimed",
                        "confirmed", "added", "explained", "stressed"};
const List kSayThat = {"said", "said", "said", "told reporters", "argued", "warned", "insisted",
                       "claimed", "believes", "announced", "confirmed", "acknowledged", "noted",
                       "suggested", "estimated", "alleged", "maintained", "predicted"};
const List kDenyVerbs = {"denied", "rejected claims", "dismissed suggestions", "disputed reports",
                         "refuted allegations", "strongly denied"};
const List kDenyWords = {"baseless", "nonsense", "completely false", "a fabrication",
                         "untrue", "absurd", "a lie", "ridiculous"};
const List kHedgeAdv = {"reportedly", "allegedly", "apparently", "supposedly", "purportedly"};
const List kPredicates = {
    "would cut spending on the {noun} by {pct} percent",
    "had approved the {adj} {noun} {day}",
    "was reviewing the {noun} after complaints from {place}",
    "will not delay the {noun} any further",
    "had misled voters about the {noun}",
    "received {money} from {org}",
    "plans to sell {things} to a foreign buyer",
    "would hold a referendum on the {noun}",
    "ignored warnings about the {adj} {noun}",
    "signed {things} without a public tender",
    "lost {money} on the {noun}",
    "expects the {noun} to be finished by {year}",
    "hid {things} from the auditors",
    "had no role in the {noun}",
    "is ready to negotiate over the {noun}",
    "blocked an inquiry into the {adj} {noun}",
    "would raise road tolls in {place}",
    "met the contractors {day}",
    "has enough money to pay for the {noun}",
    "was under pressure to drop the {noun}"};
const List kSubjects = {"the government", "the ministry", "the council", "the company",
                        "the port authority", "the commission", "the opposition", "the union",
                        "the board", "the mayor's office", "the prosecutors", "the regulator"};
const List kNarrative = {
    "{Org} {pred} {day}.",
    "Construction of the {adj} {noun} began in {place} {day}.",
    "The {noun} has divided opinion in {place} for more than {num} years.",
    "About {num},000 people marched through {place} {day} to protest against the {noun}.",
    "The vote on the {noun} is expected {day}.",
    "{Org} published its annual report {day}, showing a deficit of {money}.",
    "Traffic in {place} was halted for {num} hours while inspectors examined the bridge.",
    "The {adj} {noun} would cost {money}, the report shows.",
    "Shares in Meridian Shipping fell {pct} percent in early trading.",
    "The harbour handles roughly {num} million tonnes of cargo a year.",
    "Fishermen in {place} have long opposed the {noun}.",
    "The case was adjourned until {day2}."};
const List kQuotes = {
    "We will not be rushed into a bad deal",
    "This is about the future of every family in {place}",
    "The numbers simply do not add up",
    "Nobody told us anything until it was too late",
    "We have nothing to hide",
    "The {noun} is safe, affordable and on schedule",
    "People deserve to know where their money went",
    "I have always acted within the law",
    "This decision was taken behind closed doors",
    "We are open to talks, but not at any price",
    "It is a dark day for {place}",
    "The {noun} will create hundreds of jobs"};
const List kHeadlineVerbs = {"Row over", "Questions grow over", "Talks stall on", "Protests against",
                             "Inquiry into", "Doubts over", "Vote looms on", "Minister defends"};

struct Person {
  std::string first, last, role;
  bool female = false;
  bool introduced = false;
};

class Writer {
 public:
  explicit Writer(std::uint64_t seed) : rng_(seed) {}

  // The next paragraph of the stream, ending with "\n\n".
  std::string paragraph() {
    std::string out;
    if (paragraphs_left_ <= 0) {
      new_story();
      out += headline();
      out += "\n\n";
      out += upper(rng_.pick(kPlaces));
      out += " \xE2\x80\x94 ";  // em dash
    }
    --paragraphs_left_;
    const std::size_t sentences = 2 + rng_.below(4);
    for (std::size_t i = 0; i < sentences; ++i) {
      if (i) out += ' ';
      out += sentence();
    }
    out += "\n\n";
    return out;
  }

 private:
  static std::string upper(std::string s) {
    for (char& c : s) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
  }
  static std::string capitalize(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
  }

  void new_story() {
    cast_.clear();
    const std::size_t n = 3 + rng_.below(4);
    for (std::size_t i = 0; i < n; ++i) {
      Person p;
      p.female = rng_.chance(50);
      p.first = rng_.pick(p.female ? kFemaleFirst : kMaleFirst);
      p.last = rng_.pick(kLast);
      p.role = rng_.pick(kRoles);
      cast_.push_back(p);
    }
    last_speaker_ = -1;
    paragraphs_left_ = 6 + static_cast<int>(rng_.below(14));
    story_noun_ = rng_.pick(kNouns);
  }

  std::string headline() {
    std::string h = cat({std::string(rng_.pick(kHeadlineVerbs)), " ", story_noun_, " in ", std::string(rng_.pick(kPlaces))});
    return capitalize(h);
  }

  // Fills {placeholders} of a template.
  std::string fill(std::string_view t) {
    std::string out;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] != '{') { out += t[i]; continue; }
      const std::size_t close = t.find('}', i);
      const std::string_view key = t.substr(i + 1, close - i - 1);
      i = close;
      if (key == "noun") out += rng_.chance(40) ? story_noun_ : rng_.pick(kNouns);
      else if (key == "adj") out += rng_.pick(kAdjs);
      else if (key == "day") out += rng_.pick(kDays);
      else if (key == "day2") out += std::string("the ") + (rng_.chance(50) ? "autumn" : "spring");
      else if (key == "place") out += rng_.pick(kPlaces);
      else if (key == "org") out += rng_.pick(kOrgs);
      else if (key == "Org") out += capitalize(rng_.pick(kOrgs));
      else if (key == "money") out += rng_.pick(kMoney);
      else if (key == "things") out += rng_.pick(kThings);
      else if (key == "pct") out += std::to_string(2 + rng_.below(38));
      else if (key == "num") out += std::to_string(2 + rng_.below(60));
      else if (key == "year") out += std::to_string(2027 + rng_.below(8));
      else if (key == "pred") out += predicate();
    }
    return out;
  }

  std::string predicate() { return fill(rng_.pick(kPredicates)); }

  // A finite clause: "the ministry had approved the budget on Monday".
  std::string clause() {
    std::string subject;
    const std::size_t k = rng_.below(10);
    if (k < 6) subject = rng_.pick(kSubjects);
    else if (k < 8) subject = rng_.pick(kOrgs);
    else subject = cast_[rng_.below(cast_.size())].last;
    return cat({subject, " ", predicate()});
  }

  // How a cast member is named: full name with role the first time, then surname, title
  // or pronoun.
  std::string mention(std::size_t who, bool sentence_start) {
    Person& p = cast_[who];
    std::string out;
    if (!p.introduced) {
      p.introduced = true;
      out = p.first + " " + p.last + ", " + p.role + ",";
    } else if (static_cast<int>(who) == last_speaker_ && rng_.chance(45)) {
      out = p.female ? "she" : "he";
    } else if (rng_.chance(20)) {
      out = p.role;
    } else {
      out = p.last;
    }
    last_speaker_ = static_cast<int>(who);
    return sentence_start ? capitalize(out) : out;
  }

  std::size_t speaker() {
    if (last_speaker_ >= 0 && rng_.chance(35)) return static_cast<std::size_t>(last_speaker_);
    return rng_.below(cast_.size());
  }

  std::string quote_text() { return fill(rng_.pick(kQuotes)); }
  std::pair<std::string, std::string> quote_marks() {
    if (rng_.chance(40)) return {"\xE2\x80\x9C", "\xE2\x80\x9D"};  // typographic
    return {"\"", "\""};
  }

  std::string sentence() {
    const std::size_t roll = rng_.below(100);
    if (roll < 24) return fill(rng_.pick(kNarrative));
    if (roll < 36) {  // X said (that) P.
      const std::size_t who = speaker();
      return cat({mention(who, true), " ", std::string(rng_.pick(kSayThat)), (rng_.chance(70) ? " that " : " "), clause(), "."});
    }
    if (roll < 46) {  // P, X said.
      const std::size_t who = speaker();
      if (rng_.chance(30)) return cat({capitalize(clause()), ", ", std::string(rng_.pick(kAnon)), " said."});
      return cat({capitalize(clause()), ", ", mention(who, false), " ", std::string(rng_.pick(kSayVerbs)), "."});
    }
    if (roll < 58) {  // quotations
      const auto [open, close] = quote_marks();
      const std::size_t who = speaker();
      if (rng_.chance(50)) return cat({open, quote_text(), ",", close, " ", mention(who, false), " said."});
      if (rng_.chance(50)) {
        const Person& p = cast_[who];
        last_speaker_ = static_cast<int>(who);
        return cat({open, quote_text(), ",", close, " said ", p.first, " ", p.last, "."});
      }
      return cat({mention(who, true), " said: ", open, quote_text(), ".", close});
    }
    if (roll < 64) {  // according to
      if (rng_.chance(50)) return cat({std::string("According to "), std::string(rng_.pick(kOrgs)), ", ", clause(), "."});
      return cat({std::string("According to a report by "), std::string(rng_.pick(kOutlets)), ", ", clause(), "."});
    }
    if (roll < 75) {  // denials
      const std::size_t who = speaker();
      switch (rng_.below(4)) {
        case 0: return cat({mention(who, true), " ", std::string(rng_.pick(kDenyVerbs)), " that ", clause(), "."});
        case 1: {
          const auto [open, close] = quote_marks();
          return cat({mention(who, true), " rejected the claim that ", clause(), ", calling it ", open, std::string(rng_.pick(kDenyWords)), ".", close});
        }
        case 2: {
          const auto [open, close] = quote_marks();
          return cat({open, "That is simply not true,", close, " ", mention(who, false), " said."});
        }
        default: return cat({capitalize(rng_.pick(kOrgs)), " dismissed the report as ", std::string(rng_.pick(kDenyWords)), "."});
      }
    }
    if (roll < 83) {  // hedges
      switch (rng_.below(3)) {
        case 0: return cat({capitalize(rng_.pick(kSubjects)), " ", std::string(rng_.pick(kHedgeAdv)), " ", predicate(), "."});
        case 1: return cat({std::string("The so-called "), story_noun_, " deal ", predicate(), ", ", std::string(rng_.pick(kOutlets)), " reported."});
        default: return cat({capitalize(cast_[rng_.below(cast_.size())].last), " ", std::string(rng_.pick(kHedgeAdv)), " ", predicate(), "."});
      }
    }
    if (roll < 89) {  // anonymous sources
      if (rng_.chance(50)) return cat({capitalize(clause()), ", according to ", std::string(rng_.pick(kAnon)), " who spoke on condition of anonymity."});
      return cat({capitalize(rng_.pick(kAnon)), " familiar with the matter said ", clause(), "."});
    }
    if (roll < 94) {  // told an outlet
      const std::size_t who = speaker();
      return cat({mention(who, true), " told ", std::string(rng_.pick(kOutlets)), " that ", clause(), "."});
    }
    // pronoun follow-up
    if (last_speaker_ >= 0) {
      const Person& p = cast_[static_cast<std::size_t>(last_speaker_)];
      return cat({std::string(p.female ? "She" : "He"), " added that ", clause(), "."});
    }
    return fill(rng_.pick(kNarrative));
  }

  Rng rng_;
  std::vector<Person> cast_;
  int last_speaker_ = -1;
  int paragraphs_left_ = 0;
  std::string story_noun_;
};

}  // namespace

std::string generate_news(std::size_t target_bytes, std::uint64_t seed) {
  Writer writer(seed);
  std::string text;
  text.reserve(target_bytes + 4096);
  for (;;) {
    std::string p = writer.paragraph();
    if (!text.empty() && text.size() + p.size() > target_bytes) break;
    text += p;
  }
  while (!text.empty() && text.back() == '\n') text.pop_back();
  text += '\n';
  return text;
}

std::size_t count_tokens(std::string_view text) {
  std::size_t n = 0;
  bool in = false;
  for (const char c : text) {
    const bool w = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

}  // namespace claimlens_bench

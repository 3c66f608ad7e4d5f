// Replays the fuzzers' regression inputs (fuzz/regressions/<name>/*) and seed corpora
// (the folders in fuzz/targets.txt) through the very harnesses libFuzzer runs, built
// without libFuzzer by fuzz/replay.cmake. A harness reports a broken property by throwing
// claimlens_fuzz::Violation here; a memory error crashes the executable (and is reported
// by ASan in the asan suite). Each finding of `make fuzz` becomes a file under
// fuzz/regressions/<name>/, so it stays fixed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "annotation_invariants.h"
#include "fuzz_check.h"
#include "replay.h"

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = CLAIMLENS_SOURCE_DIR;

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Regular files in `folder`, sorted, skipping dot files (.gitkeep); none if it is absent.
std::vector<fs::path> files_in(const fs::path& folder) {
  std::vector<fs::path> files;
  if (!fs::is_directory(folder)) return files;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.is_regular_file() && entry.path().filename().string()[0] != '.')
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

// fuzz/targets.txt: NAME MAX_LEN DICTS SEED_FOLDER...
struct Listed {
  std::string name;
  std::vector<std::string> seeds;
};
std::vector<Listed> targets_txt() {
  std::vector<Listed> out;
  std::ifstream in(kRoot / "fuzz/targets.txt");
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    Listed t;
    std::string max_len, dicts, seed;
    if (!(words >> t.name) || t.name[0] == '#') continue;
    words >> max_len >> dicts;
    while (words >> seed) t.seeds.push_back(seed);
    out.push_back(t);
  }
  return out;
}

const claimlens_fuzz::Target* target_named(const std::string& name) {
  for (const auto& t : claimlens_fuzz::targets())
    if (name == t.name) return &t;
  return nullptr;
}

// Runs `file` through `target`; returns how it failed, or "".
std::string replay(const claimlens_fuzz::Target& target, const fs::path& file) {
  const std::string bytes = read_bytes(file);
  try {
    target.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  } catch (const std::exception& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("every fuzz harness is built for replay and listed in fuzz/targets.txt", "[fuzz]") {
  std::set<std::string> harnesses, registered, listed;
  for (const auto& file : files_in(kRoot / "fuzz")) {
    const std::string f = file.filename().string();
    const std::string suffix = "_fuzzer.cpp";
    if (f.size() > suffix.size() && f.compare(f.size() - suffix.size(), suffix.size(), suffix) == 0)
      harnesses.insert(f.substr(0, f.size() - suffix.size()));
  }
  for (const auto& t : claimlens_fuzz::targets()) registered.insert(t.name);
  for (const auto& t : targets_txt()) listed.insert(t.name);
  REQUIRE_FALSE(harnesses.empty());
  CHECK(registered == harnesses);
  CHECK(listed == harnesses);
  // Regression folders belong to a harness.
  for (const auto& entry : fs::directory_iterator(kRoot / "fuzz/regressions")) {
    if (!entry.is_directory()) continue;
    INFO("fuzz/regressions/" << entry.path().filename().string());
    CHECK(harnesses.count(entry.path().filename().string()) == 1);
  }
}

TEST_CASE("fuzz regression inputs replay without findings", "[fuzz]") {
  std::size_t replayed = 0;
  for (const auto& t : claimlens_fuzz::targets()) {
    for (const auto& file : files_in(kRoot / "fuzz/regressions" / t.name)) {
      const std::string failure = replay(t, file);
      ++replayed;
      if (!failure.empty()) FAIL_CHECK(t.name << " on " << file.string() << ": " << failure);
    }
  }
  INFO(replayed << " regression inputs");
  SUCCEED();
}

TEST_CASE("fuzz seed corpora replay without findings", "[fuzz]") {
  std::size_t replayed = 0;
  for (const auto& listed : targets_txt()) {
    const claimlens_fuzz::Target* t = target_named(listed.name);
    REQUIRE(t != nullptr);
    for (const auto& folder : listed.seeds) {
      const auto files = files_in(kRoot / folder);
      CHECK_FALSE(files.empty());
      for (const auto& file : files) {
        const std::string failure = replay(*t, file);
        ++replayed;
        if (!failure.empty()) FAIL_CHECK(t->name << " on " << file.string() << ": " << failure);
      }
    }
  }
  CHECK(replayed > 0);
}

TEST_CASE("the harness checks can fail", "[fuzz]") {
  // FUZZ_CHECK throws in the replay build, so a broken property fails a test.
  CHECK_THROWS_AS([] { FUZZ_CHECK(1 + 1 == 3, "arithmetic"); }(), claimlens_fuzz::Violation);

  // The annotation invariants catch each kind of broken result.
  using claimlens::Layer;
  const std::string text = "\xE2\x80\x9CNo,\xE2\x80\x9D said Ana.";  // “No,” said Ana.
  const auto make = [](Layer layer, std::uint32_t b, std::uint32_t e) {
    claimlens::Annotation a;
    a.layer = layer;
    a.span = {b, e};
    if (layer == Layer::kSource) a.entity = "Ana";
    return a;
  };
  claimlens::AnnotateResult good;
  good.annotations = {make(Layer::kClaim, 0, 9), make(Layer::kSource, 15, 18)};
  good.annotations[0].sources = {1};
  good.annotations[0].cue = {10, 14};  // said
  REQUIRE(claimlens_fuzz::annotation_violation(text, good) == "");

  auto broken = [&](auto&& edit) {
    claimlens::AnnotateResult r = good;
    edit(r);
    return claimlens_fuzz::annotation_violation(text, r);
  };
  CHECK(broken([](auto& r) { r.annotations[1].span.end = 21; }) != "");          // past the end
  CHECK(broken([](auto& r) { r.annotations[0].span.begin = 1; }) != "");         // inside “
  CHECK(broken([](auto& r) { r.annotations[0].cue = {12, 11}; }) != "");         // begin > end
  CHECK(broken([](auto& r) { std::swap(r.annotations[0], r.annotations[1]); }) != "");  // unsorted
  CHECK(broken([](auto& r) { r.annotations[0].sources = {2}; }) != "");          // out of range
  CHECK(broken([](auto& r) { r.annotations[0].sources = {0}; }) != "");          // not a source
  CHECK(broken([](auto& r) { r.annotations[0].denies = {1}; }) != "");           // not a claim
  CHECK(broken([](auto& r) { r.annotations[1].entity.clear(); }) != "");         // no entity
  CHECK(broken([](auto& r) { r.annotations[0].entity = "Ana"; }) != "");         // entity on a claim
  CHECK(broken([](auto& r) { r.annotations[1].sources = {1}; }) != "");          // sources on a source

  // And the determinism comparison sees a difference.
  claimlens::AnnotateResult other = good;
  other.annotations[0].why = "another reason";
  CHECK(claimlens_fuzz::annotation_difference(good, good) == "");
  CHECK(claimlens_fuzz::annotation_difference(good, other) != "");
}

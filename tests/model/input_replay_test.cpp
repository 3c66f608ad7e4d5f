// InputReplay: what a once-per-frame UI sees of quick key sequences.
//
// The tests drive a small stand-in for ImGui 1.86's sampling: at each frame's start it
// copies the key state it was given (NewFrame), counts a key "pressed" when it is down now
// and was up at the previous frame, and takes the characters typed since the last frame.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "input_replay.h"

using claimlens::model::InputEvent;
using claimlens::model::InputReplay;
using claimlens::model::kPress;
using claimlens::model::kRelease;

namespace {

constexpr int kCtrl = 341, kShift = 340, kEnter = 257, kBackspace = 259;

struct FakeUi {
  std::vector<bool> live = std::vector<bool>(512, false);  // as the callbacks left it
  std::vector<bool> seen = std::vector<bool>(512, false);  // as the last frame sampled it
  std::string typed_pending;
  // What each frame saw: "Ctrl+F", "F", ... and the text typed.
  std::vector<std::string> shortcuts;
  std::string text;
  int passed = 0;  // events handed on
  bool all_selected = false;

  InputReplay replay;
  InputReplay::Sink sink() {
    return [this](const InputEvent& e) {
      if (e.kind == InputEvent::Kind::kChar) typed_pending += static_cast<char>(e.ch);
      else if (e.action != claimlens::model::kRepeat) live[e.key] = e.action == kPress;
      ++passed;
    };
  }
  void key(int k, int action) { replay.push({InputEvent::Kind::kKey, k, 0, action, 0, 0}, sink()); }
  void tap(int k) { key(k, kPress); key(k, kRelease); }
  void chord(int mod, int k) { key(mod, kPress); key(k, kPress); key(k, kRelease); key(mod, kRelease); }
  void type(const std::string& s) {
    for (char c : s) {
      const int k = (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c;
      key(k, kPress);
      replay.push({InputEvent::Kind::kChar, 0, 0, 0, 0, static_cast<unsigned>(c)}, sink());
      key(k, kRelease);
    }
  }
  // One frame: sample (like NewFrame), act on the live modifier state during the frame
  // (like the reader's shortcuts), then let the replay go on.
  // As ImGui's text field does, a frame inserts the typed characters first, then acts on
  // the keys (Ctrl+A selects all: the next characters replace the text).
  void frame() {
    std::vector<bool> before = seen;
    seen = live;
    if (!typed_pending.empty() && all_selected) text.clear();
    if (!typed_pending.empty()) all_selected = false;
    text += typed_pending;
    typed_pending.clear();
    for (int k = 0; k < 512; ++k) {
      if (!seen[k] || before[k]) continue;
      if (k == kCtrl || k == kShift) continue;
      std::string name = live[kCtrl] ? "Ctrl+" : "";
      name += (k >= 'A' && k <= 'Z') ? std::string(1, static_cast<char>(k)) : std::to_string(k);
      if (name == "Ctrl+A") all_selected = true;
      shortcuts.push_back(name);
    }
    replay.end_frame(sink());
  }
  void frames(int n) {
    for (int i = 0; i < n; ++i) frame();
  }
  int count(const std::string& s) const {
    int n = 0;
    for (const auto& x : shortcuts) n += x == s;
    return n;
  }
};

}  // namespace

TEST_CASE("a chord pressed and released between two frames is seen whole", "[input_replay]") {
  FakeUi ui;
  ui.key(kCtrl, kPress);
  ui.frame();  // Ctrl went down a frame earlier
  ui.tap('F');
  ui.key(kCtrl, kRelease);
  ui.frame();
  CHECK(ui.count("Ctrl+F") == 1);
  CHECK(ui.count("F") == 0);
  ui.frames(2);
  CHECK(ui.replay.waiting() == 0);
  CHECK_FALSE(ui.live[kCtrl]);
  CHECK_FALSE(ui.live['F']);
}

TEST_CASE("a shortcut typed twice within one frame acts twice", "[input_replay]") {
  FakeUi ui;
  ui.chord(kCtrl, 'Z');
  ui.chord(kCtrl, 'Z');
  ui.chord(kCtrl, 'Z');
  ui.frames(8);
  CHECK(ui.count("Ctrl+Z") == 3);
  CHECK(ui.replay.waiting() == 0);
}

TEST_CASE("text typed right after Ctrl+A replaces, and is not read as shortcuts", "[input_replay]") {
  FakeUi ui;
  ui.type("old");
  ui.frame();
  REQUIRE(ui.text == "old");
  ui.chord(kCtrl, 'A');
  ui.type("zap");  // 'z' right after Ctrl+A must not become Ctrl+Z
  ui.frames(4);
  CHECK(ui.text == "zap");
  CHECK(ui.count("Ctrl+A") == 1);
  CHECK(ui.count("Ctrl+Z") == 0);
}

TEST_CASE("characters with no key of their own wait for the shortcut before them", "[input_replay]") {
  // Keyboard layouts the platform has no key codes for send characters alone.
  FakeUi ui;
  ui.type("old");
  ui.frame();
  ui.chord(kCtrl, 'A');
  for (char c : std::string("new")) ui.replay.push({InputEvent::Kind::kChar, 0, 0, 0, 0, static_cast<unsigned>(c)}, ui.sink());
  ui.frames(3);
  CHECK(ui.text == "new");
}

TEST_CASE("plain typing is never held back, doubled letters included", "[input_replay]") {
  FakeUi ui;
  ui.key(kShift, kPress);
  ui.type("H");
  ui.key(kShift, kRelease);
  ui.type("ello, all");
  CHECK(ui.replay.waiting() <= 1);  // at most the Shift release, till the frame's end
  ui.frame();
  CHECK(ui.text == "Hello, all");
}

TEST_CASE("a key tapped twice between frames is seen twice", "[input_replay]") {
  FakeUi ui;
  ui.tap(kBackspace);
  ui.tap(kBackspace);
  ui.tap(kEnter);
  ui.frames(6);
  CHECK(ui.count(std::to_string(kBackspace)) == 2);
  CHECK(ui.count(std::to_string(kEnter)) == 1);
  CHECK(ui.replay.waiting() == 0);
}

TEST_CASE("without frames the queue stops holding back instead of growing", "[input_replay]") {
  FakeUi ui;
  for (int i = 0; i < 400; ++i) ui.tap(kEnter);
  CHECK(ui.replay.waiting() <= 257);
  CHECK(ui.passed + static_cast<int>(ui.replay.waiting()) == 800);  // nothing lost
}

TEST_CASE("a quick drag is seen down at its start, down at its end, then up", "[input_replay]") {
  InputReplay replay;
  const InputReplay::Sink ignore = [](const InputEvent&) {};
  auto move = [&](double x) { replay.push({InputEvent::Kind::kPointer, 0, 0, 0, 0, 0, x, 50}, ignore); };
  auto button = [&](int action) { replay.push({InputEvent::Kind::kButton, 0, 0, action, 0, 0}, ignore); };
  move(10);
  button(kPress);
  move(40);
  move(90);
  button(kRelease);  // all between two frames
  std::vector<std::pair<double, bool>> seen;
  for (int i = 0; i < 4; ++i) {
    seen.emplace_back(replay.pointer_x(), replay.button_down(0));  // what a frame polls
    replay.end_frame(ignore);
  }
  CHECK(seen[0] == std::pair{10.0, true});
  CHECK(seen[1] == std::pair{90.0, true});
  CHECK(seen[2] == std::pair{90.0, false});
  CHECK(replay.waiting() == 0);
}

TEST_CASE("a click between two frames is seen down, then up, where it happened", "[input_replay]") {
  InputReplay replay;
  const InputReplay::Sink ignore = [](const InputEvent&) {};
  replay.push({InputEvent::Kind::kPointer, 0, 0, 0, 0, 0, 30, 30}, ignore);
  replay.push({InputEvent::Kind::kButton, 0, 0, kPress, 0, 0}, ignore);
  replay.push({InputEvent::Kind::kButton, 0, 0, kRelease, 0, 0}, ignore);
  replay.push({InputEvent::Kind::kPointer, 0, 0, 0, 0, 0, 300, 30}, ignore);  // then away
  CHECK(replay.button_down(0));
  CHECK(replay.pointer_x() == 30);
  replay.end_frame(ignore);
  CHECK_FALSE(replay.button_down(0));
  CHECK(replay.pointer_x() == 30);
  replay.end_frame(ignore);
  CHECK(replay.pointer_x() == 300);
}

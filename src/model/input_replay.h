// input_replay.h — keyboard events replayed to a once-per-frame UI so that none is lost.
//
// Dear ImGui 1.86 samples key state once per frame (in NewFrame): a key pressed and released
// between two frames is never seen, Ctrl+Z typed twice within one frame undoes once, and
// within a frame it handles typed characters before shortcuts, so text typed right after
// Ctrl+A lands before the selection instead of replacing it. That happens whenever a frame
// is slow (a long article being opened) or keys are quick (scripts, tests, fast typists).
//
// InputReplay sits between the platform's key/character callbacks and ImGui's and passes
// each event on at once when that is safe, otherwise holds it back:
//   - a release of a key pressed in this frame waits for the frame's end (so the frame sees
//     it down), and so does every release after such a held-back one (Ctrl of Ctrl+F must
//     stay down while F is seen); presses and characters are not delayed by these;
//   - a press of a key that already changed in this frame, or made while releases are held
//     back, waits with everything after it for a later frame (the key must be seen up in
//     between, or the press is lost; Ctrl+A then 'z' must not be seen as Ctrl+Z);
//   - a character typed after a shortcut (a key pressed with Ctrl or Super down) in this
//     frame waits for the next frame, so the shortcut acts first;
//   - the pointer: a button press is seen where it happened (moves after it wait for the
//     next frame), and a button release waits for the frame's end when the button went
//     down or the pointer moved in this frame (a quick drag is seen down at its start and
//     at its end, then up). ImGui polls the pointer per frame; the host sets ImGui's
//     position and buttons from pointer() and button_down() after polling.
// Printable keys pressed without Ctrl or Super are typing: their characters carry them, so
// their key state is passed on at once (unless a Ctrl or Super release is held back) and
// never holds anything back.
//
// Order is kept: an event passed on late never overtakes one that came before it, except
// that held-back releases are passed on at the end of the frame, before the events queued
// behind a held-back press. Pure logic (no GLFW, no ImGui): key codes are GLFW's.
#pragma once

#include <array>
#include <cstddef>
#include <deque>
#include <functional>
#include <vector>

namespace claimlens::model {

struct InputEvent {
  enum class Kind : unsigned char { kKey, kChar, kPointer, kButton };
  Kind kind = Kind::kKey;
  int key = 0;         // GLFW key code (kKey), mouse button (kButton)
  int scancode = 0;    // as the platform gave it (kKey)
  int action = 0;      // kRelease, kPress or kRepeat (kKey, kButton)
  int mods = 0;        // as the platform gave it (kKey)
  unsigned ch = 0;     // the typed character (kChar)
  double x = 0, y = 0; // the pointer's position (kPointer)
};

// GLFW's action values, restated so this header needs no GLFW.
inline constexpr int kRelease = 0, kPress = 1, kRepeat = 2;

class InputReplay {
 public:
  using Sink = std::function<void(const InputEvent&)>;

  // An event from the platform: passed to `sink` now, or held back (see above).
  void push(const InputEvent& e, const Sink& sink);
  // Call after each frame: passes on the held-back releases, then as much of the queue as
  // may go before the next frame.
  void end_frame(const Sink& sink);
  // Events waiting (held-back releases and queued events).
  std::size_t waiting() const { return deferred_.size() + queue_.size(); }
  // The pointer as passed on so far: whether it has moved at all, where, which buttons.
  bool has_pointer() const { return has_pointer_; }
  double pointer_x() const { return x_; }
  double pointer_y() const { return y_; }
  bool button_down(int button) const { return button >= 0 && button < kButtons && buttons_[button]; }

 private:
  static constexpr int kKeys = 512;
  static constexpr int kButtons = 8;
  static constexpr std::size_t kMaxQueued = 256;  // frames stopped: stop holding back

  bool try_apply(const InputEvent& e, const Sink& sink);
  bool try_apply_pointer(const InputEvent& e, const Sink& sink);
  void apply(const InputEvent& e, const Sink& sink);
  bool command_down() const;

  std::array<bool, kKeys> down_ = {};
  std::array<bool, kKeys> changed_ = {};         // in this frame
  std::array<bool, kKeys> pressed_typing_ = {};  // down as typing
  bool shortcut_this_frame_ = false;
  std::array<bool, kButtons> buttons_ = {};
  std::array<bool, kButtons> button_changed_ = {};  // in this frame
  bool pointer_moved_ = false;          // in this frame
  bool has_pointer_ = false;
  double x_ = 0, y_ = 0;
  std::vector<InputEvent> deferred_;  // releases held back to the frame's end
  std::deque<InputEvent> queue_;      // events held back to a later frame
};

}  // namespace claimlens::model

// Keyboard events replayed to a once-per-frame UI (see input_replay.h).
#include "input_replay.h"

#include <algorithm>

namespace claimlens::model {
namespace {

// GLFW key codes.
constexpr int kLeftControl = 341, kLeftSuper = 343, kRightControl = 345, kRightSuper = 347;
constexpr int kFirstPrintable = 32, kLastPrintable = 96;  // space .. grave accent

bool printable(int key) { return key >= kFirstPrintable && key <= kLastPrintable; }
bool is_command(int key) {
  return key == kLeftControl || key == kRightControl || key == kLeftSuper || key == kRightSuper;
}

}  // namespace

bool InputReplay::command_down() const {
  for (int key : {kLeftControl, kRightControl, kLeftSuper, kRightSuper}) {
    if (down_[key]) return true;
  }
  return false;
}

void InputReplay::apply(const InputEvent& e, const Sink& sink) {
  if (e.kind == InputEvent::Kind::kKey && e.key >= 0 && e.key < kKeys && e.action != kRepeat) {
    down_[e.key] = e.action == kPress;
    changed_[e.key] = true;
  } else if (e.kind == InputEvent::Kind::kButton && e.key >= 0 && e.key < kButtons) {
    buttons_[e.key] = e.action == kPress;
    button_changed_[e.key] = true;
  } else if (e.kind == InputEvent::Kind::kPointer) {
    x_ = e.x;
    y_ = e.y;
    has_pointer_ = true;
    pointer_moved_ = true;
  }
  sink(e);
}

// The pointer's rules (see input_replay.h).
bool InputReplay::try_apply_pointer(const InputEvent& e, const Sink& sink) {
  if (e.kind == InputEvent::Kind::kPointer) {
    if (std::find(button_changed_.begin(), button_changed_.end(), true) != button_changed_.end()) return false;
    apply(e, sink);
    return true;
  }
  if (e.key < 0 || e.key >= kButtons) {
    sink(e);
    return true;
  }
  if (e.action == kPress) {
    if (button_changed_[e.key] || !deferred_.empty()) return false;
    apply(e, sink);
    return true;
  }
  if (button_changed_[e.key] || pointer_moved_ || !deferred_.empty()) {
    deferred_.push_back(e);
    return true;
  }
  apply(e, sink);
  return true;
}

// Passes `e` on, defers it to the frame's end (releases), or returns false: it must wait
// for a later frame.
bool InputReplay::try_apply(const InputEvent& e, const Sink& sink) {
  if (e.kind == InputEvent::Kind::kPointer || e.kind == InputEvent::Kind::kButton) return try_apply_pointer(e, sink);
  if (e.kind == InputEvent::Kind::kChar) {
    if (shortcut_this_frame_) return false;
    sink(e);
    return true;
  }
  if (e.key < 0 || e.key >= kKeys || e.action == kRepeat) {
    sink(e);
    return true;
  }
  if (e.action == kPress) {
    // Key state is as the frame will see it until the held-back releases are passed on: a
    // key pressed meanwhile would be seen with them (Ctrl+A, then 'z' typed: not Ctrl+Z).
    const bool command_release_waits =
        std::any_of(deferred_.begin(), deferred_.end(), [](const InputEvent& d) { return is_command(d.key); });
    const bool typing = printable(e.key) && !command_down();
    if (typing ? command_release_waits : (changed_[e.key] || !deferred_.empty())) return false;
    if (!typing && command_down()) shortcut_this_frame_ = true;
    pressed_typing_[e.key] = typing;
    apply(e, sink);
    return true;
  }
  // A release.
  if (pressed_typing_[e.key]) {
    pressed_typing_[e.key] = false;
    apply(e, sink);
    return true;
  }
  if (changed_[e.key] || !deferred_.empty()) {
    deferred_.push_back(e);
    return true;
  }
  apply(e, sink);
  return true;
}

void InputReplay::push(const InputEvent& e, const Sink& sink) {
  if (queue_.empty() && try_apply(e, sink)) return;
  queue_.push_back(e);
  if (queue_.size() > kMaxQueued) {  // no frames are coming: pass everything on
    for (const InputEvent& d : deferred_) apply(d, sink);
    deferred_.clear();
    for (const InputEvent& q : queue_) apply(q, sink);
    queue_.clear();
  }
}

void InputReplay::end_frame(const Sink& sink) {
  changed_.fill(false);
  button_changed_.fill(false);
  shortcut_this_frame_ = false;
  pointer_moved_ = false;
  // The releases the frame just saw as presses; the next frame sees these keys up, so
  // they count as changed in it.
  std::vector<InputEvent> releases;
  releases.swap(deferred_);
  for (const InputEvent& e : releases) apply(e, sink);
  while (!queue_.empty() && try_apply(queue_.front(), sink)) queue_.pop_front();
}

}  // namespace claimlens::model

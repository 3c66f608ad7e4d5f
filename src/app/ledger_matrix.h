// ledger_matrix.h — the ledger's compact matrix of sources x propositions, and the stance
// marks the ledger draws (a glyph and a layer colour, so neither carries the stance alone).
#pragma once

#include "imgui.h"
#include "reader.h"

namespace claimlens::app {

inline constexpr const char* kAssertGlyph = "+";
inline constexpr const char* kDenyGlyph = "\xE2\x80\x93";  // en dash
inline constexpr const char* kBothGlyph = "\xC2\xB1";      // plus-minus

// The claim colour for assertions, the denial colour for denials.
ImVec4 stance_colour(ledger::Stance stance);

// Who asserts (+), denies (–) or does both (±) what, for the groups told more than once.
void draw_ledger_matrix(Reader& reader);

}  // namespace claimlens::app

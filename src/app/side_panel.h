// side_panel.h — beside the article: the selected annotation, who gets to speak, and the
// statements in reading order.
#pragma once

#include "reader.h"

namespace claimlens::app {

void draw_side_panel(Reader& reader, Document& doc);

}  // namespace claimlens::app

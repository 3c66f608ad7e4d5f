// Layer names as they appear in files and in the UI.
#include "claimlens/annotate.h"

namespace claimlens {

std::string_view layer_name(Layer layer) {
  switch (layer) {
    case Layer::kSource: return "source";
    case Layer::kClaim: return "claim";
    case Layer::kDenial: return "denial";
    case Layer::kHedge: return "hedge";
  }
  return "source";
}

bool parse_layer(std::string_view name, Layer* out) {
  for (int i = 0; i < kLayerCount; ++i) {
    const auto layer = static_cast<Layer>(i);
    if (layer_name(layer) == name) {
      *out = layer;
      return true;
    }
  }
  return false;
}

}  // namespace claimlens

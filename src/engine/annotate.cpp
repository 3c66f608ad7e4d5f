// The annotation pipeline's entry point. Placeholder until the rule engine lands: it checks
// its input and finds nothing, so every layer above it can be built and tested.
#include "claimlens/annotate.h"

namespace claimlens {

std::string_view engine_version() { return "0.1.0"; }

AnnotateResult annotate(std::string_view text, const AnnotateOptions& /*options*/) {
  AnnotateResult result;
  const CheckedText checked = check_text(text);
  result.status = checked.status;
  return result;
}

}  // namespace claimlens

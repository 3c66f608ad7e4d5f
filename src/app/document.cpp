// Loading an article: check the bytes, run the engine, count the layers.
#include "document.h"

namespace claimlens::app {

OpenResult load_document(const std::string& name, std::string_view bytes, Document* doc) {
  const CheckedText checked = check_text(bytes);
  if (!checked.status.ok()) return {false, name + ": " + describe(checked.status)};
  AnnotateResult result = annotate(checked.text);
  if (!result.status.ok()) return {false, name + ": " + describe(result.status)};

  doc->name = name;
  doc->text.assign(checked.text);
  doc->annotations = std::move(result.annotations);
  doc->truncated = result.truncated;
  for (int& count : doc->layer_counts) count = 0;
  for (const Annotation& a : doc->annotations) ++doc->layer_counts[static_cast<int>(a.layer)];
  doc->layout = ArticleLayout();
  doc->layout.set_text(doc->text);
  return {true, {}};
}

}  // namespace claimlens::app

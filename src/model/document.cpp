// Loading an article: check the bytes, run the engine, derive what the views need.
#include "document.h"

#include "claimlens/sha256.h"

#include <algorithm>

namespace claimlens::model {

void refresh_statements(Document* doc) {
  for (int& count : doc->layer_counts) count = 0;
  doc->longest_span = 0;
  for (const Annotation& a : doc->annotations) {
    ++doc->layer_counts[static_cast<int>(a.layer)];
    doc->longest_span = std::max(doc->longest_span, a.span.end - a.span.begin);
  }
  doc->statements = collect_statements(doc->annotations);
  doc->meta.resize(doc->annotations.size());
  ++doc->revision;
  if (doc->selected >= static_cast<int>(doc->annotations.size())) doc->selected = -1;
}

OpenResult load_document(const std::string& name, std::string_view bytes, Document* doc) {
  return load_prepared(name, prepare_article(name, bytes), doc);
}

OpenResult load_prepared(const std::string& name, PreparedArticle&& article, Document* doc) {
  if (!article.ok) return {false, article.message.empty() ? name + ": could not be read" : article.message};
  doc->name = name;
  doc->text = std::move(article.text);
  doc->notes = std::move(article.notes);
  doc->sha256 = sha256_hex(doc->text);
  doc->annotations = std::move(article.annotations);
  doc->truncated = article.truncated;
  refresh_statements(doc);
  doc->layout = ArticleLayout();
  doc->layout.set_text(doc->text);
  return {true, {}};
}

std::size_t first_annotation_reaching(const Document& doc, std::uint32_t begin) {
  const std::uint32_t from = begin > doc.longest_span ? begin - doc.longest_span : 0;
  const auto it = std::partition_point(doc.annotations.begin(), doc.annotations.end(),
                                       [&](const Annotation& a) { return a.span.begin < from; });
  return static_cast<std::size_t>(it - doc.annotations.begin());
}

int annotation_at(const Document& doc, std::uint32_t offset, const bool visible[kLayerCount]) {
  int best = -1;
  std::uint32_t best_length = UINT32_MAX;
  for (std::size_t i = first_annotation_reaching(doc, offset); i < doc.annotations.size(); ++i) {
    const Annotation& a = doc.annotations[i];
    if (a.span.begin > offset) break;  // sorted by begin
    if (offset >= a.span.end || !visible[static_cast<int>(a.layer)]) continue;
    const std::uint32_t length = a.span.end - a.span.begin;
    if (length < best_length) {
      best = static_cast<int>(i);
      best_length = length;
    }
  }
  return best;
}

}  // namespace claimlens::model

// Preparing an article, and its byte form (see prepared_article.h).
//
// Layout of encode_prepared (u32 = 4 bytes little-endian; str = u32 length + bytes):
//   "CLP1" u32 ok, str message, str text, u32 n, n × str note, u32 truncated,
//   u32 n, n × annotation: u32 layer, u32 begin, u32 end, u32 cue begin, u32 cue end,
//   str entity, str why, u32 k, k × u32 source, u32 k, k × u32 denied claim.
#include "prepared_article.h"

#include "claimlens/article_text.h"

namespace claimlens::model {

PreparedArticle prepare_article(const std::string& name, std::string_view bytes) {
  PreparedArticle out;
  if (bytes.size() > kMaxTextBytes) {
    out.message = name + ": " + describe({TextError::kTooLarge, 0});
    return out;
  }
  ArticleText article = extract_article(name, bytes);
  if (!article.ok) {
    out.message = name + ": " + article.error;
    return out;
  }
  const CheckedText checked = check_text(article.text);
  if (!checked.status.ok()) {
    out.message = name + ": " + describe(checked.status);
    return out;
  }
  AnnotateResult result = annotate(checked.text);
  if (!result.status.ok()) {
    out.message = name + ": " + describe(result.status);
    return out;
  }
  out.ok = true;
  out.text.assign(checked.text);
  out.notes = std::move(article.notes);
  out.annotations = std::move(result.annotations);
  out.truncated = result.truncated;
  return out;
}

namespace {

void put(std::string* out, std::uint32_t v) {
  const char b[4] = {static_cast<char>(v), static_cast<char>(v >> 8), static_cast<char>(v >> 16), static_cast<char>(v >> 24)};
  out->append(b, 4);
}
void put(std::string* out, std::string_view s) {
  put(out, static_cast<std::uint32_t>(s.size()));
  out->append(s);
}
void put(std::string* out, const std::vector<std::uint32_t>& v) {
  put(out, static_cast<std::uint32_t>(v.size()));
  for (std::uint32_t x : v) put(out, x);
}

// Reads from the front of `rest`; every read fails (and keeps failing) past the end.
struct Reader {
  std::string_view rest;
  bool ok = true;
  std::uint32_t u32() {
    if (!ok || rest.size() < 4) return ok = false, 0;
    const auto* b = reinterpret_cast<const unsigned char*>(rest.data());
    rest.remove_prefix(4);
    return b[0] | (b[1] << 8) | (b[2] << 16) | (static_cast<std::uint32_t>(b[3]) << 24);
  }
  std::string str() {
    const std::uint32_t n = u32();
    if (!ok || rest.size() < n) return ok = false, std::string();
    std::string s(rest.substr(0, n));
    rest.remove_prefix(n);
    return s;
  }
  // A count of items at least `min_bytes` long each: refused if the bytes cannot hold it.
  std::uint32_t count(std::size_t min_bytes) {
    const std::uint32_t n = u32();
    if (ok && n > rest.size() / min_bytes) ok = false;
    return ok ? n : 0;
  }
  std::vector<std::uint32_t> ids() {
    std::vector<std::uint32_t> v(count(4));
    for (std::uint32_t& x : v) x = u32();
    return v;
  }
};

}  // namespace

std::string encode_prepared(const PreparedArticle& a) {
  std::string out = "CLP1";
  out.reserve(a.text.size() + a.annotations.size() * 64 + 64);
  put(&out, a.ok ? 1u : 0u);
  put(&out, a.message);
  put(&out, a.text);
  put(&out, static_cast<std::uint32_t>(a.notes.size()));
  for (const std::string& n : a.notes) put(&out, n);
  put(&out, a.truncated ? 1u : 0u);
  put(&out, static_cast<std::uint32_t>(a.annotations.size()));
  for (const Annotation& x : a.annotations) {
    put(&out, static_cast<std::uint32_t>(x.layer));
    put(&out, x.span.begin);
    put(&out, x.span.end);
    put(&out, x.cue.begin);
    put(&out, x.cue.end);
    put(&out, x.entity);
    put(&out, x.why);
    put(&out, x.sources);
    put(&out, x.denies);
  }
  return out;
}

bool decode_prepared(std::string_view bytes, PreparedArticle* out) {
  *out = PreparedArticle();
  if (bytes.substr(0, 4) != "CLP1") {
    out->message = "not a prepared article";
    return false;
  }
  Reader r{bytes.substr(4)};
  PreparedArticle a;
  a.ok = r.u32() == 1;
  a.message = r.str();
  a.text = r.str();
  a.notes.resize(r.count(4));
  for (std::string& n : a.notes) n = r.str();
  a.truncated = r.u32() == 1;
  a.annotations.resize(r.count(36));
  for (Annotation& x : a.annotations) {
    const std::uint32_t layer = r.u32();
    if (layer >= static_cast<std::uint32_t>(kLayerCount)) r.ok = false;
    x.layer = static_cast<Layer>(r.ok ? layer : 0);
    x.span.begin = r.u32();
    x.span.end = r.u32();
    x.cue.begin = r.u32();
    x.cue.end = r.u32();
    x.entity = r.str();
    x.why = r.str();
    x.sources = r.ids();
    x.denies = r.ids();
    const auto size = static_cast<std::uint32_t>(a.text.size());
    if (x.span.begin > x.span.end || x.span.end > size || x.cue.begin > x.cue.end || x.cue.end > size) r.ok = false;
    if (!r.ok) break;
  }
  if (!r.ok || !r.rest.empty()) {
    out->message = "damaged prepared article";
    return false;
  }
  *out = std::move(a);
  return true;
}

}  // namespace claimlens::model

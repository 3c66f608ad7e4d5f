// Share-link decoding (see claimlens/share_link.h): base64url, raw inflate, then the JSON
// payload read with json_guard so nothing in a link can throw or recurse without bound.
#include "claimlens/share_link.h"

#include <array>

#include "claimlens/inflate.h"
#include "claimlens/text_check.h"
#include "json_guard.h"

namespace claimlens {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr int kMaxShareDepth = 40;  // the payload wraps an annotation file one level down
constexpr std::size_t kMaxNameBytes = 1024;

constexpr std::array<signed char, 256> kValue = [] {
  std::array<signed char, 256> v{};
  v.fill(-1);
  for (std::size_t i = 0; i < kAlphabet.size(); ++i) v[static_cast<unsigned char>(kAlphabet[i])] = static_cast<signed char>(i);
  v['+'] = 62;  // standard base64, in case something rewrote the link
  v['/'] = 63;
  return v;
}();

ShareDecodeResult refuse(std::string why) {
  ShareDecodeResult r;
  r.error = "This share link " + std::move(why) + ": nothing was opened";
  return r;
}

}  // namespace

std::string encode_base64url(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::uint32_t group = 0;
  int have = 0;
  for (const char c : bytes) {
    group = (group << 8) | static_cast<unsigned char>(c);
    have += 8;
    while (have >= 6) {
      have -= 6;
      out.push_back(kAlphabet[(group >> have) & 63u]);
    }
  }
  if (have > 0) out.push_back(kAlphabet[(group << (6 - have)) & 63u]);
  return out;
}

ShareDecodeResult decode_share_link(std::string_view encoded) {
  if (encoded.empty()) return refuse("is empty after #share=");
  if (encoded.size() > kMaxShareLinkChars) return refuse("is too long to be one the reader made");
  while (!encoded.empty() && encoded.back() == '=') encoded.remove_suffix(1);

  std::string compressed;
  compressed.reserve(encoded.size() * 3 / 4);
  std::uint32_t group = 0;
  int have = 0;
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    const signed char v = kValue[static_cast<unsigned char>(encoded[i])];
    if (v < 0) {
      return refuse("is damaged (character " + std::to_string(i + 1) + " cannot be part of a link the reader made)");
    }
    group = (group << 6) | static_cast<std::uint32_t>(v);
    have += 6;
    if (have >= 8) {
      have -= 8;
      compressed.push_back(static_cast<char>((group >> have) & 0xffu));
    }
  }
  if (encoded.size() % 4 == 1) return refuse("was cut short when it was copied");

  const InflateResult inflated = inflate_raw(compressed, kMaxSharePayloadBytes);
  switch (inflated.status) {
    case InflateStatus::kOk: break;
    case InflateStatus::kTruncated: return refuse("was cut short when it was copied");
    case InflateStatus::kTooLarge: return refuse("expands to more than 16 MB");
    case InflateStatus::kCorrupt: return refuse("is damaged (" + inflated.error + ")");
  }
  if (!check_text(inflated.output).status.ok()) return refuse("is damaged (its contents are not text)");

  std::string error;
  const nlohmann::json payload = json_guard::parse(inflated.output, kMaxSharePayloadBytes, kMaxShareDepth, &error);
  if (payload.is_discarded()) return refuse("is damaged (" + error + ")");
  if (!payload.is_object() || !payload.contains("v") || !payload.contains("annotations"))
    return refuse("is not a claimlens share link");
  const nlohmann::json& version = payload["v"];
  if (!version.is_number_integer() || version.get<long long>() != 1)
    return refuse("was made by another version of claimlens");
  const nlohmann::json& annotations = payload["annotations"];
  if (!annotations.is_object() && !annotations.is_array())
    return refuse("is damaged (its annotations are not an annotation file)");

  ShareDecodeResult result;
  result.ok = true;
  SharePayload& p = result.payload;
  p.name = json_guard::string_at(payload, "name");
  if (p.name.empty() || p.name.size() > kMaxNameBytes) p.name = "Shared article";
  if (payload.contains("text")) {
    if (!payload["text"].is_string()) return refuse("is damaged (its article is not text)");
    p.has_text = true;
    p.text = payload["text"].get<std::string>();
  }
  p.annotations_json = annotations.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return result;
}

}  // namespace claimlens

// Guarded JSON reading (see json_guard.h).
#include "json_guard.h"

#include <limits>

namespace claimlens::json_guard {

int nesting_depth(std::string_view json) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') deepest = std::max(deepest, ++depth);
    else if (c == ']' || c == '}') --depth;
  }
  return deepest;
}

nlohmann::json parse(std::string_view json, std::size_t max_bytes, int max_depth, std::string* error) {
  if (json.size() > max_bytes) {
    *error = "the file is larger than " + std::to_string(max_bytes / (1024 * 1024)) + " MB";
    return nlohmann::json(nlohmann::json::value_t::discarded);
  }
  if (nesting_depth(json) > max_depth) {
    *error = "the JSON is nested more than " + std::to_string(max_depth) + " levels deep";
    return nlohmann::json(nlohmann::json::value_t::discarded);
  }
  nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) *error = "not valid JSON (truncated, or not UTF-8?)";
  return j;
}

std::string string_at(const nlohmann::json& obj, const char* key, std::string fallback) {
  if (!obj.is_object()) return fallback;
  const auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : fallback;
}

bool uint_at(const nlohmann::json& obj, const char* key, std::uint32_t* out) {
  if (!obj.is_object()) return false;
  const auto it = obj.find(key);
  if (it == obj.end() || !it->is_number_integer()) return false;
  const auto v = it->get<std::int64_t>();
  if (v < 0 || v > std::numeric_limits<std::uint32_t>::max()) return false;
  *out = static_cast<std::uint32_t>(v);
  return true;
}

std::vector<std::string> strings_at(const nlohmann::json& obj, const char* key) {
  std::vector<std::string> out;
  if (!obj.is_object()) return out;
  const auto it = obj.find(key);
  if (it == obj.end()) return out;
  if (it->is_string()) out.push_back(it->get<std::string>());
  if (it->is_array()) {
    for (const auto& v : *it) {
      if (v.is_string()) out.push_back(v.get<std::string>());
    }
  }
  return out;
}

}  // namespace claimlens::json_guard

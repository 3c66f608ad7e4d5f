// json_guard.h — safe reading of untrusted JSON with nlohmann, without exceptions.
// (Internal to src/format.)
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimlens::json_guard {

// Deepest nesting of arrays/objects in `json`, scanning outside strings only. Lets a
// parser refuse a too-deep document before recursing into it.
int nesting_depth(std::string_view json);

// Parses `json` if it is within `max_bytes` and `max_depth`; else returns discarded and
// sets *error.
nlohmann::json parse(std::string_view json, std::size_t max_bytes, int max_depth, std::string* error);

// Typed field access that never throws: the value if `obj` is an object holding `key` of
// the right type, else the fallback.
std::string string_at(const nlohmann::json& obj, const char* key, std::string fallback = {});
bool uint_at(const nlohmann::json& obj, const char* key, std::uint32_t* out);
std::vector<std::string> strings_at(const nlohmann::json& obj, const char* key);

}  // namespace claimlens::json_guard

// Share links as the page writes them (base64url of raw DEFLATE of a JSON payload), and
// every way one can arrive broken: cut in half, retyped, rewritten, hostile.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "claimlens/share_link.h"
#include "format/deflate_writer.h"

namespace {

using claimlens::decode_share_link;
using claimlens::encode_base64url;

std::string link_for(std::string_view json) { return encode_base64url(claimlens_test::stored_deflate(json)); }

const nlohmann::json kPayload = {
    {"v", 1},
    {"name", "ferry.txt"},
    {"text", "“The ferry will run,” said Ines Vold. Café owners denied it."},
    {"annotations",
     {{"format", "claimlens"}, {"version", 1}, {"annotations", nlohmann::json::array({{{"id", "s1"}, {"type", "source"}, {"start", 25}, {"end", 34}}})}}},
};

}  // namespace

TEST_CASE("base64url encodes like the page (RFC 4648 §5, no padding)", "[share]") {
  CHECK(encode_base64url("") == "");
  CHECK(encode_base64url("f") == "Zg");
  CHECK(encode_base64url("fo") == "Zm8");
  CHECK(encode_base64url("foo") == "Zm9v");
  CHECK(encode_base64url("\xfb\xff") == "-_8");
}

TEST_CASE("a whole share link gives back the article and its annotations", "[share]") {
  const auto r = decode_share_link(link_for(kPayload.dump()));
  REQUIRE(r.ok);
  CHECK(r.payload.name == "ferry.txt");
  CHECK(r.payload.has_text);
  CHECK(r.payload.text == kPayload["text"].get<std::string>());
  CHECK(nlohmann::json::parse(r.payload.annotations_json) == kPayload["annotations"]);

  nlohmann::json only = kPayload;
  only.erase("text");
  only.erase("name");
  const auto annotations_only = decode_share_link(link_for(only.dump()));
  REQUIRE(annotations_only.ok);
  CHECK_FALSE(annotations_only.payload.has_text);
  CHECK(annotations_only.payload.name == "Shared article");
}

TEST_CASE("padding and the standard base64 alphabet are accepted", "[share]") {
  std::string link = link_for(kPayload.dump());
  for (char& c : link) c = c == '-' ? '+' : c == '_' ? '/' : c;
  while (link.size() % 4 != 0) link.push_back('=');
  CHECK(decode_share_link(link).ok);
}

TEST_CASE("a share link cut anywhere is refused as cut short or damaged", "[share]") {
  const std::string link = link_for(kPayload.dump());
  const auto half = decode_share_link(std::string_view(link).substr(0, link.size() / 2));
  CHECK_FALSE(half.ok);
  CHECK(half.error == "This share link was cut short when it was copied: nothing was opened");
  for (std::size_t n = 0; n < link.size(); n += 7) {
    INFO("cut at " << n);
    const auto cut = decode_share_link(std::string_view(link).substr(0, n));
    CHECK_FALSE(cut.ok);
    CHECK_FALSE(cut.error.empty());
  }
}

TEST_CASE("bad share links are refused, each with its own reason", "[share]") {
  const auto error_of = [](std::string_view link) {
    const auto r = decode_share_link(link);
    CHECK_FALSE(r.ok);
    return r.error;
  };
  CHECK(error_of("") == "This share link is empty after #share=: nothing was opened");
  CHECK(error_of("abc%20def").find("character 4 cannot be part") != std::string::npos);
  CHECK(error_of(link_for("not json at all")).find("is damaged (not valid JSON") != std::string::npos);
  CHECK(error_of(link_for(R"({"v": 1, "text": "x"})")) == "This share link is not a claimlens share link: nothing was opened");
  CHECK(error_of(link_for(R"({"v": 2, "annotations": {}})")).find("another version") != std::string::npos);
  CHECK(error_of(link_for(R"({"v": 1, "annotations": "x"})")).find("not an annotation file") != std::string::npos);
  CHECK(error_of(link_for(R"({"v": 1, "text": 7, "annotations": {}})")).find("article is not text") != std::string::npos);
  // A lone surrogate escape is not text in any encoding.
  CHECK(error_of(link_for(R"({"v": 1, "text": "\ud800", "annotations": {}})")).find("damaged") != std::string::npos);
  CHECK(error_of(link_for(std::string(100, '[') + std::string(100, ']'))).find("nested") != std::string::npos);
  CHECK(error_of(link_for(std::string("\x00\x01\x02", 3))).find("not text") != std::string::npos);
}

TEST_CASE("a small link that expands beyond 16 MB is refused before it can", "[share]") {
  claimlens_test::DeflateWriter w;
  w.fixed_header(true);
  w.literal('[');
  for (int i = 0; i < 70000; ++i) w.copy_258_back_1();  // 18 MB of '[' from ~60 KB
  w.end_block();
  const auto r = decode_share_link(encode_base64url(w.finish()));
  CHECK_FALSE(r.ok);
  CHECK(r.error == "This share link expands to more than 16 MB: nothing was opened");
}

// bench/engine_bench.cpp — engine throughput (check_text + annotate) on generated news text.
//
// One source, two builds:
//   native  build/native/claimlens_bench [--sizes N,N,...] [--polnear DIR]  -> JSON on stdout
//   wasm    build/wasm/claimlens_bench.js, a MODULARIZE'd single-file module for node whose
//           exported C functions (bench_engine, bench_generate, ...) bench/run.mjs calls, so
//           that the JavaScript libraries are timed in the same process.
// Each size: one warm-up run, then repetitions until max_reps, or min_reps and the time
// budget are reached; the median and the best are reported (the report uses the median).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "claimlens/annotate.h"
#include "newsgen.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <malloc.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#define EMSCRIPTEN_KEEPALIVE
#endif

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// CPU time of this thread (ms): what the work cost, without the time spent waiting for a
// core on a shared machine. Natively only; under node, run.mjs measures process.cpuUsage().
// Minor page faults of the process so far (natively): fresh memory touched for the first time.
long minor_faults() {
#ifdef __EMSCRIPTEN__
  return 0;
#else
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_minflt;
#endif
}

double thread_cpu_ms() {
#ifdef __EMSCRIPTEN__
  return 0;
#else
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
#endif
}

struct RunStats {
  std::size_t annotations = 0;
  std::size_t per_layer[claimlens::kLayerCount] = {};
  bool ok = false;
};

// What the reader does with a dropped file's bytes: check, then annotate.
RunStats annotate_once(std::string_view bytes) {
  RunStats s;
  const claimlens::CheckedText checked = claimlens::check_text(bytes);
  if (!checked.status.ok()) return s;
  const claimlens::AnnotateResult r = claimlens::annotate(checked.text);
  s.ok = r.status.ok();
  s.annotations = r.annotations.size();
  for (const auto& a : r.annotations) ++s.per_layer[static_cast<int>(a.layer)];
  return s;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Memory: native, the process's resident high-water mark (VmHWM, reset before each size
// through /proc/self/clear_refs where the kernel allows, else ru_maxrss, which never
// resets); wasm, the size of the linear memory (HEAP8.length), which only ever grows.
struct MemProbe {
  static std::size_t current_bytes() {
#ifdef __EMSCRIPTEN__
    return static_cast<std::size_t>(__builtin_wasm_memory_size(0)) * 65536u;
#else
    return status_kb("VmRSS:") * 1024u;
#endif
  }
  // Returns true if the high-water mark now starts again from the current RSS.
  static bool reset_peak() {
#ifdef __EMSCRIPTEN__
    return false;
#else
    std::FILE* f = std::fopen("/proc/self/clear_refs", "w");
    if (!f) return false;
    const bool ok = std::fputs("5", f) >= 0;
    return (std::fclose(f) == 0) && ok;
#endif
  }
  static std::size_t peak_bytes() {
#ifdef __EMSCRIPTEN__
    return current_bytes();
#else
    const std::size_t hwm = status_kb("VmHWM:");
    if (hwm) return hwm * 1024u;
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<std::size_t>(ru.ru_maxrss) * 1024u;
#endif
  }
#ifndef __EMSCRIPTEN__
  static std::size_t status_kb(const char* key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    const std::size_t n = std::strlen(key);
    while (std::getline(in, line)) {
      if (line.compare(0, n, key) == 0) return std::strtoull(line.c_str() + n, nullptr, 10);
    }
    return 0;
  }
#endif
};

[[maybe_unused]] std::string json_escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '"' || c == '\\') { out += '\\'; out += c; }
    else if (static_cast<unsigned char>(c) < 0x20) { char b[8]; std::snprintf(b, sizeof b, "\\u%04x", c); out += b; }
    else out += c;
  }
  return out;
}

std::string num(double v) {
  char b[64];
  std::snprintf(b, sizeof b, "%.6g", v);
  return b;
}

// Times one text: JSON object with bytes, tokens, times (ms), throughput and memory.
std::string bench_text(std::string_view text, int min_reps, int max_reps, double budget_ms) {
  const std::size_t mem_before = MemProbe::current_bytes();
  [[maybe_unused]] const bool reset = MemProbe::reset_peak();
  const std::size_t tokens = claimlens_bench::count_tokens(text);

  auto t0 = Clock::now();
  const RunStats stats = annotate_once(text);  // warm-up (also the first memory peak)
  const double warmup_ms = ms_since(t0);

  std::vector<double> times, cpu_times;
  const long faults0 = minor_faults();
  const auto start = Clock::now();
  while (static_cast<int>(times.size()) < max_reps &&
         (static_cast<int>(times.size()) < min_reps || ms_since(start) < budget_ms)) {
    t0 = Clock::now();
    const double c0 = thread_cpu_ms();
    const RunStats s = annotate_once(text);
    cpu_times.push_back(thread_cpu_ms() - c0);
    times.push_back(ms_since(t0));
    if (s.annotations != stats.annotations) return "{\"error\":\"non-deterministic result\"}";
  }
  const long faults = minor_faults() - faults0;
  const double med = median(times);
  const double best = *std::min_element(times.begin(), times.end());
  const std::size_t peak = MemProbe::peak_bytes();

  std::string j = "{";
  j += "\"bytes\":" + std::to_string(text.size());
  j += ",\"tokens\":" + std::to_string(tokens);
  j += ",\"ok\":" + std::string(stats.ok ? "true" : "false");
  j += ",\"annotations\":" + std::to_string(stats.annotations);
  j += ",\"per_layer\":{";
  for (int l = 0; l < claimlens::kLayerCount; ++l) {
    if (l) j += ',';
    j += '"';
    j += claimlens::layer_name(static_cast<claimlens::Layer>(l));
    j += "\":";
    j += std::to_string(stats.per_layer[l]);
  }
  j += "},\"warmup_ms\":" + num(warmup_ms);
  j += ",\"reps\":" + std::to_string(times.size());
  j += ",\"median_ms\":" + num(med) + ",\"best_ms\":" + num(best);
  j += ",\"median_cpu_ms\":" + num(median(cpu_times)) + ",\"best_cpu_ms\":" + num(*std::min_element(cpu_times.begin(), cpu_times.end()));
  j += ",\"times_ms\":[";
  for (std::size_t i = 0; i < times.size(); ++i) {
    if (i) j += ',';
    j += num(times[i]);
  }
  j += "]";
  j += ",\"minor_page_faults_per_run\":" + num(static_cast<double>(faults) / static_cast<double>(times.size()));
  j += ",\"memory_before_bytes\":" + std::to_string(mem_before);
  j += ",\"memory_peak_bytes\":" + std::to_string(peak);
#ifdef __EMSCRIPTEN__
  j += ",\"memory_kind\":\"wasm linear memory size (HEAP8.length) after the runs; it only grows\"";
#else
  j += std::string(",\"memory_kind\":\"") +
       (reset ? "VmHWM (process RSS high-water mark, reset before this size via /proc/self/clear_refs)"
              : "VmHWM / ru_maxrss (process high-water mark since start; could not be reset)") + "\"";
#endif
  j += "}";
  return j;
}

std::string g_text;
std::string g_result;

}  // namespace

extern "C" {

// Generates the benchmark text of about `bytes` bytes; returns a pointer to it (valid until
// the next call), its length via bench_text_length().
EMSCRIPTEN_KEEPALIVE const char* bench_generate(double bytes, int seed) {
  g_text = claimlens_bench::generate_news(static_cast<std::size_t>(bytes), static_cast<std::uint64_t>(seed));
  return g_text.c_str();
}
EMSCRIPTEN_KEEPALIVE double bench_text_length() { return static_cast<double>(g_text.size()); }
// Frees the generated text (so the next size's memory is measured without it).
EMSCRIPTEN_KEEPALIVE void bench_release() { std::string().swap(g_text); std::string().swap(g_result); }

// Generates and times one size; returns the JSON (valid until the next call).
EMSCRIPTEN_KEEPALIVE const char* bench_engine(double bytes, int seed, int min_reps, int max_reps, double budget_ms) {
  std::string().swap(g_text);
  const std::string text = claimlens_bench::generate_news(static_cast<std::size_t>(bytes), static_cast<std::uint64_t>(seed));
  g_result = bench_text(text, min_reps, max_reps, budget_ms);
  return g_result.c_str();
}

// Times the text last made by bench_generate (or copied into it by the caller).
EMSCRIPTEN_KEEPALIVE const char* bench_engine_current(int min_reps, int max_reps, double budget_ms) {
  g_result = bench_text(g_text, min_reps, max_reps, budget_ms);
  return g_result.c_str();
}

// Annotates the text last made by bench_generate once; returns the number of annotations.
// node_bench.mjs drives the repetitions so that it can read process.cpuUsage() around each.
EMSCRIPTEN_KEEPALIVE int bench_annotate_current() { return static_cast<int>(annotate_once(g_text).annotations); }
// Annotations per layer of the last bench_annotate_current() call's text, as JSON.
EMSCRIPTEN_KEEPALIVE const char* bench_layers_current() {
  const RunStats s = annotate_once(g_text);
  g_result.clear();
  g_result += '{';
  for (int l = 0; l < claimlens::kLayerCount; ++l) {
    if (l) g_result += ',';
    g_result += '"';
    g_result += claimlens::layer_name(static_cast<claimlens::Layer>(l));
    g_result += "\":";
    g_result += std::to_string(s.per_layer[l]);
  }
  g_result += "}";
  return g_result.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* bench_engine_version() { return claimlens::engine_version().data(); }

}  // extern "C"

#ifndef __EMSCRIPTEN__

namespace {

// Repetitions per size: small texts are cheap, so more of them.
void reps_for(std::size_t bytes, int* min_reps, int* max_reps, double* budget_ms) {
  if (bytes <= 20'000) { *min_reps = 20; *max_reps = 400; *budget_ms = 400; }
  else if (bytes <= 200'000) { *min_reps = 20; *max_reps = 200; *budget_ms = 800; }
  else if (bytes <= 2'000'000) { *min_reps = 10; *max_reps = 30; *budget_ms = 1500; }
  else { *min_reps = 5; *max_reps = 5; *budget_ms = 0; }
}

// All .txt files under `dir`: annotated one by one (per-file total) and concatenated.
std::string bench_corpus(const std::filesystem::path& dir) {
  std::vector<std::string> texts;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().extension() == ".txt") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  std::size_t bytes = 0, tokens = 0, rejected = 0;
  std::string joined;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string t = ss.str();
    if (!claimlens::check_text(t).status.ok()) { ++rejected; continue; }
    bytes += t.size();
    tokens += claimlens_bench::count_tokens(t);
    if (!joined.empty()) joined += "\n\n";
    joined += claimlens::check_text(t).text;
    texts.push_back(std::move(t));
  }
  // Per file, as the CLI's --jsonl would: total over all files, median of 3 passes after a warm-up.
  std::vector<double> totals, cpu_totals;
  std::size_t annotations = 0;
  for (int pass = 0; pass < 4; ++pass) {
    const auto t0 = Clock::now();
    const double c0 = thread_cpu_ms();
    std::size_t n = 0;
    for (const auto& t : texts) n += annotate_once(t).annotations;
    const double ms = ms_since(t0);
    if (pass > 0) totals.push_back(ms), cpu_totals.push_back(thread_cpu_ms() - c0);
    annotations = n;
  }
  const double per_file = median(totals);
  const double per_file_cpu = median(cpu_totals);
  std::string j = "{\"dir\":\"" + json_escape(dir.string()) + "\",\"files\":" + std::to_string(texts.size());
  j += ",\"rejected_files\":" + std::to_string(rejected);
  j += ",\"bytes\":" + std::to_string(bytes) + ",\"tokens\":" + std::to_string(tokens);
  j += ",\"per_file\":{\"annotations\":" + std::to_string(annotations) + ",\"reps\":3,\"median_ms\":" + num(per_file) +
       ",\"median_cpu_ms\":" + num(per_file_cpu) + "}";
  j += ",\"concatenated\":" + bench_text(joined, 3, 3, 0);
  j += "}";
  return j;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::size_t> sizes = {10'240, 102'400, 1'024'000, 10'240'000};
  std::string polnear;
  int seed = 2026;
  // The allocator keeps freed memory, as the reader's WebAssembly heap does (it never shrinks)
  // and as any long-running process soon does. By default glibc hands blocks over 32 MB
  // back to the kernel at every free, so each 10 MB run faulted ~100 MB of fresh pages in
  // again (~25 000 faults a run, against ~50 at 1 MB) and the 1 -> 10 MB step measured the
  // kernel zeroing pages: 11.4-12.9x instead of 10.6-10.8x. --glibc-default-malloc keeps the
  // default, to see that.
  bool keep_memory = true;
  for (int i = 1; i < argc; ++i) keep_memory &= std::string(argv[i]) != "--glibc-default-malloc";
  if (keep_memory) {
    mallopt(M_MMAP_THRESHOLD, 1 << 30);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
  }
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--glibc-default-malloc") continue;
    if (a == "--sizes" && i + 1 < argc) {
      sizes.clear();
      std::stringstream ss(argv[++i]);
      std::string item;
      while (std::getline(ss, item, ',')) sizes.push_back(std::stoull(item));
    } else if (a == "--polnear" && i + 1 < argc) {
      polnear = argv[++i];
    } else if (a == "--seed" && i + 1 < argc) {
      seed = std::atoi(argv[++i]);
    } else if (a == "--once" && i + 1 < argc) {  // one annotate run, no timing (for callgrind)
      const std::string text = claimlens_bench::generate_news(std::stoull(argv[++i]), static_cast<std::uint64_t>(seed));
      std::cout << annotate_once(text).annotations << " annotations\n";
      return 0;
    } else if (a == "--text" && i + 1 < argc) {  // writes the generated text (for profiling)
      std::cout << claimlens_bench::generate_news(std::stoull(argv[++i]), static_cast<std::uint64_t>(seed));
      return 0;
    } else {
      std::cerr << "usage: claimlens_bench [--sizes N,N,...] [--seed S] [--polnear DIR] [--text N] [--once N] [--glibc-default-malloc]\n";
      return 2;
    }
  }
  std::string out = "{\"engine_version\":\"" + std::string(claimlens::engine_version()) + "\",\"seed\":" +
                     std::to_string(seed) + ",\"allocator\":\"" +
                     (keep_memory ? "glibc, freed memory kept (mallopt M_MMAP_THRESHOLD and M_TRIM_THRESHOLD 1 GB)" : "glibc defaults") +
                     "\",\"sizes\":[";
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    int min_reps, max_reps;
    double budget;
    reps_for(sizes[i], &min_reps, &max_reps, &budget);
    if (i) out += ',';
    out += "{\"target_bytes\":" + std::to_string(sizes[i]) + ",\"result\":" +
           bench_engine(static_cast<double>(sizes[i]), seed, min_reps, max_reps, budget) + "}";
    std::cerr << "native: " << sizes[i] << " bytes done\n";
  }
  out += "]";
  if (!polnear.empty() && std::filesystem::is_directory(polnear)) out += ",\"polnear\":" + bench_corpus(polnear);
  out += "}\n";
  std::cout << out;
  return 0;
}

#endif

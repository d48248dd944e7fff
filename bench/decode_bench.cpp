// whmcs-bind's decode and encode side by side with a hand-written RapidJSON
// decoder and writer, RapidJSON's bare parser, Boost.JSON and nlohmann::json,
// in one binary and one run, so ratios hold even on a noisy machine.
//
//   whmcs_bench <docs example .json> <large ticket .json> [benchmark flags]
//
// Before timing, every decoder's result is encoded with whmcs::json::encode
// and compared with ours, and the hand-written writer's output with ours: a
// variant that decodes differently is a failure, not a data point.
// Each benchmark also reports, from one extra untimed run, heap allocations
// per call, peak heap bytes above the start and heap bytes still held by the
// result (alloc_hook.hpp). summarize.py turns the JSON output into ratios.

#include "alloc_hook.hpp"
#include "hand_dom.hpp"
#include "hand_writer.hpp"
#if WHMCS_BENCH_HAVE_BOOST_JSON
#include "boost_json_decode.hpp"
#endif
#if WHMCS_BENCH_HAVE_NLOHMANN
#include "nlohmann_decode.hpp"
#endif

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/json/decode.hpp>
#include <whmcs/json/encode.hpp>

#include <benchmark/benchmark.h>
#include <rapidjson/document.h>
#include <rapidjson/reader.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace gt = whmcs::api::get_ticket;

struct input {
    std::string name;
    std::string text;  // NUL-terminated, as std::string is: each variant may use that
};

std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(std::string("cannot read ") + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// ---------------------------------------------------------------------------
// Decoders: each takes the input and returns the same generated struct.
// ---------------------------------------------------------------------------

gt::response decode_whmcs(const std::string& text) {
    return whmcs::json::decode<gt::response>(text);
}

gt::response decode_hand_dom(const std::string& text) {
    return bench::hand_dom::decode(text);
}

#if WHMCS_BENCH_HAVE_BOOST_JSON
gt::response decode_boost_json(const std::string& text) {
    return bench::boost_json::decode(text);
}
#endif
#if WHMCS_BENCH_HAVE_NLOHMANN
gt::response decode_nlohmann(const std::string& text) {
    return bench::nlohmann_json::decode(text);
}
#endif

struct decoder_variant {
    const char* name;
    gt::response (*decode)(const std::string&);
};

const std::vector<decoder_variant>& decoders() {
    static const std::vector<decoder_variant> list = {
        {"whmcs", decode_whmcs},
        {"hand_dom", decode_hand_dom},
#if WHMCS_BENCH_HAVE_BOOST_JSON
        {"boost_json", decode_boost_json},
#endif
#if WHMCS_BENCH_HAVE_NLOHMANN
        {"nlohmann", decode_nlohmann},
#endif
    };
    return list;
}

// ---------------------------------------------------------------------------
// Parse floors: RapidJSON's Reader with a handler that does nothing.
// ---------------------------------------------------------------------------

struct null_handler : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, null_handler> {};

template <unsigned Flags>
bool parse_only(const std::string& text) {
    rapidjson::Reader reader;
    rapidjson::StringStream stream(text.c_str());
    null_handler handler;
    return !reader.Parse<Flags>(stream, handler).IsError();
}

// In-situ parsing writes into its input, so each run parses a fresh copy;
// the copy (a memcpy into a buffer allocated once) is part of the time.
bool parse_only_insitu(const std::string& text, std::vector<char>& buffer) {
    std::memcpy(buffer.data(), text.c_str(), text.size() + 1);
    rapidjson::Reader reader;
    rapidjson::InsituStringStream stream(buffer.data());
    null_handler handler;
    return !reader.Parse<rapidjson::kParseInsituFlag>(stream, handler).IsError();
}

// Document::Parse alone: the tree any DOM-based decoder builds first.
bool parse_document(const std::string& text) {
    rapidjson::Document doc;
    doc.Parse<rapidjson::kParseValidateEncodingFlag>(text.c_str());
    return !doc.HasParseError();
}

// ---------------------------------------------------------------------------
// Benchmarks.
// ---------------------------------------------------------------------------

/// Runs `once` under an allocation probe and reports what it saw.
template <class Once>
void report_memory(benchmark::State& state, std::size_t input_size, Once once) {
    bench::alloc_stats s;
    {
        bench::alloc_probe probe;
        auto kept = once();  // alive when the probe ends: its heap counts as "result"
        s = probe.finish();
        benchmark::DoNotOptimize(kept);
    }
    state.counters["allocs"] = static_cast<double>(s.allocations);
    state.counters["peak_bytes"] = static_cast<double>(s.peak_bytes);
    state.counters["peak_per_input"] =
        static_cast<double>(s.peak_bytes) / static_cast<double>(input_size);
    state.counters["result_bytes"] = static_cast<double>(s.end_bytes);
}

void set_bytes(benchmark::State& state, std::size_t bytes) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(bytes));
}

void bm_decode(benchmark::State& state, const input* in, decoder_variant v) {
    for (auto _ : state) {
        gt::response r = v.decode(in->text);
        benchmark::DoNotOptimize(r);
    }
    set_bytes(state, in->text.size());
    report_memory(state, in->text.size(), [&] { return v.decode(in->text); });
}

template <bool (*Parse)(const std::string&)>
void bm_parse(benchmark::State& state, const input* in) {
    for (auto _ : state) {
        bool ok = Parse(in->text);
        benchmark::DoNotOptimize(ok);
    }
    set_bytes(state, in->text.size());
    report_memory(state, in->text.size(), [&] { return Parse(in->text); });
}

void bm_parse_insitu(benchmark::State& state, const input* in) {
    std::vector<char> buffer(in->text.size() + 1);
    for (auto _ : state) {
        bool ok = parse_only_insitu(in->text, buffer);
        benchmark::DoNotOptimize(ok);
    }
    set_bytes(state, in->text.size());
    report_memory(state, in->text.size(), [&] { return parse_only_insitu(in->text, buffer); });
}

void bm_encode(benchmark::State& state, const input* in,
               std::string (*encode)(const gt::response&)) {
    const gt::response value = decode_whmcs(in->text);
    const std::size_t out_size = encode(value).size();
    for (auto _ : state) {
        std::string out = encode(value);
        benchmark::DoNotOptimize(out);
    }
    set_bytes(state, out_size);
    report_memory(state, out_size, [&] { return encode(value); });
}

std::string encode_whmcs(const gt::response& t) {
    return whmcs::json::encode(t);
}
std::string encode_hand(const gt::response& t) {
    return bench::hand_writer::encode(t);
}
std::string encode_hand_validating(const gt::response& t) {
    return bench::hand_writer::encode<rapidjson::kWriteValidateEncodingFlag>(t);
}

// ---------------------------------------------------------------------------
// Same values in every variant, or no timing at all.
// ---------------------------------------------------------------------------

bool same_or_explain(const std::string& what, const std::string& expected, const std::string& got) {
    if (expected == got) return true;
    std::size_t at = 0;
    while (at < expected.size() && at < got.size() && expected[at] == got[at]) ++at;
    const std::size_t from = at > 60 ? at - 60 : 0;
    std::cerr << what << " differs from whmcs at byte " << at
              << ":\n  whmcs: " << expected.substr(from, 120)
              << "\n  other: " << got.substr(from, 120) << '\n';
    return false;
}

bool verify(const std::vector<input>& inputs) {
    bool ok = true;
    for (const input& in : inputs) {
        const gt::response ours = decode_whmcs(in.text);
        const std::string expected = whmcs::json::encode(ours);
        for (const decoder_variant& v : decoders()) {
            try {
                ok &= same_or_explain(in.name + "/" + v.name, expected,
                                      whmcs::json::encode(v.decode(in.text)));
            } catch (const std::exception& e) {
                std::cerr << in.name << '/' << v.name << " failed: " << e.what() << '\n';
                ok = false;
            }
        }
        ok &= same_or_explain(in.name + "/hand_writer", expected, encode_hand(ours));
        ok &= same_or_explain(in.name + "/hand_writer_validating", expected,
                              encode_hand_validating(ours));
        ok &= parse_only<rapidjson::kParseDefaultFlags>(in.text) && parse_document(in.text);
        std::vector<char> buffer(in.text.size() + 1);
        ok &= parse_only_insitu(in.text, buffer);
        std::cout << "verified " << in.name << ": " << in.text.size() << " bytes, "
                  << ours.replies.size() << " replies, " << ours.notes.size()
                  << " notes, canonical JSON " << expected.size() << " bytes, identical in all "
                  << decoders().size() << " decoders and both writers\n";
    }
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: " << argv[0]
                  << " <docs example .json> <large ticket .json> [benchmark flags]\n";
        return 2;
    }
    std::vector<input> inputs;
    try {
        inputs = {{"small", read_file(argv[1])}, {"large", read_file(argv[2])}};
    } catch (const std::exception& e) {
        std::cerr << e.what() << '\n';
        return 2;
    }
    if (!verify(inputs)) {
        std::cerr << "variants disagree: not timing\n";
        return 1;
    }

    for (const input& in : inputs) {
        const input* p = &in;
        const std::string d = "decode/" + in.name + "/";
        benchmark::RegisterBenchmark((d + "floor").c_str(),
                                     bm_parse<parse_only<rapidjson::kParseDefaultFlags>>, p);
        benchmark::RegisterBenchmark((d + "floor_insitu").c_str(), bm_parse_insitu, p);
        benchmark::RegisterBenchmark((d + "floor_validating").c_str(),
                                     bm_parse<parse_only<rapidjson::kParseValidateEncodingFlag>>,
                                     p);
        benchmark::RegisterBenchmark((d + "document_parse").c_str(), bm_parse<parse_document>, p);
        for (const decoder_variant& v : decoders()) {
            benchmark::RegisterBenchmark((d + v.name).c_str(), bm_decode, p, v);
        }
        const std::string e = "encode/" + in.name + "/";
        benchmark::RegisterBenchmark((e + "whmcs").c_str(), bm_encode, p, encode_whmcs);
        benchmark::RegisterBenchmark((e + "hand_writer").c_str(), bm_encode, p, encode_hand);
        benchmark::RegisterBenchmark((e + "hand_writer_validating").c_str(), bm_encode, p,
                                     encode_hand_validating);
    }

    // Our two arguments are not benchmark flags: hide them from the library.
    argv[2] = argv[0];
    int rest = argc - 2;
    char** rest_argv = argv + 2;
    benchmark::Initialize(&rest, rest_argv);
    if (benchmark::ReportUnrecognizedArguments(rest, rest_argv)) return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

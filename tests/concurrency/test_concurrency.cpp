// Several threads decoding and encoding at once with shared decode options,
// shared input texts, shared credentials and one shared client: every result
// must equal the single-threaded one. Built with -fsanitize=thread in CI
// (the tsan.* tests), where any data race fails the run; under ASan
// elsewhere.

#define BOOST_TEST_MODULE concurrency
#include <boost/test/unit_test.hpp>

#include "fixture.hpp"
#include "fuzz_types.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/client.hpp>
#include <whmcs/credentials.hpp>
#include <whmcs/form/encode.hpp>
#include <whmcs/json/decode.hpp>
#include <whmcs/json/encode.hpp>
#include <whmcs/response.hpp>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace gt = whmcs::api::get_ticket;

namespace {

constexpr int threads = 4;
constexpr int rounds = 200;

std::string fixture(const std::string& name) {
    return test_fixtures::read(name);
}

/// Runs `work(thread_index)` on `threads` threads that start together, and
/// returns how many calls reported a wrong result.
int run_together(const std::function<bool(int)>& work) {
    std::mutex m;
    std::condition_variable cv;
    bool go = false;
    std::atomic<int> wrong{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            {
                std::unique_lock<std::mutex> lock(m);
                cv.wait(lock, [&] { return go; });
            }
            for (int i = 0; i < rounds; ++i) {
                if (!work(t)) ++wrong;
            }
        });
    }
    {
        const std::lock_guard<std::mutex> lock(m);
        go = true;
    }
    cv.notify_all();
    for (auto& th : pool) th.join();
    return wrong.load();
}

// Shared by every thread, never written after start-up.
const std::string docs = fixture("get_ticket_docs_example.json");
const std::string pre_7_10 = fixture("get_ticket_pre_7_10.json");
const std::string every_text =
    R"({"text": "t", "id": 7, "i8": "-5", "u64": "18446744073709551615", "amount": "15.95", "flag": "on",)"
    R"( "day": "2016-02-29", "moment": "2016-01-01 06:26:29", "sort": "DESC", "hue": "green",)"
    R"( "child": {"id": 1, "name": "c"}, "items": {"item": {"0": {"id": 2, "name": "a"}}}, "bare": [],)"
    R"( "files": [[]], "words": ["x", 1], "grid": [[1], []], "labels": {"k": "v"}, "a/b~c": "s", "new": 1})";

const whmcs::json::decode_options lenient;
const whmcs::json::decode_options strict = [] {
    whmcs::json::decode_options o;
    o.unknown = whmcs::json::unknown_keys::reject;
    o.max_depth = 8;
    return o;
}();

whmcs::json::encode_options wire_shape() {
    whmcs::json::encode_options o;
    o.wire_shape = true;
    return o;
}

/// A transport that answers every post with the docs' example; stateless,
/// so one instance may serve every thread.
struct docs_transport : whmcs::http_transport {
    whmcs::http_answer post(const std::string&, const std::string& body) override {
        if (body.find("ticketid=404") != std::string::npos) {
            return {200, R"({"result":"error","message":"Ticket ID Not Found"})"};
        }
        return {200, docs};
    }
};

}  // namespace

BOOST_AUTO_TEST_CASE(decoding_the_same_texts_on_several_threads_gives_the_same_values) {
    const std::string expected_docs =
        whmcs::json::encode(whmcs::json::decode<gt::response>(docs, lenient));
    const std::string expected_old =
        whmcs::json::encode(whmcs::json::decode<gt::response>(pre_7_10, lenient));
    const std::string expected_every =
        whmcs::json::encode(whmcs::json::decode<fuzz_types::every_kind>(every_text));
    const int wrong = run_together([&](int t) {
        switch (t % 4) {
            case 0:
                return whmcs::json::encode(whmcs::json::decode<gt::response>(docs, lenient)) ==
                       expected_docs;
            case 1:
                return whmcs::json::encode(
                           whmcs::decode_response<gt::response>(pre_7_10, lenient)) == expected_old;
            case 2:
                return whmcs::json::encode(whmcs::json::decode<fuzz_types::every_kind>(
                           every_text, lenient)) == expected_every;
            default: {
                whmcs::json::decode_report report;
                const auto v =
                    whmcs::json::decode<fuzz_types::every_kind>(every_text, lenient, report);
                return report.unknown_keys == std::vector<std::string>{"/new"} &&
                       whmcs::json::encode(v) == expected_every;
            }
        }
    });
    BOOST_TEST(wrong == 0);
}

BOOST_AUTO_TEST_CASE(errors_on_several_threads_are_the_same_errors) {
    // Error paths build messages from shared tables (enum names, member names).
    const std::string bad_enum = R"({"text": "t", "id": 1, "sort": "SIDEWAYS"})";
    const std::string deep = R"({"text": "t", "id": 1, "x": [[[[[[[[[[]]]]]]]]]]})";
    const std::string bad_reply =
        fixture("get_ticket_docs_example.json")
            .replace(docs.find("\"rating\": \"0\""), 13, "\"rating\": \"zero\"");
    const int wrong = run_together([&](int t) {
        switch (t % 3) {
            case 0: {
                const auto r = whmcs::json::try_decode<fuzz_types::every_kind>(bad_enum, strict);
                return !r && r.error().path == "/sort" && r.error().expected == "one of ASC, DESC";
            }
            case 1: {
                const auto r = whmcs::json::try_decode<fuzz_types::every_kind>(deep, strict);
                return !r && r.error().code == whmcs::decode_errc::unknown_member &&
                       r.error().path == "/x";
            }
            default: {
                const auto r = whmcs::json::try_decode<gt::response>(bad_reply, lenient);
                return !r && r.error().path == "/replies/reply/1/rating";
            }
        }
    });
    BOOST_TEST(wrong == 0);
}

BOOST_AUTO_TEST_CASE(encoding_requests_and_values_on_several_threads_gives_the_same_text) {
    const auto creds = [] {
        auto c = whmcs::credentials::api("IDENT-1234", "SECRET-5678");
        c.set_access_key("AKEY-90");
        return c;
    }();
    gt::request request;
    request.ticketnum = "516757&x=y";
    request.repliessort = gt::replies_sort::desc;
    fuzz_types::every_request every;
    every.id = 1;
    every.labels = {{"a b", "c&d"}, {"e", "f"}};
    every.children = {{"x", 1}, {"y", std::nullopt}};
    const gt::response ticket = whmcs::json::decode<gt::response>(docs);

    const std::string expected_request = whmcs::form::encode(request, creds);
    const std::string expected_every = whmcs::form::encode(every);
    const std::string expected_canonical = whmcs::json::encode(ticket);
    const std::string expected_wire = whmcs::json::encode(ticket, wire_shape());
    const int wrong = run_together([&](int t) {
        switch (t % 4) {
            case 0:
                return whmcs::form::encode(request, creds) == expected_request;
            case 1:
                return whmcs::form::encode(every) == expected_every;
            case 2:
                return whmcs::json::encode(ticket) == expected_canonical;
            default:
                return whmcs::json::encode(ticket, wire_shape()) == expected_wire;
        }
    });
    BOOST_TEST(wrong == 0);
}

BOOST_AUTO_TEST_CASE(one_client_serves_several_threads) {
    const whmcs::client api("https://billing.example.com/includes/api.php",
                            whmcs::credentials::api("IDENT-1234", "SECRET-5678"),
                            std::make_shared<docs_transport>());
    const int wrong = run_together([&](int t) {
        gt::request r;
        if (t % 2 == 0) {
            r.ticketid = 1;
            whmcs::response_notes notes;
            return api.call(r, notes).replies.size() == 3u;
        }
        r.ticketid = 404;
        try {
            (void)api.call(r);
            return false;
        } catch (const whmcs::api_error& e) {
            return e.message() == "Ticket ID Not Found";
        }
    });
    BOOST_TEST(wrong == 0);
}

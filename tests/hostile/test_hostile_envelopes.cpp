// Hostile envelopes through decode_response<get_ticket::response>: error
// markers in odd places and of odd types, messages that are not text, huge
// or deeply nested envelopes. Each gives the documented outcome: api_error
// with the given message, or decode_error with the given code and path.

#define BOOST_TEST_MODULE hostile_envelopes
#include "hostile_support.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/response.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>

#include <string>

namespace data = boost::unit_test::data;
namespace gt = whmcs::api::get_ticket;
using whmcs::decode_errc;

namespace {

struct envelope_row {
    const char* name;
    std::string text;
    bool api_error;       // else decode_error
    std::string message;  // api_error: the server's message
    decode_errc code;     // decode_error: its code and path
    std::string path;
};

std::ostream& operator<<(std::ostream& out, const envelope_row& r) {
    return out << r.name;
}

envelope_row api(const char* name, std::string text, std::string message) {
    return {name, std::move(text), true, std::move(message), decode_errc::syntax, {}};
}

envelope_row refused(const char* name, std::string text, decode_errc code, std::string path) {
    return {name, std::move(text), false, {}, code, std::move(path)};
}

const std::string big(std::size_t{1} << 20, 'm');

std::vector<envelope_row> rows() {
    return {
        api("message_is_a_number", R"({"result": "error", "message": 404})", "404"),
        api("message_is_an_object", R"({"result": "error", "message": {"text": "x"}})",
            "(the server sent no message)"),
        api("message_is_null", R"({"result": "error", "message": null})",
            "(the server sent no message)"),
        api("message_is_a_megabyte", R"({"result": "error", "message": ")" + big + "\"}", big),
        api("message_with_escapes_and_nul",
            R"({"result": "error", "message": "a\u0000b\r\n\u00e9"})",
            std::string("a\0b\r\n\xC3\xA9", 7)),
        api("status_error_without_result", R"({"status": "error", "message": "Domain not found"})",
            "Domain not found"),
        api("error_after_deep_unknown_member",
            R"({"x": )" + hostile::nest(50, "[", "]") +
                R"(, "result": "error", "message": "late"})",
            "late"),
        api("error_with_a_list_of_warnings",
            R"({"result": "error", "message": "m", "warning": ["a", {"b": 1}]})", "m"),
        // Not errors: the error marker is not a top-level string "error".
        refused("result_error_nested_one_level", R"({"data": {"result": "error", "message": "m"}})",
                decode_errc::missing_member, "/result"),
        refused("result_error_in_a_list", R"({"result": ["error"], "message": "m"})",
                decode_errc::type_mismatch, "/result"),
        refused("result_error_in_other_case", R"({"result": "ERROR", "message": "m"})",
                decode_errc::missing_member, "/ticketid"),
        refused("result_is_true", R"({"result": true})", decode_errc::type_mismatch, "/result"),
        refused("top_level_array_holding_an_error", R"([{"result": "error", "message": "m"}])",
                decode_errc::type_mismatch, ""),
        refused("error_string_as_the_whole_answer", R"("error")", decode_errc::type_mismatch, ""),
        // Text-level problems win over any envelope inside them...
        refused("error_envelope_cut_short", R"({"result": "error", "message": "m")",
                decode_errc::syntax, "/message"),
        // The object's end already fails the typed decode (first error
        // wins), and text with trailing garbage is no envelope.
        refused("error_envelope_with_trailing_text",
                R"({"result": "error", "message": "m"} <html>)", decode_errc::missing_member,
                "/ticketid"),
        refused("error_envelope_nested_too_deep",
                R"({"result": "error", "message": "m", "x": )" + hostile::nest(100, "[", "]") + "}",
                decode_errc::too_deep, "/x"),
        refused("error_envelope_with_invalid_utf8",
                "{\"result\": \"error\", \"message\": \"\xFF\"}", decode_errc::invalid_utf8,
                "/message"),
        refused("error_envelope_with_a_lone_surrogate",
                R"({"result": "error", "message": "\ud800"})", decode_errc::invalid_utf8,
                "/message"),
    };
}

}  // namespace

BOOST_DATA_TEST_CASE(a_hostile_envelope_gives_its_documented_outcome, data::make(rows()), r) {
    try {
        (void)whmcs::decode_response<gt::response>(r.text);
        BOOST_FAIL("decoded");
    } catch (const whmcs::api_error& e) {
        BOOST_TEST(r.api_error, e.what());
        BOOST_TEST(e.http_status() == 200);
        BOOST_TEST((e.message() == r.message));
    } catch (const whmcs::decode_error& e) {
        BOOST_TEST(!r.api_error, e.what());
        BOOST_TEST(whmcs::to_string(e.code()) == whmcs::to_string(r.code), e.what());
        BOOST_TEST(e.path() == r.path, e.what());
    }
}

BOOST_AUTO_TEST_CASE(an_http_error_body_of_any_shape_gives_an_api_error_with_a_short_text) {
    for (const std::string& body :
         {std::string(10u << 20, '<'), hostile::nest(200000, "[", "]"),
          std::string("{\"message\": \"\xFF\"}"), std::string("\0\0\0", 3),
          std::string(R"({"message": ")") + big + "\"}"}) {
        const whmcs::api_error e = whmcs::detail::http_error(503, body);
        BOOST_TEST(e.http_status() == 503);
        BOOST_TEST(std::string(e.what()).size() < (std::size_t{1} << 20) + 100);
    }
}

// Hostile text: the docs' example cut at every byte, 200,000 levels of
// nesting, 10 MB messages, invalid UTF-8, lone surrogates and control
// characters, into the generated GetTicket types, through json::decode and
// decode_response. (tests/runtime/test_decode_text.cpp has the basic cases on
// a sample type; these go further and use the real response.)

#define BOOST_TEST_MODULE hostile_text
#include "hostile_support.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/json/encode.hpp>
#include <whmcs/response.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>

#include <cstddef>
#include <string>

namespace data = boost::unit_test::data;
namespace gt = whmcs::api::get_ticket;
using whmcs::decode_errc;

namespace {

const std::string& canonical_docs_example() {
    static const std::string text =
        whmcs::json::encode(whmcs::json::decode<gt::response>(hostile::docs_example()));
    return text;
}

std::string raw_at(const std::string& pointer, const std::string& value) {
    return hostile::docs_example_with_raw(pointer, value);
}

/// True when `prefix` ends inside a multi-byte UTF-8 sequence.
bool cuts_a_character(std::string_view prefix) {
    std::size_t continuation = 0;
    for (auto i = prefix.size(); i > 0; --i) {
        const auto c = static_cast<unsigned char>(prefix[i - 1]);
        if ((c & 0xC0) == 0x80) {
            ++continuation;
            continue;
        }
        const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return continuation + 1 < length;
    }
    return false;
}

std::size_t end_of_value() {
    const std::string& text = hostile::docs_example();
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' ')) --end;
    return end;
}

}  // namespace

// ------------------------------------------------------------- truncation

// One case per prefix length: every prefix short of the closing brace is a
// clean syntax error at (or before) its end; from the brace on, the value is
// the full one. Never a crash, never a success with part of the data.
BOOST_DATA_TEST_CASE(the_docs_example_cut_at_any_byte_is_a_clean_error,
                     data::xrange(hostile::docs_example().size() + 1), length) {
    const std::string_view prefix = std::string_view(hostile::docs_example()).substr(0, length);
    auto result = whmcs::json::try_decode<gt::response>(prefix);
    if (length >= end_of_value()) {
        BOOST_TEST_REQUIRE(result.has_value(), (result ? std::string() : result.error().message()));
        BOOST_TEST(whmcs::json::encode(*result) == canonical_docs_example());
        return;
    }
    BOOST_TEST_REQUIRE(!result.has_value());
    const whmcs::decode_error_info& e = result.error();
    if (length == 0) {
        BOOST_TEST(e.code == decode_errc::empty_input);
    } else if (cuts_a_character(prefix)) {
        // Cut inside a multi-byte character: the string's bytes are not UTF-8.
        BOOST_TEST(e.code == decode_errc::invalid_utf8, e.message());
        BOOST_TEST(e.offset < length, e.message());
    } else {
        BOOST_TEST(e.code == decode_errc::syntax, e.message());
        BOOST_TEST(e.offset <= length, e.message());
        BOOST_TEST(e.offset + 1 >= length, e.message());  // at the end, or at the last byte
    }
    // decode_response treats it the same way: a decode_error, not an api_error.
    BOOST_CHECK_THROW(whmcs::decode_response<gt::response>(prefix), whmcs::decode_error);
}

// ---------------------------------------------------------------- nesting

namespace {

constexpr std::size_t deep = 200000;

struct nesting_row {
    const char* name;
    std::string text;
    decode_errc code;
    std::string path;
};

std::ostream& operator<<(std::ostream& out, const nesting_row& r) {
    return out << r.name;
}

std::vector<nesting_row> nesting_rows() {
    const std::string arrays = hostile::nest(deep, "[", "]");
    const std::string objects = hostile::nest(deep, R"({"k":)", "}");
    return {
        {"arrays_in_an_unknown_member", raw_at("/extra", arrays), decode_errc::too_deep, "/extra"},
        {"objects_in_an_unknown_member", raw_at("/extra", objects), decode_errc::too_deep,
         "/extra"},
        {"arrays_as_the_root", arrays, decode_errc::type_mismatch, ""},
        {"objects_in_a_string_member", raw_at("/subject", objects), decode_errc::type_mismatch,
         "/subject"},
        {"arrays_in_the_replies_list", raw_at("/replies", arrays), decode_errc::type_mismatch,
         "/replies/0"},
        {"arrays_in_the_reply_wrapper", raw_at("/replies/reply", arrays),
         decode_errc::type_mismatch, "/replies/reply/0"},
        {"objects_in_an_unknown_member_of_a_reply", raw_at("/replies/reply/1/extra", objects),
         decode_errc::too_deep, "/replies/reply/1/extra"},
        {"unclosed_arrays", raw_at("/extra", std::string(deep, '[')), decode_errc::too_deep,
         "/extra"},
    };
}

}  // namespace

BOOST_DATA_TEST_CASE(two_hundred_thousand_levels_of_nesting_fail_without_exhausting_the_stack,
                     data::make(nesting_rows()), r) {
    hostile::check_error(hostile::failure<gt::response>(r.text), r.code, r.path);
    // The same through decode_response: its envelope scan must not recurse either.
    try {
        (void)whmcs::decode_response<gt::response>(r.text);
        BOOST_FAIL("decode_response accepted " << r.name);
    } catch (const whmcs::decode_error& e) {
        BOOST_TEST(e.code() == r.code, e.what());
    }
}

BOOST_AUTO_TEST_CASE(deep_nesting_is_refused_under_strict_decoding_at_the_unknown_key) {
    whmcs::json::decode_options strict;
    strict.unknown = whmcs::json::unknown_keys::reject;
    const auto e =
        hostile::failure<gt::response>(raw_at("/extra", hostile::nest(deep, "[", "]")), strict);
    hostile::check_error(e, decode_errc::unknown_member, "/extra");
}

// --------------------------------------------------------------- 10 MB

namespace {

constexpr std::size_t ten_mb = std::size_t{10} << 20;

}  // namespace

BOOST_AUTO_TEST_CASE(a_ten_megabyte_reply_message_decodes_exactly) {
    std::string message(ten_mb, 'a');
    for (std::size_t i = 0; i < message.size(); i += 1000) message[i] = '\n';
    // Escape the newlines as JSON wants them.
    std::string escaped;
    escaped.reserve(message.size() + message.size() / 500);
    for (const char c : message) {
        if (c == '\n') {
            escaped += "\\n";
        } else {
            escaped += c;
        }
    }
    const std::string big =
        hostile::docs_example_with("/replies/reply/1/message", "\"" + escaped + "\"");
    BOOST_TEST(big.size() > ten_mb);
    const auto t = whmcs::json::decode<gt::response>(big);
    BOOST_TEST(t.replies.at(1).message == message);
    BOOST_TEST(whmcs::decode_response<gt::response>(big).replies.at(1).message.size() == ten_mb);
}

BOOST_AUTO_TEST_CASE(ten_megabytes_in_an_unknown_member_are_skipped) {
    const std::string big =
        hostile::docs_example_with("/extra", "[\"" + std::string(ten_mb, 'x') + "\", 1, {}]");
    BOOST_TEST(whmcs::json::decode<gt::response>(big).ticketid == 1);
}

BOOST_AUTO_TEST_CASE(ten_megabytes_of_white_space_around_the_answer_are_fine) {
    const std::string pad(ten_mb / 2, ' ');
    BOOST_TEST(whmcs::json::decode<gt::response>(pad + hostile::docs_example() + pad).ticketid ==
               1);
}

BOOST_AUTO_TEST_CASE(ten_megabytes_of_digits_for_an_integer_are_out_of_range_with_a_short_excerpt) {
    const std::string digits(ten_mb, '7');
    hostile::check_error(hostile::failure<gt::response>(
                             hostile::docs_example_with("/ticketid", "\"" + digits + "\"")),
                         decode_errc::out_of_range, "/ticketid");
    hostile::check_error(hostile::failure<gt::response>(raw_at("/ticketid", digits)),
                         decode_errc::out_of_range, "/ticketid");
}

BOOST_AUTO_TEST_CASE(ten_megabytes_over_max_input_size_are_refused_before_parsing) {
    whmcs::json::decode_options options;
    options.max_input_size = ten_mb;
    std::string text = hostile::docs_example_with("/extra", "\"" + std::string(ten_mb, 'x') + "\"");
    const auto e = hostile::failure<gt::response>(text, options);
    BOOST_TEST(e.code == decode_errc::too_large);
    BOOST_TEST(e.found == std::to_string(text.size()) + " bytes");
    BOOST_CHECK_THROW(whmcs::decode_response<gt::response>(text, options), whmcs::decode_error);
}

BOOST_AUTO_TEST_CASE(fifty_thousand_replies_decode) {
    const std::string reply =
        R"({"replyid":"7","userid":"1","contactid":"0","name":"n","email":"e","date":"2016-01-01 06:26:29",)"
        R"("message":"m","attachment":"","attachments":[[]],"attachments_removed":false,"admin":""})";
    std::string list;
    for (int i = 0; i < 50000; ++i) list += (i ? "," : "") + reply;
    const std::string text = hostile::docs_example_with("/replies/reply", "[" + list + "]");
    BOOST_TEST(text.size() > ten_mb / 2);
    const auto t = whmcs::json::decode<gt::response>(text);
    BOOST_TEST(t.replies.size() == 50000u);
    BOOST_TEST(t.replies.back().replyid.value() == 7);
}

// ----------------------------------------------- UTF-8, surrogates, controls

namespace {

struct text_row {
    const char* name;
    std::string pointer;  // where the bad string goes ("" for the raw text as is)
    std::string value;    // JSON text put there, raw bytes and all
    decode_errc code;
    std::string path;
};

std::ostream& operator<<(std::ostream& out, const text_row& r) {
    return out << r.name;
}

const text_row text_rows[] = {
    // Invalid UTF-8 anywhere a string is, kept or skipped.
    {"overlong_slash", "/subject", "\"\xC0\xAF\"", decode_errc::invalid_utf8, "/subject"},
    {"overlong_three_bytes", "/subject", "\"\xE0\x80\xAF\"", decode_errc::invalid_utf8, "/subject"},
    {"encoded_surrogate", "/replies/reply/1/message", "\"ok \xED\xB0\x80\"",
     decode_errc::invalid_utf8, "/replies/reply/1/message"},
    {"above_u10ffff", "/subject", "\"\xF4\x90\x80\x80\"", decode_errc::invalid_utf8, "/subject"},
    {"lone_continuation_byte", "/name", "\"a\x80z\"", decode_errc::invalid_utf8, "/name"},
    {"truncated_sequence_before_the_quote", "/name", "\"\xE2\x82\"", decode_errc::invalid_utf8,
     "/name"},
    {"latin1_byte", "/notes/note/0/message", "\"caf\xE9\"", decode_errc::invalid_utf8,
     "/notes/note/0/message"},
    {"in_an_unknown_member", "/extra", "\"\xFF\"", decode_errc::invalid_utf8, "/extra"},
    {"in_an_unknown_member_deep_inside", "/extra", "[{\"a\": [\"\xC3\x28\"]}]",
     decode_errc::invalid_utf8, "/extra"},
    {"in_a_number_field", "/ticketid", "\"1\xFF\"", decode_errc::invalid_utf8, "/ticketid"},
    {"in_a_key", "/replies/reply/1/extra", "{\"k\xFF\": 1}", decode_errc::invalid_utf8,
     "/replies/reply/1/extra"},
    // Escaped surrogates that do not pair up.
    {"lone_high_surrogate", "/subject", R"("\ud800")", decode_errc::invalid_utf8, "/subject"},
    {"lone_low_surrogate", "/subject", R"("\udc00")", decode_errc::invalid_utf8, "/subject"},
    {"last_high_surrogate", "/subject", R"("x\udbff")", decode_errc::invalid_utf8, "/subject"},
    {"last_low_surrogate", "/subject", R"("\udfffx")", decode_errc::invalid_utf8, "/subject"},
    {"two_high_surrogates", "/subject", R"("\ud800\ud800")", decode_errc::invalid_utf8, "/subject"},
    {"low_before_high", "/subject", R"("\udc00\ud800")", decode_errc::invalid_utf8, "/subject"},
    {"high_then_other_escape", "/subject", R"("\ud800\n")", decode_errc::invalid_utf8, "/subject"},
    {"lone_surrogate_in_a_skipped_member", "/extra", R"(["\udc00"])", decode_errc::invalid_utf8,
     "/extra"},
    {"lone_surrogate_in_a_key", "/extra", R"({"\ud800": 1})", decode_errc::invalid_utf8, "/extra"},
    {"lone_surrogate_in_an_integer_string", "/ticketid", R"("1\udc00")", decode_errc::invalid_utf8,
     "/ticketid"},
    // Raw control characters inside strings (JSON wants them escaped).
    {"raw_nul_in_a_string", "/subject", std::string("\"a\0b\"", 5), decode_errc::syntax,
     "/subject"},
    {"raw_soh_in_a_string", "/subject", "\"a\x01z\"", decode_errc::syntax, "/subject"},
    {"raw_newline_in_a_string", "/replies/reply/0/message", "\"line\nbreak\"", decode_errc::syntax,
     "/replies/reply/0/message"},
    {"raw_escape_char_in_a_string", "/subject", "\"\x1B[31mred\"", decode_errc::syntax, "/subject"},
    {"raw_unit_separator_in_a_key", "/extra", "{\"a\x1F\": 1}", decode_errc::syntax, "/extra"},
    // Control characters between tokens are not JSON white space.
    {"vertical_tab_between_tokens", "/subject", "\x0B\"s\"", decode_errc::syntax, "/subject"},
    {"form_feed_between_tokens", "/subject", "\"s\"\x0C", decode_errc::syntax, "/subject"},
    // RapidJSON stops at a NUL byte; the next member is then missing its comma.
    {"nul_between_tokens", "/subject", std::string("\"s\"\0", 4), decode_errc::syntax, "/subject"},
};

}  // namespace

BOOST_DATA_TEST_CASE(bad_text_inside_the_answer_fails_at_its_path, data::make(text_rows), r) {
    const auto e = hostile::failure<gt::response>(raw_at(r.pointer, r.value));
    BOOST_TEST(whmcs::to_string(e.code) == whmcs::to_string(r.code), e.message());
    BOOST_TEST(e.path == r.path, e.message());
    BOOST_TEST(e.message().size() < 300u);
}

namespace {

struct accepted_row {
    const char* name;
    std::string value;     // JSON text for the subject
    std::string expected;  // what the subject decodes to
};

std::ostream& operator<<(std::ostream& out, const accepted_row& r) {
    return out << r.name;
}

const accepted_row accepted_rows[] = {
    {"escaped_nul_is_kept", R"("a\u0000b")", std::string("a\0b", 3)},
    {"escaped_control_characters_are_kept", R"("\u0001\u001f\b\f")", "\x01\x1F\b\f"},
    {"raw_delete_is_not_a_control_character_in_json", "\"a\x7Fz\"", "a\x7Fz"},
    {"paired_surrogates_make_one_character", R"("\ud83d\ude00")", "\xF0\x9F\x98\x80"},
    {"highest_code_point", "\"\xF4\x8F\xBF\xBF\"", "\xF4\x8F\xBF\xBF"},
    {"escaped_and_raw_mixed",
     R"("\u003Cb\u003E caf)"
     "\xC3\xA9"
     R"( \/")",
     "<b> caf\xC3\xA9 /"},
    {"noncharacter_u_fffe_is_valid_utf8", "\"\xEF\xBF\xBE\"", "\xEF\xBF\xBE"},
};

}  // namespace

BOOST_DATA_TEST_CASE(unusual_but_valid_text_decodes_byte_for_byte, data::make(accepted_rows), r) {
    const auto t = whmcs::json::try_decode<gt::response>(raw_at("/subject", r.value));
    BOOST_TEST_REQUIRE(t.has_value(), (t ? std::string() : t.error().message()));
    BOOST_TEST(t->subject == r.expected);
}

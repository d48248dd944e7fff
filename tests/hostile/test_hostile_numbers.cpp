// Numbers a server should not send where integers are due: one past the
// limits of every integer width (as JSON numbers and as strings), exponents,
// fractions and other spellings. The limits themselves are accepted.

#define BOOST_TEST_MODULE hostile_numbers
#include "hostile_support.hpp"

#include "fuzz_types.hpp"

#include <whmcs/api/get_ticket.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace data = boost::unit_test::data;
namespace gt = whmcs::api::get_ticket;
using fuzz_types::every_kind;
using whmcs::decode_errc;

namespace {

struct number_row {
    std::string member;
    std::string json;   // the member's value as it appears in the text
    bool accepted;      // else out_of_range
    std::string value;  // accepted: the decoded value in decimal
};

std::ostream& operator<<(std::ostream& out, const number_row& r) {
    return out << r.member << " = " << r.json << (r.accepted ? " accepted" : " out of range");
}

std::string document(const std::string& member, const std::string& json) {
    return R"({"text": "t", "id": 1, ")" + member + R"(": )" + json + "}";
}

/// "9223372036854775807" + 1 in decimal text, whatever the length.
std::string plus_one(std::string digits) {
    for (auto i = digits.size(); i > 0; --i) {
        if (digits[i - 1] != '9') {
            ++digits[i - 1];
            return digits;
        }
        digits[i - 1] = '0';
    }
    return "1" + digits;
}

template <class Int>
void add_width(std::vector<number_row>& rows, const std::string& member) {
    const std::string max = std::to_string(std::numeric_limits<Int>::max());
    const std::string min = std::to_string(std::numeric_limits<Int>::min());
    const std::string below_min = std::is_signed_v<Int> ? "-" + plus_one(min.substr(1)) : "-1";
    for (const bool quoted : {false, true}) {
        auto q = [quoted](const std::string& s) { return quoted ? "\"" + s + "\"" : s; };
        rows.push_back({member, q(max), true, max});
        rows.push_back({member, q(min), true, min});
        rows.push_back({member, q(plus_one(max)), false, {}});
        rows.push_back({member, q(below_min), false, {}});
        rows.push_back({member, q(max + "0"), false, {}});
    }
}

std::vector<number_row> width_rows() {
    std::vector<number_row> rows;
    add_width<std::int8_t>(rows, "i8");
    add_width<std::int16_t>(rows, "i16");
    add_width<std::int32_t>(rows, "i32");
    add_width<std::int64_t>(rows, "i64");
    add_width<std::uint8_t>(rows, "u8");
    add_width<std::uint16_t>(rows, "u16");
    add_width<std::uint32_t>(rows, "u32");
    add_width<std::uint64_t>(rows, "u64");
    return rows;
}

template <class Int>
std::string text_of(const std::optional<Int>& v) {
    return v ? std::to_string(*v) : "(none)";
}

std::string decoded(const every_kind& v, const std::string& member) {
    if (member == "i8") return text_of(v.i8);
    if (member == "i16") return text_of(v.i16);
    if (member == "i32") return text_of(v.i32);
    if (member == "i64") return text_of(v.i64);
    if (member == "u8") return text_of(v.u8);
    if (member == "u16") return text_of(v.u16);
    if (member == "u32") return text_of(v.u32);
    return text_of(v.u64);
}

}  // namespace

BOOST_DATA_TEST_CASE(every_integer_width_takes_its_limits_and_refuses_one_past_them,
                     data::make(width_rows()), r) {
    const std::string text = document(r.member, r.json);
    auto result = whmcs::json::try_decode<every_kind>(text);
    if (r.accepted) {
        BOOST_TEST_REQUIRE(result.has_value(), (result ? std::string() : result.error().message()));
        BOOST_TEST(decoded(*result, r.member) == r.value);
    } else {
        BOOST_TEST_REQUIRE(!result.has_value(),
                           (result ? "accepted " + decoded(*result, r.member) : std::string()));
        hostile::check_error(result.error(), decode_errc::out_of_range, "/" + r.member);
    }
}

// GetTicket's integers are 64-bit (ids beyond 2^31 exist): one past the
// limits of int64 fails at each field's path.
const char* const get_ticket_integers[] = {
    "/ticketid",
    "/deptid",
    "/userid",
    "/contactid",
    "/flag",
    "/replies/reply/1/replyid",
    "/replies/reply/1/userid",
    "/replies/reply/1/contactid",
    "/replies/reply/1/rating",
    "/notes/note/0/noteid",
    "/replies/reply/0/attachments/0/index",
};

BOOST_DATA_TEST_CASE(get_ticket_integers_refuse_values_beyond_64_bits,
                     data::make(get_ticket_integers) *
                         data::make({"9223372036854775808", "\"-9223372036854775809\"",
                                     "18446744073709551616"}),
                     pointer, value) {
    hostile::check_error(
        hostile::failure<gt::response>(hostile::docs_example_with_raw(pointer, value)),
        decode_errc::out_of_range, pointer);
}

BOOST_AUTO_TEST_CASE(get_ticket_ids_beyond_32_bits_are_kept) {
    const auto t = whmcs::json::decode<gt::response>(
        hostile::docs_example_with_raw("/ticketid", "7858259149"));
    BOOST_TEST(t.ticketid == 7858259149);
}

// Exponents, fractions and other spellings where an integer is due: each is
// invalid_value (never rounded, truncated or read as its integer part).
const std::string not_integers[] = {
    "1e3",      "1E3",     "1e+3",      "1e-3",       "10e-1",         "0e0",      "-0e0",
    "1.0",      "1.5",     "-1.0",      "1.5e1",      "0.0",           R"("1e3")", R"("1E3")",
    R"("1.0")", R"("+1")", R"("0x10")", R"("1_000")", R"("1,000")",    R"(" 1")",  R"("1 ")",
    R"("--1")", R"("-")",  R"("")",     R"("1e")",    R"("Infinity")", R"("NaN")", R"("١")",
};

BOOST_DATA_TEST_CASE(a_number_that_is_not_a_plain_integer_is_an_invalid_integer,
                     data::make(not_integers) *
                         data::make({"/ticketid", "/replies/reply/1/rating"}),
                     value, pointer) {
    hostile::check_error(
        hostile::failure<gt::response>(hostile::docs_example_with_raw(pointer, value)),
        decode_errc::invalid_value, pointer);
}

BOOST_AUTO_TEST_CASE(a_number_too_large_for_a_double_is_out_of_range_even_where_a_string_is_due) {
    // RapidJSON refuses numbers beyond double's range while parsing, before
    // the decoder sees them, whatever the member's type.
    hostile::check_error(hostile::failure<gt::response>(hostile::docs_example_with_raw(
                             "/subject", "1" + std::string(400, '0'))),
                         decode_errc::out_of_range, "/subject");
}

struct spelling_row {
    std::string json;
    std::int64_t value;
};

std::ostream& operator<<(std::ostream& out, const spelling_row& r) {
    return out << r.json;
}

// What is accepted: plain integers, as numbers or strings, and the string
// spellings PHP produces (leading zeros in strings, "-0").
const spelling_row accepted_spellings[] = {
    {"0", 0},          {"-0", 0},  {R"("-0")", 0},  {R"("007")", 7},
    {R"("-007")", -7}, {"42", 42}, {R"("42")", 42},
};

BOOST_DATA_TEST_CASE(plain_integer_spellings_are_accepted, data::make(accepted_spellings), r) {
    const auto t =
        whmcs::json::try_decode<gt::response>(hostile::docs_example_with_raw("/ticketid", r.json));
    BOOST_TEST_REQUIRE(t.has_value(), (t ? std::string() : t.error().message()));
    BOOST_TEST(t->ticketid == r.value);
}

// Wire rules for scalar members: every accepted form decodes to the exact
// value; every rejected form fails with its code at the member's path.

#define BOOST_TEST_MODULE decode_scalars
#include "sample_types.hpp"
#include "test_support.hpp"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>

#include <limits>

namespace data = boost::unit_test::data;
using sample::every_kind;
using test_support::rejected;
using whmcs::decode_errc;

namespace {

template <class T>
struct accepted {
    std::string json;  // the member's value as it appears in the input
    T expected;
};

template <class T>
std::ostream& operator<<(std::ostream& out, const accepted<T>& row) {
    return out << row.json;
}

every_kind decode_member(const std::string& key, const std::string& json) {
    return whmcs::json::decode<every_kind>("{\"" + key + "\": " + json + "}");
}

rejected member_rejected(const std::string& key, const std::string& json, decode_errc code) {
    return rejected{"{\"" + key + "\": " + json + "}", code, "/" + key};
}

}  // namespace

// ---------------------------------------------------------------- integers

const accepted<std::int64_t> integer_accepted[] = {
    {"1", 1},
    {"\"1\"", 1},
    {"-5", -5},
    {"\"-5\"", -5},
    {"0", 0},
    {"\"0\"", 0},
    {"\"007\"", 7},
    {"\"7858259149\"", 7858259149},
    {"9223372036854775807", std::numeric_limits<std::int64_t>::max()},
    {"\"-9223372036854775808\"", std::numeric_limits<std::int64_t>::min()},
};

BOOST_DATA_TEST_CASE(int_accepts_numbers_and_numeric_strings, data::make(integer_accepted), row) {
    BOOST_TEST(decode_member("i64", row.json).i64.value() == row.expected);
}

const rejected integer_rejected[] = {
    member_rejected("i64", "1.5", decode_errc::invalid_value),
    member_rejected("i64", "\"1.5\"", decode_errc::invalid_value),
    member_rejected("i64", "1e3", decode_errc::invalid_value),
    member_rejected("i64", "1.0", decode_errc::invalid_value),
    member_rejected("i64", "\"12abc\"", decode_errc::invalid_value),
    member_rejected("i64", "\" 1\"", decode_errc::invalid_value),
    member_rejected("i64", "\"1 \"", decode_errc::invalid_value),
    member_rejected("i64", "\"+1\"", decode_errc::invalid_value),
    member_rejected("i64", "\"-\"", decode_errc::invalid_value),
    member_rejected("i64", "\"\"", decode_errc::invalid_value),
    member_rejected("i64", "9223372036854775808", decode_errc::out_of_range),
    member_rejected("i64", "\"-9223372036854775809\"", decode_errc::out_of_range),
    member_rejected("i64", "99999999999999999999999", decode_errc::out_of_range),
    member_rejected("i64", "true", decode_errc::type_mismatch),
    member_rejected("i64", "{}", decode_errc::type_mismatch),
    member_rejected("i64", "[]", decode_errc::type_mismatch),
};

BOOST_DATA_TEST_CASE(int_rejects_fractions_junk_and_overflow, data::make(integer_rejected), row) {
    test_support::check_rejected<every_kind>(row);
}

const rejected width_rejected[] = {
    member_rejected("i32", "2147483648", decode_errc::out_of_range),
    member_rejected("i32", "\"-2147483649\"", decode_errc::out_of_range),
    member_rejected("u32", "-1", decode_errc::out_of_range),
    member_rejected("u32", "4294967296", decode_errc::out_of_range),
};

BOOST_DATA_TEST_CASE(int_rejects_overflow_of_every_width, data::make(width_rejected), row) {
    test_support::check_rejected<sample::hand_written>(row);
}

BOOST_AUTO_TEST_CASE(int_widths_accept_their_limits) {
    using sample::hand_written;
    BOOST_TEST(whmcs::json::decode<hand_written>(R"({"i32": "-2147483648"})").i32.value() ==
               std::numeric_limits<std::int32_t>::min());
    BOOST_TEST(whmcs::json::decode<hand_written>(R"({"u32": 4294967295})").u32.value() ==
               std::numeric_limits<std::uint32_t>::max());
    BOOST_TEST(whmcs::json::decode<hand_written>(R"({"u32": "-0"})").u32.value() == 0u);
}

BOOST_AUTO_TEST_CASE(null_leaves_an_optional_empty) {
    BOOST_TEST(!decode_member("i64", "null").i64.has_value());
    BOOST_TEST(!decode_member("text", "null").text.has_value());
}

// ---------------------------------------------------------------- decimals

const accepted<whmcs::decimal> decimal_accepted[] = {
    {"15.95", whmcs::decimal(1595, 2)},
    {"\"15.95\"", whmcs::decimal(1595, 2)},
    {"\"-1.00\"", whmcs::decimal(-100, 2)},
    {"\"0.000\"", whmcs::decimal(0, 3)},
    {"3", whmcs::decimal(3, 0)},
    {"\"1e2\"", whmcs::decimal(100, 0)},
    {"1.5E-1", whmcs::decimal(15, 2)},
};

BOOST_DATA_TEST_CASE(decimal_accepts_numbers_and_numeric_strings, data::make(decimal_accepted),
                     row) {
    const whmcs::decimal value = decode_member("amount", row.json).amount.value();
    BOOST_TEST(value.units() == row.expected.units());
    BOOST_TEST(value.scale() == row.expected.scale());
}

const rejected decimal_rejected[] = {
    member_rejected("amount", "\"abc\"", decode_errc::invalid_value),
    member_rejected("amount", "\"\"", decode_errc::invalid_value),
    member_rejected("amount", "\"1.2.3\"", decode_errc::invalid_value),
    member_rejected("amount", "\"15,95\"", decode_errc::invalid_value),
    member_rejected("amount", "\"1.\"", decode_errc::invalid_value),
    member_rejected("amount", "\".5\"", decode_errc::invalid_value),
    member_rejected("amount", "\"99999999999999999999\"", decode_errc::out_of_range),
    member_rejected("amount", "true", decode_errc::type_mismatch),
    member_rejected("amount", "{}", decode_errc::type_mismatch),
};

BOOST_DATA_TEST_CASE(decimal_rejects_non_numeric_text, data::make(decimal_rejected), row) {
    test_support::check_rejected<every_kind>(row);
}

BOOST_AUTO_TEST_CASE(decimal_keeps_its_digits_and_compares_by_value) {
    const whmcs::decimal price = decode_member("amount", "\"15.90\"").amount.value();
    BOOST_TEST(price.to_string() == "15.90");
    BOOST_TEST((price == whmcs::decimal(159, 1)));
    BOOST_TEST((whmcs::decimal(-100, 2) < whmcs::decimal(0, 0)));
    BOOST_TEST(whmcs::decimal(-5, 3).to_string() == "-0.005");
    BOOST_TEST(price.to_double() == 15.9);
}

// ---------------------------------------------------------------- booleans

const accepted<bool> bool_accepted[] = {
    {"true", true},   {"false", false},   {"1", true},        {"0", false},
    {"\"1\"", true},  {"\"0\"", false},   {"\"true\"", true}, {"\"false\"", false},
    {"\"on\"", true}, {"\"off\"", false}, {"\"yes\"", true},  {"\"no\"", false},
    {"\"\"", false},
};

BOOST_DATA_TEST_CASE(bool_accepts_every_php_spelling, data::make(bool_accepted), row) {
    BOOST_TEST(decode_member("flag", row.json).flag.value() == row.expected);
}

const rejected bool_rejected[] = {
    member_rejected("flag", "2", decode_errc::invalid_value),
    member_rejected("flag", "\"2\"", decode_errc::invalid_value),
    member_rejected("flag", "0.5", decode_errc::invalid_value),
    member_rejected("flag", "\"maybe\"", decode_errc::invalid_value),
    member_rejected("flag", "\"TRUE\"", decode_errc::invalid_value),
    member_rejected("flag", "{}", decode_errc::type_mismatch),
    member_rejected("flag", "[]", decode_errc::type_mismatch),
};

BOOST_DATA_TEST_CASE(bool_rejects_anything_else, data::make(bool_rejected), row) {
    test_support::check_rejected<every_kind>(row);
}

// ---------------------------------------------------------------- strings

const accepted<std::string> string_accepted[] = {
    {"\"abc\"", "abc"},
    {"12", "12"},
    {"1.50", "1.50"},
    {"\"\\u003Cb\\u003E \\u0022q\\u0022 a\\/b\"", "<b> \"q\" a/b"},
    {"\"Hey, \\r\\n\\r\\nThanks\"", "Hey, \r\n\r\nThanks"},
    {"\"caf\xC3\xA9 \\u00e9 \\ud83d\\ude00\"", "caf\xC3\xA9 \xC3\xA9 \xF0\x9F\x98\x80"},
    {"\"\"", ""},
};

BOOST_DATA_TEST_CASE(string_accepts_strings_and_number_text, data::make(string_accepted), row) {
    BOOST_TEST(decode_member("text", row.json).text.value() == row.expected);
}

const rejected string_rejected[] = {
    member_rejected("text", "{}", decode_errc::type_mismatch),
    member_rejected("text", "[]", decode_errc::type_mismatch),
    member_rejected("text", "true", decode_errc::type_mismatch),
};

BOOST_DATA_TEST_CASE(string_rejects_objects_arrays_and_booleans, data::make(string_rejected), row) {
    test_support::check_rejected<every_kind>(row);
}

// ---------------------------------------------------------------- dates

const accepted<whmcs::date> date_accepted[] = {
    {"\"2016-01-01\"", whmcs::date{2016, 1, 1}},
    {"\"2024-02-29\"", whmcs::date{2024, 2, 29}},
    {"\"0000-00-00\"", whmcs::date{}},
    {"\"\"", whmcs::date{}},
};

BOOST_DATA_TEST_CASE(date_accepts_ymd_and_no_date, data::make(date_accepted), row) {
    BOOST_TEST((decode_member("day", row.json).day.value() == row.expected));
}

const accepted<whmcs::datetime> datetime_accepted[] = {
    {"\"2016-01-01 06:26:29\"", whmcs::datetime{{2016, 1, 1}, 6, 26, 29}},
    {"\"1999-12-31 23:59:59\"", whmcs::datetime{{1999, 12, 31}, 23, 59, 59}},
    {"\"0000-00-00 00:00:00\"", whmcs::datetime{}},
    {"\"0000-00-00\"", whmcs::datetime{}},
    {"\"\"", whmcs::datetime{}},
};

BOOST_DATA_TEST_CASE(datetime_accepts_ymd_his_and_no_date, data::make(datetime_accepted), row) {
    const whmcs::datetime value = decode_member("moment", row.json).moment.value();
    BOOST_TEST((value == row.expected));
    BOOST_TEST(value.empty() == row.expected.empty());
}

const rejected date_rejected[] = {
    member_rejected("day", "\"2016-13-01\"", decode_errc::out_of_range),
    member_rejected("day", "\"2023-02-29\"", decode_errc::out_of_range),
    member_rejected("day", "\"2016-1-1\"", decode_errc::invalid_value),
    member_rejected("day", "\"2016-01-01 06:26:29\"", decode_errc::invalid_value),
    member_rejected("day", "20160101", decode_errc::type_mismatch),
    member_rejected("moment", "\"2016-01-01 24:00:00\"", decode_errc::out_of_range),
    member_rejected("moment", "\"2016-01-01 06:60:00\"", decode_errc::out_of_range),
    member_rejected("moment", "\"0000-00-00 06:00:00\"", decode_errc::out_of_range),
    member_rejected("moment", "\"2016-01-01T06:26:29\"", decode_errc::invalid_value),
    member_rejected("moment", "\"2016-01-01\"", decode_errc::invalid_value),
    member_rejected("moment", "\"yesterday\"", decode_errc::invalid_value),
    member_rejected("moment", "1451629589", decode_errc::type_mismatch),
};

BOOST_DATA_TEST_CASE(dates_reject_malformed_text, data::make(date_rejected), row) {
    test_support::check_rejected<every_kind>(row);
}

BOOST_AUTO_TEST_CASE(dates_print_back_as_whmcs_writes_them) {
    const whmcs::datetime value = decode_member("moment", "\"2016-01-01 06:26:29\"").moment.value();
    BOOST_TEST(value.to_string() == "2016-01-01 06:26:29");
    BOOST_TEST(value.date.to_string() == "2016-01-01");
    BOOST_TEST(whmcs::datetime{}.to_string() == "");
}

BOOST_AUTO_TEST_CASE(years_beyond_four_digits_print_whole_and_do_not_decode) {
    const whmcs::date far{12345, 1, 2};
    BOOST_TEST(far.to_string() == "12345-01-02");
    const whmcs::date before_year_zero{-1, 1, 2};
    BOOST_TEST(before_year_zero.to_string() == "-1-01-02");
    whmcs::date back;
    BOOST_TEST((whmcs::date::parse(far.to_string(), back) == whmcs::parse_status::invalid));
}

// ---------------------------------------------------------------- enums

BOOST_AUTO_TEST_CASE(enum_accepts_its_wire_names) {
    BOOST_TEST((decode_member("sort", "\"ASC\"").sort.value() == sample::sort_order::asc));
    BOOST_TEST((decode_member("sort", "\"DESC\"").sort.value() == sample::sort_order::desc));
    // Without wire names, the enumerator names are the wire names.
    BOOST_TEST((whmcs::json::decode<sample::hand_written>(R"({"hue": "green"})").hue.value() ==
                sample::color::green));
}

const rejected enum_rejected[] = {
    member_rejected("sort", "\"asc\"", decode_errc::invalid_value),
    member_rejected("sort", "\"\"", decode_errc::invalid_value),
    member_rejected("sort", "1", decode_errc::type_mismatch),
};

BOOST_DATA_TEST_CASE(enum_rejects_other_values, data::make(enum_rejected), row) {
    test_support::check_rejected<every_kind>(row);
}

BOOST_AUTO_TEST_CASE(enum_without_wire_names_rejects_other_values) {
    test_support::check_rejected<sample::hand_written>(
        member_rejected("hue", "\"blue\"", decode_errc::invalid_value));
}

BOOST_AUTO_TEST_CASE(enum_error_lists_the_allowed_values) {
    const auto error = test_support::failure<every_kind>(R"({"sort": "UP"})");
    BOOST_TEST(error.expected == "one of ASC, DESC");
    BOOST_TEST(error.found == "string \"UP\"");
}

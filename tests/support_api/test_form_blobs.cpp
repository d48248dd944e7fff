// whmcs/form/base64.hpp, php_serialize.hpp and blobs.hpp against outputs of
// PHP's base64_encode(), serialize() and json_encode(), written by hand from
// PHP's documented formats.

#define BOOST_TEST_MODULE form_blobs
#include <boost/test/unit_test.hpp>

#include <whmcs/error.hpp>
#include <whmcs/form/base64.hpp>
#include <whmcs/form/blobs.hpp>
#include <whmcs/form/php_serialize.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

using namespace std::string_literals;

BOOST_AUTO_TEST_CASE(base64_matches_rfc_4648_vectors) {
    // RFC 4648 section 10.
    BOOST_TEST(whmcs::form::base64_encode("") == "");
    BOOST_TEST(whmcs::form::base64_encode("f") == "Zg==");
    BOOST_TEST(whmcs::form::base64_encode("fo") == "Zm8=");
    BOOST_TEST(whmcs::form::base64_encode("foo") == "Zm9v");
    BOOST_TEST(whmcs::form::base64_encode("foob") == "Zm9vYg==");
    BOOST_TEST(whmcs::form::base64_encode("fooba") == "Zm9vYmE=");
    BOOST_TEST(whmcs::form::base64_encode("foobar") == "Zm9vYmFy");
}

BOOST_AUTO_TEST_CASE(base64_encodes_every_byte_value) {
    BOOST_TEST(whmcs::form::base64_encode("\xFF\xFF\xFE") == "///+");
    BOOST_TEST(whmcs::form::base64_encode("\0\0\0"s) == "AAAA");
    BOOST_TEST(whmcs::form::base64_encode("\xFB\xEF\xBE") == "++++");
}

BOOST_AUTO_TEST_CASE(serialize_string_array_as_php_does) {
    // serialize(array("1" => "Google")): the key "1" becomes the integer 1.
    BOOST_TEST(whmcs::form::php_serialize({{"1", "Google"}}) == R"(a:1:{i:1;s:6:"Google";})");
    // serialize(array()).
    BOOST_TEST(whmcs::form::php_serialize(std::vector<std::pair<std::string, std::string>>{}) ==
               "a:0:{}");
    // Lengths count bytes; quotes and semicolons inside values are not escaped.
    BOOST_TEST(whmcs::form::php_serialize({{"a", "caf\xC3\xA9"}, {"10", R"(x";y)"}}) ==
               "a:2:{s:1:\"a\";s:5:\"caf\xC3\xA9\";i:10;s:4:\"x\";y\";}");
}

BOOST_AUTO_TEST_CASE(serialize_keeps_php_key_rules) {
    // Only canonical decimal integers become integer keys.
    BOOST_TEST(whmcs::form::php_serialize({{"-5", ""}}) == R"(a:1:{i:-5;s:0:"";})");
    BOOST_TEST(whmcs::form::php_serialize({{"0", ""}}) == R"(a:1:{i:0;s:0:"";})");
    BOOST_TEST(whmcs::form::php_serialize({{"01", ""}}) == R"(a:1:{s:2:"01";s:0:"";})");
    BOOST_TEST(whmcs::form::php_serialize({{"-0", ""}}) == R"(a:1:{s:2:"-0";s:0:"";})");
    BOOST_TEST(whmcs::form::php_serialize({{"+1", ""}}) == R"(a:1:{s:2:"+1";s:0:"";})");
    BOOST_TEST(whmcs::form::php_serialize({{"1.5", ""}}) == R"(a:1:{s:3:"1.5";s:0:"";})");
    BOOST_TEST(whmcs::form::php_serialize({{"9223372036854775807", ""}}) ==
               R"(a:1:{i:9223372036854775807;s:0:"";})");
    BOOST_TEST(whmcs::form::php_serialize({{"9223372036854775808", ""}}) ==
               R"(a:1:{s:19:"9223372036854775808";s:0:"";})");
    BOOST_TEST(whmcs::form::php_serialize({{"-9223372036854775808", ""}}) ==
               R"(a:1:{i:-9223372036854775808;s:0:"";})");
    // array("1" => "a", 1 => "b"): one key; the last value at the first place.
    BOOST_TEST(whmcs::form::php_serialize({{"1", "a"}, {"x", "c"}, {"1", "b"}}) ==
               R"(a:2:{i:1;s:1:"b";s:1:"x";s:1:"c";})");
}

BOOST_AUTO_TEST_CASE(serialize_integer_keys) {
    const std::map<std::int64_t, std::string> fields{{12, "b"}, {-3, "a"}};
    BOOST_TEST(whmcs::form::php_serialize(fields) == R"(a:2:{i:-3;s:1:"a";i:12;s:1:"b";})");
}

BOOST_AUTO_TEST_CASE(customfields_as_in_the_docs_example) {
    // base64_encode(serialize(array("1"=>"Google"))), AddTicketReply's example.
    BOOST_TEST(whmcs::form::encode_customfields({{1, "Google"}}) ==
               "YToxOntpOjE7czo2OiJHb29nbGUiO30=");
    BOOST_TEST(whmcs::form::encode_customfields(std::vector<std::pair<std::string, std::string>>{
                   {"1", "Google"}}) == "YToxOntpOjE7czo2OiJHb29nbGUiO30=");
}

BOOST_AUTO_TEST_CASE(json_strings_as_php_json_encode_writes_them) {
    using whmcs::form::php_json_string;
    BOOST_TEST(php_json_string("plain") == R"("plain")");
    BOOST_TEST(php_json_string("a/b") == R"("a\/b")");  // PHP escapes slashes by default
    BOOST_TEST(php_json_string("q\"b\\") == R"("q\"b\\")");
    BOOST_TEST(php_json_string("\b\f\n\r\t") == R"("\b\f\n\r\t")");
    BOOST_TEST(php_json_string("\x01\x1F") == R"("\u0001\u001f")");
    BOOST_TEST(php_json_string("<&'>") == R"("<&'>")");  // no JSON_HEX_* by default
    BOOST_TEST(php_json_string("caf\xC3\xA9") == R"("caf\u00e9")");
    BOOST_TEST(php_json_string("\xE2\x82\xAC") == R"("\u20ac")");
    BOOST_TEST(php_json_string("\xF0\x9F\x98\x80") == R"("\ud83d\ude00")");
    BOOST_CHECK_THROW(php_json_string("\xC3"), whmcs::request_error);
}

BOOST_AUTO_TEST_CASE(attachments_as_in_the_docs_example) {
    // json_encode([['name' => 'sample_text_file.txt',
    //               'data' => base64_encode('This is a sample text file contents')]])
    const std::vector<whmcs::form::file_attachment> files{
        {"sample_text_file.txt", "This is a sample text file contents"}};
    BOOST_TEST(
        whmcs::form::attachments_json(files) ==
        R"([{"name":"sample_text_file.txt","data":"VGhpcyBpcyBhIHNhbXBsZSB0ZXh0IGZpbGUgY29udGVudHM="}])");
    BOOST_TEST(whmcs::form::encode_attachments(files) ==
               "W3sibmFtZSI6InNhbXBsZV90ZXh0X2ZpbGUudHh0IiwiZGF0YSI6IlZHaHBjeUJwY3lCaElITmhiWEJzWlN"
               "CMFpYaDBJR1pwYkdV"
               "Z1kyOXVkR1Z1ZEhNPSJ9XQ==");
}

BOOST_AUTO_TEST_CASE(attachments_escape_slashes_in_base64_and_names) {
    const std::vector<whmcs::form::file_attachment> files{{"a/b.bin", "\xFF\xFF\xFE"},
                                                          {"r\xC3\xA9sum\xC3\xA9.txt", ""}};
    BOOST_TEST(
        whmcs::form::attachments_json(files) ==
        R"([{"name":"a\/b.bin","data":"\/\/\/+"},{"name":"r\u00e9sum\u00e9.txt","data":""}])");
    BOOST_TEST(whmcs::form::attachments_json({}) == "[]");
    BOOST_TEST(whmcs::form::encode_attachments({}) == "W10=");
}

BOOST_AUTO_TEST_CASE(attachment_names_must_be_utf8) {
    try {
        whmcs::form::encode_attachments({{"ok.txt", ""}, {"bad\xFF", "secret"}});
        BOOST_FAIL("no request_error");
    } catch (const whmcs::request_error& e) {
        BOOST_TEST(std::string(e.what()).find("attachments[1].name") != std::string::npos);
        BOOST_TEST(std::string(e.what()).find("secret") == std::string::npos);
    }
}

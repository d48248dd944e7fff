// Request safety: no value can add, override or alter another parameter of a
// request, and no error message, log line or printout shows a credential,
// whatever a hostile server sends back (even one that reflects the request).

#define BOOST_TEST_MODULE request_safety
#include <boost/test/unit_test.hpp>

#include "fuzz_types.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/client.hpp>
#include <whmcs/credentials.hpp>
#include <whmcs/form/encode.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>

#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace data = boost::unit_test::data;
namespace gt = whmcs::api::get_ticket;

namespace {

using fields = std::vector<std::pair<std::string, std::string>>;

// PHP's parse_str, as far as field boundaries go: '&' splits fields, the
// first '=' splits name and value, '+' is a space, %XX a byte.
std::string url_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%' && i + 2 < text.size()) {
            out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

fields parse(std::string_view body) {
    fields out;
    while (!body.empty()) {
        const std::size_t amp = body.find('&');
        const std::string_view field = body.substr(0, amp);
        const std::size_t eq = field.find('=');
        out.emplace_back(url_decode(field.substr(0, eq)), eq == std::string_view::npos
                                                              ? std::string()
                                                              : url_decode(field.substr(eq + 1)));
        if (amp == std::string_view::npos) break;
        body.remove_prefix(amp + 1);
    }
    return out;
}

// Values that would split, add or rename parameters if they went through as
// they are, or confuse a careless decoder on the other side.
const std::string hostile_values[] = {
    "1&action=DeleteTicket",
    "1&responsetype=xml",
    "x&identifier=attacker&secret=attacker",
    "&accesskey=leaked",
    "a=b",
    "%26action%3DDeleteTicket",
    "100%",
    "%",
    "%zz",
    "a+b c",
    "line\r\nX-Injected: header",
    std::string("nul\0byte", 8),
    "ticketid[]=2",
    "]&[",
    "#fragment?query",
    ";semicolon;",
    "caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80",
    std::string(100000, '&'),
};

const std::string identifier = "ID-0a1b2c3d4e5f6a7b8c9d";
const std::string secret = "SECRET-f0e1d2c3b4a59687";
const std::string access_key = "AKEY-13579bdf02468ace";
const std::string md5 = "5f4dcc3b5aa765d61d8327deb882cf99";

whmcs::credentials api_credentials() {
    auto c = whmcs::credentials::api(identifier, secret);
    c.set_access_key(access_key);
    return c;
}

/// True when `text` shows a credential, or any 10 bytes of one (an excerpt
/// cut in the middle of a secret still leaks it).
bool shows_a_credential(std::string_view text) {
    for (const std::string* s : {&identifier, &secret, &access_key, &md5}) {
        for (std::size_t at = 0; at + 10 <= s->size(); ++at) {
            if (text.find(std::string_view(*s).substr(at, 10)) != std::string_view::npos)
                return true;
        }
    }
    return false;
}

}  // namespace

// ------------------------------------------------------------ injection

BOOST_DATA_TEST_CASE(a_hostile_value_stays_one_parameter_of_the_generated_request,
                     data::make(hostile_values), value) {
    gt::request r;
    r.ticketnum = value;
    const fields got = parse(whmcs::form::encode(r, api_credentials()));
    const fields expected = {{"ticketnum", value},     {"action", "GetTicket"},
                             {"responsetype", "json"}, {"identifier", identifier},
                             {"secret", secret},       {"accesskey", access_key}};
    BOOST_TEST((got == expected));
}

BOOST_DATA_TEST_CASE(a_hostile_value_in_a_list_map_or_nested_member_stays_inside_it,
                     data::make(hostile_values), value) {
    fuzz_types::every_request r;
    r.name = value;
    r.tags = {value, value};
    // Keys PHP would read as other keys are refused (see below); the value
    // stands in for them here.
    const bool key_ok =
        value.find(']') == std::string::npos && value.find('\0') == std::string::npos;
    const std::string key = key_ok ? value : "k";
    r.labels[key] = value;
    r.child = fuzz_types::request_child{value, std::nullopt};
    const fields got = parse(whmcs::form::encode(r));
    // Every parameter's name before its first '[' is a member of the request
    // or a key the encoder sets, and the encoder's keys come once, last.
    for (std::size_t i = 0; i < got.size(); ++i) {
        const std::string top = got[i].first.substr(0, got[i].first.find('['));
        const bool member =
            top == "plain" || top == "name" || top == "tags" || top == "labels" || top == "child";
        BOOST_TEST((member || (top == "action" && i + 2 == got.size()) ||
                    (top == "responsetype" && i + 1 == got.size())),
                   "unexpected parameter " << got[i].first);
    }
    BOOST_TEST(got.at(1).second == value);
    BOOST_TEST(got.at(2).first == "tags[0]");
    BOOST_TEST(got.at(4).first == "labels[" + key + "]");
    BOOST_TEST(got.at(4).second == value);
    BOOST_TEST(got.at(5).first == "child[name]");
    BOOST_TEST(got.at(got.size() - 2).second == "FuzzEveryKind");
}

// PHP reads `labels[k]` back as index k only if k is not empty (`labels[]`
// appends), holds no ']' (the index ends there and the rest is dropped, so
// "a]x" would override "a"), and no NUL byte (PHP stops reading the name
// there, and `labels[a` becomes a new variable `labels_a`).
const std::string refused_keys[] = {
    "", "]", "a]x", "a][b", "a]&action=DeleteTicket", std::string("a\0", 2), std::string("\0]", 2)};

BOOST_DATA_TEST_CASE(a_map_key_php_would_read_as_another_key_is_refused, data::make(refused_keys),
                     key) {
    fuzz_types::every_request r;
    r.id = 1;
    r.labels["a"] = "good";
    r.labels[key] = "evil";
    try {
        (void)whmcs::form::encode(r);
        BOOST_FAIL("no request_error");
    } catch (const whmcs::request_error& e) {
        BOOST_TEST(std::string(e.what()).find("labels has a key PHP would read as another one") !=
                       std::string::npos,
                   e.what());
        BOOST_TEST(std::string(e.what()).find("evil") == std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(map_keys_with_brackets_php_reads_back_are_accepted) {
    fuzz_types::every_request r;
    r.id = 1;
    r.labels = {{"[", "1"}, {"a[b", "2"}, {"[x[", "3"}, {"a b.c", "4"}};
    const fields got = parse(whmcs::form::encode(r));
    BOOST_TEST(got.at(2).first == "labels[[]");
    BOOST_TEST(got.at(3).first == "labels[[x[]");
    BOOST_TEST(got.at(4).first == "labels[a b.c]");
    BOOST_TEST(got.at(5).first == "labels[a[b]");
}

BOOST_AUTO_TEST_CASE(a_hostile_credential_value_cannot_add_parameters_either) {
    auto creds = whmcs::credentials::api("id&action=DeleteTicket", "s&responsetype=xml");
    creds.set_access_key("k&ticketid=2");
    gt::request r;
    r.ticketid = 1;
    const fields got = parse(whmcs::form::encode(r, creds));
    BOOST_TEST(got.size() == 6u);
    BOOST_TEST(got.at(1).second == "GetTicket");
    BOOST_TEST(got.at(2).second == "json");
    BOOST_TEST(got.at(3).second == "id&action=DeleteTicket");
    BOOST_TEST(got.at(5).second == "k&ticketid=2");
}

// ------------------------------------------------------------ redaction

namespace {

/// A transport that answers with whatever the test sets, optionally with the
/// request body pasted in: a server (or a debug page, a proxy's error page)
/// that reflects what it was sent.
struct reflecting_transport : whmcs::http_transport {
    int status = 200;
    std::string before;
    std::string after;
    bool only_credentials = false;
    std::string last_body;

    whmcs::http_answer post(const std::string&, const std::string& body) override {
        last_body = body;
        std::string reflected;
        if (!only_credentials) {
            reflected = url_decode(body);
        } else {
            // "Invalid secret x": just the values, as an error text might quote them.
            for (const auto& [name, value] : parse(body)) {
                if (name == "identifier" || name == "secret" || name == "password" ||
                    name == "accesskey") {
                    reflected += value + " ";
                }
            }
        }
        return {status, before + reflected + after};
    }
};

struct answer_row {
    const char* name;
    int status;
    std::string before;
    std::string after;
    bool only_credentials = false;
};

std::ostream& operator<<(std::ostream& out, const answer_row& r) {
    return out << r.name;
}

// The decoded request body lands in the message or an excerpt of each answer.
const answer_row reflected_answers[] = {
    {"html_debug_page_at_200", 200, "<html><body>POST: ", "</body></html>"},
    {"html_error_page_at_500", 500, "<html><pre>", "</pre></html>"},
    {"plain_text_at_403", 403, "", ""},
    {"key_value_text_at_200", 200, "result=error;message=", ";"},
    {"json_error_message_at_200", 200, R"({"result":"error","message":")", R"("})"},
    {"json_error_message_at_403", 403, R"({"result":"error","message":")", R"("})"},
    {"json_status_error_at_200", 200, R"({"status":"error","message":")", R"("})"},
    {"json_field_of_the_wrong_type", 200, R"({"result":"success","ticketid":")", R"("})"},
    {"json_string_where_a_list_is_due", 200,
     R"({"result":"success","ticketid":1,"tid":"","c":"","deptid":1,)"
     R"("deptname":"","userid":1,"contactid":0,"name":"","email":"",)"
     R"("cc":"","date":"","subject":"","status":"","priority":"",)"
     R"("admin":"","lastreply":"","flag":0,"service":"","replies":")",
     R"("})"},
    {"json_unknown_key_under_strict_decoding", 200, R"({"result":"success","x)", R"(":1})"},
    {"json_warning", 200,
     R"({"result":"success","ticketid":1,"tid":"","c":"","deptid":1,"deptname":"","userid":1,"contactid":0,)"
     R"("name":"","email":"","cc":"","date":"","subject":"","status":"","priority":"","admin":"",)"
     R"("lastreply":"","flag":0,"service":"","warning":")",
     R"("})"},
    // Only the credential values, right at the start, where excerpts look.
    {"html_page_quoting_the_credentials", 200, "<html>", "</html>", true},
    {"text_quoting_the_credentials_at_401", 401, "", "", true},
    {"text_quoting_the_credentials_at_200", 200, "", "", true},
    {"json_quoting_the_credentials_in_a_field", 200, R"({"result":"success","ticketid":")", R"("})",
     true},
    {"json_quoting_the_credentials_in_a_date", 200,
     R"({"result":"success","ticketid":1,"tid":"","c":"","deptid":1,"deptname":"","userid":1,"contactid":0,)"
     R"("name":"","email":"","cc":"","date":")",
     R"("})", true},
};

}  // namespace

BOOST_DATA_TEST_CASE(no_error_or_note_shows_a_credential_even_when_the_server_reflects_the_request,
                     data::make(reflected_answers), row) {
    for (const bool admin : {false, true}) {
        auto transport = std::make_shared<reflecting_transport>();
        transport->status = row.status;
        transport->before = row.before;
        transport->after = row.after;
        transport->only_credentials = row.only_credentials;
        whmcs::credentials creds =
            admin ? whmcs::credentials::admin_md5("admin", md5) : api_credentials();
        if (admin) creds.set_access_key(access_key);
        whmcs::client_options options;
        options.decode.unknown = whmcs::json::unknown_keys::reject;
        const whmcs::client api("https://billing.example.com/includes/api.php", creds, transport,
                                options);
        gt::request r;
        r.ticketid = 1;
        whmcs::response_notes notes;
        try {
            (void)api.call(r, notes);
        } catch (const whmcs::error& e) {
            BOOST_TEST(!shows_a_credential(e.what()), e.what());
            if (const auto* a = dynamic_cast<const whmcs::api_error*>(&e)) {
                BOOST_TEST(!shows_a_credential(a->message()), a->message());
            }
            if (const auto* d = dynamic_cast<const whmcs::decode_error*>(&e)) {
                BOOST_TEST(!shows_a_credential(d->found()), d->found());
                BOOST_TEST(!shows_a_credential(d->path()), d->path());
            }
        }
        for (const std::string& w : notes.warnings) BOOST_TEST(!shows_a_credential(w), w);
        for (const std::string& k : notes.report.unknown_keys)
            BOOST_TEST(!shows_a_credential(k), k);
        BOOST_TEST(shows_a_credential(transport->last_body));  // they were sent, all the same
    }
}

BOOST_AUTO_TEST_CASE(credentials_errors_and_printouts_show_no_value) {
    auto expect_clean = [](auto make) {
        try {
            make();
            BOOST_FAIL("no request_error");
        } catch (const whmcs::request_error& e) {
            BOOST_TEST(!shows_a_credential(e.what()), e.what());
        }
    };
    expect_clean([] { (void)whmcs::credentials::api("", secret); });
    expect_clean([] { (void)whmcs::credentials::api(identifier, ""); });
    expect_clean([] { (void)whmcs::credentials::admin_md5("", md5); });
    expect_clean([] { (void)whmcs::credentials::admin_md5("admin", md5 + "0"); });
    expect_clean([] { (void)whmcs::credentials::admin_md5("admin", "zz" + md5.substr(2)); });

    gt::request r;
    r.ticketid = 1;
    for (const std::string* which : {&identifier, &secret, &access_key}) {
        // Each credential in turn holds an invalid byte: refused without quoting it.
        const std::string bad = *which + "\xFF";
        auto creds = whmcs::credentials::api(which == &identifier ? bad : identifier,
                                             which == &secret ? bad : secret);
        creds.set_access_key(which == &access_key ? bad : access_key);
        expect_clean([&] { (void)whmcs::form::encode(r, creds); });
    }
    // A request that breaks its constraint, sent with credentials.
    expect_clean([] { (void)whmcs::form::encode(gt::request{}, api_credentials()); });

    std::ostringstream printed;
    printed << api_credentials() << whmcs::credentials::admin_md5("admin", md5);
    BOOST_TEST(!shows_a_credential(printed.str()), printed.str());
}

BOOST_AUTO_TEST_CASE(urls_in_messages_hide_user_information_and_query) {
    const std::string url = "https://" + identifier + ":" + secret +
                            "@billing.example.com/includes/api.php?accesskey=" + access_key + "#" +
                            secret;
    BOOST_TEST(!shows_a_credential(whmcs::redact_url(url)));
    const whmcs::client api(url, api_credentials(), std::make_shared<reflecting_transport>());
    BOOST_TEST(!shows_a_credential(api.endpoint_for_display()));
}

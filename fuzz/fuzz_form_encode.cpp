// libFuzzer target: request encoding (whmcs::form::encode) of a request with
// a parameter of every kind (fuzz_types::every_request) and of the generated
// GetTicket request, with fuzzed credentials.
//
// The bytes choose every value (FuzzedDataProvider). The body is parsed back
// the way PHP parses it ('&' splits fields, the first '=' splits name and
// value, '+' and %XX decode, and a name `a[b][c]` is the variable a with
// indexes b, c, read as php_register_variable_ex reads it: an index ends at
// the first ']', anything after a ']' but '[' is dropped, a NUL byte ends the
// name, `[]` appends) and must hold exactly the expected (variable path,
// value) pairs, in order: the request's parameters, then action,
// responsetype and the credentials, each once. So no value, whatever its
// bytes, can add a parameter, override one, or change another's value.
//
// Values that cannot be sent (not UTF-8, an enum holding no enumerator, a
// broken constraint, invalid credentials) must give request_error, and no
// request_error, and no printed credentials object, may contain a credential.

#include "fuzz_support.hpp"
#include "fuzz_types.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/credentials.hpp>
#include <whmcs/detail/utf8.hpp>
#include <whmcs/error.hpp>
#include <whmcs/form/encode.hpp>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using fuzz_support::check;

/// A variable as PHP sees it: the name, then the indexes ({"labels", "k"} for labels[k]).
using php_path = std::vector<std::string>;
using pairs = std::vector<std::pair<php_path, std::string>>;

/// What the body must hold, and whether encoding must fail instead.
struct expectation {
    pairs fields;
    bool must_fail = false;
    std::string all_text;  // every string the request holds, for the redaction check

    void add(php_path path, std::string value) {
        if (!whmcs::detail::is_valid_utf8(value)) must_fail = true;
        for (const std::string& step : path) all_text += step;
        all_text += value;
        fields.emplace_back(std::move(path), std::move(value));
    }
};

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;  // lower-case hex is not what PHP's urlencode() writes
}

std::string url_decode(std::string_view text, std::string_view body) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            check(i + 2 < text.size(), "a %-escape has two digits", body);
            const int high = hex_value(text[i + 1]);
            const int low = hex_value(text[i + 2]);
            check(high >= 0 && low >= 0, "a %-escape is upper-case hex", body);
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                               (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
            check(plain, "only A-Z a-z 0-9 - _ . + % travel unescaped", body);
            out += c;
        }
    }
    return out;
}

/// The variable PHP makes of a decoded parameter name, or nullopt when PHP
/// would read it as something else than a name with indexes: a NUL byte
/// (PHP stops there), a '.' or ' ' in the name (PHP makes them '_'), an
/// unclosed '[', text after a ']' that is not '[', or an empty index `[]`
/// (PHP appends instead).
std::optional<php_path> php_variable(std::string_view name) {
    if (name.find('\0') != std::string_view::npos) return std::nullopt;
    const std::size_t open = name.find('[');
    const std::string_view top = name.substr(0, open);
    if (top.empty() || top.find_first_of(" .") != std::string_view::npos) return std::nullopt;
    php_path path{std::string(top)};
    for (std::size_t at = open; at != std::string_view::npos && at < name.size();) {
        if (name[at] != '[') return std::nullopt;
        const std::size_t close = name.find(']', at + 1);
        if (close == std::string_view::npos || close == at + 1) return std::nullopt;
        path.emplace_back(name.substr(at + 1, close - at - 1));
        at = close + 1;
    }
    return path;
}

/// The body as PHP's parse_str sees its fields.
pairs parse_body(std::string_view body) {
    pairs out;
    if (body.empty()) return out;
    std::string_view rest = body;
    while (true) {
        const std::size_t amp = rest.find('&');
        const std::string_view field = rest.substr(0, amp);
        const std::size_t eq = field.find('=');
        check(eq != std::string_view::npos && eq > 0, "every field is name=value", body);
        check(field.find('=', eq + 1) == std::string_view::npos, "a value holds no raw '='", body);
        const std::string name = url_decode(field.substr(0, eq), body);
        const std::optional<php_path> path = php_variable(name);
        check(path.has_value(), "PHP reads every parameter name as the variable it was written for",
              name);
        out.emplace_back(*path, url_decode(field.substr(eq + 1), body));
        if (amp == std::string_view::npos) break;
        rest.remove_prefix(amp + 1);
    }
    return out;
}

std::string show(const pairs& p) {
    std::string out;
    for (const auto& [path, v] : p) {
        out += " ";
        for (const std::string& step : path) out += " [" + step + "]";
        out += " = [" + v + "]\n";
    }
    return out;
}

/// A string of any bytes, sometimes holding the characters that would split
/// a form body if they went through unescaped.
std::string any_string(FuzzedDataProvider& in) {
    return in.ConsumeRandomLengthString(64);
}

whmcs::decimal any_decimal(FuzzedDataProvider& in) {
    return whmcs::decimal(in.ConsumeIntegral<std::int64_t>(),
                          in.ConsumeIntegralInRange<unsigned>(0, 18));
}

whmcs::date any_date(FuzzedDataProvider& in) {
    whmcs::date d;
    d.year = in.ConsumeIntegralInRange<int>(1, 9999);
    d.month = in.ConsumeIntegralInRange<unsigned>(1, 12);
    d.day = in.ConsumeIntegralInRange<unsigned>(1, 28);
    return d;
}

whmcs::datetime any_datetime(FuzzedDataProvider& in) {
    whmcs::datetime t;
    t.date = any_date(in);
    t.hour = in.ConsumeIntegralInRange<unsigned>(0, 23);
    t.minute = in.ConsumeIntegralInRange<unsigned>(0, 59);
    t.second = in.ConsumeIntegralInRange<unsigned>(0, 59);
    return t;
}

/// Fills `r` from the input and writes down what its body must hold. The
/// expected names and values are spelled out here by hand, independently of
/// the encoder's generic walk over the described members.
expectation fill(FuzzedDataProvider& in, fuzz_types::every_request& r) {
    expectation e;
    r.plain = any_string(in);
    e.add({"plain"}, r.plain);
    if (in.ConsumeBool()) e.add({"name"}, *(r.name = any_string(in)));
    if (in.ConsumeBool())
        e.add({"id"}, std::to_string(*(r.id = in.ConsumeIntegral<std::int64_t>())));
    if (in.ConsumeBool())
        e.add({"small"}, std::to_string(*(r.small = in.ConsumeIntegral<std::int8_t>())));
    if (in.ConsumeBool())
        e.add({"big"}, std::to_string(*(r.big = in.ConsumeIntegral<std::uint64_t>())));
    if (in.ConsumeBool()) e.add({"flag"}, *(r.flag = in.ConsumeBool()) ? "1" : "0");
    if (in.ConsumeBool()) e.add({"amount"}, (*(r.amount = any_decimal(in))).to_string());
    if (in.ConsumeBool()) e.add({"day"}, (*(r.day = any_date(in))).to_string());
    if (in.ConsumeBool()) e.add({"moment"}, (*(r.moment = any_datetime(in))).to_string());
    if (in.ConsumeBool()) {
        const unsigned v = in.ConsumeIntegralInRange<unsigned>(0, 2);  // 2 is no enumerator
        r.sort = static_cast<fuzz_types::sort_order>(v);
        if (v == 2) {
            e.must_fail = true;
        } else {
            e.add({"sort"}, v == 0 ? "ASC" : "DESC");
        }
    }
    for (std::size_t i = 0, n = in.ConsumeIntegralInRange<std::size_t>(0, 3); i < n; ++i) {
        e.add({"tags", std::to_string(i)}, r.tags.emplace_back(any_string(in)));
    }
    for (std::size_t i = 0, n = in.ConsumeIntegralInRange<std::size_t>(0, 3); i < n; ++i) {
        e.add({"ids", std::to_string(i)},
              std::to_string(r.ids.emplace_back(in.ConsumeIntegral<std::int64_t>())));
    }
    for (std::size_t i = 0, n = in.ConsumeIntegralInRange<std::size_t>(0, 3); i < n; ++i) {
        std::string key = any_string(in);
        r.labels[key] = any_string(in);
    }
    for (const auto& [key, value] : r.labels) {  // std::map: sorted by key, as the encoder walks it
        // PHP would read an empty key, or one with ']' or NUL, as another key.
        if (!whmcs::detail::is_valid_utf8(key) || key.empty() ||
            key.find_first_of(std::string("]\0", 2)) != std::string::npos) {
            e.must_fail = true;
        }
        e.add({"labels", key}, value);
    }
    if (in.ConsumeBool()) {
        r.child.emplace();
        e.add({"child", "name"}, r.child->name = any_string(in));
        if (in.ConsumeBool())
            e.add({"child", "count"},
                  std::to_string(*(r.child->count = in.ConsumeIntegral<std::int64_t>())));
    }
    for (std::size_t i = 0, n = in.ConsumeIntegralInRange<std::size_t>(0, 2); i < n; ++i) {
        fuzz_types::request_child& c = r.children.emplace_back();
        const std::string index = std::to_string(i);
        e.add({"children", index, "name"}, c.name = any_string(in));
        if (in.ConsumeBool()) {
            e.add({"children", index, "count"},
                  std::to_string(*(c.count = in.ConsumeIntegral<std::int64_t>())));
        }
    }
    if (in.ConsumeBool()) e.add({"re-named"}, *(r.renamed = any_string(in)));
    if (!r.name && !r.id) e.must_fail = true;  // the constraint: name or id
    e.add({"action"}, "FuzzEveryKind");
    e.add({"responsetype"}, "json");
    return e;
}

expectation fill(FuzzedDataProvider& in, whmcs::api::get_ticket::request& r) {
    expectation e;
    if (in.ConsumeBool()) e.add({"ticketnum"}, *(r.ticketnum = any_string(in)));
    if (in.ConsumeBool())
        e.add({"ticketid"}, std::to_string(*(r.ticketid = in.ConsumeIntegral<std::int64_t>())));
    if (in.ConsumeBool()) {
        const bool asc = in.ConsumeBool();
        r.repliessort = asc ? whmcs::api::get_ticket::replies_sort::asc
                            : whmcs::api::get_ticket::replies_sort::desc;
        e.add({"repliessort"}, asc ? "ASC" : "DESC");
    }
    if (!r.ticketnum && !r.ticketid) e.must_fail = true;
    e.add({"action"}, "GetTicket");
    e.add({"responsetype"}, "json");
    return e;
}

/// Credentials from the input, and the fields they add; nullopt (after
/// checking that construction failed) when the values are not acceptable.
std::optional<whmcs::credentials> any_credentials(FuzzedDataProvider& in, expectation& e) {
    const bool api = in.ConsumeBool();
    std::string user = any_string(in);
    std::string secret = api ? any_string(in) : in.ConsumeBytesAsString(32);
    std::optional<std::string> key;
    if (in.ConsumeBool()) key = any_string(in);
    try {
        whmcs::credentials c = api ? whmcs::credentials::api(user, secret)
                                   : whmcs::credentials::admin_md5(user, secret);
        check(!user.empty() && !secret.empty(), "empty credentials are refused");
        if (!api) {
            check(secret.size() == 32, "an MD5 digest has 32 characters");
            for (char& ch : secret) {
                const bool hex = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') ||
                                 (ch >= 'A' && ch <= 'F');
                check(hex, "an MD5 digest is hex");
                if (ch >= 'A' && ch <= 'F') ch = static_cast<char>(ch - 'A' + 'a');
            }
        }
        if (key) c.set_access_key(*key);
        e.add({api ? "identifier" : "username"}, user);
        e.add({api ? "secret" : "password"}, secret);
        if (key && !key->empty()) e.add({"accesskey"}, *key);
        return c;
    } catch (const whmcs::request_error&) {
        bool digest_ok = secret.size() == 32;
        for (const char ch : secret) {
            digest_ok = digest_ok && ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') ||
                                      (ch >= 'A' && ch <= 'F'));
        }
        check(user.empty() || secret.empty() || (!api && !digest_ok),
              "only unusable credentials are refused");
        return std::nullopt;
    }
}

/// Credentials whose values are easy to spot in any text.
whmcs::credentials marked_credentials(bool api) {
    whmcs::credentials c =
        api ? whmcs::credentials::api("ID-MARK-7f3a91c2e4", "SECRET-MARK-5b8d0e6f1a")
            : whmcs::credentials::admin_md5("ADMIN-MARK-9e8d7c6b",
                                            "c0ffee00c0ffee00c0ffee00c0ffee00");
    c.set_access_key("AKEY-MARK-c0ffee1234");
    return c;
}

bool shows_a_credential(std::string_view text) {
    for (const std::string_view mark :
         {"ID-MARK-7f3a91c2e4", "SECRET-MARK-5b8d0e6f1a", "ADMIN-MARK-9e8d7c6b",
          "c0ffee00c0ffee00c0ffee00c0ffee00", "AKEY-MARK-c0ffee1234"}) {
        if (text.find(mark) != std::string_view::npos) return true;
    }
    return false;
}

template <class Request>
void check_request(FuzzedDataProvider& in) {
    Request r;
    expectation e = fill(in, r);
    const bool api = in.ConsumeBool();

    // Without credentials: exactly the request's fields.
    try {
        const std::string body = whmcs::form::encode(r);
        check(!e.must_fail, "a request that cannot be sent is refused", body);
        const pairs got = parse_body(body);
        check(got == e.fields, "the body holds exactly the request's fields",
              body + "\n" + show(got) + "--\n" + show(e.fields));
    } catch (const whmcs::request_error& err) {
        check(e.must_fail, "only a request that cannot be sent is refused", err.what());
    }

    // With fuzzed credentials: the same, then the credentials, each once.
    expectation with_creds = e;
    if (const std::optional<whmcs::credentials> creds = any_credentials(in, with_creds)) {
        try {
            const std::string body = whmcs::form::encode(r, *creds);
            check(!with_creds.must_fail, "a request that cannot be sent is refused", body);
            const pairs got = parse_body(body);
            check(got == with_creds.fields,
                  "the body holds exactly the request's fields and the credentials",
                  body + "\n" + show(got) + "--\n" + show(with_creds.fields));
        } catch (const whmcs::request_error&) {
            check(with_creds.must_fail, "only a request that cannot be sent is refused");
        }
    }

    // Redaction: no message and no printout shows a credential.
    const whmcs::credentials marked = marked_credentials(api);
    std::ostringstream printed;
    printed << marked;
    check(!shows_a_credential(printed.str()), "printing credentials shows placeholders",
          printed.str());
    if (shows_a_credential(e.all_text)) return;  // the request itself holds the marks
    try {
        const std::string body = whmcs::form::encode(r, marked);
        check(shows_a_credential(body), "the body carries the credentials");
    } catch (const whmcs::request_error& err) {
        check(!shows_a_credential(err.what()), "a request_error never shows a credential",
              err.what());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    if (in.ConsumeBool()) {
        check_request<fuzz_types::every_request>(in);
    } else {
        check_request<whmcs::api::get_ticket::request>(in);
    }
    return 0;
}

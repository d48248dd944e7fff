// whmcs-get-ticket: shows a WHMCS support ticket, from the bundled sample, a
// saved answer, or a live WHMCS installation. Run with --help for usage.

#include "print_ticket.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/detail/traits.hpp>
#include <whmcs/json/encode.hpp>
#include <whmcs/response.hpp>
#if WHMCS_GET_TICKET_HAS_CURL
#include <whmcs/client.hpp>
#include <whmcs/transport/curl.hpp>
#endif

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace gt = whmcs::api::get_ticket;

extern const char whmcs_get_ticket_sample[];  // the docs' example answer, bundled at build time

namespace {

enum exit_code : int {
    exit_ok = 0,
    exit_failure = 1,  // anything unexpected
    exit_usage = 2,    // bad arguments, missing credentials, a request WHMCS would refuse
    exit_api = 3,     // WHMCS answered with an error (HTTP 200 envelope, or 403 and other statuses)
    exit_decode = 4,  // the answer is not JSON, or not a ticket
    exit_transport = 5,  // no answer: connection, TLS, timeout
    exit_input = 6,      // --file cannot be read
};

constexpr std::string_view usage = R"(Usage:
  whmcs-get-ticket [--json]                   show the bundled sample (the docs' example)
  whmcs-get-ticket [--json] --file FILE       decode a saved GetTicket answer (- for stdin)
  whmcs-get-ticket [--json] --url URL (--ticketid N | --ticketnum T) [--sort ASC|DESC]
                   [--timeout SECONDS]        call GetTicket on a live WHMCS
  whmcs-get-ticket --help

URL is the full address of api.php, e.g. https://billing.example.com/includes/api.php.
Credentials come from the environment only, never from the command line:
  WHMCS_IDENTIFIER, WHMCS_SECRET   API credentials (required with --url)
  WHMCS_ACCESSKEY                  optional access key (passes the IP allow-list)

Options:
  --json      print the ticket as canonical JSON instead of text
  --timeout   total time allowed for the call, in seconds (default 60)

Exit codes:
  0  success
  2  usage error (bad arguments, missing credentials, invalid request)
  3  WHMCS reported an error (e.g. "Ticket ID Not Found", HTTP 403 "Invalid IP ...")
  4  the answer could not be decoded (not JSON, e.g. an HTML page, or not a ticket)
  5  transport error (connection, TLS, timeout)
  6  the input file could not be read
)";

struct arguments {
    bool json = false;
    std::optional<std::string> file;
    std::optional<std::string> url;
    gt::request request;
    long timeout_seconds = 60;
};

struct usage_error {
    std::string message;
};

struct input_error {
    std::string message;
};

arguments parse(int argc, char** argv) {
    arguments a;
    auto value_of = [&](int& i) -> std::string {
        if (i + 1 >= argc) throw usage_error{std::string(argv[i]) + " needs a value"};
        return argv[++i];
    };
    bool has_request_option = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--json") {
            a.json = true;
        } else if (arg == "--file") {
            a.file = value_of(i);
        } else if (arg == "--url") {
            a.url = value_of(i);
        } else if (arg == "--ticketid") {
            std::int64_t id = 0;
            const std::string text = value_of(i);
            if (whmcs::detail::parse_integer(text, id) != whmcs::parse_status::ok || id <= 0) {
                throw usage_error{"--ticketid needs a positive integer"};
            }
            a.request.ticketid = id;
            has_request_option = true;
        } else if (arg == "--ticketnum") {
            a.request.ticketnum = value_of(i);
            has_request_option = true;
        } else if (arg == "--sort") {
            const std::string order = value_of(i);
            gt::replies_sort sort{};
            if (!whmcs::detail::enum_from_wire_name(order, sort))
                throw usage_error{"--sort takes ASC or DESC"};
            a.request.repliessort = sort;
            has_request_option = true;
        } else if (arg == "--timeout") {
            const std::string text = value_of(i);
            if (whmcs::detail::parse_integer(text, a.timeout_seconds) != whmcs::parse_status::ok ||
                a.timeout_seconds <= 0) {
                throw usage_error{"--timeout needs a positive number of seconds"};
            }
        } else if (arg == "--identifier" || arg == "--secret" || arg == "--username" ||
                   arg == "--password" || arg == "--accesskey") {
            // Command lines end up in shell histories and process lists.
            throw usage_error{
                "credentials come from the environment (WHMCS_IDENTIFIER, WHMCS_SECRET, "
                "WHMCS_ACCESSKEY), "
                "never from the command line"};
        } else {
            throw usage_error{"unknown argument '" + std::string(arg) + "'"};
        }
    }
    if (a.file && a.url) throw usage_error{"use either --file or --url"};
    if (has_request_option && !a.url)
        throw usage_error{"--ticketid, --ticketnum and --sort need --url"};
    return a;
}

std::string read_input(const std::string& file) {
    if (file == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
    std::ifstream in(file, std::ios::binary);
    if (!in) throw input_error{"cannot open " + file};
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw input_error{"cannot read " + file};
    return text.str();
}

void show(const gt::response& ticket, const whmcs::response_notes& notes, bool json) {
    for (const std::string& w : notes.warnings)
        std::cerr << "whmcs-get-ticket: WHMCS warning: " << w << '\n';
    if (json) {
        whmcs::json::encode_options pretty;
        pretty.pretty = true;
        std::cout << whmcs::json::encode(ticket, pretty) << '\n';
    } else {
        get_ticket_demo::print_ticket(std::cout, ticket);
    }
}

#if WHMCS_GET_TICKET_HAS_CURL
/// True for a plain-http URL to anything but this machine.
bool sends_in_clear(std::string_view url) {
    if (url.substr(0, 7) != "http://") return false;
    const std::string_view host = url.substr(7, url.find_first_of(":/?#", 7) - 7);
    return host != "127.0.0.1" && host != "localhost" && url.substr(7, 5) != "[::1]";
}
#endif

gt::response call_live(const arguments& a, whmcs::response_notes& notes) {
#if WHMCS_GET_TICKET_HAS_CURL
    const char* identifier = std::getenv("WHMCS_IDENTIFIER");
    const char* secret = std::getenv("WHMCS_SECRET");
    if (!identifier || !*identifier || !secret || !*secret) {
        throw usage_error{
            "--url needs the environment variables WHMCS_IDENTIFIER and WHMCS_SECRET"};
    }
    if (sends_in_clear(*a.url)) {
        std::cerr << "whmcs-get-ticket: warning: the URL is not https: the credentials travel "
                     "unencrypted\n";
    }
    auto creds = whmcs::credentials::api(identifier, secret);
    if (const char* key = std::getenv("WHMCS_ACCESSKEY")) creds.set_access_key(key);
    whmcs::curl_options options;
    options.total_timeout = std::chrono::seconds(a.timeout_seconds);
    const whmcs::client api(*a.url, creds, std::make_shared<whmcs::curl_transport>(options));
    return api.call(a.request, notes);
#else
    (void)a;
    (void)notes;
    throw usage_error{"this build has no libcurl: --url is not available"};
#endif
}

int run(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--help" || std::string_view(argv[i]) == "-h") {
            std::cout << usage;
            return exit_ok;
        }
    }
    const arguments a = parse(argc, argv);
    whmcs::response_notes notes;
    gt::response ticket;
    if (a.url) {
        ticket = call_live(a, notes);
    } else {
        const std::string text =
            a.file ? read_input(*a.file) : std::string(whmcs_get_ticket_sample);
        ticket = whmcs::decode_response<gt::response>(text, {}, notes);
    }
    show(ticket, notes, a.json);
    return exit_ok;
}

int fail(int code, std::string_view message) {
    std::cerr << "whmcs-get-ticket: " << message << '\n';
    if (code == exit_usage) std::cerr << "Try 'whmcs-get-ticket --help'.\n";
    return code;
}

}  // namespace

int main(int argc, char** argv) {
    // Messages of the library never hold credentials, so they can be shown as they are.
    try {
        return run(argc, argv);
    } catch (const usage_error& e) {
        return fail(exit_usage, e.message);
    } catch (const whmcs::request_error& e) {
        return fail(exit_usage, e.what());
    } catch (const whmcs::api_error& e) {
        return fail(exit_api, e.what());
    } catch (const whmcs::decode_error& e) {
        return fail(exit_decode, std::string("cannot decode the answer: ") + e.what());
    } catch (const whmcs::transport_error& e) {
        return fail(exit_transport, e.what());
    } catch (const input_error& e) {
        return fail(exit_input, e.message);
    } catch (const std::exception& e) {
        return fail(exit_failure, e.what());
    }
}

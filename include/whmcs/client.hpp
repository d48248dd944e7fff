#ifndef WHMCS_CLIENT_HPP
#define WHMCS_CLIENT_HPP

/// Calling the WHMCS API.
///
/// \code
///   #include <whmcs/api/get_ticket.hpp>
///   #include <whmcs/client.hpp>
///   #include <whmcs/transport/curl.hpp>
///
///   whmcs::client api("https://billing.example.com/includes/api.php",
///                     whmcs::credentials::api(identifier, secret),
///                     std::make_shared<whmcs::curl_transport>());
///   whmcs::api::get_ticket::request r;
///   r.ticketid = 42;
///   auto ticket = api.call(r);   // whmcs::api::get_ticket::response
/// \endcode
///
/// call() throws, before anything is sent, request_error for a request that
/// breaks its schema's rules; transport_error when no answer came back;
/// api_error for an HTTP status other than 200 (http_status() keeps it, for
/// example 403 with "Invalid IP 203.0.113.5") and for an error envelope
/// (`{"result":"error","message":"Ticket ID Not Found"}`, status 200);
/// decode_error when the answer is not JSON or does not fit the response type.
/// No message contains the credentials.
///
/// A client holds no mutable state of its own: it is as thread-safe as its
/// transport (curl_transport serializes its calls).

#include <whmcs/credentials.hpp>
#include <whmcs/error.hpp>
#include <whmcs/form/encode.hpp>
#include <whmcs/json/options.hpp>
#include <whmcs/meta.hpp>
#include <whmcs/response.hpp>
#include <whmcs/transport.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

namespace whmcs {

/// Policies of a client.
struct client_options {
    /// How answers are decoded (unknown keys, size and depth limits).
    json::decode_options decode = {};
};

/// An endpoint, the credentials for it and a transport that reaches it.
class client {
public:
    /// `endpoint` is the full URL of api.php
    /// ("https://billing.example.com/includes/api.php"). Throws
    /// std::invalid_argument when `transport` is null.
    client(std::string endpoint, credentials creds, std::shared_ptr<http_transport> transport,
           client_options options = {})
        : endpoint_(std::move(endpoint)),
          credentials_(std::move(creds)),
          transport_(std::move(transport)),
          options_(std::move(options)) {
        if (!transport_)
            throw std::invalid_argument("whmcs::client: the transport must not be null");
    }

    /// Sends `request` and returns its action's response type. Throws as the
    /// file comment says. Warnings of the answer are dropped: use the
    /// overload with response_notes to see them.
    template <class Request>
    meta::response_t<Request> call(const Request& request) const {
        response_notes notes;
        return call(request, notes);
    }

    /// As call(request), and appends to `notes` the answer's warnings and
    /// the keys the response types do not have.
    template <class Request>
    meta::response_t<Request> call(const Request& request, response_notes& notes) const {
        static_assert(
            meta::is_request_v<Request>,
            "whmcs::client::call: pass a request type (one with whmcs_action and whmcs_response)");
        const std::string body = form::encode(request, credentials_);
        const http_answer answer = transport_->post(endpoint_, body);
        const std::size_t warnings = notes.warnings.size();
        const std::size_t unknown = notes.report.unknown_keys.size();
        try {
            auto response =
                read_answer<meta::response_t<Request>>(answer.status, answer.body, notes);
            redact_notes(notes, warnings, unknown);
            return response;
        } catch (const error&) {
            // Errors quote the answer (excerpts, keys, the server's message),
            // and a server, proxy or debug page may have filled it with the
            // request it was sent: the same error again, from the answer with
            // the credentials masked out, and redacted once more (escapes).
            notes.warnings.resize(warnings);
            notes.report.unknown_keys.resize(unknown);
            try {
                auto response = read_answer<meta::response_t<Request>>(
                    answer.status, credentials_.redact(answer.body), notes);
                redact_notes(notes, warnings, unknown);
                return response;  // only masking the credentials made it fit
            } catch (const api_error& e) {
                redact_notes(notes, warnings, unknown);
                throw api_error(credentials_.redact(e.message()), e.http_status());
            } catch (const decode_error& e) {
                redact_notes(notes, warnings, unknown);
                decode_error_info info = e.info();
                info.path = credentials_.redact(std::move(info.path));
                info.expected = credentials_.redact(std::move(info.expected));
                info.found = credentials_.redact(std::move(info.found));
                throw decode_error(std::move(info));
            }
        }
    }

    /// The endpoint with any user information and query redacted (see redact_url()).
    std::string endpoint_for_display() const { return redact_url(endpoint_); }

private:
    template <class Response>
    Response read_answer(int status, const std::string& body, response_notes& notes) const {
        if (status != 200) throw detail::http_error(status, body);
        return decode_response<Response>(body, options_.decode, notes);
    }

    /// Redacts what this call added to `notes` (from index `warnings` and `unknown` on).
    void redact_notes(response_notes& notes, std::size_t warnings, std::size_t unknown) const {
        for (std::size_t i = warnings; i < notes.warnings.size(); ++i) {
            notes.warnings[i] = credentials_.redact(std::move(notes.warnings[i]));
        }
        auto& keys = notes.report.unknown_keys;
        for (std::size_t i = unknown; i < keys.size(); ++i)
            keys[i] = credentials_.redact(std::move(keys[i]));
    }

    std::string endpoint_;
    credentials credentials_;
    std::shared_ptr<http_transport> transport_;
    client_options options_;
};

}  // namespace whmcs

#endif

// Links whmcs::bind_curl from the installed package: constructing the
// transport needs libcurl's symbols. Sends nothing.

#include <whmcs/transport/curl.hpp>

int main() {
    const whmcs::curl_transport transport;
    return transport.options().insecure_disable_tls_verification ? 1 : 0;
}

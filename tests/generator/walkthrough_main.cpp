// The program of the README's "Binding another action" walkthrough: a
// binding imported from GetPaymentMethods' reference page, used as is.
// Built and run by import_compile.py walkthrough (CTest generator.walkthrough).

#include <whmcs/api/get_payment_methods.hpp>  // generated from the imported draft
#include <whmcs/form/encode.hpp>
#include <whmcs/response.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace api = whmcs::api::get_payment_methods;

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    api::request request;  // GetPaymentMethods takes no parameters
    std::cout << whmcs::form::encode(request)
              << '\n';  // what client.call(request) posts, without credentials

    std::ifstream in(argv[1], std::ios::binary);
    const std::string body{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    const api::response methods = whmcs::decode_response<api::response>(body);
    for (const api::paymentmethod& m : methods.paymentmethods) {
        std::cout << m.module << ": " << m.displayname << '\n';
    }
    const bool as_documented = methods.totalresults == 2 && methods.paymentmethods.size() == 2 &&
                               methods.paymentmethods[0].module == "paypal" &&
                               methods.paymentmethods[1].displayname == "Credit Card";
    return as_documented ? 0 : 1;
}

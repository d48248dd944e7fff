// A plain driver for profilers (valgrind --tool=callgrind is deterministic on
// a shared machine, where timings are not):
//
//   valgrind --tool=callgrind ./whmcs_bench_profile large_ticket.json whmcs 5
//
// decodes the file N times with one variant: whmcs, hand_dom, or floor.

#include "hand_dom.hpp"

#include <whmcs/api/get_ticket.hpp>
#include <whmcs/json/decode.hpp>

#include <rapidjson/reader.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: " << argv[0] << " <input .json> whmcs|hand_dom|floor [runs]\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    const std::string text = s.str();
    const std::string variant = argv[2];
    const int runs = argc > 3 ? std::atoi(argv[3]) : 1;
    std::size_t replies = 0;
    for (int i = 0; i < runs; ++i) {
        if (variant == "whmcs") {
            replies += whmcs::json::decode<whmcs::api::get_ticket::response>(text).replies.size();
        } else if (variant == "hand_dom") {
            replies += bench::hand_dom::decode(text).replies.size();
        } else if (variant == "floor") {
            rapidjson::Reader reader;
            rapidjson::StringStream stream(text.c_str());
            rapidjson::BaseReaderHandler<> handler;
            replies += reader.Parse(stream, handler).IsError() ? 0 : 1;
        } else {
            std::cerr << "unknown variant " << variant << '\n';
            return 2;
        }
    }
    std::cout << replies << '\n';
    return 0;
}

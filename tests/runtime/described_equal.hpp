#ifndef WHMCS_TESTS_RUNTIME_DESCRIBED_EQUAL_HPP
#define WHMCS_TESTS_RUNTIME_DESCRIBED_EQUAL_HPP

// Member-wise equality of described structs (generated structs have no
// operator== in C++17), for round-trip tests.

#include <whmcs/detail/traits.hpp>

#include <boost/mp11/algorithm.hpp>

namespace test_support {

template <class T>
bool described_equal(const T& a, const T& b);

template <class K, class V>
bool described_equal(const std::pair<const K, V>& a, const std::pair<const K, V>& b) {
    return a.first == b.first && described_equal(a.second, b.second);
}

template <class T>
bool described_equal(const T& a, const T& b) {
    using namespace whmcs::detail;
    if constexpr (is_described_struct_v<T>) {
        bool equal = true;
        boost::mp11::mp_for_each<described_members<T>>([&](auto d) {
            equal = equal && described_equal(a.*decltype(d)::pointer, b.*decltype(d)::pointer);
        });
        return equal;
    } else if constexpr (is_optional<T>::value) {
        return a.has_value() == b.has_value() && (!a || described_equal(*a, *b));
    } else if constexpr (is_vector<T>::value || is_string_map<T>::value) {
        if (a.size() != b.size()) return false;
        auto j = b.begin();
        for (auto i = a.begin(); i != a.end(); ++i, ++j) {
            if (!described_equal(*i, *j)) return false;
        }
        return true;
    } else {
        return a == b;
    }
}

}  // namespace test_support

#endif

// Wire rules for lists and maps: every shape PHP arrays take on the wire.

#define BOOST_TEST_MODULE decode_lists
#include "sample_types.hpp"
#include "test_support.hpp"

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>

#include <vector>

namespace data = boost::unit_test::data;
using sample::every_kind;
using test_support::rejected;
using whmcs::decode_errc;

namespace {

struct list_row {
    std::string json;  // the whole input
    std::vector<std::int64_t> ids;
};

std::ostream& operator<<(std::ostream& out, const list_row& row) {
    return out << row.json;
}

template <class Items>
std::vector<std::int64_t> ids_of(const Items& items) {
    std::vector<std::int64_t> ids;
    for (const auto& item : items) ids.push_back(item.id);
    return ids;
}

}  // namespace

#define ITEM(n) "{\"id\": \"" #n "\", \"name\": \"n" #n "\"}"

const list_row wrapped_list_accepted[] = {
    {R"({"items": {"item": [)" ITEM(1) "," ITEM(2) "]}}", {1, 2}},
    {R"({"items": {"item": )" ITEM(1) "}}", {1}},
    {R"({"items": {"item": {"0": )" ITEM(1) R"(, "1": )" ITEM(2) "}}}", {1, 2}},
    {R"({"items": {"item": {"1": )" ITEM(2) R"(, "0": )" ITEM(1) "}}}", {2, 1}},
    {R"({"items": {"item": []}})", {}},
    {R"({"items": {"item": [[]]}})", {}},
    {R"({"items": {"item": ""}})", {}},
    {R"({"items": {"item": null}})", {}},
    {R"({"items": {}})", {}},
    {R"({"items": []})", {}},
    {R"({"items": [[]]})", {}},
    {R"({"items": [[], )" ITEM(3) ", []]}", {3}},
    {R"({"items": [)" ITEM(1) "," ITEM(2) "]}", {1, 2}},
    {R"({"items": {"0": )" ITEM(4) "}}", {4}},
    {R"({"items": ""})", {}},
    {R"({"items": null})", {}},
    {R"({})", {}},
    {R"({"items": {"item": [)" ITEM(1) R"(], "count": 1}})", {1}},
};

BOOST_DATA_TEST_CASE(wrapped_list_accepts_every_php_shape, data::make(wrapped_list_accepted), row) {
    BOOST_TEST(ids_of(whmcs::json::decode<every_kind>(row.json).items) == row.ids,
               boost::test_tools::per_element());
}

const list_row bare_list_accepted[] = {
    {R"({"bare": [)" ITEM(1) "]}", {1}},
    {R"({"bare": )" ITEM(5) "}", {5}},
    {R"({"bare": {"0": )" ITEM(1) R"(, "2": )" ITEM(3) "}}", {1, 3}},
    {R"({"bare": {}})", {}},
    {R"({"bare": [[], []]})", {}},
};

BOOST_DATA_TEST_CASE(list_without_wrapper_accepts_arrays_objects_and_one_object,
                     data::make(bare_list_accepted), row) {
    BOOST_TEST(ids_of(whmcs::json::decode<every_kind>(row.json).bare) == row.ids,
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(list_of_scalars_accepts_arrays_and_indexed_objects) {
    using words = std::vector<std::string>;
    BOOST_TEST(whmcs::json::decode<every_kind>(R"({"words": ["a", 2]})").words == (words{"a", "2"}),
               boost::test_tools::per_element());
    BOOST_TEST(whmcs::json::decode<every_kind>(R"({"words": {"0": "a", "1": "b"}})").words ==
                   (words{"a", "b"}),
               boost::test_tools::per_element());
    BOOST_TEST(whmcs::json::decode<every_kind>(R"({"words": ""})").words.empty());
}

BOOST_AUTO_TEST_CASE(a_repeated_wrapper_key_replaces_the_list) {
    const auto value = whmcs::json::decode<every_kind>(
        R"({"items": {"item": [)" ITEM(1) R"(], "item": [)" ITEM(2) "]}}");
    BOOST_TEST(ids_of(value.items) == (std::vector<std::int64_t>{2}),
               boost::test_tools::per_element());
}

const rejected list_rejected[] = {
    {R"({"items": 5})", decode_errc::type_mismatch, "/items"},
    {R"({"items": true})", decode_errc::type_mismatch, "/items"},
    {R"({"items": "x"})", decode_errc::type_mismatch, "/items"},
    {R"({"items": [1]})", decode_errc::type_mismatch, "/items/0"},
    {R"({"items": [[1]]})", decode_errc::type_mismatch, "/items/0"},
    {R"({"items": [[{}]]})", decode_errc::type_mismatch, "/items/0"},
    {R"({"items": {"item": 5}})", decode_errc::type_mismatch, "/items/item"},
    {R"({"items": {"item": [{"id": "x", "name": "a"}]}})", decode_errc::invalid_value,
     "/items/item/0/id"},
    {R"({"items": {"item": [[], {"id": "x", "name": "a"}]}})", decode_errc::invalid_value,
     "/items/item/1/id"},
    {R"({"items": {"item": [)" ITEM(1) R"(, {"name": "a"}]}})", decode_errc::missing_member,
     "/items/item/1/id"},
    {R"({"items": {"item": {"0": )" ITEM(1) R"(, "x": {}}}})", decode_errc::type_mismatch,
     "/items/item"},
    {R"({"items": {"item": {"0": {"id": "bad", "name": "a"}}}})", decode_errc::invalid_value,
     "/items/item/0/id"},
    {R"({"items": {"item": {"id": "bad", "name": "a"}}})", decode_errc::invalid_value,
     "/items/item/id"},
    {R"({"bare": {"id": "x", "name": "a"}})", decode_errc::invalid_value, "/bare/id"},
    {R"({"bare": {"7": {"id": 1}}})", decode_errc::missing_member, "/bare/7/name"},
    {R"({"words": [{}]})", decode_errc::type_mismatch, "/words/0"},
    {R"({"words": ["a", ["b"]]})", decode_errc::type_mismatch, "/words/1"},
    {R"({"words": {"0": "a", "one": "b"}})", decode_errc::type_mismatch, "/words"},
};

BOOST_DATA_TEST_CASE(list_rejects_other_shapes_at_the_exact_path, data::make(list_rejected), row) {
    test_support::check_rejected<every_kind>(row);
}

// ---------------------------------------------------------------- maps

BOOST_AUTO_TEST_CASE(map_accepts_objects_and_php_empty_arrays) {
    const auto value = whmcs::json::decode<every_kind>(R"({"labels": {"a": "x", "b/c": 2}})");
    BOOST_TEST(value.labels.size() == 2u);
    BOOST_TEST(value.labels.at("a") == "x");
    BOOST_TEST(value.labels.at("b/c") == "2");
    for (const char* empty :
         {R"({"labels": []})", R"({"labels": ""})", R"({"labels": null})", R"({"labels": {}})"}) {
        BOOST_TEST(whmcs::json::decode<every_kind>(empty).labels.empty(), empty);
    }
}

BOOST_AUTO_TEST_CASE(map_keeps_the_last_of_duplicate_keys) {
    const auto value =
        whmcs::json::decode<every_kind>(R"({"labels": {"a": "first", "a": "second"}})");
    BOOST_TEST(value.labels.at("a") == "second");
}

const rejected map_rejected[] = {
    {R"({"labels": {"a": {}}})", decode_errc::type_mismatch, "/labels/a"},
    {R"({"labels": {"a~b/c": []}})", decode_errc::type_mismatch, "/labels/a~0b~1c"},
    {R"({"labels": [1]})", decode_errc::type_mismatch, "/labels"},
    {R"({"labels": 5})", decode_errc::type_mismatch, "/labels"},
};

BOOST_DATA_TEST_CASE(map_rejects_other_shapes, data::make(map_rejected), row) {
    test_support::check_rejected<every_kind>(row);
}

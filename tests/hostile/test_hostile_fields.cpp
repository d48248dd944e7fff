// Every field of GetTicket's response, reply, note and attachment given every
// JSON type it cannot take, in the docs' example: each must fail with the
// right code at the field's exact JSON Pointer (and nothing else may fail).

#define BOOST_TEST_MODULE hostile_fields
#include "hostile_support.hpp"

#include <whmcs/api/get_ticket.hpp>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>

#include <string>
#include <vector>

namespace data = boost::unit_test::data;
namespace gt = whmcs::api::get_ticket;
using whmcs::decode_errc;

namespace {

/// What the schema makes of a field (required or not matters for null).
enum class kind {
    string,
    optional_string,
    integer,
    optional_integer,
    datetime,
    optional_bool,
    list,
    optional_list
};

struct field {
    const char* pointer;  // where the field lives in the docs' example
    kind k;
};

// Replies and notes are addressed by a later index, so the path shows it.
const field fields[] = {
    {"/result", kind::string},
    {"/ticketid", kind::integer},
    {"/tid", kind::string},
    {"/c", kind::string},
    {"/deptid", kind::integer},
    {"/deptname", kind::string},
    {"/userid", kind::integer},
    {"/contactid", kind::integer},
    {"/name", kind::string},
    {"/email", kind::string},
    {"/requestor_name", kind::optional_string},
    {"/requestor_type", kind::optional_string},
    {"/requestor_email", kind::optional_string},
    {"/cc", kind::string},
    {"/date", kind::datetime},
    {"/subject", kind::string},
    {"/status", kind::string},
    {"/priority", kind::string},
    {"/admin", kind::string},
    {"/lastreply", kind::datetime},
    {"/flag", kind::integer},
    {"/service", kind::string},
    {"/replies", kind::list},
    {"/notes", kind::list},
    {"/replies/reply/2/replyid", kind::optional_integer},
    {"/replies/reply/2/userid", kind::integer},
    {"/replies/reply/2/contactid", kind::integer},
    {"/replies/reply/2/name", kind::string},
    {"/replies/reply/2/email", kind::string},
    {"/replies/reply/2/requestor_name", kind::optional_string},
    {"/replies/reply/2/requestor_email", kind::optional_string},
    {"/replies/reply/2/requestor_type", kind::optional_string},
    {"/replies/reply/2/date", kind::datetime},
    {"/replies/reply/2/message", kind::string},
    {"/replies/reply/2/attachment", kind::string},
    {"/replies/reply/2/attachments", kind::optional_list},
    {"/replies/reply/2/attachments_removed", kind::optional_bool},
    {"/replies/reply/2/admin", kind::string},
    {"/replies/reply/2/rating", kind::optional_integer},
    {"/notes/note/0/noteid", kind::integer},
    {"/notes/note/0/date", kind::datetime},
    {"/notes/note/0/message", kind::string},
    {"/notes/note/0/attachment", kind::optional_string},
    {"/notes/note/0/attachments", kind::optional_list},
    {"/notes/note/0/attachments_removed", kind::optional_bool},
    {"/notes/note/0/admin", kind::string},
    {"/replies/reply/0/attachments/0/filename", kind::string},
    {"/replies/reply/0/attachments/0/index", kind::integer},
};

struct wrong_value {
    const char* json;
    decode_errc code;
};

/// The JSON values each kind of field refuses, and how. null is refused
/// (as a missing member) only where the field is required.
std::vector<wrong_value> refused_by(kind k) {
    const wrong_value boolean{"true", decode_errc::type_mismatch};
    const wrong_value object{R"({"a": 1})", decode_errc::type_mismatch};
    const wrong_value empty_object{"{}", decode_errc::type_mismatch};
    const wrong_value array{"[1]", decode_errc::type_mismatch};
    const wrong_value empty_array{"[]", decode_errc::type_mismatch};
    const wrong_value null{"null", decode_errc::missing_member};
    switch (k) {
        case kind::string:
            return {boolean, object, empty_object, array, empty_array, null};
        case kind::optional_string:
            return {boolean, object, array};
        case kind::integer:
            return {boolean,
                    object,
                    array,
                    {R"("12abc")", decode_errc::invalid_value},
                    {"1.5", decode_errc::invalid_value},
                    {R"("")", decode_errc::invalid_value},
                    {R"(" 1")", decode_errc::invalid_value},
                    null};
        case kind::optional_integer:
            return {boolean,
                    object,
                    array,
                    {R"("one")", decode_errc::invalid_value},
                    {"-0.5", decode_errc::invalid_value}};
        case kind::datetime:
            return {boolean,
                    object,
                    array,
                    {"20160101", decode_errc::type_mismatch},
                    {R"("yesterday")", decode_errc::invalid_value},
                    {R"("2016-13-01 00:00:00")", decode_errc::out_of_range},
                    {R"("2016-02-30 00:00:00")", decode_errc::out_of_range},
                    {R"("2016-01-01 24:00:00")", decode_errc::out_of_range},
                    null};
        case kind::optional_bool:
            return {object,
                    array,
                    {R"("maybe")", decode_errc::invalid_value},
                    {"2", decode_errc::invalid_value},
                    {R"("TRUE")", decode_errc::invalid_value}};
        case kind::list:
        case kind::optional_list:
            return {
                boolean, {"1", decode_errc::type_mismatch}, {R"("x")", decode_errc::type_mismatch}};
    }
    return {};
}

struct row {
    std::string pointer;
    std::string json;
    decode_errc code;
};

std::ostream& operator<<(std::ostream& out, const row& r) {
    return out << r.pointer << " = " << r.json << " -> " << whmcs::to_string(r.code);
}

std::vector<row> all_rows() {
    std::vector<row> rows;
    for (const field& f : fields) {
        for (const wrong_value& w : refused_by(f.k)) rows.push_back({f.pointer, w.json, w.code});
    }
    return rows;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_docs_example_itself_decodes) {
    BOOST_TEST(whmcs::json::decode<gt::response>(hostile::docs_example()).replies.size() == 3u);
}

BOOST_DATA_TEST_CASE(a_field_given_a_json_type_it_cannot_take_fails_at_its_path,
                     data::make(all_rows()), r) {
    const std::string text = hostile::docs_example_with(r.pointer, r.json);
    hostile::check_error(hostile::failure<gt::response>(text), r.code, r.pointer);
}

// Wrong types one level further in: inside the list wrappers and elements.
struct inner_row {
    std::string pointer;
    std::string json;
    decode_errc code;
    std::string path;
};

std::ostream& operator<<(std::ostream& out, const inner_row& r) {
    return out << r.pointer << " = " << r.json << " -> " << whmcs::to_string(r.code) << " at "
               << r.path;
}

const std::string minimal_reply =
    R"({"userid": 1, "contactid": 0, "name": "", "email": "", "date": "", "message": "", "attachment": "",)"
    R"( "admin": ""})";

const inner_row inner_rows[] = {
    {"/replies/reply", "true", decode_errc::type_mismatch, "/replies/reply"},
    {"/replies/reply", R"("x")", decode_errc::type_mismatch, "/replies/reply"},
    {"/replies/reply", "7", decode_errc::type_mismatch, "/replies/reply"},
    {"/replies/reply/1", R"("x")", decode_errc::type_mismatch, "/replies/reply/1"},
    {"/replies/reply/1", "1", decode_errc::type_mismatch, "/replies/reply/1"},
    {"/replies/reply/1", "null", decode_errc::missing_member, "/replies/reply/1"},
    {"/replies/reply/1", "[1]", decode_errc::type_mismatch, "/replies/reply/1"},
    {"/notes/note", "false", decode_errc::type_mismatch, "/notes/note"},
    {"/notes/note/0", "[[]]", decode_errc::type_mismatch, "/notes/note/0"},
    {"/replies/reply/0/attachments/0", R"("a.png")", decode_errc::type_mismatch,
     "/replies/reply/0/attachments/0"},
    {"/replies/reply/0/attachments/0", "[1]", decode_errc::type_mismatch,
     "/replies/reply/0/attachments/0"},
    {"/replies/reply/1/attachments/0", "[[]]", decode_errc::type_mismatch,
     "/replies/reply/1/attachments/0"},
    // A PHP array with keys must keep to index keys once it starts with them.
    {"/replies", R"({"0": )" + minimal_reply + R"(, "x": )" + minimal_reply + "}",
     decode_errc::type_mismatch, "/replies"},
    // An element of a list still needs its required members.
    {"/replies/reply/1", R"({"replyid": 1})", decode_errc::missing_member,
     "/replies/reply/1/userid"},
    {"/notes/note/0", "{}", decode_errc::missing_member, "/notes/note/0/noteid"},
};

BOOST_DATA_TEST_CASE(a_list_shape_it_cannot_take_fails_at_its_path, data::make(inner_rows), r) {
    const std::string text = hostile::docs_example_with(r.pointer, r.json);
    hostile::check_error(hostile::failure<gt::response>(text), r.code, r.path);
}

// null stands for "absent": fine for optional fields and lists.
const char* const nullable[] = {
    "/requestor_name",
    "/replies",
    "/notes",
    "/replies/reply/2/replyid",
    "/replies/reply/2/attachments",
    "/replies/reply/2/attachments_removed",
    "/replies/reply/2/rating",
    "/notes/note/0/attachment",
};

BOOST_DATA_TEST_CASE(null_leaves_an_optional_field_or_list_empty, data::make(nullable), pointer) {
    const auto r =
        whmcs::json::try_decode<gt::response>(hostile::docs_example_with(pointer, "null"));
    BOOST_TEST(r.has_value(), (r ? std::string() : r.error().message()));
}

#ifndef WHMCS_EXAMPLES_PRINT_TICKET_HPP
#define WHMCS_EXAMPLES_PRINT_TICKET_HPP

// A ticket as a person reads it: the header, each reply with its author,
// role and date, then the staff notes.

#include <whmcs/api/get_ticket.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace get_ticket_demo {

namespace gt = whmcs::api::get_ticket;

/// "—" for an empty date ("0000-00-00 00:00:00" on the wire).
inline std::string show(const whmcs::datetime& when) {
    return when.empty() ? "-" : when.to_string();
}

/// The author of a reply: WHMCS 8 names it in requestor_name; older servers
/// only have the client's name or the admin's.
inline std::string author(const gt::reply& r) {
    if (r.requestor_name && !r.requestor_name->empty()) return *r.requestor_name;
    if (!r.admin.empty()) return r.admin;
    if (!r.name.empty()) return r.name;
    return "(unknown)";
}

/// The author's role: WHMCS 8's requestor_type (Owner, Operator, ...), or
/// staff/client before it.
inline std::string role(const gt::reply& r) {
    if (r.requestor_type && !r.requestor_type->empty()) return *r.requestor_type;
    return r.admin.empty() ? "client" : "staff";
}

/// Writes `text` indented, with WHMCS's \r\n line ends as plain newlines
/// (empty lines stay empty).
inline void print_body(std::ostream& out, std::string_view text) {
    bool line_start = true;
    for (const char c : text) {
        if (c == '\r') continue;
        if (line_start && c != '\n') out << "    ";
        out << c;
        line_start = c == '\n';
    }
    out << '\n';
}

template <class Item>
void print_attachments(std::ostream& out, const Item& item) {
    if (!item.attachments || item.attachments->empty()) return;
    out << "    Attachments:";
    for (const gt::attachment& a : *item.attachments) out << ' ' << a.filename;
    if (item.attachments_removed.value_or(false)) out << " (removed from the server)";
    out << '\n';
}

/// Prints `t` for people.
inline void print_ticket(std::ostream& out, const gt::response& t) {
    out << "Ticket #" << t.tid << ": " << t.subject << '\n'
        << "  Status:     " << t.status << '\n'
        << "  Priority:   " << t.priority << '\n'
        << "  Department: " << t.deptname << '\n'
        << "  Opened:     " << show(t.date) << " by " << t.name;
    if (!t.email.empty()) out << " <" << t.email << '>';
    out << '\n' << "  Last reply: " << show(t.lastreply) << '\n';

    out << "\nReplies (" << t.replies.size() << ")\n";
    std::size_t n = 0;
    for (const gt::reply& r : t.replies) {
        out << "\n[" << ++n << "] " << author(r) << " (" << role(r) << "), " << show(r.date)
            << '\n';
        print_body(out, r.message);
        print_attachments(out, r);
    }

    out << "\nNotes (" << t.notes.size() << ")\n";
    n = 0;
    for (const gt::note& note : t.notes) {
        out << "\n[" << ++n << "] " << (note.admin.empty() ? "(staff)" : note.admin) << ", "
            << show(note.date) << '\n';
        print_body(out, note.message);
        print_attachments(out, note);
    }
}

}  // namespace get_ticket_demo

#endif

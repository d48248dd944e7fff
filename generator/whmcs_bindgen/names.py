"""C++ naming rules: what counts as a usable identifier, and snake_case."""

from __future__ import annotations

import re

# C++17 keywords and alternative tokens, plus the C++20 keywords, so that a
# schema stays valid when users move to a newer standard.
CPP_KEYWORDS = frozenset(
    """
    alignas alignof and and_eq asm auto bitand bitor bool break case catch char
    char8_t char16_t char32_t class compl concept const consteval constexpr
    constinit const_cast continue co_await co_return co_yield decltype default
    delete do double dynamic_cast else enum explicit export extern false float
    for friend goto if inline int long mutable namespace new noexcept not not_eq
    nullptr operator or or_eq private protected public register reinterpret_cast
    requires return short signed sizeof static static_assert static_cast struct
    switch template this thread_local throw true try typedef typeid typename
    union unsigned using virtual void volatile wchar_t while xor xor_eq
    """.split()
)

# Object-like macros of the standard headers and of compilers' default GNU
# modes (`linux`, `unix`): a member with one of these names would not compile.
# Function-like macros (`assert`, `major`) are harmless as member names.
MACRO_NAMES = frozenset("errno NULL EOF stdin stdout stderr linux unix i386".split())

# Members the runtime reads as metadata (whmcs/meta.hpp).
RESERVED_MEMBERS = frozenset(
    ["whmcs_fields", "whmcs_action", "whmcs_response", "whmcs_constraints", "whmcs_wire_names"]
)

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def identifier_problem(name: str) -> str | None:
    """Why ``name`` cannot be a C++ identifier in generated code, or None."""
    if not _IDENTIFIER.match(name):
        return "is not a valid C++ identifier"
    if name in CPP_KEYWORDS:
        return "is a C++ keyword"
    if "__" in name or re.match(r"_[A-Z]", name):
        return "is reserved for the C++ implementation"
    if name in MACRO_NAMES:
        return "is a macro in common C and C++ environments"
    if name in RESERVED_MEMBERS:
        return "is reserved for whmcs-bind metadata"
    return None


def snake_case(text: str) -> str:
    """``GetTicket`` -> ``get_ticket``, ``GetTLDPricing`` -> ``get_tld_pricing``,
    ``Customer-Reply`` -> ``customer_reply``, ``ASC`` -> ``asc``."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()


def namespace_problem(namespace: str) -> str | None:
    """Why ``namespace`` (``a::b``) cannot be the generated namespace prefix, or None."""
    parts = namespace.split("::")
    for part in parts:
        problem = identifier_problem(part)
        if problem:
            return f"'{part}' {problem}"
    return None

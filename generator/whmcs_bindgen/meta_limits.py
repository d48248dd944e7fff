"""Limits and versions of the runtime vocabulary in include/whmcs/meta.hpp.

Keep in step with that header: generated files refuse to compile against a
runtime whose WHMCS_BIND_METADATA_VERSION differs from METADATA_VERSION.
"""

from __future__ import annotations

METADATA_VERSION = 1
MAX_CONSTRAINT_MEMBERS = 8

"""whmcs_bindgen: C++ bindings for WHMCS API actions, generated from YAML.

Load -> validate -> model -> render: ``loader`` reads a schema keeping line
numbers, ``validate`` checks it and builds the frozen model of ``model``,
``render`` lays it out with the Jinja2 templates in ``templates/``, and
``generate`` writes (only changed files) or checks. ``cli`` is the command
line and the only place errors become exit codes. The schema format is
documented in schema/README.md.
"""

from __future__ import annotations

__version__ = "0.1.0"

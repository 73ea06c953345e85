"""A front matter block's YAML read safely: libyaml when it can, dates left as written."""

from __future__ import annotations

from typing import Any

import yaml

__all__ = ["load_yaml"]

# libyaml's safe loader when PyYAML was built with it: the same values, ten times faster. It
# reads tabs and the bare "!" tag more leniently, so blocks with either keep the pure loader.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


class _DatesAsWritten(yaml.SafeLoader):
    """The safe loader, leaving dates as written: an impossible one ("2023-13-45") is then the
    article's unreadable date, not a failed file."""


_DatesAsWritten.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_DatesAsWritten.add_constructor(  # "!!timestamp 2023-13-45" too
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


def load_yaml(block: str) -> Any:
    """`yaml.safe_load`; a block libyaml refuses goes through the pure-Python loader, which
    refuses it too and says where; a date that is no date stays text."""
    try:
        if _FAST_LOADER is not None and "\t" not in block and "!" not in block:
            try:
                return yaml.load(block, Loader=_FAST_LOADER)
            except (yaml.YAMLError, UnicodeError):
                pass
        return yaml.safe_load(block)
    except ValueError:  # "published: 2023-13-45": the timestamp constructor gives up
        return yaml.load(block, Loader=_DatesAsWritten)

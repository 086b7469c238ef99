"""A small named registry, in the spirit of spaCy's factories.

Readers, summarisers and renderers register themselves under a name; the pipeline
and the command line look them up by that name, so adding one is a new module and
one decorator, with no edits elsewhere.

A registry may also know, for some names, the module that registers them without
having imported it: that module is imported on the first lookup. Listing the names
(for a command line's choices) then costs nothing, however heavy the module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module
from typing import Generic, TypeVar

from .errors import UsageError

T = TypeVar("T")


class Registry(Generic[T]):
    def __init__(self, kind: str, modules: Mapping[str, str] | None = None) -> None:
        self.kind = kind
        self._entries: dict[str, T] = {}
        self._modules = dict(modules or {})
        """Names registered by a module not imported yet: name -> that module."""

    def register(self, name: str) -> Callable[[T], T]:
        def decorate(entry: T) -> T:
            if name in self._entries:
                raise ValueError(f"{self.kind} {name!r} is registered twice")
            self._entries[name] = entry
            return entry

        return decorate

    def get(self, name: str) -> T:
        if name not in self._entries and name in self._modules:
            import_module(self._modules[name])
        try:
            return self._entries[name]
        except KeyError:
            known = ", ".join(self.names())
            raise UsageError(f"unknown {self.kind} {name!r} (known: {known})") from None

    def names(self) -> list[str]:
        return sorted(self._entries.keys() | self._modules.keys())

    def __iter__(self) -> Iterator[tuple[str, T]]:
        for module in self._modules.values():
            import_module(module)
        return iter(self._entries.items())

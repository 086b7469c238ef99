"""Start-up: heavy modules that Chorus's libraries import but Chorus never uses are deferred
until something calls them."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_commands_start_without_the_deferred_modules():
    loaded = run_python(
        """
        import sys
        import chorus, chorus.briefing, chorus.cli, chorus.store
        print(sorted(m for m in ("scipy.integrate", "robust_downloader", "requests")
                     if m in sys.modules))
        """
    )
    assert loaded == "[]"


def test_a_deferred_module_is_imported_when_first_called():
    out = run_python(
        """
        import sys
        from chorus.deferred import deferring
        with deferring("statistics"):
            from statistics import mean
        before = "statistics" in sys.modules
        print(before, mean([1, 2, 6]), "statistics" in sys.modules)
        """
    )
    assert out == "False 3 True"


def test_a_module_already_imported_is_the_real_one():
    out = run_python(
        """
        import statistics
        from chorus.deferred import deferring
        with deferring("statistics"):
            from statistics import mean
        print(mean is statistics.mean)
        """
    )
    assert out == "True"


def test_a_stand_in_has_no_private_names():
    out = run_python(
        """
        from chorus.deferred import deferring
        with deferring("statistics"):
            import statistics
        print(hasattr(statistics, "__path__"), hasattr(statistics, "_private"))
        """
    )
    assert out == "False False"

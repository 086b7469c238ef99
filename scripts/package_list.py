"""Writing a list that ships in the package: commented header lines, then one entry a line
("key<TAB>value"), sorted, so that a regenerated list diffs cleanly."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "chorus"


def write_list(file_name: str, header: list[str], entries: dict[str, str]) -> None:
    """Write ``src/chorus/<file_name>``: each header line as a comment, then the entries."""
    path = PACKAGE / file_name
    comments = "".join(f"# {line}\n" for line in header)
    lines = "".join(f"{key}\t{value}\n" for key, value in sorted(entries.items()))
    path.write_text(comments + lines, "utf-8")
    print(f"wrote {path}")

"""Offsets into a file as on disk: documents turn CRLF into LF, but SARIF counts the file's own characters."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

import regex

_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class FileOffsets:
    """A file's text exactly as written (its byte-order mark dropped, its line ends kept) and where its lines start."""

    text: str
    line_starts: tuple[int, ...]

    @classmethod
    def read(cls, path: str) -> FileOffsets | None:
        """The file's layout, or None when it cannot be read any more."""
        try:
            data = Path(path).read_bytes()
        except OSError:
            return None
        encoding = "utf-8"
        for bom, name in _BOMS:
            if data.startswith(bom):
                data, encoding = data[len(bom) :], name
                break
        text = data.decode(encoding, errors="replace")
        return cls(text, (0, *(m.end() for m in _LINE_BREAK.finditer(text))))

    def offset(self, line: int, col: int) -> int:
        """The character offset of a 1-based line and column."""
        index = min(max(line, 1), len(self.line_starts)) - 1
        return min(self.line_starts[index] + col - 1, len(self.text))

    def span(self, line: int, col: int, end_line: int, end_col: int, quoted: str) -> tuple[int, int]:
        """Start and end offsets of a claim given by line:column, checked against its words (a shift of one
        character on the first line, as a byte-order mark makes, is found and corrected)."""
        start, end = self.offset(line, col), self.offset(end_line, end_col)
        for shift in (0, -1, 1):
            if _LINE_BREAK.sub("\n", self.text[start + shift : end + shift]) == quoted:
                return start + shift, end + shift
        return start, end

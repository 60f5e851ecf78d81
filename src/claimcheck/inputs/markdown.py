"""Markdown as prose: markup is blanked to spaces, character for character, so every offset, line and
column of the text claimcheck reads is the same as in the file."""

from __future__ import annotations

import regex

_NOT_NEWLINE = regex.compile(r"[^\n]")

# Whole constructs that are not prose: fenced code, comments, images, link definitions, raw tags.
_FENCED = regex.compile(
    r"^[ ]{0,3}(?P<fence>`{3,}|~{3,})[^\n]*\n(?:[^\n]*\n){0,2000}?[ ]{0,3}(?P=fence)[^\n]*$", regex.MULTILINE
)
_COMMENT = regex.compile(r"<!--(?:[^-]|-(?!->)){0,4000}-->")
_IMAGE = regex.compile(r"!\[[^\]\n]{0,500}\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\])")
_DEFINITION = regex.compile(r"^[ ]{0,3}\[[^\]\n]{1,200}\]:[ \t]*\S[^\n]*$", regex.MULTILINE)
_FOOTNOTE_REF = regex.compile(r"\[\^[^\]\n]{1,50}\]")
_TAG = regex.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?/?>|<(?:https?|mailto):[^>\s]{1,2000}>")
_TABLE_RULE = regex.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?){1,50}[ \t]*$", regex.MULTILINE)

# Markup around prose: the prose stays, its markers go.
_LINK = regex.compile(r"(?P<open>\[)(?P<text>[^\]\n]{1,500})(?P<close>\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\]))")
_LINE_MARKS = regex.compile(
    r"^(?P<mark>[ ]{0,3}(?:>[ ]?){0,8}(?:\#{1,6}(?=[ \t]|$)|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))?)",
    regex.MULTILINE,
)
_CLOSING_HASHES = regex.compile(r"(?<=\S)[ \t]+\#{1,6}[ \t]*$", regex.MULTILINE)
_INLINE = regex.compile(r"\\(?=[!-/:-@\[-`{-~])|\*{1,3}|~~|`+|(?<!\w)_{1,3}|_{1,3}(?!\w)|\|")


def blank(text: str) -> str:
    """The same text with the markup replaced by spaces; newlines are kept where they are."""
    for whole in (_FENCED, _COMMENT, _IMAGE, _DEFINITION, _FOOTNOTE_REF, _TAG, _TABLE_RULE):
        text = whole.sub(_spaces, text)
    text = _LINK.sub(lambda m: " " + m["text"] + _spaces_of(m["close"]), text)
    text = _LINE_MARKS.sub(_spaces, text)
    text = _CLOSING_HASHES.sub(_spaces, text)
    return _INLINE.sub(_spaces, text)


def _spaces(match: regex.Match[str]) -> str:
    return _spaces_of(match.group())


def _spaces_of(text: str) -> str:
    return _NOT_NEWLINE.sub(" ", text)

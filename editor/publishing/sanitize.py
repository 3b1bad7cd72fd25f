"""Turning an article's Markdown into content that is safe to hand to any consumer.

Reporters paste from everywhere, so a body can carry raw HTML, ``<script>``, ``onclick=``
handlers, ``javascript:`` links or iframes. None of that may leave Redaksi. There are two
outputs, and each has one function:

- :func:`markdown_to_html`: the body rendered by ``markdown`` and then cleaned by ``nh3``
  (ammonia) against an allow-list of tags, attributes and URL schemes. Every HTML-based
  format (HTML page, WXR, ninjs, NewsML-G2 XHTML, JSON-LD) uses this one function.
- :func:`safe_markdown`: the body kept as Markdown for static-site generators, with every
  ``<`` escaped (so no renderer can see a tag, whatever its raw-HTML setting), unsafe link
  destinations replaced, and Hugo shortcode openers neutralised.

The small text helpers here (:func:`single_line`, :func:`xml_text`, :func:`plain_text`) keep
metadata within what each format can carry.
"""

from __future__ import annotations

import html
import re

import markdown
import nh3

ALLOWED_TAGS: frozenset[str] = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dl", "dt",
    "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
    "li", "mark", "ol", "p", "pre", "q", "s", "small", "strong", "sub", "sup", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
})
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "title", "width", "height"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "q": {"cite"},
    "blockquote": {"cite"},
}
URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

# Markdown extensions that add structure but no way to inject attributes or raw HTML.
_MARKDOWN_EXTENSIONS = ["fenced_code", "tables", "sane_lists"]

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE, U+FFFF.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_html(fragment: str) -> str:
    """An HTML fragment reduced to the allow-list: no scripts, handlers, frames or styles.

    The content of ``<script>``/``<style>`` is dropped with the tag; other disallowed tags
    (``iframe``, ``object``, ``form``...) are removed but their text is kept. URL attributes
    must also pass :func:`is_safe_url`, which is stricter than a browser (it also refuses
    percent-encoded or entity-hidden schemes a lenient consumer might decode). Cleaning runs
    until the output is stable, because re-parsing a cleaned tree can restructure it
    (``<p>`` inside ``<p>``) and callers may clean again.
    """
    text = _SURROGATES.sub("", fragment)
    for _ in range(4):
        cleaned = nh3.clean(
            text,
            tags=set(ALLOWED_TAGS),
            attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
            url_schemes=set(URL_SCHEMES),
            link_rel="noopener noreferrer",
            strip_comments=True,
            attribute_filter=_filter_attribute,
        )
        if cleaned == text:
            break
        text = cleaned
    return text


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute in ("href", "src", "cite") and not is_safe_url(value):
        return None
    return value


def markdown_to_html(body: str) -> str:
    """The article body as sanitised HTML: the one renderer all HTML-based exports share."""
    rendered = markdown.markdown(_SURROGATES.sub("", body or ""),
                                 extensions=_MARKDOWN_EXTENSIONS, output_format="html")
    return clean_html(rendered).strip()


def plain_text(fragment: str) -> str:
    """Readable text of sanitised HTML: blocks separated by blank lines, entities decoded."""
    text = re.sub(r"(?i)<br\s*/?>", "\n", fragment)
    text = re.sub(r"(?i)</(p|h[1-6]|li|blockquote|pre|tr|dt|dd|figcaption)>", "\n\n", text)
    text = html.unescape(nh3.clean(text, tags=set()))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def single_line(value: str) -> str:
    """Metadata that must be one line (titles, names, slugs): whitespace runs become one space."""
    return " ".join(_SURROGATES.sub("", value or "").split())


def html_text(value: str) -> str:
    """Plain text made safe for a field a consumer treats as HTML (WordPress titles,
    excerpts, author and term names): ``&``, ``<`` and ``>`` become entities, so markup
    typed into a headline shows as text and never runs. Quotes are left alone (they are
    harmless in text and keep WordPress's typography working); :func:`text_from_html`
    reverses this exactly."""
    return html.escape(_SURROGATES.sub("", value or ""), quote=False)


def text_from_html(fragment: str) -> str:
    """The text of an HTML-valued field (the inverse of :func:`html_text`): tags dropped
    (``<script>``/``<style>`` with their content), entities decoded, whitespace kept."""
    text = _SURROGATES.sub("", fragment or "")
    if "<" not in text and "&" not in text:
        return text
    if "<" in text:
        text = nh3.clean(text, tags=set(), strip_comments=True)
    return html.unescape(text)


def xml_text(value: str) -> str:
    """Text with the characters XML 1.0 cannot carry removed (control chars, surrogates)."""
    return _XML_ILLEGAL.sub("", value or "")


# --- Markdown that stays Markdown -------------------------------------------------------------

_SAFE_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^\s<>\"'`\\]*)>", re.IGNORECASE)
# An inline link/image target: "](" then everything up to ")" or the line end (the title
# too: checking it with the destination errs on the safe side).
# The target stops at a bracket: a "](" inside one target (an unclosed code span, say) must
# not hide the next link's "](" from the check.
_INLINE_DEST = re.compile(r"(\]\(\s*)(<[^>\n]*>|(?:[^()\n\[\]]|\([^()\n\[\]]*\))*)")
# A reference definition "[label]: dest" anywhere (also inside quotes and list items); a
# match in ordinary text only ever replaces an unsafe-looking target.
_REF_DEST = re.compile(r"(\]:[ \t]*\n?[ \t]*)(<[^>\n]*>|[^\s\]]*)")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\\]")


def is_safe_url(url: str) -> bool:
    """True if a link target has no scheme (relative) or one of :data:`URL_SCHEMES`.

    The check looks through what renderers undo before following a link: entities
    (``javascript&#58;``), backslash escapes, percent-encoding of the scheme and invisible
    characters between its letters.
    """
    candidate = url.strip()
    if candidate.startswith("<") and candidate.endswith(">"):
        candidate = candidate[1:-1]
    for _ in range(3):  # entities can be nested (&amp;#58;) in Markdown sources
        decoded = html.unescape(candidate)
        if decoded == candidate:
            break
        candidate = decoded
    candidate = _INVISIBLE.sub("", candidate)
    candidate = re.sub(r"%[0-9a-f]{2}", lambda m: chr(int(m.group(0)[1:], 16)), candidate,
                       flags=re.IGNORECASE)
    candidate = _INVISIBLE.sub("", candidate)
    match = _SCHEME.match(candidate)
    if match:
        return match.group(1).lower() in URL_SCHEMES
    # No scheme before the first ":"? A colon anywhere before a path character still could be
    # read as one by a lenient consumer; treat such targets as unsafe.
    head = re.split(r"[/?#]", candidate, maxsplit=1)[0]
    return ":" not in head


def _replace_dest(match: re.Match[str]) -> str:
    dest = match.group(2)
    if not is_safe_url(dest):
        return match.group(1) + "#"
    if dest.startswith("<"):  # "<" is escaped later; drop the brackets where that is lossless
        inner = dest[1:-1]
        return match.group(1) + (inner if inner and not re.search(r"[\s()]", inner) else "#")
    return match.group(0)


_SCRIPT_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?(</\1\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?(-->|\Z)", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<![A-Za-z\[][^<>]*>|<\?[^<>]*>")


def safe_markdown(body: str) -> str:
    """Markdown that renders to no active content in any Markdown renderer.

    Raw HTML is treated as the HTML exports treat it: ``<script>``/``<style>`` go with their
    content, comments go, other tags go but their text stays. Any ``<`` left after that is
    escaped as ``&lt;`` (so no renderer can see a tag, whatever its raw-HTML setting), except
    in autolinks to safe URLs. Link and image targets with an unsafe scheme become ``#``.
    Hugo shortcode openers (``{{%``) are broken so a body cannot call site templates.
    The price: tags written inside code spans are removed too; news copy rarely has code.
    """
    text = _SURROGATES.sub("", body or "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x00", "")
    placeholders: list[str] = []

    def keep(match: re.Match[str]) -> str:
        placeholders.append(match.group(0))
        return f"\x00{len(placeholders) - 1}\x00"

    text = _SAFE_AUTOLINK.sub(keep, text)
    # Removal runs to a fixed point: taking out one tag can join the halves of another.
    previous = None
    while previous != text:
        previous = text
        text = _SCRIPT_BLOCK.sub("", text)
        text = _COMMENT.sub("", text)
        text = _TAG.sub("", text)
    # Targets are checked after removal, so "java<b></b>script:" is seen as what it becomes.
    text = _INLINE_DEST.sub(_replace_dest, text)
    text = _REF_DEST.sub(_replace_dest, text)
    text = text.replace("<", "&lt;")
    text = text.replace("{{%", "{{&#37;")
    return re.sub("\x00(\\d+)\x00", lambda m: placeholders[int(m.group(1))], text)


# --- checking -----------------------------------------------------------------------------------

ACTIVE_TAGS: frozenset[str] = frozenset({
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link",
    "meta", "base", "form", "input", "button", "textarea", "select", "svg", "math", "template",
    "noscript", "portal",
})
_URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data", "cite",
                   "poster", "background", "srcset")


def find_active_content(fragment: str) -> list[str]:
    """What in an HTML fragment could run or load code: script-capable tags, ``on*``
    handlers, ``style`` attributes and URL attributes with a non-allowed scheme.

    Parsed the way a browser would (lxml's HTML parser), so it judges the output and not
    its spelling. Used by the tests and available to callers that want a last check.
    """
    from lxml import html as lxml_html

    if not fragment.strip():
        return []
    found: list[str] = []
    try:
        roots = lxml_html.fragments_fromstring(fragment)
    except Exception:  # noqa: BLE001 - unparseable text has no elements to run
        return []
    for root in roots:
        if not hasattr(root, "iter"):
            continue
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            tag = el.tag.lower().rsplit("}", 1)[-1]
            if tag in ACTIVE_TAGS:
                found.append(f"<{tag}>")
            for name, value in el.attrib.items():
                lname = name.lower()
                if lname.startswith("on") or lname == "style":
                    found.append(f"{tag}@{lname}")
                elif lname in _URL_ATTRIBUTES and not is_safe_url(value):
                    found.append(f"{tag}@{lname}={value!r}")
    return found

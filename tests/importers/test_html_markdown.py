"""HTML bodies to Markdown: what WordPress stores and what Redaksi's renderer writes."""

from __future__ import annotations

import markdown

from editor.publishing.importers.html_markdown import html_to_markdown


def test_blocks_inline_and_links() -> None:
    html = ('<!-- wp:paragraph --><p>Banjir <strong>besar</strong> di <em>Medan</em>, lihat '
            '<a href="https://x.example/a">peta</a>.</p><!-- /wp:paragraph -->'
            "<h2>Bantuan</h2><blockquote><p>Kami butuh makanan.</p></blockquote>"
            "<ul><li>beras</li><li>air</li></ul>")
    assert html_to_markdown(html) == (
        "Banjir **besar** di *Medan*, lihat [peta](https://x.example/a).\n\n## Bantuan\n\n"
        "> Kami butuh makanan.\n\n- beras\n- air")


def test_scripts_are_dropped_with_their_content() -> None:
    assert html_to_markdown("<p>a</p><script>alert(1)</script><style>p{}</style>") == "a"


def test_text_without_block_tags_gets_paragraphs() -> None:
    assert html_to_markdown("Satu\nbaris dua\n\nParagraf dua") == \
        "Satu  \nbaris dua\n\nParagraf dua"


def test_redaksi_markdown_survives_a_render_and_back() -> None:
    body = ("Syarat:\n\n1. Berdomisili di Medan.\n\n2. Usia maksimal 22 tahun.\n\n"
            "Skor: Quartararo (YZR-M1)* 112, kode_wilayah 12.71.\n\n- satu\n- dua")
    html = markdown.markdown(body)
    back = html_to_markdown(html)
    assert markdown.markdown(back) == html
    assert back == body

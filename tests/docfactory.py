"""Small real documents in every supported format, generated on the fly for tests."""

from __future__ import annotations

import io
import zipfile

ARTICLE = (
    "Japan pledges coast guard loan to the Philippines\n\n"
    "MANILA, April 7, 2026 — Japan will lend the Philippines 60 billion yen to buy five "
    "coast guard vessels, the two governments said on Tuesday. The concessional loan carries "
    "an interest rate of 0.1 percent over 40 years. Officials in Manila said the first ship "
    "would arrive in 2028. The deal follows a visiting forces agreement signed last year."
)


def pdf_bytes(text: str = ARTICLE, title: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    safe = text.replace("—", "-").replace("’", "'")
    pdf.multi_cell(0, 6, safe)
    return bytes(pdf.output())


def image_only_pdf_bytes() -> bytes:
    """A PDF with a page but no text layer (what a scanner produces)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")
    return bytes(pdf.output())


def docx_bytes(paragraphs: list[str] | None = None, title: str | None = None) -> bytes:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for paragraph in paragraphs or ARTICLE.split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb_docx_bytes(size: int = 200 * 1024 * 1024) -> bytes:
    """A DOCX-shaped ZIP whose one member inflates to ``size`` bytes of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                member.write(chunk)
    return buffer.getvalue()


def html_bytes(body: str = ARTICLE) -> bytes:
    headline, _, rest = body.partition("\n\n")
    paragraphs = "".join(f"<p>{p}</p>" for p in rest.split(". "))
    return f"""<!doctype html><html><head><title>{headline} | Site</title>
<style>p {{ color: red }}</style><script>var tracking = "SCRIPT-TEXT";</script></head>
<body><nav><a href="/">Home</a> NAV-TEXT</nav><header>HEADER-TEXT</header>
<article><h1>{headline}</h1>{paragraphs}</article>
<aside>ASIDE-TEXT related stories</aside><footer>FOOTER-TEXT</footer></body></html>""".encode()


PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)

"""Export speed: a 300-block memo with 300 citations to DOCX and PDF.

Times (best of REPEAT runs, one core):
- our DOCX export (real Word footnotes) and PDF export (footnotes on the page
  of their reference, Page X of Y, bookmarks, embedded font), end to end
  through `export_brief` (preflight, layout, draw, atomic write);
- baselines in the same run: python-docx writing the same 300 paragraphs with
  the note numbers typed as superscripts and the notes as plain paragraphs at
  the end, and reportlab's SimpleDocTemplate drawing the same paragraphs and
  notes with a built-in font. Ratios = ours / baseline;
- pandoc converting the same text with 300 Markdown footnotes to DOCX, when
  pandoc is installed (the pypandoc-binary wheel of the test extra has one);
- one cited paragraph of 128 KB to 1 MB, and a single 200,000-character
  word, to PDF and DOCX (CPU seconds of one run: the machine is shared, and
  wall time there swings by 2x). Baselines in the same run: reportlab
  drawing the same text already cut into 3,000-character paragraphs (the
  linear cost of its line breaking, with no notes, tags or post-processing),
  and reportlab drawing it as one Paragraph, which grows with the square of
  the length (measured at 64 and 128 KB only).

    .venv/bin/python bench/bench_export.py
"""

from __future__ import annotations

import datetime
import io
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from docx import Document  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from app.core.brief import Block, Brief, Header, Section  # noqa: E402
from app.core.cite import plain  # noqa: E402
from app.core.export import export_brief  # noqa: E402
from app.core.export.pdf_text import markup  # noqa: E402
from app.core.render import render  # noqa: E402
from tests.export.memos import numbered_brief, ref  # noqa: E402

BLOCKS = 300
REPEAT = 3
SIZES = (128_000, 256_000, 512_000, 1_000_000, 2_000_000)


def best(fn, repeat: int = REPEAT, clock=time.perf_counter) -> float:
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
    return min(times)


def cpu(fn) -> float:
    """CPU seconds of one run: steadier than wall time on a shared machine."""
    return best(fn, 1, time.process_time)


def main() -> None:
    brief = numbered_brief(BLOCKS, sources=25, long_every=40)
    layout = render(brief)
    assert len(layout.notes) == BLOCKS
    texts = [plain(b.spans) for b in layout.blocks()]
    notes = [plain(n.spans) for n in layout.notes]
    tmp = Path(tempfile.mkdtemp())

    def plain_docx() -> None:
        doc = Document()
        for i, text in enumerate(texts, 1):
            p = doc.add_paragraph(text)
            p.add_run(str(i)).font.superscript = True
        for i, note in enumerate(notes, 1):
            doc.add_paragraph(f"{i}. {note}")
        doc.save(io.BytesIO())

    def plain_pdf() -> None:
        style = getSampleStyleSheet()["BodyText"]
        story = [
            Paragraph(markup(t) + f"<super>{i}</super>", style) for i, t in enumerate(texts, 1)
        ]
        story += [Paragraph(f"{i}. {markup(n)}", style) for i, n in enumerate(notes, 1)]
        SimpleDocTemplate(io.BytesIO()).build(story)

    rows = [
        ("DOCX, ours (Word footnotes)", best(lambda: export_brief(brief, tmp / "m.docx"))),
        ("DOCX baseline (python-docx, typed numbers)", best(plain_docx)),
        ("PDF, ours (footnotes per page)", best(lambda: export_brief(brief, tmp / "m.pdf"))),
        ("PDF baseline (SimpleDocTemplate)", best(plain_pdf)),
    ]
    pandoc = shutil.which("pandoc") or _wheel_pandoc()
    if pandoc:
        md = "\n\n".join(f"{t}[^{i}]" for i, t in enumerate(texts, 1))
        md += "\n\n" + "\n".join(f"[^{i}]: {n}" for i, n in enumerate(notes, 1))
        (tmp / "m.md").write_text(md, encoding="utf-8")
        cmd = [pandoc, str(tmp / "m.md"), "-o", str(tmp / "p.docx")]
        rows.append(
            ("pandoc md -> DOCX (same notes)", best(lambda: subprocess.run(cmd, check=True)))
        )
    else:
        rows.append(("pandoc md -> DOCX (same notes)", None))

    pages = len(__import__("pypdf").PdfReader(tmp / "m.pdf").pages)
    print(
        f"{datetime.date.today()} · {platform.processor() or platform.machine()} · "
        f"Python {platform.python_version()} · {BLOCKS} blocks, {BLOCKS} notes, {pages} PDF pages"
    )
    print("| export | best of 3 (s) | ratio |")
    print("|---|---|---|")
    base = {"DOCX": rows[1][1], "PDF": rows[3][1]}
    for name, secs in rows:
        if secs is None:
            print(f"| {name} | not installed | |")
            continue
        ref = base["PDF" if name.startswith("PDF") else "DOCX"]
        print(f"| {name} | {secs:.3f} | {secs / ref:.2f}× |")
    long_paragraph(tmp)


def _wheel_pandoc() -> str | None:
    try:
        import pypandoc

        return pypandoc.get_pandoc_path()
    except (ImportError, OSError):
        return None


def _one_paragraph(text: str, cited: bool = True) -> Brief:
    block = Block("fact", text, original=text, source=ref(1)) if cited else Block("prose", text)
    return Brief(Header(subject="Long"), [Section("S", [block])])


def long_paragraph(tmp: Path) -> None:
    """Seconds for one long paragraph, per size, with the baselines."""
    style = getSampleStyleSheet()["BodyText"]

    def reportlab(chunks: list[str]) -> None:
        SimpleDocTemplate(io.BytesIO()).build([Paragraph(c, style) for c in chunks])

    print()
    print(
        "| one paragraph (CPU s) | PDF, ours | s per MB | DOCX, ours "
        "| reportlab, 3,000-char paragraphs | ratio |"
    )
    print("|---|---|---|---|---|---|")
    for size in SIZES:
        text = ("lorem ipsum dolor sit amet consectetur " * (size // 39 + 1))[:size]
        brief = _one_paragraph(text)
        pdf = cpu(lambda b=brief: export_brief(b, tmp / "l.pdf"))
        docx = cpu(lambda b=brief: export_brief(b, tmp / "l.docx"))
        chunks = [text[i : i + 3000] for i in range(0, size, 3000)]
        base = cpu(lambda c=chunks: reportlab(c))
        print(
            f"| {size // 1000:,} KB | {pdf:.2f} | {pdf / size * 1e6:.2f} | {docx:.2f} | "
            f"{base:.2f} | {pdf / base:.2f}× |"
        )
    word = "x" * 200_000
    pdf = cpu(lambda: export_brief(_one_paragraph(word, cited=False), tmp / "w.pdf"))
    base = cpu(lambda: reportlab([word[i : i + 3000] for i in range(0, len(word), 3000)]))
    print(f"| one 200,000-character word | {pdf:.2f} | | | {base:.2f} | {pdf / base:.2f}× |")
    print()
    print("| reportlab, the paragraph as one Paragraph | CPU s |")
    print("|---|---|")
    for size in (64_000, 128_000, 256_000):
        text = ("lorem ipsum dolor sit amet consectetur " * (size // 39 + 1))[:size]
        print(f"| {size // 1000} KB | {cpu(lambda t=text: reportlab([t])):.2f} |")


if __name__ == "__main__":
    main()

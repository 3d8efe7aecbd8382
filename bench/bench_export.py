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
  pandoc is installed.

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

from app.core.cite import plain  # noqa: E402
from app.core.export import export_brief  # noqa: E402
from app.core.export.pdf import markup  # noqa: E402
from app.core.render import render  # noqa: E402
from tests.export.memos import numbered_brief  # noqa: E402

BLOCKS = 300
REPEAT = 3


def best(fn) -> float:
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


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
    pandoc = shutil.which("pandoc")
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


if __name__ == "__main__":
    main()

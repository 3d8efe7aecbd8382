"""Compare PDF text libraries on article PDFs: speed and text quality.

    .venv/bin/python bench/bench_pdf_readers.py [--libreoffice]

Makes article PDFs from the five bundled articles (two-column, justified,
hyphenated, built with reportlab; and with --libreoffice also one-column PDFs
converted from DOCX by LibreOffice), reads each with every candidate library
that is installed (pypdf, pdfminer.six, pypdfium2) and reports:

- ms per file (median of 3 runs);
- words: how much of the article's word sequence comes back in order
  (difflib ratio; reading order and hyphenation both count);
- paragraphs: the share of the article's paragraphs that come back exactly.

Each library gets the same line-joining and de-hyphenation step; what differs
is the text, its order, and the layout information each one gives.
This was used to choose the library behind app/core/ingest/pdf.py.
"""

from __future__ import annotations

import difflib
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "data" / "ingest"))
sys.path.insert(0, str(ROOT))

from samples import article_paragraphs, make_docx, make_pdf  # noqa: E402

from app.core.ingest.pdf import join_lines, resolve_hyphens  # noqa: E402


def _quotes(s: str) -> str:
    return s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")


def score(reference: list[str], paragraphs: list[str]) -> tuple[float, float]:
    ref_words = _quotes(" ".join(reference)).split()
    got_words = _quotes(" ".join(paragraphs)).split()
    words = difflib.SequenceMatcher(None, ref_words, got_words, autojunk=False).ratio()
    got = {" ".join(_quotes(p).split()) for p in paragraphs}
    exact = sum(" ".join(_quotes(p).split()) in got for p in reference) / len(reference)
    return words, exact


def paragraphs_by_short_lines(text: str) -> list[str]:
    """Paragraphs from plain lines: a line much shorter than the longest ends one."""
    lines = [ln.rstrip() for ln in text.splitlines()]
    width = max((len(ln) for ln in lines), default=0)
    paras, cur = [], []
    for ln in lines:
        if not ln.strip():
            if cur:
                paras.append(cur)
                cur = []
            continue
        cur.append(ln)
        if len(ln) < 0.7 * width and re.search(r"[.:!?\"”]$", ln):
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    return resolve_hyphens([join_lines(p) for p in paras])


def read_pypdf(path: Path) -> list[str]:
    import pypdf

    reader = pypdf.PdfReader(str(path))
    out = []
    for page in reader.pages:
        out += paragraphs_by_short_lines(page.extract_text())
    return out


def read_pdfminer(path: Path) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextBox

    out = []
    for page in extract_pages(str(path), laparams=LAParams()):
        for box in page:
            if isinstance(box, LTTextBox):
                out.append(join_lines(box.get_text().splitlines()))
    return resolve_hyphens([p for p in out if p])


def read_pypdfium2_plain(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    out = []
    for page in pdf:
        text = page.get_textpage().get_text_range().replace("\r\n", "\n")
        out += paragraphs_by_short_lines(text)
    pdf.close()
    return out


def read_pypdfium2_layout(path: Path) -> list[str]:
    from app.core.ingest.pdf import read_pdf_paragraphs

    return read_pdf_paragraphs(path)


CANDIDATES = {
    "pypdf": read_pypdf,
    "pdfminer.six": read_pdfminer,
    "pypdfium2 (plain text)": read_pypdfium2_plain,
    "pypdfium2 (+ line geometry, ours)": read_pypdfium2_layout,
}


def make_corpus(folder: Path, libreoffice: bool) -> list[tuple[Path, list[str]]]:
    corpus = []
    for i in range(5):
        paras = article_paragraphs(i)
        # The headline is the first paragraph, set in a larger font.
        corpus.append((make_pdf(folder / f"two_column_{i}.pdf", paras[1:], title=paras[0]), paras))
        if libreoffice:
            make_docx(folder / f"lo_{i}.docx", paras)
    if libreoffice:
        subprocess.run(
            ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder)]
            + [str(p) for p in sorted(folder.glob("lo_*.docx"))],
            check=True,
            capture_output=True,
            timeout=300,
        )
        for i in range(5):
            corpus.append((folder / f"lo_{i}.pdf", article_paragraphs(i)))
    return corpus


def main() -> int:
    libreoffice = "--libreoffice" in sys.argv
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp), libreoffice)
        print(f"{len(corpus)} article PDFs")
        print(f"{'library':<36} {'ms/file':>8} {'words':>7} {'paras':>7}")
        for name, reader in CANDIDATES.items():
            try:
                reader(corpus[0][0])
            except ImportError:
                print(f"{name:<36} (not installed)")
                continue
            times, words, paras = [], [], []
            for path, reference in corpus:
                runs = []
                for _ in range(3):
                    t0 = time.perf_counter()
                    got = reader(path)
                    runs.append(time.perf_counter() - t0)
                times.append(statistics.median(runs))
                w, p = score(reference, got)
                words.append(w)
                paras.append(p)
            print(
                f"{name:<36} {1000 * statistics.mean(times):8.1f} "
                f"{statistics.mean(words):7.3f} {statistics.mean(paras):7.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

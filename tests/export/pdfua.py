"""Machine checks of a tagged PDF, after the Matterhorn Protocol's
machine-checkable failure conditions for PDF/UA-1 (the checks PAC and
veraPDF run), as far as they apply to a memo: no images, forms or tables.

veraPDF itself is not available here (it is distributed neither on PyPI nor
by Debian), so these checks read the file with pikepdf and report each
problem found; an empty list means the file passes them all.
"""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name

_TEXT_OPS = {"Tj", "TJ", "'", '"'}
_PAINT_OPS = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do"}
_HEADING = re.compile(r"/H([1-6])")


def problems(path: Path) -> list[str]:
    """Everything that breaks the checks below, one line each."""
    out: list[str] = []
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        out += _document(pdf, root)
        if "/StructTreeRoot" not in root:
            return [*out, "no structure tree"]
        used = {}
        for index, page in enumerate(pdf.pages):
            used[index] = _page_content(page, index, out)
        out += _parent_tree(pdf, root.StructTreeRoot, used)
        out += _elements(root.StructTreeRoot)
        out += _annotations(pdf)
        out += _fonts(pdf)
    return out


def _document(pdf, root) -> list[str]:
    out = []
    if not root.get("/MarkInfo", {}).get("/Marked", False):
        out.append("catalog: MarkInfo /Marked is not true (Matterhorn 01-002)")
    if not str(root.get("/Lang", "")).strip():
        out.append("catalog: no /Lang (11-001)")
    if not root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False):
        out.append("catalog: DisplayDocTitle is not true (07-002)")
    meta = pdf.open_metadata()
    if str(meta.get("pdfuaid:part", "")) != "1":
        out.append("XMP: no pdfuaid:part 1 (06-002)")
    title = str(meta.get("dc:title", "")).strip()
    if not title:
        out.append("XMP: no dc:title (06-003)")
    elif title != str(pdf.docinfo.get("/Title", "")):
        out.append("XMP dc:title differs from the document information Title")
    return out


def _page_content(page, index: int, out: list[str]) -> set[int]:
    """Check that all painted content is tagged or an artifact; return the MCIDs used."""
    stack: list[str] = []
    mcids: set[int] = set()
    for operands, op in pikepdf.parse_content_stream(page):
        name = str(op)
        if name == "BDC":
            kind = str(operands[0])
            props = operands[1] if len(operands) > 1 else None
            if kind != "/Artifact" and isinstance(props, Dictionary) and "/MCID" in props:
                mcid = int(props.MCID)
                if mcid in mcids:
                    out.append(f"page {index + 1}: MCID {mcid} used twice")
                mcids.add(mcid)
                stack.append("content")
            else:
                stack.append("artifact" if kind == "/Artifact" else "other")
        elif name == "BMC":
            stack.append("artifact" if str(operands[0]) == "/Artifact" else "other")
        elif name == "EMC":
            if not stack:
                out.append(f"page {index + 1}: EMC without BDC")
            else:
                stack.pop()
        elif name in _TEXT_OPS or name in _PAINT_OPS:
            if not any(k in ("content", "artifact") for k in stack):
                out.append(f"page {index + 1}: {name} outside tagged content or artifact (01-005)")
    if stack:
        out.append(f"page {index + 1}: {len(stack)} marked-content sequence(s) left open")
    return mcids


def _parent_tree(pdf, tree, used: dict[int, set[int]]) -> list[str]:
    out = []
    nums = tree.ParentTree.get("/Nums", Array())
    entries = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for index, page in enumerate(pdf.pages):
        mcids = used[index]
        if not mcids:
            continue
        key = page.obj.get("/StructParents")
        if key is None or int(key) not in entries:
            out.append(f"page {index + 1}: no /StructParents entry in the parent tree")
            continue
        array = entries[int(key)]
        for mcid in sorted(mcids):
            if mcid >= len(array):
                out.append(f"page {index + 1}: MCID {mcid} has no structure element")
                continue
            element = array[mcid]
            refs = [
                k
                for k in _kids(element)
                if isinstance(k, Dictionary)
                and k.get("/Type") == Name.MCR
                and int(k.MCID) == mcid
                and k.Pg.objgen == page.obj.objgen
            ]
            if not refs:
                out.append(f"page {index + 1}: element of MCID {mcid} does not hold it")
    if int(tree.get("/ParentTreeNextKey", -1)) <= max(entries, default=-1):
        out.append("ParentTreeNextKey is not past the last key")
    return out


def _kids(element) -> list:
    kids = element.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, Array) else [kids]


def _elements(tree) -> list[str]:
    out: list[str] = []
    ids: set[str] = set()
    levels: list[int] = []

    def visit(element) -> None:
        kind = str(element.get("/S", ""))
        if kind == "/Note":
            ident = str(element.get("/ID", ""))
            if not ident:
                out.append("Note without /ID (19-003)")
            elif ident in ids:
                out.append(f"Note ID {ident} used twice (19-004)")
            ids.add(ident)
        match = _HEADING.fullmatch(kind)
        if match:
            levels.append(int(match[1]))
        for kid in _kids(element):
            if isinstance(kid, Dictionary) and kid.get("/Type", Name.StructElem) == Name.StructElem:
                if "/S" in kid:
                    visit(kid)

    for kid in _kids(tree):
        visit(kid)
    if not levels:
        out.append("no headings")
    elif levels[0] != 1:
        out.append("first heading is not H1 (14-002)")
    for before, after in zip(levels, levels[1:], strict=False):
        if after > before + 1:
            out.append(f"heading level skips from H{before} to H{after} (14-003)")
    return out


def _annotations(pdf) -> list[str]:
    out = []
    for index, page in enumerate(pdf.pages):
        annots = page.obj.get("/Annots") or []
        if annots and page.obj.get("/Tabs") != Name.S:
            out.append(f"page {index + 1}: annotations but no /Tabs /S (28-004)")
        for annot in annots:
            if annot.get("/Subtype") != Name.Link:
                continue
            if "/StructParent" not in annot:
                out.append(f"page {index + 1}: link not in the structure tree (28-011)")
            if not str(annot.get("/Contents", "")).strip():
                out.append(f"page {index + 1}: link without /Contents (28-012)")
    return out


def _fonts(pdf) -> list[str]:
    out = []
    for obj in pdf.objects:
        if not isinstance(obj, Dictionary) or obj.get("/Type") != Name.Font:
            continue
        if obj.get("/Subtype") == Name.Type3:
            continue
        descriptor = obj.get("/FontDescriptor")
        files = ("/FontFile", "/FontFile2", "/FontFile3")
        if descriptor is None or not any(f in descriptor for f in files):
            out.append(f"font {obj.get('/BaseFont')} not embedded (31-009)")
        if "/ToUnicode" not in obj:
            out.append(f"font {obj.get('/BaseFont')} has no ToUnicode map (31-027)")
    return out

"""Memo templates: the sections a new brief starts with."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.brief import Brief, Header, Section


@dataclass(frozen=True)
class Template:
    """A named starting point for a brief: a subject line and section titles."""

    name: str
    subject: str
    sections: tuple[str, ...]


TEMPLATES: tuple[Template, ...] = (
    Template(
        "Council briefing memo",
        "",
        (
            "Bottom line",
            "Background",
            "Key facts",
            "Who said what",
            "Points of disagreement",
            "Open questions",
        ),
    ),
    Template(
        "Reporter's backgrounder",
        "",
        ("Summary", "Timeline", "Key players", "Quotes", "Sources"),
    ),
    Template("Blank memo", "", ("Notes",)),
)

DEFAULT_TEMPLATE = TEMPLATES[0].name


def template_names() -> list[str]:
    return [t.name for t in TEMPLATES]


def new_brief(template_name: str = DEFAULT_TEMPLATE, *, date: str = "") -> Brief:
    """A fresh brief with the template's sections; KeyError for an unknown name."""
    for template in TEMPLATES:
        if template.name == template_name:
            header = Header(subject=template.subject, date=date)
            return Brief(header=header, sections=[Section(t) for t in template.sections])
    raise KeyError(f"no template named {template_name!r}")

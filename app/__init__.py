"""Briefing Builder: cited briefing memos from news articles, offline."""

__version__ = "0.1.0"

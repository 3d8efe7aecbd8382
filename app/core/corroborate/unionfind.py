"""Disjoint sets, for groups of items and for conflicts joined by edges."""

from __future__ import annotations


class UnionFind:
    """Disjoint sets that also keep each set's members (sets of one are implicit)."""

    def __init__(self) -> None:
        self.parent: dict = {}
        self.members: dict = {}

    def find(self, x):
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = min(ra, rb), max(ra, rb)
            self.parent[drop] = keep
            self.members.setdefault(keep, [keep]).extend(self.members.pop(drop, [drop]))

    def group(self, x) -> list:
        root = self.find(x)
        return self.members.get(root, [root])

"""Strongly connected components of a directed graph, each found after every component it
reaches: what the model's digests and its reach index fold over (schemas may refer to each other)."""

from __future__ import annotations

from typing import Iterator, Mapping, Sequence


def components(edges: Mapping[str, Sequence[str]]) -> Iterator[list[str]]:
    """Tarjan's algorithm, iteratively (deep reference chains exceed the recursion limit). Every
    successor must be a node of `edges`; each component is given sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, at = work.pop()
            if at == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            successors = edges[node]
            if at < len(successors):
                work.append((node, at + 1))
                nxt = successors[at]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                members: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == node:
                        break
                members.sort()
                yield members
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])

"""The grouped alias search of ``_roles.holder_mentions`` finds what a find per alias finds."""

from __future__ import annotations

from pipeline.extract import _roles


def _reference(body: str, role: str) -> list[tuple[int, int, str]]:
    """Every alias searched on its own (the search before the key groups)."""
    lowered = body.lower()
    hits: list[tuple[int, int, str]] = []
    for alias, name in _roles.HOLDER_ALIASES[role]:
        at = lowered.find(alias)
        while at >= 0:
            end = at + len(alias)
            before = lowered[at - 1] if at else " "
            after = lowered[end] if end < len(body) else " "
            if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
                hits.append((at, end, name))
            at = lowered.find(alias, at + 1)
    return sorted(hits)


def _texts(role: str) -> list[str]:
    aliases = [alias for alias, _ in _roles.HOLDER_ALIASES[role]]
    mixed = ". ".join(f"Officials met {a.title()} on Monday" for a in aliases[::2])
    glued = " ".join(f"x{a}y" for a in aliases[:5])  # inside other words: no mention
    edges = f"{aliases[-1]}, then ({aliases[0]}) and {aliases[0].upper()}_x."
    return [mixed, glued, edges, "Nobody of note was named in this report.", ""]


def test_every_alias_is_in_a_group() -> None:
    for role, aliases in _roles.HOLDER_ALIASES.items():
        grouped = [pair for key, group in _roles.HOLDER_KEYS[role] for pair in group]
        assert sorted(grouped) == sorted(aliases)
        for key, group in _roles.HOLDER_KEYS[role]:
            assert all(key in alias for alias, _ in group)


def test_grouped_search_matches_the_search_per_alias() -> None:
    for role in _roles.HOLDER_ALIASES:
        for text in _texts(role):
            assert _roles.holder_mentions(text, role) == _reference(text, role), (role, text)


def test_no_result_carries_over_between_texts() -> None:
    role = max(_roles.HOLDER_ALIASES, key=lambda r: len(_roles.HOLDER_ALIASES[r]))
    first, second = _texts(role)[0], _texts(role)[3]
    assert _roles.holder_mentions(first, role)
    assert _roles.holder_mentions(second, role) == []
    assert _roles.holder_mentions(first, role) == _reference(first, role)

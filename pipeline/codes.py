"""CAMEO actor codes as the coder reads them: a three-letter country (or IGO, IMG, ...) followed
by three-letter roles ("SYRGOVMIL": Syria, government, military)."""
from __future__ import annotations

# the roles of a state's own organs and forces (a government, its army, police, intelligence)
STATE_FORCE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})

# how a speaker is coded whom no dictionary or earlier sentence ties to a party ("His uncle
# accused the marines", "Hutukara blamed the miners"): the story's country, read as a civilian of
# it (CVL, as ACLED codes a speaker it cannot place) unless another telling names the party
UNAFFILIATED = "unaffiliated"
UNAFFILIATED_ROLE = "CVL"


def code_roles(roles: str) -> set[str]:
    """The three-letter roles of a role string: "GOVMIL" -> {"GOV", "MIL"}."""
    return {roles[i:i + 3] for i in range(0, len(roles), 3)}


def roles_of(code: str) -> set[str]:
    """The roles of a full actor code, its country left out: "SYRGOVMIL" -> {"GOV", "MIL"}."""
    return code_roles(code[3:])

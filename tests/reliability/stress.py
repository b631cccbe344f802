"""`make test` runs a fast share of each reliability test, `make stress` the full counts.

`WENYUAN_STRESS=1` (set by `make stress`) selects the full counts.
"""

from __future__ import annotations

import os

STRESS = os.environ.get("WENYUAN_STRESS") == "1"


def stress_count(*, fast: int, stress: int) -> int:
    """`stress` under `make stress`, else `fast`."""
    return stress if STRESS else fast

"""`make test` runs a fast share of each reliability test, `make stress` the full counts.

`WENYUAN_STRESS=1` (set by `make stress`) selects the full counts.
"""

from __future__ import annotations

import os

STRESS = os.environ.get("WENYUAN_STRESS") == "1"


def stress_count(*, fast: int, stress: int) -> int:
    """`stress` under `make stress`, else `fast`."""
    return stress if STRESS else fast


def fuzz_seed(fixed: int) -> int:
    """`fixed` under `make test`; a new seed under `make stress`, printed to replay a failure
    (WENYUAN_FUZZ_SEED=N replays it)."""
    if os.environ.get("WENYUAN_FUZZ_SEED"):
        return int(os.environ["WENYUAN_FUZZ_SEED"])
    if not STRESS:
        return fixed
    chosen = int.from_bytes(os.urandom(4), "big")
    print(f"fuzz seed {chosen} (replay with WENYUAN_FUZZ_SEED={chosen})")
    return chosen

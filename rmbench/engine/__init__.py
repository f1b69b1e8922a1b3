"""The scoring engine: items -> unique requests -> cache -> length-sorted batches -> adapter -> scores.

Modules, one job each: ``requests`` (dedup across items and subsets), ``batching`` (token-budget
packing, OOM halving, auto budget), ``cache`` (SQLite score cache), ``shard`` (torch.distributed),
``scoring`` (the loop tying them together), ``manifest`` (what a run records), ``run``
(``evaluate``: tasks in, run folder out).
"""

"""torch.distributed scale-out: split the missing requests across ranks, gather scores on rank 0.

Started by ``torchrun``: every rank builds the same request table; rank 0 decides which
requests are missing from the cache and broadcasts that list (so a rank that starts late cannot
see a different cache state), each rank scores every ``world``-th request, and rank 0 gathers.
Only rank 0 writes the run folder.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def world() -> tuple[int, int]:
    """(rank, world size) from the torchrun environment; (0, 1) when not distributed."""
    return int(os.environ.get("RANK", "0")), int(os.environ.get("WORLD_SIZE", "1"))


def is_distributed() -> bool:
    return world()[1] > 1


def init(device: str) -> None:
    """Join the process group (gloo on CPU, nccl on CUDA) once; torch is not imported otherwise."""
    if not is_distributed():
        return
    import torch.distributed as dist

    if not dist.is_initialized():
        dist.init_process_group("nccl" if device.startswith("cuda") else "gloo")


def broadcast(obj: Any) -> Any:
    """Rank 0's ``obj`` on every rank."""
    if not is_distributed():
        return obj
    import torch.distributed as dist

    box = [obj]
    dist.broadcast_object_list(box, src=0)
    return box[0]


def my_share(units: Sequence[T]) -> list[T]:
    """Every ``world``-th unit (request key or prefix group), starting at this rank."""
    rank, size = world()
    return list(units[rank::size])


def gather(part: dict[str, float]) -> dict[str, float] | None:
    """Every rank's scores merged on rank 0 (None elsewhere)."""
    if not is_distributed():
        return part
    import torch.distributed as dist

    rank, size = world()
    parts: list[Any] | None = [None] * size if rank == 0 else None
    dist.gather_object(part, parts, dst=0)
    if rank != 0:
        return None
    merged: dict[str, float] = {}
    for p in parts or []:
        merged.update(p)
    return merged


def barrier() -> None:
    if is_distributed():
        import torch.distributed as dist

        dist.barrier()


def finish() -> None:
    if is_distributed():
        import torch.distributed as dist

        if dist.is_initialized():
            dist.destroy_process_group()

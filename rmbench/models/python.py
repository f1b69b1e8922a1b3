"""``python:module:function`` or ``python:path/file.py:function``: any scoring function.

The function is called as ``fn(prompts, responses) -> scores`` on a batch (prompts as given in
the items: a string or chat messages). Its fingerprint is the hash of its source file, so editing
the function invalidates cached scores.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import inspect
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rmbench.models.base import Adapter, Prepared


def resolve_function(target: str) -> Callable[..., Any]:
    module_part, sep, func_name = target.rpartition(":")
    if not sep or not module_part or not func_name:
        raise ValueError(f"python model {target!r}: expected module:function or path/file.py:function")
    if module_part.endswith(".py"):
        path = Path(module_part)
        if not path.is_file():
            raise FileNotFoundError(f"python model: file {path} not found")
        name = f"rmbench_user_{hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]}"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    else:
        module = importlib.import_module(module_part)
    fn = getattr(module, func_name, None)
    if not callable(fn):
        raise ValueError(f"python model {target!r}: {func_name!r} is not a function of {module_part}")
    return fn


class PythonAdapter(Adapter):
    kind = "python"

    def __init__(self, arg: str = "", **options: Any):
        super().__init__(arg, **options)
        self.check_options()
        self.fn = resolve_function(arg)

    def content_hash(self) -> str:
        try:
            source = Path(inspect.getsourcefile(self.fn) or "").read_bytes()
        except (OSError, TypeError):
            source = repr(self.fn).encode()
        return hashlib.sha256(source).hexdigest()

    def score_batch(self, batch: Sequence[Prepared]) -> list[float]:
        prompts = [p.payload.prompt for p in batch]
        responses = [p.payload.response for p in batch]
        scores = list(self.fn(prompts, responses))
        if len(scores) != len(batch):
            raise ValueError(
                f"python model {self.arg}: returned {len(scores)} scores for {len(batch)} responses"
            )
        return scores  # checked by the engine: a string or a bool is refused, not coerced

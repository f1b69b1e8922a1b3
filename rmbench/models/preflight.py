"""Before any data is read: can each model be loaded from here? If not, say so in one line, in seconds.

Why: a hub id on a machine without network used to fail only after every subset had loaded, after
a minute of retried (and doubled) warnings, in a transformers traceback. The check costs little:

- a local folder or ``.gguf`` file must exist;
- a hub id already in the local Hugging Face cache needs no network;
- otherwise, with ``HF_HUB_OFFLINE``/``TRANSFORMERS_OFFLINE`` set, it cannot be downloaded: error;
- otherwise one metadata request (no retries, a short timeout) tells "no network", "no such model"
  and "gated" apart, each with what to do: for offline use, download once and pass the folder.

Only the kinds whose ARG is a transformers model are checked (plus ``dpo``'s ``ref=`` model); the
others (``http``, ``python``, baselines) have nothing to fetch. It also installs the filters of
:mod:`rmbench.models.library_logs`, so the loading that follows speaks plainly.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from rmbench.models import library_logs
from rmbench.models.base import Adapter
from rmbench.models.registry import parse_spec

MODEL_KINDS = ("hf", "dpo", "logprob", "judge", "embed")
PROBE_TIMEOUT_S = 8.0
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")


class ModelUnavailableError(OSError):
    """A model named on the command line cannot be loaded from this machine (one line, no traceback)."""


def _offline() -> bool:
    return any(
        os.environ.get(k, "").strip().lower() in ("1", "true", "yes", "on")
        for k in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    )


def _offline_advice(kind: str, name: str) -> str:
    return (
        f"to run offline, download it once where there is a network (`hf download {name} --local-dir DIR`) "
        f"and pass --model {kind}:DIR"
    )


def _probe_hub(kind: str, name: str) -> None:
    """One metadata request: raises ModelUnavailableError saying what is wrong, or returns."""
    from huggingface_hub import HfApi
    from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, RepositoryNotFoundError

    try:
        HfApi().model_info(name, timeout=PROBE_TIMEOUT_S)
    except GatedRepoError as exc:
        raise ModelUnavailableError(
            f"{kind}:{name} is gated on the Hugging Face hub: accept its terms there and log in "
            "(`hf auth login`)"
        ) from exc
    except RepositoryNotFoundError as exc:
        raise ModelUnavailableError(
            f"{kind}:{name}: no such model on the Hugging Face hub (a typo, or private: log in with "
            "`hf auth login`), and no local folder of that name"
        ) from exc
    except HfHubHTTPError as exc:
        raise ModelUnavailableError(f"{kind}:{name}: the Hugging Face hub answered {exc}") from exc
    except Exception as exc:  # no network, DNS, proxy, timeout: whatever the HTTP stack raises
        raise ModelUnavailableError(
            f"{kind}:{name}: the Hugging Face hub cannot be reached ({type(exc).__name__}: {exc}); "
            + _offline_advice(kind, name)
        ) from exc


def check_model_source(kind: str, name: str) -> None:
    """Raise ModelUnavailableError unless ``name`` (folder, .gguf file or hub id) can be loaded from here."""
    path = Path(name).expanduser()
    if path.exists():
        return
    looks_local = name.startswith((".", "/", "~")) or name.count("/") > 1 or name.lower().endswith(".gguf")
    if looks_local or not _HUB_ID.match(name):
        raise ModelUnavailableError(f"{kind}:{name}: no such model folder or file")
    from huggingface_hub import try_to_load_from_cache

    if isinstance(try_to_load_from_cache(name, "config.json"), str):
        return
    if _offline():
        raise ModelUnavailableError(
            f"{kind}:{name} is not in the local Hugging Face cache and HF_HUB_OFFLINE is set; "
            + _offline_advice(kind, name)
        )
    _probe_hub(kind, name)


def preflight_models(
    model: str | Adapter | Sequence[str | Adapter] | None, model_args: Mapping[str, Any] | None = None
) -> None:
    """Check every model spec of a run (as :func:`rmbench.evaluate` takes them) before data loading."""
    library_logs.install()
    specs = [] if model is None else [model] if isinstance(model, (str, Adapter)) else list(model)
    for spec in specs:
        if not isinstance(spec, str):
            continue
        kind, arg = parse_spec(spec)
        if kind not in MODEL_KINDS:
            continue
        check_model_source(kind, arg)
        ref = (model_args or {}).get("ref")
        if kind == "dpo" and ref:
            check_model_source("dpo ref", str(ref))

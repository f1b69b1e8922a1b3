"""The model card (README.md) written beside a trained checkpoint: data, recipe, seed, results.

A reward model's numbers mean little without what it saw and how it was trained, so the card is
generated from the same summary dict that ``rmbench_train.json`` stores, never written by hand.
"""

from __future__ import annotations

from typing import Any


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _ci(est: dict[str, Any] | None) -> str:
    """`` [low, high] (95% bootstrap over N items)`` or nothing."""
    if not est:
        return ""
    return f" [{est['ci_low']:.1%}, {est['ci_high']:.1%}] (95% bootstrap over {est['n']} items)"


def _table(headers: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def _steps(r: dict[str, Any]) -> str:
    planned = r.get("planned_steps")
    return (
        f"{r['steps']} of {planned} planned steps ({r['steps'] / planned:.0%})"
        if planned
        else f"{r['steps']} steps"
    )


def _stops(rounds: list[dict[str, Any]], recipe: dict[str, Any]) -> list[str]:
    """A paragraph per way training ended before its recipe's steps (empty when every round completed)."""
    lines = []
    budget = [r for r in rounds if r["stopped"] == "time_budget"]
    if budget:
        which = "; ".join(f"round {r['round']}: {_steps(r)}" for r in budget)
        lines += [
            f"**Stopped early by the time budget** ({recipe['max_minutes']:g} minutes of training per "
            f"round): "
            f"{which}. This model saw less training than its recipe asks, so its figures depend on the "
            f"speed of "
            "the machine it was trained on; the best held-out checkpoint reached is the one saved. Train it "
            "fully with a larger `--max-minutes` (0: no limit).",
            "",
        ]
    patience = [r for r in rounds if r["stopped"] == "early_stopping"]
    if patience:
        which = "; ".join(f"round {r['round']}: {_steps(r)}" for r in patience)
        lines += [
            f"Stopped early on the held-out loss (no improvement in {recipe.get('patience')} evaluations): "
            f"{which}; the best checkpoint is the one saved.",
            "",
        ]
    return lines


def model_card(summary: dict[str, Any]) -> str:
    lines = [
        *_header(summary),
        *_data_section(summary),
        *_recipe_section(summary),
        *_results_section(summary),
        *_reproduce_section(summary),
    ]
    return "\n".join(lines)


def _header(summary: dict[str, Any]) -> list[str]:
    """Front matter, title, what the model is, how to load it and how its inputs are rendered."""
    data, recipe = summary["data"], summary["recipe"]
    hub_id = summary.get("base_hub_id") or ""
    base = f"{hub_id} (local copy: {summary['base']})" if hub_id else summary["base"]
    return [
        "---",
        "library_name: transformers",
        "pipeline_tag: text-classification",
        *([f"base_model: {hub_id}"] if hub_id else []),
        "tags: [reward-model, bradley-terry, rmbench]",
        "---",
        "",
        f"# Reward model trained by `rmbench train` on {', '.join(data['tasks'])}",
        "",
        f"A Bradley-Terry reward model: `{base}` with a one-output sequence-classification head "
        "(`num_labels=1`), trained so that a preferred response scores higher than a worse one. "
        "The single logit is the reward; only differences between rewards for the same prompt are "
        "meaningful.",
        "",
        "## Use",
        "",
        "```python",
        "from transformers import AutoModelForSequenceClassification, AutoTokenizer",
        "tok = AutoTokenizer.from_pretrained(PATH)",
        "rm = AutoModelForSequenceClassification.from_pretrained(PATH)",
        *summary["render"]["usage"],
        "```",
        "",
        f"Input rendering (the same function `rmbench run --model hf:PATH` scores with): "
        f"{summary['render']['rule']}. "
        f"Inputs were cut to {recipe['max_length']} tokens, the prompt losing its left end first; the "
        f"tokenizer is "
        f"saved with `model_max_length={recipe['max_length']}` and `truncation_side='left'` to match.",
        "",
    ]


def _data_section(summary: dict[str, Any]) -> list[str]:
    """Subsets and their sizes, the held-out and unlabelled slices, the pair counts, the leakage check."""
    data = summary["data"]
    lines = [
        "## Data",
        "",
        "Train splits of these subsets (items with at least two responses of different gold"
        + (
            ""
            if data.get("subset_patterns")
            else "; by default only in-distribution subsets, so the shifted subsets still measure a shift"
        )
        + "):",
        "",
        *_table(["subset", "train items"], [[k, v] for k, v in data["subsets"].items()]),
        "",
    ]
    if data.get("skipped"):
        lines += ["Not used: " + "; ".join(f"{k} ({why})" for k, why in data["skipped"].items()), ""]
    lines += [
        f"- Held-out slice (early stopping and model selection on its Bradley-Terry loss): "
        f"{data['heldout_items']} items, "
        f"{data['heldout_fraction']:.0%} of the train pool by seeded `source_id` hash.",
        f"- Training pairs: {data['train_pairs']} gold-ordered pairs from {data['labelled_items']} items "
        f"(a ranking of k responses gives up to k(k-1)/2; at most {data['max_pairs_per_item'] or 'all'} per "
        f"item, "
        f"{data['max_pairs'] or 'no'} cap in all).",
    ]
    if data.get("unlabelled_items"):
        lines.append(
            f"- Unlabelled pool for self-evolved rounds: {data['unlabelled_items']} items whose gold "
            "was set aside (used only to report pseudo-label agreement)."
        )
    checked = data["leakage_checked"]
    lines += [
        f"- Leakage check: no training item shares a `source_id` with the test split of any subset of the "
        f"selected tasks ({len(checked)} test splits, {sum(checked.values())} items checked: "
        f"{', '.join(checked)}).",
        "",
    ]
    return lines


def _recipe_section(summary: dict[str, Any]) -> list[str]:
    recipe = summary["recipe"]
    return [
        "## Recipe",
        "",
        *_table(["setting", "value"], [[k, v] for k, v in recipe.items()]),
        "",
        f"Loss: `-log sigmoid(s_chosen - s_rejected - margin)`, AdamW with linear warmup/decay, gradient "
        f"clipping at 1.0. Trainable parameters: {summary['parameters']['trainable']:,} of "
        f"{summary['parameters']['total']:,}. Seed: {recipe['seed']} (data slices, head initialisation, "
        f"batch order).",
        "",
    ]


def _results_section(summary: dict[str, Any]) -> list[str]:
    """Held-out accuracy per round, why training stopped early (if it did), and the final figure."""
    recipe, result = summary["recipe"], summary["result"]
    rounds = result["rounds"]
    rows = [
        [
            r["round"],
            r["labelled_pairs"],
            r["pseudo_pairs"],
            _pct(r["pseudo_agreement"]),
            _pct(r["heldout_accuracy"]),
            r["steps"],
            r["seconds"],
            r["stopped"],
        ]
        for r in rounds
    ]
    headers = [
        "round",
        "labelled pairs",
        "self-labelled pairs",
        "self-labels agree with gold",
        "held-out accuracy",
        "steps",
        "seconds",
        "stopped",
    ]
    return [
        "## Held-out accuracy",
        "",
        "Pairwise accuracy on the held-out slice (macro over items, model ties count 0.5).",
        "",
        *_table(headers, rows),
        "",
        *_stops(rounds, recipe),
        f"Before training: {_pct(result['initial_accuracy'])}. Final model: {_pct(result['final_accuracy'])}"
        f"{_ci(result.get('final_accuracy_ci'))} (round {rounds[-1]['round']}). Training time "
        f"{result['seconds']} s on {summary['environment']['device']}.",
        "",
    ]


def _reproduce_section(summary: dict[str, Any]) -> list[str]:
    env = summary["environment"]
    return [
        "## Reproduce",
        "",
        "```",
        summary["command"],
        "```",
        "",
        f"rmbench {env['rmbench']}, transformers "
        f"{env['transformers']}, "
        f"torch {env['torch']}. Full record: `rmbench_train.json`.",
        "",
    ]

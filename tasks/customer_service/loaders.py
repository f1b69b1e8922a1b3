"""Public customer-service loaders: tau-bench airline trajectories and STC-3 helpdesk dialogues.

Both read a local copy under ``data_dir`` (../shared/data in tests) and never the network.

- tau-bench (sierra-research/tau-bench @ 59a200c, MIT): 200 gpt-4o airline trajectories, 4 trials
  of 50 tasks, each with a 0/1 reward from comparing the final database state with the task's
  gold state. A pair is a successful and a failed trial of the same task. The trials share only
  the policy (the simulated customer words its opening differently each time), so the prompt is
  the policy plus the customer's goal, and the response is the whole conversation that followed,
  the agent's turns and tool calls written out readably.
- STC-3 DQ (sakai-lab/stc3-dataset, fork SB233/stc3-dataset @ 90da527; annotations CC BY 4.0):
  Weibo customer/helpdesk dialogues scored by 19 annotators on task accomplishment (A) and customer
  satisfaction (S), -2..2. Pointwise items: the prompt is the customer's opening post, the response
  the helpdesk's first reply, gold the mean annotator score. English dialogues are translations of
  a subset of the Chinese ones; both use the dialogue id as ``source_id``.

  The dialogue is cut at the helpdesk's first reply, before the customer answers it. The customer's
  later turns are the outcome the annotators read satisfaction from ("谢谢啦…高兴～", "让人心寒"):
  with them in the scored text a ten-word sentiment list reaches Kendall tau +0.33 against S, more
  than any reward model on the board. Cutting only the final customer turn is not enough: the
  customer's reactions between two helpdesk turns still carry tau +0.2 on their own. Each item
  also carries ``meta.rater_split`` (one annotator's score beside the other 18's mean), the noise
  ceiling in the metric a model gets (Kendall tau-b across items).
"""

from __future__ import annotations

import functools
import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from rmbench.tasks.label_noise import Tally, rater_split

TAU_FILE = "tau_bench/historical_trajectories/gpt-4o-airline.json"
STC3_ZIP = "stc3_helpdesk_quality/data.zip"
STC3_MEMBERS = {"en": "data/train_data_en.json", "zh": "data/train_data_cn.json"}
TOOL_RESULT_CHARS = 400


def _unit(seed: int, key: str) -> float:
    digest = hashlib.sha256(f"{seed}\x1f{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


# ---------------------------------------------------------------- tau-bench
def _tool_calls(message: dict[str, Any]) -> list[str]:
    out = []
    for call in message.get("tool_calls") or []:
        fn = call.get("function", {})
        try:
            args = json.dumps(json.loads(fn.get("arguments") or "{}"), ensure_ascii=False, sort_keys=True)
        except json.JSONDecodeError:
            args = str(fn.get("arguments"))
        out.append(f"[agent calls {fn.get('name')}({args})]")
    return out


def serialise_trajectory(messages: list[dict[str, Any]], max_tool_chars: int = TOOL_RESULT_CHARS) -> str:
    """Customer turns, agent turns and tool traffic as plain labelled lines (system message excluded)."""
    lines: list[str] = []
    for m in messages:
        role = m.get("role")
        if role == "system":
            continue
        if role == "user":
            lines.append(f"Customer: {m.get('content') or ''}".rstrip())
        elif role == "assistant":
            if m.get("content"):
                lines.append(f"Agent: {m['content']}")
            lines.extend(_tool_calls(m))
        elif role == "tool":
            text = str(m.get("content") or "")
            if len(text) > max_tool_chars:
                text = text[:max_tool_chars] + f" ... [{len(text) - max_tool_chars} more characters]"
            lines.append(f"[{m.get('name', 'tool')} returned: {text}]")
    return "\n".join(lines)


def tau_airline_pairs(data_dir: Path, seed: int = 0, cap: int | None = None) -> list[dict[str, Any]]:
    """Same-task success > failure pairs of gpt-4o on tau-bench airline (reward from database state)."""
    path = Path(data_dir) / TAU_FILE
    try:
        trajectories = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read tau-bench trajectories: {exc}") from exc
    by_task: dict[int, list[dict[str, Any]]] = {}
    for t in trajectories:
        by_task.setdefault(int(t["task_id"]), []).append(t)
    items = []
    for task_id in sorted(by_task):
        runs = sorted(by_task[task_id], key=lambda t: t["trial"])
        wins = [t for t in runs if t["reward"] >= 1.0]
        losses = [t for t in runs if t["reward"] <= 0.0]
        for win in wins:
            for loss in losses:
                policy = win["traj"][0]["content"]
                if loss["traj"][0]["content"] != policy:
                    raise ValueError(f"{path}: task {task_id}: trials have different system policies")
                goal = win["info"]["task"]["instruction"]
                prompt = [
                    {"role": "system", "content": policy},
                    {
                        "role": "user",
                        "content": "A customer contacts the airline. What the customer wants (as given to "
                        f"the simulated customer): {goal}\n\nHandle the conversation.",
                    },
                ]
                pair_id = f"task{task_id}/trial{win['trial']}-vs-trial{loss['trial']}"
                responses = [serialise_trajectory(win["traj"]), serialise_trajectory(loss["traj"])]
                meta_r = [
                    {
                        "label": "success",
                        "reason": "reward 1: final database state matches the task's gold state",
                        "trial": win["trial"],
                    },
                    {
                        "label": "failure",
                        "flaw": "reward 0: final database state differs from the task's gold state",
                        "trial": loss["trial"],
                    },
                ]
                gold = [1, 0]
                if _unit(seed, pair_id) < 0.5:
                    responses, meta_r, gold = responses[::-1], meta_r[::-1], gold[::-1]
                items.append(
                    {
                        "id": f"customer_service/tau_airline/{pair_id}",
                        "prompt": prompt,
                        "responses": responses,
                        "gold": gold,
                        "meta": {
                            "source": "tau-bench",
                            "source_id": f"tau_airline/task{task_id}",
                            "task_id": task_id,
                            "label_source": "exec: tau-bench reward (final database state compared with the gold state)",
                            "agent": "gpt-4o",
                            "upstream": "sierra-research/tau-bench@59a200c",
                        },
                        "response_meta": meta_r,
                    }
                )
    items.sort(key=lambda it: _unit(seed, it["id"]))
    return items[:cap] if cap is not None else items


# ---------------------------------------------------------------- STC-3
STC3_SYSTEM = {
    "en": "You are the customer-service account of a Chinese telecom or consumer company, answering customers on Weibo.",
    "zh": "你是一家中国电信或消费品公司的微博客服账号，负责回复顾客。",
}


def _read_stc3(data_dir: Path, language: str) -> list[dict[str, Any]]:
    return _read_stc3_cached(str(Path(data_dir) / STC3_ZIP), language)


@functools.lru_cache(maxsize=4)
def _read_stc3_cached(zip_path: str, language: str) -> list[dict[str, Any]]:
    """Parsed dialogues (cached: four subsets read the same two files). Callers must not mutate them."""
    path = Path(zip_path)
    try:
        with zipfile.ZipFile(path) as archive:
            return json.loads(archive.read(STC3_MEMBERS[language]).decode("utf-8"))
    except (OSError, KeyError, zipfile.BadZipFile, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read {STC3_MEMBERS.get(language)}: {exc}") from exc


def _utterances(turn: dict[str, Any]) -> str:
    return " ".join(u.strip() for u in turn.get("utterances", []) if u and u.strip())


def first_exchange(turns: list[dict[str, Any]]) -> tuple[str, str, int]:
    """(customer's opening, helpdesk's first reply, turns shown): the customer turns before the first
    helpdesk turn, and the helpdesk turns that follow until the customer speaks again."""
    opening: list[str] = []
    reply: list[str] = []
    shown = 0
    for turn in turns:
        if turn["sender"] == "helpdesk":
            reply.append(_utterances(turn))
        elif reply:
            break
        else:
            opening.append(_utterances(turn))
        shown += 1
    return " ".join(u for u in opening if u), " ".join(u for u in reply if u), shown


def stc3_pointwise(
    data_dir: Path,
    language: str = "en",
    measure: str = "S",
    seed: int = 0,
    cap: int | None = None,
    tally: Tally | None = None,
) -> list[dict[str, Any]]:
    """One item per dialogue: opening post -> the helpdesk's first reply, gold = mean annotator score.

    Only dialogues that exist in English are used for both languages, so the Chinese items are
    twins of the English ones; ``cap`` keeps the dialogues with the smallest seeded hash of their
    id, the same ones in both languages.
    """
    if language not in STC3_MEMBERS or measure not in ("A", "S", "E"):
        raise ValueError(
            f"stc3_pointwise: language must be en|zh and measure A|S|E, got {language!r}, {measure!r}"
        )
    english_ids = {d["id"] for d in _read_stc3(data_dir, "en")}
    dialogues = [d for d in _read_stc3(data_dir, language) if d["id"] in english_ids]
    items = []
    for d in dialogues:
        opening, reply, shown = first_exchange(d["turns"])
        if not opening or not reply:
            continue
        scores = [a["quality"][measure] for a in d["annotations"]]
        items.append(_stc3_item(d, language, measure, opening, reply, shown, scores, seed))
    if tally is not None:
        tally.record(
            "opening and reply",
            "dialogues",
            len(dialogues),
            len(items),
            "a dialogue with no customer opening or no helpdesk reply has nothing to score",
        )
        cut = sum(1 for d in dialogues if first_exchange(d["turns"])[2] < len(d["turns"]))
        tally.record(
            "cut after the first reply",
            "dialogues",
            len(items),
            len(items),
            f"{cut} dialogues lose the customer's reactions and what follows (the label leak)",
        )
    items.sort(key=lambda it: _unit(seed, it["meta"]["source_id"]))
    if cap is not None and tally is not None and len(items) > cap:
        tally.record("cap", "items", len(items), cap, "seeded sample of dialogues")
    return items[:cap] if cap is not None else items


def _stc3_item(
    d: dict[str, Any],
    language: str,
    measure: str,
    opening: str,
    reply: str,
    shown: int,
    scores: list[float],
    seed: int,
) -> dict[str, Any]:
    source_id = f"stc3/{d['id']}"
    return {
        "id": f"customer_service/stc3_{language}_{measure}/{d['id']}",
        "prompt": [
            {"role": "system", "content": STC3_SYSTEM[language]},
            {"role": "user", "content": opening},
        ],
        "responses": [reply],
        "gold": [round(sum(scores) / len(scores), 4)],
        "meta": {
            "source": "stc3-dq",
            "source_id": source_id,
            "language": language,
            "measure": measure,
            "annotators": len(scores),
            "turns": len(d["turns"]),
            "turns_shown": shown,
            "rater_split": rater_split(scores, seed, f"{source_id}/{measure}"),
            "label_source": f"human: mean of {len(scores)} annotators' {measure} score (-2..2) for the whole "
            "dialogue; the item shows its first exchange only",
            "upstream": "sakai-lab/stc3-dataset (fork SB233/stc3-dataset@90da527)",
        },
    }

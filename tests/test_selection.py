"""--limit / --sample: which items a run scores, and that the choice is recorded."""

import pytest

import rmbench
from rmbench.engine.run import load_subsets
from rmbench.engine.selection import select_items
from rmbench.items import Item


def _items(sources, prefix="x"):
    return [Item(f"{prefix}{s}", "p", ["a", "b"], [1, 0], meta={"source_id": f"s{s}"}) for s in sources]


def test_sample_is_seeded_keeps_file_order_and_size():
    items = _items(range(40))
    first = select_items(items, sample=10, sample_seed=0)
    assert len(first) == 10
    assert first == select_items(items, sample=10, sample_seed=0)
    assert [it.id for it in first] == sorted((it.id for it in first), key=lambda i: int(i[1:]))  # file order
    other = select_items(items, sample=10, sample_seed=1)
    assert {it.id for it in other} != {it.id for it in first}
    assert select_items(items, sample=100) == items  # asking for more than there are keeps all


def test_twin_subsets_sample_the_same_sources_whatever_their_order():
    en = _items(range(50), "en")
    es = _items(reversed(range(50)), "es")  # same sources, another file order
    short = _items(range(0, 50, 2), "short")  # a twin subset holding half the sources
    pick_en = {it.source_id for it in select_items(en, sample=12)}
    assert pick_en == {it.source_id for it in select_items(es, sample=12)}
    # A source sampled from the full subset is also sampled from any smaller twin holding it.
    pick_short = {it.source_id for it in select_items(short, sample=12)}
    assert pick_en & {it.source_id for it in short} <= pick_short


def test_limit_applies_after_sample_and_bad_sizes_are_refused():
    items = _items(range(30))
    sampled = select_items(items, sample=8)
    assert select_items(items, sample=8, limit=3) == sampled[:3]
    assert select_items(items, limit=5) == items[:5]
    for bad in ({"limit": 0}, {"sample": -1}):
        with pytest.raises(ValueError, match="positive number"):
            select_items(items, **bad)


def test_a_sampled_run_records_its_selection(tmp_path):
    full = {s.key: s for s in load_subsets(tasks=["demo"])}
    result = rmbench.evaluate("length", tasks=["demo"], sample=4, sample_seed=3, cache=False, n_resamples=20)[
        0
    ]
    assert result.manifest["selection"] == {"limit": None, "sample": 4, "sample_seed": 3}
    for sub in result.subsets:
        assert len(sub.items) == min(4, len(full[sub.key].items))
        expected = select_items(full[sub.key].items, sample=4, sample_seed=3)
        assert [it.id for it in sub.items] == [it.id for it in expected]
    plain = rmbench.evaluate("length", tasks=["demo"], limit=2, cache=False, n_resamples=20)[0]
    assert plain.manifest["selection"] == {"limit": 2, "sample": None, "sample_seed": None}


def test_cli_refuses_a_non_positive_sample_or_limit(capsys: pytest.CaptureFixture[str]) -> None:
    from rmbench.cli import main

    for flag in ("--sample", "--limit"):
        with pytest.raises(SystemExit) as exc:
            main(["run", "--model", "length", "--tasks", "demo", flag, "0", "--no-cache"])
        assert exc.value.code == 2
        assert f"argument {flag}: expected a positive integer, got '0'" in capsys.readouterr().err

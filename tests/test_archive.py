"""Suite archives: many runs in two compressed files, read back as the very same runs."""

from __future__ import annotations

from pathlib import Path

from test_report_synthetic import write_all_models

from rmbench.cli import main
from rmbench.report.leaderboard import build_leaderboard
from rmbench.report.leaderboard_files import to_json
from rmbench.results import is_archive, load_archive, load_run, load_runs, pack
from rmbench.results.identity import subset_fingerprint


def test_pack_and_read_back_the_same_runs(tmp_path: Path) -> None:
    folders = write_all_models(tmp_path / "runs")
    runs = [load_run(p) for p in folders]
    archive = pack(runs, tmp_path / "archive")
    assert is_archive(archive) and sorted(p.name for p in archive.iterdir()) == [
        "scores.parquet",
        "summaries.json.gz",
    ]
    back = {r.folder.name: r for r in load_archive(archive)}
    assert sorted(back) == sorted(p.name for p in folders)
    for run in runs:
        other = back[run.folder.name]
        assert other.summary == run.summary
        for key in run.subsets:
            a, b = run.item_scores(key), other.item_scores(key)
            assert (a.ids, a.source_ids, a.clusters, a.gold) == (b.ids, b.source_ids, b.clusters, b.gold)
            assert a.scores == b.scores  # float32 only where lossless, so exactly equal
            assert subset_fingerprint(run, key) == subset_fingerprint(other, key)


def test_the_leaderboard_of_an_archive_is_the_leaderboard_of_its_runs(tmp_path: Path) -> None:
    folders = write_all_models(tmp_path / "runs")
    archive = pack([load_run(p) for p in folders], tmp_path / "archive")
    direct = to_json(build_leaderboard([load_run(p) for p in folders], n_resamples=100))
    packed = to_json(build_leaderboard(load_runs([archive]), n_resamples=100))
    assert direct.replace(str(tmp_path / "runs"), "X") == packed.replace(str(archive), "X")
    again = pack(load_archive(archive), tmp_path / "again")  # packing is deterministic
    for name in ("scores.parquet", "summaries.json.gz"):
        assert (again / name).read_bytes() == (archive / name).read_bytes()


def test_cli_reads_archives_and_one_run_in_them(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folders = write_all_models(tmp_path / "runs")
    archive = pack([load_run(p) for p in folders], tmp_path / "archive")
    assert main(["report", str(archive / "noisy")]) == 0
    assert "rmbench report: noisy" in capsys.readouterr().out
    assert main(["leaderboard", str(archive), "--out", str(tmp_path / "lb"), "--resamples", "50"]) == 0
    assert main(["compare", str(archive / "good"), str(archive / "random"), "--n-resamples", "100"]) == 0

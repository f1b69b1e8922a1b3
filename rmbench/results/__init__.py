"""Results: the run folder's schema, its writer and reader, and the figures computed from scores.

The engine writes through this package and reports read through it; neither imports the other.
Layering: cli -> report/engine -> results -> models/tasks -> items/metrics.
"""

from rmbench.results.archive import is_archive, load_archive, load_runs, pack
from rmbench.results.folder import (
    RunFolderLockedError,
    RunLock,
    RunNameError,
    safe_name,
    write_folder_atomically,
)
from rmbench.results.store import (
    SCHEMA_VERSION,
    SUMMARY_FILE,
    Run,
    RunFolderError,
    SubsetRows,
    build_summary,
    find_runs,
    is_run_folder,
    load_run,
    write_run,
    written_run,
)
from rmbench.results.subsets import SubsetPlace, SubsetScores, cluster_key, measured_kind

__all__ = [
    "SCHEMA_VERSION",
    "SUMMARY_FILE",
    "Run",
    "RunFolderError",
    "RunFolderLockedError",
    "RunLock",
    "RunNameError",
    "SubsetPlace",
    "SubsetRows",
    "SubsetScores",
    "build_summary",
    "cluster_key",
    "find_runs",
    "is_archive",
    "is_run_folder",
    "load_archive",
    "load_run",
    "load_runs",
    "measured_kind",
    "pack",
    "safe_name",
    "write_folder_atomically",
    "write_run",
    "written_run",
]

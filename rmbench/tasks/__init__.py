"""Tasks: task.yaml schema, discovery and subset loading (depends on items and transforms only)."""

from rmbench.tasks.config import SubsetConfig, TaskConfig, TaskConfigError, load_task_config
from rmbench.tasks.registry import Selection, TaskRegistry, UnknownNameError, builtin_tasks_dir
from rmbench.tasks.splits import LeakageError, check_disjoint, hash_unit
from rmbench.tasks.task import DataNotFoundError, Task

__all__ = [
    "DataNotFoundError",
    "LeakageError",
    "Selection",
    "SubsetConfig",
    "Task",
    "TaskConfig",
    "TaskConfigError",
    "TaskRegistry",
    "UnknownNameError",
    "builtin_tasks_dir",
    "check_disjoint",
    "hash_unit",
    "load_task_config",
]

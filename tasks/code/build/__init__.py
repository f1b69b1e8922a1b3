"""Build of the code task's built-in subsets: ``python -m tasks.code.build.build`` (see build.py)."""

"""The data model of Claims Atlas: pure Python and pandas, no Qt.

A dataset folder in the exchange format is read by :func:`load_dataset` into
one :class:`Dataset` holding sources and claims as DataFrames, the flows they
add up to, and the list of problems found along the way.
"""

from importlib import import_module

# Imported on first use, so that a process that needs only part of the model
# (a quote-checking worker: see quoteworkers.py) does not load pandas.
_HOME = {"Dataset": "reading.dataset", "load_dataset": "reading.dataset", "compute_flows": "flows.compute",
         "flows_records": "flows.compute", "DatasetError": "checking.problems", "Problem": "checking.problems"}

__all__ = ["Dataset", "DatasetError", "Problem", "compute_flows", "flows_records", "load_dataset"]


def __getattr__(name: str):
    if name in _HOME:
        return getattr(import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

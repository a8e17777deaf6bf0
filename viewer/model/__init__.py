"""The data model of Claims Atlas: pure Python and pandas, no Qt.

A dataset folder in the exchange format is read by :func:`load_dataset` into
one :class:`Dataset` holding sources and claims as DataFrames, the flows they
add up to, and the list of problems found along the way.
"""

from .dataset import Dataset, load_dataset
from .flows import compute_flows, flows_records
from .problems import DatasetError, Problem

__all__ = ["Dataset", "DatasetError", "Problem", "compute_flows", "flows_records", "load_dataset"]

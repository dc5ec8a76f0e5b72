"""vitec-connect: a client and lossless JSON / DataContract XML toolkit for the Vitec Express Connect API."""

from . import models
from ._types import UNSET, Model, OpenEnum, Timestamp, UnsetType

__version__ = "0.1.0"

__all__ = ["UNSET", "Model", "OpenEnum", "Timestamp", "UnsetType", "__version__", "models"]

"""KTTT Desktop: registers, plan targets and periodic returns of the collective economy."""

__version__ = "0.1.0"

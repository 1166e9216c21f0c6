"""The register screens and what they are built from; see :mod:`.screen` for how to build one."""

"""The performance suite (spec: each scenario's program path against a floor, in the same run)."""

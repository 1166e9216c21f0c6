"""The domain in pure Python: enumerations, value rules, text, periods, indicators.

Nothing here imports Qt, a database library or another package of ours (checked by import-linter).
"""

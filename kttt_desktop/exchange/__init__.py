"""Workbooks in and out: reading, mapping, annotated error copies, reading returns sent up."""

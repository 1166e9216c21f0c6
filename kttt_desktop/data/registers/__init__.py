"""Queries of the register screens: lists, single records, dependent rows, history, duplicates.

Every list is a :class:`~kttt_desktop.data.registers.lists.ListSpec` (columns, search, filters,
sort) run by :func:`~kttt_desktop.data.registers.lists.count_rows` and
:func:`~kttt_desktop.data.registers.lists.fetch_page`: searching, filtering, sorting and paging
happen in SQL, so a list of 60,500 members costs what a list of 60 does.
"""

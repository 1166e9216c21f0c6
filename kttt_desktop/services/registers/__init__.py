"""Use cases of the register screens, for every register alike.

- :mod:`.lists`: count and pages of a list, choices for pickers;
- :mod:`.records`: load, check (rules and duplicates) and save one record;
- :mod:`.trash`: delete into the trash, restore, list and empty the trash;
- :mod:`.history`: the audit history of a record and of the rows that belong to it;
- :mod:`.kinds`: what each kind of record is (fields, parent, personal data, rules);
- :mod:`.values`: how values read (labels of codes, dates, money).
"""

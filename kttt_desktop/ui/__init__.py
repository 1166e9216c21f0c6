"""The Qt face of the program: windows, screens, table models, dialogs. Only here is Qt imported."""

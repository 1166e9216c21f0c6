"""Use cases: the only layer that opens transactions. Faces (window, command) call these."""

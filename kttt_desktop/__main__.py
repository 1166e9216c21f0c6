"""`python -m kttt_desktop`: the same as the `kttt` command."""

import sys

from kttt_desktop.cli import main

sys.exit(main())

"""`python -m archive` runs the wenyuan-archive command line."""

import sys

from archive.cli import main

sys.exit(main())

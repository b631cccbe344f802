"""`python -m desktop` (and the frozen build) start the Wenyuan reader."""

import sys

from desktop.app import main

sys.exit(main())

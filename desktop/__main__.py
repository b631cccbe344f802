"""`python -m desktop` (and the frozen build) start the Wenyuan reader."""

import multiprocessing
import sys

from desktop.app import main

if __name__ == "__main__":
    # Imports prepare articles in worker processes; a frozen build must let them start.
    multiprocessing.freeze_support()
    sys.exit(main())

import sys

from rlsdesk.cli import main

sys.exit(main())

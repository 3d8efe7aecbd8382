"""Start Briefing Builder: `python main.py --help` lists what it does."""

import sys

from app.main import main

if __name__ == "__main__":
    sys.exit(main())

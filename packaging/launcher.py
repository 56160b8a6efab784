"""Entry point of the self-contained build: the same main() as `delegate-app`."""

import sys

from delegate_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

"""``python -m codegen.docs_diff``: Vitec's pages vs spec/ (the tool lives in codegen/docs/)."""

import sys

from .docs.cli import main

if __name__ == "__main__":
    sys.exit(main())

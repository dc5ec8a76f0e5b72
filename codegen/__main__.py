import sys

if sys.argv[1:2] == ["import"]:
    from .importer.cli import main as import_main

    sys.exit(import_main(sys.argv[2:]))

from .generate import main

sys.exit(main())

"""``python -m bot`` does what the ``briefbot`` console script does."""

from bot.cli import main

raise SystemExit(main())

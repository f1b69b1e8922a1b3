from rmbench.cli import main

raise SystemExit(main())

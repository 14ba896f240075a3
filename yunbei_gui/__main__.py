from yunbei_gui.cli import main

raise SystemExit(main())

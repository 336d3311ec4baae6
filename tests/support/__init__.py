"""What the tests share: one implementation of each helper the test modules used to copy.

* ``support.windows`` — a :class:`~app.window.MainWindow` from an explicit context, over a
  seeded vault (``seed_vault``), unlocked (``unlock``, ``unlocked_window``,
  ``unlocked_demo_window``), and the storage vault behind it (``store``);
* ``support.prompts`` — the window's questions answered from lists (``PresetPrompts``,
  ``SavePrompts``);
* ``support.platform`` — platform hooks whose events a test fires, a boot clock;
* ``support.kdf`` — key-derivation profiles that record their threads or block;
* ``support.waiting`` — waiting on conditions and signals, never for a fixed time;
* ``support.widgets`` — what a widget tree shows (P12 wipe checks) and its controls;
* ``support.menus`` — every dialog the window's actions open.

Test modules import them as ``from support.windows import …`` (``tests/`` is on
``sys.path``, as for ``conftest``).
"""

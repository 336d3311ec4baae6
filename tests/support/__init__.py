"""What the tests share: one implementation of each helper the test modules used to copy.

``support.windows`` builds an unlocked :class:`~app.window.MainWindow` over a seeded vault,
``support.prompts`` answers the window's questions without dialogs, ``support.kdf`` holds
key-derivation profiles that record or block, ``support.waiting`` waits on conditions
instead of sleeping, ``support.widgets`` reads what a widget tree shows. Test modules import
them as ``from support.windows import …`` (``tests/`` is on ``sys.path``, as for
``conftest``).
"""

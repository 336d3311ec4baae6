"""Spell checking in the note editors: red wavy underlines while typing, suggestions and
"Add to word list" in the context menu, off in presentation mode (issue 17 item 6).

Offline only: the dictionary is the bundled Dutch one (``vault.spelling`` behind the
door, ``vault.spelling`` group); words the user adds are stored in the vault, never in
the settings.

How an editor gets it::

    check = attach_spell_check(editor, vault.spelling, enabled=not presenting)
    ...
    check.set_enabled(False)            # presentation mode: no underlines at all
    check.detach()                      # lock: forget the speller (P12)

and in the editor's ``contextMenuEvent``, before the standard actions::

    actions = spelling_menu_actions(self, event.pos())
    if actions:
        menu.insertActions(menu.actions()[0], actions)
        menu.insertSeparator(menu.actions()[len(actions)])

Speed (``docs/benchmarks.md``): a keystroke re-checks only the edited paragraph
(:class:`QSyntaxHighlighter` does that by itself; a few microseconds a word). A full
recheck — when the check is attached or enabled, or after a word was added — runs in
slices of at most :data:`SLICE_MS` on a zero timer, never inside a keystroke. The
dictionary is read once per process on a worker thread (about 0.3 s); until it is there
nothing is underlined.
"""

from __future__ import annotations

import contextlib
import threading
import time
import weakref
from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from vault.api import Speller, Spelling
from vault.errors import ErrorCode, VaultError

Editor = QPlainTextEdit | QTextEdit

SLICE_MS = 4.0
"""Longest stretch of a full recheck between two events (keystrokes wait at most this)."""

BULK_CHARS = 2000
"""A change adding more characters than this (a note loaded with ``setPlainText``, a
large paste) is not checked inside the change: a sliced recheck follows it instead."""

MAX_SUGGESTIONS = 5
"""Suggestions in the context menu."""

UNDERLINE = QColor(204, 0, 0)
"""The wavy underline: a red readable on white and on dark backgrounds."""

OBJECT_NAME = "tafelboek-spell-check"


def _utf16(text: str, index: int) -> int:
    """Qt's position (UTF-16 code units) of the Python index ``index`` in ``text``."""
    return index + sum(1 for c in text[:index] if ord(c) > 0xFFFF)


def _common_prefix(a: str, b: str) -> int:
    """Length of the common start of ``a`` and ``b`` (slices compared in C, log n times)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common end of ``a`` and ``b``, at most ``limit``."""
    low, high = 0, min(len(a), len(b), limit)
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle :] == b[len(b) - middle :]:
            low = middle
        else:
            high = middle - 1
    return low


def _chunk_start(text: str, index: int) -> int:
    """Start of the whitespace-separated chunk that ends at or holds ``index``."""
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


def _chunk_end(text: str, index: int) -> int:
    """End of the whitespace-separated chunk that starts at or holds ``index``."""
    while index < len(text) and not text[index].isspace():
        index += 1
    return index


def _python_index(text: str, position: int) -> int:
    """The Python index in ``text`` of Qt's UTF-16 position ``position``."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


@contextlib.contextmanager
def _quietly(document: QTextDocument) -> Iterator[None]:
    """Re-underline without the document announcing a change of its text.

    A highlighter's new formats make the document emit ``contentsChange`` and
    ``contentsChanged`` (so the editor's ``textChanged``), which the note screens take for
    typing ("Not saved yet", autosave). Rechecks started here change no text, so the
    document's signals are held while they run; the layout is still told directly and
    the editor repaints the underlines.
    """
    before = document.blockSignals(True)
    try:
        yield
    finally:
        document.blockSignals(before)


class _Loader(QObject):
    """Reads the dictionary on a worker thread and says so on the GUI thread."""

    loaded = Signal()
    error: BaseException | None = None

    def start(self, load: Callable[[], object]) -> None:
        def work() -> None:
            try:
                load()
            except Exception as error:  # raised again on the GUI thread (_loaded)
                self.error = error
            # Queued to the GUI thread (this object lives there); the editor may have gone
            # away while the dictionary was loading.
            with contextlib.suppress(RuntimeError):
                self.loaded.emit()

        threading.Thread(target=work, name="tafelboek-dictionary", daemon=True).start()


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the words of a document its speller does not know.

    A block (paragraph) is checked when Qt asks (it was edited, or a recheck reached it);
    the word the caret is at the end of is not underlined while it is being typed. A bulk
    change (more than :data:`BULK_CHARS` added at once) is left to ``on_bulk``, which
    schedules a sliced recheck.

    Qt asks for the whole paragraph on every keystroke. So that a keystroke costs the
    same in a paragraph of 5,000 words as in one of five, the misspellings found in a
    paragraph are remembered with its text; the next time only the words around what
    changed are checked again (whitespace-separated chunks, the tokeniser's own unit),
    the rest is reused. :meth:`forget` drops what is remembered (a word was added, a
    full recheck, the lock).
    """

    def __init__(self, editor: Editor) -> None:
        super().__init__(editor)
        self.speller: Speller | None = None
        self.enabled = False
        self.bulk = False
        self.on_bulk: Callable[[], None] | None = None
        self._editor = editor
        self._found: dict[int, tuple[str, list[tuple[int, int]]]] = {}
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(UNDERLINE)
        document = editor.document()
        # Connected before the highlighter's own reformatting (setDocument), so the flag
        # is set when Qt asks for the changed blocks.
        document.contentsChange.connect(self._changing)
        with _quietly(document):
            # Qt would otherwise run a first pass later, announcing it as a text change;
            # switched off as it is here, this pass only clears and costs next to nothing.
            self.setDocument(document)
            self.rehighlight()

    def _changing(self, _position: int, _removed: int, added: int) -> None:
        self.bulk = added > BULK_CHARS
        if self.bulk and self.enabled and self.on_bulk is not None:
            self.on_bulk()

    def forget(self) -> None:
        """Drop the remembered paragraphs: the next check of each is a full one."""
        self._found.clear()

    def _misspelled(self, speller: Speller, number: int, text: str) -> list[tuple[int, int]]:
        """The (start, end) Python indices of the paragraph's misspellings."""
        previous = self._found.get(number)
        if previous is None:
            spans = [(t.start, t.end) for t in speller.misspelled(text)]
        else:
            old, old_spans = previous
            prefix = _common_prefix(old, text)
            suffix = _common_suffix(old, text, min(len(old), len(text)) - prefix)
            start = _chunk_start(text, prefix)
            end = _chunk_end(text, len(text) - suffix)
            shift = len(text) - len(old)
            spans = [span for span in old_spans if span[1] <= start]
            spans += [(start + t.start, start + t.end) for t in speller.misspelled(text[start:end])]
            spans += [(a + shift, b + shift) for a, b in old_spans if a >= end - shift]
        self._found[number] = (text, spans)
        return spans

    def highlightBlock(self, text: str) -> None:
        speller = self.speller
        if not self.enabled or self.bulk or speller is None or not text:
            return
        # Qt counts positions in UTF-16 units: they differ from Python's indices only in a
        # paragraph with characters beyond the basic plane (emoji).
        wide = not text.isascii() and len(text.encode("utf-16-le")) != 2 * len(text)
        caret = -1
        cursor = self._editor.textCursor()
        if (
            self._editor.hasFocus()
            and cursor.block() == self.currentBlock()
            and not cursor.hasSelection()
            and cursor.positionInBlock() > 0
        ):
            caret = cursor.positionInBlock()
            if wide:
                caret = _python_index(text, caret)
        for start, end in self._misspelled(speller, self.currentBlock().blockNumber(), text):
            if end == caret:
                continue  # still being typed: judged when the writer moves on
            if wide:
                start, end = _utf16(text, start), _utf16(text, end)
            self.setFormat(start, end - start, self._format)


class SpellCheck(QObject):
    """Spell checking attached to one editor (see :func:`attach_spell_check`)."""

    rechecked = Signal()
    """A full recheck has reached the end of the document."""

    ready = Signal()
    """The dictionary is loaded and the first full recheck has been started."""

    def __init__(self, editor: Editor, door: Spelling, *, enabled: bool = True) -> None:
        super().__init__(editor)
        self.setObjectName(OBJECT_NAME)
        self.editor = editor
        self.door: Spelling | None = door
        self.highlighter = SpellHighlighter(editor)
        self.highlighter.on_bulk = self.recheck
        self._wanted = enabled
        self._next_block = -1
        self.last_recheck_ms = 0.0
        """Time spent checking during the last full recheck (all its slices together)."""
        self._recheck_work = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self._caret_block = -1
        editor.cursorPositionChanged.connect(self._caret_moved)
        _INSTANCES.add(self)
        self._loader = _Loader(self)
        self._loader.loaded.connect(self._loaded)
        self._loader.start(door.dictionary)

    # -------------------------------------------------------------- state
    @property
    def is_ready(self) -> bool:
        """Whether the speller is there (the dictionary was loaded)."""
        return self.highlighter.speller is not None

    @property
    def enabled(self) -> bool:
        """Whether words are underlined (off in presentation mode)."""
        return self._wanted

    @property
    def speller(self) -> Speller | None:
        """The speller in use, once loaded."""
        return self.highlighter.speller

    def set_enabled(self, enabled: bool) -> None:
        """Underline (True) or not (False, presentation mode).

        Turning it off removes every underline at once; turning it on rechecks the
        document in slices.
        """
        self._wanted = enabled
        if self.door is None:
            return  # detached
        if not enabled:
            self._timer.stop()
            self._next_block = -1
            if self.highlighter.enabled:
                self.highlighter.enabled = False
                with _quietly(self.editor.document()):
                    self.highlighter.rehighlight()  # cheap: each block only loses formats
            return
        if self.is_ready and not self.highlighter.enabled:
            self.highlighter.enabled = True
            self.recheck()

    def detach(self) -> None:
        """Stop checking and forget the speller (lock, P12: it holds the own words and
        the words recently checked). The underlines go with it."""
        if self.door is None:
            return
        self._timer.stop()
        self._next_block = -1
        highlighter = self.highlighter
        highlighter.enabled = False
        highlighter.speller = None
        highlighter.on_bulk = None
        highlighter.forget()
        self.door = None
        self.setObjectName("")
        self.editor.cursorPositionChanged.disconnect(self._caret_moved)
        document = self.editor.document()
        document.contentsChange.disconnect(highlighter._changing)
        with _quietly(document):
            highlighter.setDocument(None)  # takes its underlines away
        highlighter.deleteLater()
        _INSTANCES.discard(self)

    # -------------------------------------------------------------- rechecking
    def _loaded(self) -> None:
        if self._loader.error is not None:
            raise self._loader.error
        if self.door is None:
            return  # detached while the dictionary was loading
        self.highlighter.speller = self.door.speller()
        self.highlighter.enabled = self._wanted
        if self._wanted:
            self.recheck()
        self.ready.emit()

    def recheck(self) -> None:
        """Check the whole document again, in slices on a zero timer."""
        if self.door is None or not (self.is_ready and self.highlighter.enabled):
            return
        self.highlighter.forget()  # the speller may have learnt words since
        self._next_block = 0
        self._recheck_work = 0.0
        self._timer.start()

    def recheck_now(self) -> float:
        """Check the whole document at once and return the milliseconds it took
        (for benchmarks and tests; the editor itself always uses :meth:`recheck`)."""
        if self.door is None or not (self.is_ready and self.highlighter.enabled):
            return 0.0
        self.highlighter.bulk = False
        self.highlighter.forget()
        start = time.perf_counter()
        with _quietly(self.editor.document()):
            self.highlighter.rehighlight()
        return (time.perf_counter() - start) * 1000

    def _slice(self) -> None:
        self.highlighter.bulk = False  # the recheck is what a bulk change waited for
        document = self.editor.document()
        block = document.findBlockByNumber(self._next_block)
        start = time.perf_counter()
        deadline = start + SLICE_MS / 1000
        with _quietly(document):
            while block.isValid():
                self.highlighter.rehighlightBlock(block)
                block = block.next()
                if time.perf_counter() > deadline:
                    break
        self._recheck_work += time.perf_counter() - start
        if block.isValid():
            self._next_block = block.blockNumber()
            self._timer.start()
        else:
            self._next_block = -1
            self.last_recheck_ms = self._recheck_work * 1000
            self.rechecked.emit()

    @property
    def rechecking(self) -> bool:
        """Whether a full recheck is under way."""
        return self._next_block >= 0

    def _caret_moved(self) -> None:
        # The word at the caret is spared while typed; when the caret leaves its
        # paragraph, that paragraph is checked again so the word is judged after all.
        block = self.editor.textCursor().block()
        number = block.blockNumber()
        if number != self._caret_block:
            left = self.editor.document().findBlockByNumber(self._caret_block)
            self._caret_block = number
            if left.isValid() and self.highlighter.enabled:
                with _quietly(self.editor.document()):
                    self.highlighter.rehighlightBlock(left)

    # -------------------------------------------------------------- the menu
    def word_at(self, position: QPoint) -> tuple[QTextCursor, str] | None:
        """The misspelled word under ``position`` (viewport coordinates) as a cursor
        selecting it, and the word; None when there is none."""
        speller = self.speller
        if speller is None or not self.highlighter.enabled:
            return None
        cursor = self.editor.cursorForPosition(position)
        block: QTextBlock = cursor.block()
        text = block.text()
        index = _python_index(text, cursor.positionInBlock())
        for token in speller.misspelled(text):
            if token.start <= index <= token.end:
                selection = QTextCursor(block)
                selection.setPosition(block.position() + _utf16(text, token.start))
                selection.setPosition(
                    block.position() + _utf16(text, token.end), QTextCursor.MoveMode.KeepAnchor
                )
                return selection, token.text
        return None

    def add_word(self, word: str) -> None:
        """Add ``word`` to the own word list in the vault; every editor checking with
        the same speller rechecks, so its underlines go."""
        door = self.door
        if door is None:
            return
        door.add_word(word)
        for check in list(_INSTANCES):
            if check.speller is self.speller:
                check.recheck()


_INSTANCES: weakref.WeakSet[SpellCheck] = weakref.WeakSet()


def attach_spell_check(editor: Editor, spelling_door: Spelling, enabled: bool) -> SpellCheck:
    """Check the spelling of ``editor`` with the vault's speller (``vault.spelling``).

    Returns the :class:`SpellCheck` (a child of the editor; :func:`spell_check_of` finds
    it again). ``enabled=False`` attaches it switched off (presentation mode). The
    dictionary loads on a worker thread; underlines appear once it is there.
    """
    existing = spell_check_of(editor)
    if existing is not None:
        existing.detach()
        existing.deleteLater()
    return SpellCheck(editor, spelling_door, enabled=enabled)


def spell_check_of(editor: Editor) -> SpellCheck | None:
    """The spell check attached to ``editor``, if any."""
    for found in editor.findChildren(
        SpellCheck, OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly
    ):
        if isinstance(found, SpellCheck) and found.door is not None:
            return found
    return None


def spelling_menu_actions(editor: Editor, pos: QPoint) -> list[QAction]:
    """The context-menu actions for the word under ``pos`` (viewport coordinates, as a
    ``contextMenuEvent`` gives them): up to five suggestions that replace the word (one
    undo step) and "Add to word list"; none when the word is spelled correctly, the
    check is off or not attached. The actions are children of the editor."""
    check = spell_check_of(editor)
    if check is None:
        return []
    found = check.word_at(pos)
    speller = check.speller
    if found is None or speller is None:
        return []
    selection, word = found
    actions: list[QAction] = []
    for suggestion in speller.suggestions(word, MAX_SUGGESTIONS):
        action = QAction(suggestion, editor)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.triggered.connect(
            lambda _checked=False, text=suggestion: _replace(editor, selection, text)
        )
        actions.append(action)
    if not actions:
        none = QAction(QCoreApplication.translate("SpellCheck", "No suggestions"), editor)
        none.setEnabled(False)
        actions.append(none)
    add = QAction(QCoreApplication.translate("SpellCheck", "Add to word list"), editor)
    add.setObjectName("spelling-add-word")
    add.setToolTip(QCoreApplication.translate("SpellCheck", "Stored in this vault only"))
    add.triggered.connect(lambda _checked=False: _add(check, word))
    actions.append(add)
    return actions


def _replace(editor: Editor, selection: QTextCursor, text: str) -> None:
    selection.beginEditBlock()
    selection.insertText(text)
    selection.endEditBlock()
    editor.setTextCursor(selection)


def _add(check: SpellCheck, word: str) -> None:
    try:
        check.add_word(word)
    except VaultError as error:
        if error.code is not ErrorCode.CLOSED:
            raise
        # Locked between opening the menu and choosing: the lock detaches the check.

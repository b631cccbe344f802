"""Annotation actions on Qt's undo stack: one QUndoCommand per stored Change.

The action has already been done (and saved) when its command is pushed, so the command's first
redo() does nothing. Later undo()/redo() ask the store to apply the Change backwards or
forwards; if the annotation was changed elsewhere meanwhile (AnnotationConflictError) nothing is
written, the sentence is shown, and the command leaves the stack (it can no longer be applied).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from archive.annotation_models import Change
from archive.errors import ArchiveError

#: Applies a Change backwards (`undo=True`) or forwards through the store; raises ArchiveError.
ApplyChange = Callable[[Change, bool], None]
#: Shows a known problem's sentence.
ReportProblem = Callable[[str], None]


class ChangeCommand(QUndoCommand):
    """Undo and redo one stored Change (see the module docstring)."""

    def __init__(
        self, change: Change, text: str, apply: ApplyChange, report: ReportProblem
    ) -> None:
        super().__init__(text)
        self.change = change
        self._apply = apply
        self._report = report
        self._done_already = True

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False  # pushed after the action itself
            return
        self._run(undo=False)

    def undo(self) -> None:
        self._run(undo=True)

    def _run(self, *, undo: bool) -> None:
        try:
            self._apply(self.change, undo)
        except ArchiveError as error:  # AnnotationConflictError above all
            self.setObsolete(True)  # QUndoStack drops it: it can never apply again
            self._report(str(error))

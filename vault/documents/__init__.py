"""Documents that may leave the vault: PDFs built through the secrecy policy.

Qt-free. The client offers what :func:`document_choices` lists, shows
:data:`OUTSIDE_VAULT_WARNING` before writing, and calls :func:`export_document`::

    choices = document_choices(vault)
    colleague_id, label = choices.feedback_colleagues[0]
    request = DocumentRequest(DocumentKind.FEEDBACK_SHEET, colleague_id=colleague_id)
    export_id = export_document(vault, request, Path("terugkoppeling.pdf"), password="…")

Six kinds (:class:`vault.policy.DocumentKind`): a feedback sheet for a represented
colleague (P4, P7), an extract for the own dossier, the participation assessment /
motivated refusal to the mayor (P10), the notice to the person discussed (P7), the LTF
feedback form record (P6) and a meeting overview for own use. Every document takes its
free text only from :func:`vault.policy.document_notes` and is refused
(:class:`DocumentRefused`) when :func:`vault.policy.may_make_document` refuses. Dutch by
default; ``language="en"`` for English.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vault.dates import Language, long_date, short_date
    from vault.documents.builders import (
        BuiltDocument,
        DocumentRefused,
        DocumentRequest,
        place_of,
        refusal_of,
    )
    from vault.documents.choices import Choice, DocumentChoices, document_choices, request_for
    from vault.documents.export import build_pdf, export_document
    from vault.documents.fonts import fonts_dir
    from vault.documents.strings import OUTSIDE_VAULT_WARNING
    from vault.policy import DocumentKind, Reason

# The names load on first use (PEP 562): the client imports this package at start-up,
# while the PDF machinery (reportlab, pikepdf: a quarter of a second) is needed only when
# a document is made.
_HOMES = {
    "BuiltDocument": "vault.documents.builders",
    "DocumentRefused": "vault.documents.builders",
    "DocumentRequest": "vault.documents.builders",
    "place_of": "vault.documents.builders",
    "refusal_of": "vault.documents.builders",
    "Choice": "vault.documents.choices",
    "DocumentChoices": "vault.documents.choices",
    "document_choices": "vault.documents.choices",
    "request_for": "vault.documents.choices",
    "build_pdf": "vault.documents.export",
    "export_document": "vault.documents.export",
    "fonts_dir": "vault.documents.fonts",
    "OUTSIDE_VAULT_WARNING": "vault.documents.strings",
    "Language": "vault.dates",
    "long_date": "vault.dates",
    "short_date": "vault.dates",
    "DocumentKind": "vault.policy",
    "Reason": "vault.policy",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'vault.documents' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


__all__ = [
    "OUTSIDE_VAULT_WARNING",
    "BuiltDocument",
    "Choice",
    "DocumentChoices",
    "DocumentKind",
    "DocumentRefused",
    "DocumentRequest",
    "Language",
    "Reason",
    "build_pdf",
    "document_choices",
    "export_document",
    "fonts_dir",
    "long_date",
    "place_of",
    "refusal_of",
    "request_for",
    "short_date",
]

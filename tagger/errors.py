"""The one catalogue of errors and warnings, each with a code and a fix.

Messages are format strings. Use them as ``Errors.E001.format(path=...)``; the
code is prefixed automatically (``[E001] ...``), as in spaCy's ``errors.py``.
"""

from __future__ import annotations

import warnings


class _WithCodes(type):
    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Warnings(metaclass=_WithCodes):
    W001 = ("{path}: bytes at offset {offset} are not valid {encoding}; they were replaced "
            "with U+FFFD. Re-save the file as UTF-8 or pass --encoding if the guess is wrong.")
    W002 = ("{path}: encoding guessed as {encoding} with low confidence; pass --encoding "
            "to set it explicitly if the output looks garbled.")
    W003 = ("{path}: document of {length} characters is longer than the model's max "
            "length {max_length}; it is tagged in {n_chunks} chunks.")
    W004 = ("Lexicon {path} line {line}: entry skipped: {reason}.")
    W300 = ("Component '{name}' has no lexicon entries after initialize(); only its "
            "pattern rules run. Set {option} in [initialize.components.{name}] or check "
            "that the packaged lexicons are installed.")
    # W100-W119: repair and segment
    W100 = ("{source}: {n} headline(s) could not be paired with an article body on page "
            "{page}: {titles}. They are kept in the page record's meta['unassigned_headlines']; "
            "check the page's text order or segment it by hand.")
    # W400-W419: keywords and research tools (stats, report)
    W400 = ("{path} line {line}: record skipped: {reason}. Research tools read tagged "
            "JSONL written by 'tagger tag' (one JSON object per line).")
    W401 = ("Keyword lexicon {path} line {line}: entry skipped: {reason}.")
    # W500-W519: annotation tool export/import (tagger.exchange)
    W500 = ("{path}: {n} task(s) left out of the import: {reason}.")
    W501 = ("Article {id}: span [{start}, {end}) {label} starts or ends with a line break, "
            "which brat cannot show; the line break is left out of the span. Trim the span "
            "in the tagged file to keep it exact.")
    W502 = ("--to {fmt} holds the flat layer only; {n} nested span(s) are not written. "
            "Use brat, labelstudio, prodigy, doccano or spacy to keep them, or pass "
            "--flat-only to silence this.")


class Errors(metaclass=_WithCodes):
    E001 = "{path}: no such file or directory. Check the path or pass '-' to read stdin."
    E002 = "{path}: cannot read file: {reason}. Check permissions."
    E003 = ("{path}: looks like a binary file (NUL bytes or undecodable content); only "
            ".txt, .jsonl and .pdf files are tagged.")
    E004 = "{path}: file is empty; nothing to tag."
    E005 = ("{path} line {line}: invalid JSON: {reason}. Each line of a .jsonl file must "
            "be one JSON object.")
    E006 = ("{path} line {line}: JSON value is a {kind}, not an object. Each line must be "
            "an object with a \"text\" field.")
    E007 = ("{path} line {line}: no \"text\" field (or it is not a string). Add "
            "\"text\": \"...\" to the record.")
    E008 = ("{path} line {line}: \"text\" is empty; nothing to tag.")
    E009 = ("{path}: unsupported file type '{suffix}'. Use .txt, .jsonl or .pdf files, a "
            "directory of them, or '-' for stdin.")
    E010 = ("Model not found at {path}. Pass --model with a spaCy pipeline directory, or "
            "reinstall the package so that models/{name} is present.")
    E011 = ("Unknown encoding '{encoding}'. Use a Python codec name such as utf-8, "
            "gb18030, gbk or big5.")
    E012 = ("{path} line {line}: {reason}")
    E013 = ("Unknown value '{value}' for {option}. Valid options: {options}.")
    E014 = ("{path} line {line}: span [{start}, {end}) is outside the text (length "
            "{length}) or empty. Fix the offsets in the gold file.")
    E015 = ("{path} line {line}: BIO tag '{tag}' is malformed; expected O, B-LABEL or "
            "I-LABEL.")
    E016 = ("Component '{name}' was used before initialize(); call nlp.initialize() "
            "or load a saved model.")
    E017 = ("Optional dependency '{package}' is needed for {feature}. Install it with: "
            "pip install {package}")
    E018 = ("{path}: lexicon line {line} is neither a JSON object nor a jieba user "
            "dictionary line ('word [freq] [tag]').")
    E019 = ("{path} line {line}: unknown label '{label}'. Valid labels: {labels}.")
    E020 = ("{where}: could not be repaired or segmented ({reason}); the document is "
            "reported and skipped. Retry with --no-segment or --no-repair, and report the input.")
    E021 = ("--n-process must be at least 1, got {value}.")
    E022 = ("[components.{name}] pos = '{value}' is not a POS mode. Use one of: {options}.")
    # E100-E119: repair and segment
    E100 = ("{func} expects the text as a str, got {kind}. Decode the input first "
            "(tagger.read) or pass Document.text.")
    # E120-E129: PDF input
    E120 = ("{path}: not a PDF file (it starts with {start!r}, not '%PDF-'). Pass a real PDF, or "
            "rename a text file to .txt.")
    E121 = ("{path}: the PDF is encrypted and needs a password. Save an unencrypted copy (e.g. "
            "qpdf --password=PW --decrypt in.pdf out.pdf) and tag that.")
    E122 = ("{path}: the PDF is damaged or truncated and cannot be read ({reason}). Download or "
            "export it again; 'qpdf --check' shows what is wrong.")
    E123 = ("{path} page {page}: no text layer, only images (a scanned page). Run OCR first "
            "(e.g. ocrmypdf -l chi_sim in.pdf out.pdf) and tag the OCR'd PDF.")
    E124 = ("{path} page {page}: the page holds no text; nothing to tag. Check that this is "
            "the page you meant, or run OCR if the text is drawn as vector shapes.")
    E300 = ("Unknown span source '{source}'. Valid sources: {sources}. Use 'user' for "
            "entries from a user dictionary.")
    # E200-E219: curated lexicons and gazetteers (tagger.lexicons)
    E200 = ("{path} line {line}: slogan entry has no non-empty \"canonical\" string. Add "
            "\"canonical\": \"...\".")
    E201 = ("{path} line {line}: field \"{field}\" must be {expected}, got {value}. Fix the "
            "entry or drop the field.")
    E202 = ("{path} line {line}: unknown slogan category '{category}'. Valid categories: "
            "{categories}.")
    E203 = ("{path} line {line}: gazetteer entry needs a non-empty \"text\" string and a "
            "\"label\" in {labels}; got {value}.")
    E204 = ("Unknown packaged lexicon '{name}'. Packaged lexicons: {names}. Pass a file "
            "path instead.")
    E205 = ("{path} line {line}: JSON object is neither a slogan entry (with \"canonical\") "
            "nor a gazetteer entry (with \"text\" and \"label\"); got keys {keys}.")
    E206 = ("{path} line {line}: jieba user dictionary line '{value}' is not 'word [freq] "
            "[tag]': {reason}.")
    # E500-E529: annotation tool export/import (tagger.exchange)
    E500 = ("{where}: an item of \"{layer}\" is not a span object: {value}. Each span is "
            "{{\"start\": int, \"end\": int, \"label\": str}}.")
    E501 = ("{where}: span [{start}, {end}) in {layer} is empty or outside the text (length "
            "{length}). Offsets are Python character offsets, end-exclusive; fix them in "
            "the file.")
    E502 = ("{where}: label {label} is not a non-empty string without spaces. Use one of "
            "PERSON, ORG, LOC, SLOGAN (or another single-word label).")
    E503 = ("{where}: span [{start}, {end}) should read '{surface}' but the text there is "
            "'{actual}'. The offsets and the text disagree: check that the text was not "
            "changed, and whether the tool counted UTF-16 code units (--offsets utf16).")
    E504 = ("{where}: spans {a} and {b} of the flat layer overlap. Keep overlapping spans "
            "in \"nested\", or remove one of them.")
    E505 = ("{where}: no \"text\" string. Tagged and gold records need \"text\"; Label "
            "Studio tasks need data.text.")
    E506 = ("{where}: expected a JSON object, got a {kind}.")
    E507 = ("{path} line {line}: invalid JSON: {reason}.")
    E508 = ("{where}: not a {fmt} file: expected {expected}. Check --from.")
    E509 = ("{where}: malformed brat annotation line '{line}'. Expected "
            "'T1<TAB>LABEL start end<TAB>text', 'A1<TAB>Name T1' or "
            "'#1<TAB>AnnotatorNotes T1<TAB>note'.")
    E510 = ("{path}: no {fmt} data found; expected {expected}. Pass the folder that "
            "'tagger export --to brat' wrote (or one .ann file next to its .txt).")
    E511 = ("Unknown annotation format '{name}'. Valid formats: {formats}.")
    E512 = ("{where}: BIO tag or line '{tag}' is malformed; expected 'token TAG' with TAG "
            "O, B-LABEL or I-LABEL.")
    E513 = ("{path}: --to {fmt} writes {kind}. Choose another -o path.")
    # E400-E429: keywords and research tools (stats, report)
    E400 = ("{path} line {line}: IDF table line is not 'word<TAB>idf' ({reason}). "
            "Rebuild the table with: python -m tagger.keywords.build_idf --corpora DIR "
            "--out {path}")
    E401 = ("No corpus text found under {path}: expected .bio (char<TAB>tag), .jsonl "
            "(objects with \"text\") or .txt files. Pass --corpora with such a directory.")
    E402 = ("{option} must be {constraint}, got {value}.")
    E403 = ("No tagged records given: pass one or more tagged .jsonl files written by "
            "'tagger tag'.")


class TaggerError(Exception):
    """An error the user can fix; its message comes from :class:`Errors`."""


class InputError(TaggerError):
    """A bad input record or file: reported with file and line, the run continues."""

    def __init__(self, message: str, *, path: str = "", line: int | None = None,
                 offset: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.offset = offset

    def to_record(self) -> dict:
        """The error as an output record (``kind`` = ``error``)."""
        return {"kind": "error", "source": self.path, "line": self.line,
                "offset": self.offset, "error": str(self)}


def warn(message: str) -> None:
    """Emit a catalogue warning (``Warnings.Wxxx.format(...)``)."""
    warnings.warn(message, UserWarning, stacklevel=2)

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
    W005 = ("{path} line {line}: lone UTF-16 surrogate escape(s) (\\ud800-\\udfff without "
            "a pair) replaced with U+FFFD; lengths and offsets are unchanged. Fix the "
            "program that wrote the file: surrogates cannot be written as UTF-8.")
    W006 = ("{path} line {line}: meta[\"{key}\"] has a type the output format does not "
            "allow for that field (docs/output-format.md); it is kept as "
            "meta[\"input_{key}\"].")
    W300 = ("Component '{name}' has no lexicon entries after initialize(); only its "
            "pattern rules run. Set {option} in [initialize.components.{name}] or check "
            "that the packaged lexicons are installed.")
    # W100-W119: repair and segment
    W100 = ("{source}: {n} headline line(s) could not be paired with an article body on page "
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
    W503 = ("--to labelstudio -o -: only the tasks go to stdout; the labeling config that "
            "is written next to a tasks file is left out. Export to a file to get it.")
    # W600-W619: sharded and distributed runs (tagger.scale)
    W600 = ("{out}: {n} shard(s) will be tagged again: {reason}.")
    W601 = ("{out}: {n} .jsonl file(s) such as {example} are not shards of this run; they are "
            "left as they are and not listed in manifest.json. Use a fresh output folder "
            "per set of inputs to keep them apart.")
    W602 = ("Shard {shard} failed: {reason}. The other shards go on; run the same command "
            "again to retry it.")
    W603 = ("Stopped: {done} of {total} shards are done in {out}. Run the same command again "
            "to tag the rest.")
    W604 = ("{path}: a temp file of an unfinished shard could not be removed ({reason}); the "
            "next run into this folder removes it.")


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
    E010 = ("Model not found at {path}: no config.cfg there. Pass --model (or "
            "tagger.load(path)) a spaCy pipeline directory such as one written by 'tagger "
            "assemble'; the default model {name} is installed inside the package "
            "(tagger/models/{name}).")
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
    E023 = ("{path} line {line}: bytes at offset {offset} are not valid {encoding}; the "
            "record is skipped. Re-save the file as UTF-8, or pass --encoding if the guess "
            "is wrong.")
    E024 = ("{path}: the output would overwrite the input {input}. Choose another -o path.")
    E025 = ("{path}: the output path is {kind}, not a regular file; it is left alone. Pass a "
            "file path, or '-' (or no -o) to write to standard output.")
    E026 = ("--errors and -o both name {path}; error records would be lost. Choose two "
            "different files, or leave out --errors to keep error records in the output.")
    E027 = ("Cannot write {path}: {reason}. Nothing was written there; any earlier file at "
            "that path is unchanged. Free space, fix the permissions, or choose another path.")
    E028 = ("{where}: text of {length} characters is longer than the limit of {limit}; the "
            "document is reported and skipped. Split it into smaller documents.")
    E029 = ("{path} line {line}: \"meta\" is a {kind}, not an object. Write \"meta\" as "
            "{{\"key\": value, ...}} or leave it out.")
    E030 = ("{path}: cannot read directory: {reason}. Fix its permissions or remove the "
            "loop of symbolic links.")
    E031 = ("Interrupted. The output file was not written (an earlier file at that path is "
            "unchanged); standard output holds the records written so far. A sharded run "
            "(-o DIR/) keeps its finished shards: run the same command again to resume.")
    E032 = ("Cannot write to standard output: {reason}. The records after that point are "
            "lost; write to a file with -o instead.")
    E033 = ("{where}: record {id} was not written because its spans do not fit its text "
            "({reason}). This is a bug in tagger: please report it with the input.")
    E034 = ("{where}: article {id} could not be tagged ({reason}); it is reported and "
            "skipped. This is a bug in tagger: please report it with the input.")
    E035 = ("{path}: no such file or directory. Check the path.")
    E036 = ("None of the {n} input(s) exists (see the errors above); nothing was tagged. "
            "Check the paths, or pass '-' to read stdin.")
    E037 = ("{url}: no filesystem can open this URL ({reason}). Install the fsspec package "
            "for its scheme (s3fs for s3://, gcsfs for gs://, adlfs for abfs://), or check "
            "the spelling.")
    E038 = ("{url}: a URL output must be a folder of shards: end it with '/' (tagger tag "
            "INPUT -o {url}/). Single output files are written to local paths only.")
    E039 = ("Cannot average the two NERs: {reason}. Average a model with one continued from it "
            "(same config), and a weight between 0 and 1.")
    E040 = ("{path}: record {id} is not the text of CLUENER's line {line}. Label the lines of the "
            "same train.jsonl with tagger.training.pseudo, then overlay its names.")
    # E100-E119: repair and segment
    E100 = ("{func} expects the text as a str, got {kind}. Decode the input first "
            "(tagger.read) or pass Document.text.")
    E101 = ("Cannot read the character model {path} ({error}). Reinstall tagger, or rebuild "
            "the table with 'python -m tagger.zh.charlm'.")
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
    E502 = ("{where}: label {label} is not a letter followed by letters, digits, '_' or "
            "'-' (at most 64). Use one of PERSON, ORG, LOC, SLOGAN (or another such label).")
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
    E514 = ("{where}: spans {a} and {b} cross (they overlap and neither holds the other); "
            "no layer can hold both. Fix one of them in the annotation tool.")
    E515 = ("{path}: cannot be read as {fmt}: {reason}. Check --from and that the file is "
            "the tool's export.")
    E516 = ("{path}: the folder is not empty; an export there would mix with the files "
            "already in it. Choose a new or empty folder.")
    E513 = ("{path}: --to {fmt} writes {kind}. Choose another -o path.")
    E517 = ("--to {fmt} writes a folder of files, which cannot go to stdout (-o -). Pass a "
            "folder with -o.")
    E518 = ("{path}: no articles were found in it (--from {fmt}){reason}; nothing was "
            "written. Check --from and the file, or pass --allow-empty to write an empty "
            "gold file.")
    # E700-E719: the HTTP service (tagger serve) and its Label Studio ML backend
    E700 = ("The Label Studio labeling config cannot be used: {reason}. The project needs "
            "<Labels name=\"label\" toName=\"text\"> with <Label value=\"PERSON\"/> ... over "
            "<Text name=\"text\" value=\"$text\"/>; 'tagger export --to labelstudio' writes "
            "such a config.")
    E701 = ("{where}: no string at data.{key}, the field the labeling config's <Text> tag "
            "reads. Import tasks with their article text under data.{key}.")
    E702 = ("Request body of {size} bytes is over the limit of {limit} bytes. Send fewer "
            "documents per request, or start the service with a larger --max-bytes.")
    E703 = ("Request body is not UTF-8 JSON: {reason}. Send a JSON object with "
            "Content-Type: application/json.")
    E704 = ("Tagging did not finish within {seconds} s ({done} of {total} documents done). "
            "Send fewer or shorter documents per request, or start the service with a larger "
            "--timeout.")
    E705 = ("Request holds {n} documents; the limit is {limit} per request. Split it, or "
            "start the service with a larger --max-documents.")
    E706 = ("Request holds {n} characters of text; the limit is {limit}. Split it, or start "
            "the service with a larger --max-chars.")
    E707 = ("Request body must be a JSON object with either \"text\" (a page or article "
            "string) or \"records\" (a list of {{\"text\", \"id\", \"meta\"}} objects), "
            "not both; optional \"repair\" and \"segment\" (for text) are true/false.")
    E708 = ("Request field \"{field}\" is not valid: {value}. See POST /tag in the README "
            "for the request format.")
    E709 = ("A worker process of the service stopped while this request ({n_docs} documents) "
            "was being tagged or waiting for a worker; the workers were restarted. Send the "
            "request again; if it fails again, the request itself may be what stops them: "
            "split it, and check the service's log and memory limits.")
    # E400-E429: keywords and research tools (stats, report)
    E400 = ("{path} line {line}: IDF table line is not 'word<TAB>idf' ({reason}). "
            "Rebuild the table with: python -m tagger.keywords.build_idf --corpora DIR "
            "--out {path}")
    E401 = ("No corpus text found under {path}: expected .bio (char<TAB>tag), .jsonl "
            "(objects with \"text\") or .txt files. Pass --corpora with such a directory.")
    E402 = ("{option} must be {constraint}, got {value}.")
    E403 = ("No tagged records given: pass one or more tagged .jsonl files written by "
            "'tagger tag'.")
    # E600-E619: sharded and distributed runs (tagger.scale)
    E600 = ("'-' (stdin) cannot be cut into shards: sharded runs (--shard-size, --scheduler, "
            "--local-cluster, -o DIR/) read files they can seek in. Pass files or folders, or "
            "tag the stream without those options.")
    E601 = ("--shard-size must be at least 1, got {value}.")
    E602 = ("{path} is a file: a sharded run writes one file per shard into a folder. Pass "
            "a folder with -o DIR/ (it is created if needed).")
    E603 = ("{option} cannot be used with {other}: {reason}")
    E604 = ("{n} shard(s) failed (see the warnings above); the finished shards are kept in "
            "{out}. Run the same command again to retry the failed ones. {line}")
    E605 = ("Cannot reach the Dask scheduler at {address}: {reason}. Start one with "
            "'dask scheduler' and workers with 'dask worker {address}' (see "
            "docs/scale.md), or use --local-cluster N on one machine.")
    E606 = ("{path}: no tagged .jsonl files found (a folder written by 'tagger tag -o DIR/', "
            "a file, or a glob such as 'out/*.jsonl' is expected).")
    E607 = ("Worker {worker} has another model than the client's {model} (its files "
            "differ): install the same tagger version and model on every worker, or pass "
            "--model with a folder all machines share.")
    E608 = ("{out} is being written by another run (it holds {out}/.tagger/lock). Wait for "
            "it to finish, or write to another folder.")
    E609 = ("{out}: the output folder is, or lies inside, the input folder {input}; its shard "
            "files would be read as inputs by the next run. Choose a folder outside it.")


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


class TaggerWarning(UserWarning):
    """A catalogue warning; the CLI prints it as a plain ``warning: [Wxxx] ...`` line."""


def warn(message: str) -> None:
    """Emit a catalogue warning (``Warnings.Wxxx.format(...)``)."""
    warnings.warn(message, TaggerWarning, stacklevel=2)

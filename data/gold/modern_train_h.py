"""Records of the train split of the modern gold set, part h: see build_modern.py for the format."""

P, O, L, S = "PERSON", "ORG", "LOC", "SLOGAN"

RECORDS: list[dict] = [
    {
        "id": "trh-eco-01",
        "meta": {"source": "raw_news news_000.jsonl:5352 rmrb-20200207-03-06@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-02-07", "category": "economy", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 5352, "id": "rmrb-20200207-03-06@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 974]],
                     "sha1": "6cd363cc5c84670f4e1456e47e0980d3bd310e05"},
        "ents": [
            ("国务院关税税则委员会办公室", O), ("国务院关税税则委员会", O), ("税委会办公室", O), ("税委会", O), ("美国", L),
            ("新华社", O), ("北京", L), ("美", L), ("中", L, [1]),
        ],
        "block": ["美元", "美方"],
    },
    {
        "id": "trh-eco-02",
        "meta": {"source": "raw_news news_000.jsonl:4337 rmrb-20200119-03-04@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-01-19", "category": "economy", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 4337, "id": "rmrb-20200119-03-04@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 799]],
                     "sha1": "a0fed45f34369c3785499d4e7a0103940fc79ad2"},
        "ents": [
            ("北京", L), ("葛孟超", P), ("国家外汇管理局", O), ("王春英", P), ("国新办", O), ("中国", L),
        ],
    },
    {
        "id": "trh-eco-03",
        "meta": {"source": "raw_news news_000.jsonl:8124 rmrb-20200524-10-01@caspiankexin/people-daily-crawler-date, paragraphs 0-15 of 28 (0-based)",
                 "date": "2020-05-24", "category": "economy", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 8124, "id": "rmrb-20200524-10-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1297]],
                     "sha1": "19de0d9d1dc142c9f32af26eaf04cc59f0fb158a"},
        "ents": [
            ("六保", S), ("全面建成小康社会", S), ("吉林省", L), ("延边朝鲜族自治州", L), ("金寿浩", P), ("山东社科院", O),
            ("张卫国", P), ("山东", L), ("南开大学金融学院", O), ("范小云", P), ("中国农业生产资料流通协会", O), ("杨建平", P),
            ("南开大学经济研究所", O), ("钟茂初", P), ("扩大内需战略", S),
        ],
    },
    {
        "id": "trh-eco-04",
        "meta": {"source": "raw_news news_000.jsonl:3830 rmrb-20200112-02-03@caspiankexin/people-daily-crawler-date, paragraphs 0-10,13-14,18 of 22 (0-based)",
                 "date": "2020-01-12", "category": "economy", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3830, "id": "rmrb-20200112-02-03@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 696], [710, 1093], [1152, 1345]],
                     "sha1": "d1a6487348e2a66c85fe56e91faeb7fa9e2a9bd5"},
        "ents": [
            ("北京", L), ("六稳", S), ("北京市", L), ("戴姆勒（中国）商用车投资有限公司", O), ("丰田金融服务（中国）有限公司", O),
            ("爱立信5G移动通信电磁屏蔽实验室", O), ("益博睿", O), ("央行", O), ("益博睿征信（北京）有限公司", O), ("黎薇", P),
            ("北京市商务局", O), ("闫立刚", P), ("国务院", O), ("环球同业银行金融电讯协会", O), ("SWIFT", O), ("SWIFT中国区", O),
            ("黄美伦", P), ("北京市地方金融监督管理局", O), ("美伸医学影像诊断中心", O), ("佳能医疗", O), ("北京市卫健委", O),
            ("陈楠", P),
        ],
    },
    {
        "id": "trh-eco-05",
        "meta": {"source": "raw_news news_000.jsonl:9567 rmrb-20230719-02-05@slience-me/data_mining_wordcloud, paragraphs 0-7,9,11 of 12 (0-based)",
                 "date": "2023-07-19", "category": "economy", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 9567, "id": "rmrb-20230719-02-05@slience-me/data_mining_wordcloud",
                     "segments": [[0, 956], [1080, 1274], [1447, 1577]],
                     "sha1": "6ae67425ace0a953ef8eb2aa1ad6a6c090d346ab"},
        "ents": [
            ("国务院新闻办", O), ("国家知识产权局", O), ("胡文辉", P), ("专精特新", S), ("国家知识产权局战略规划司", O), ("葛树", P),
            ("华", L, [0]), ("国家知识产权局知识产权运用促进司", O), ("雷筱云", P), ("江苏", L), ("浙江", L), ("广东", L),
            ("国家知识产权局知识产权保护司", O), ("张志成", P), ("国家海外知识产权纠纷应对指导中心", O),
        ],
        "block": ["其中国内"],
    },
    {
        "id": "trh-eco-06",
        "meta": {"source": "raw_news news_000.jsonl:6749 rmrb-20200228-07-02@caspiankexin/people-daily-crawler-date, paragraphs 0-14 of 20 (0-based)",
                 "date": "2020-02-28", "category": "economy", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 6749, "id": "rmrb-20200228-07-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1263]],
                     "sha1": "44edfe7a20ad81b26bf892d4519ecb44c61c0998"},
        "ents": [
            ("陕西", L), ("宝鸡", L), ("凤翔县", L), ("侯丰村", L), ("王佳琦", P), ("中兴通讯", O), ("西安", L),
            ("宝鸡市疫情防控指挥部", O), ("宝鸡市", L), ("西安高新区人社局", O), ("苟杰", P), ("西安高新区", L), ("高新区", L),
            ("西安经开区", L), ("隆基股份公共事务部", O), ("何漪", P), ("经开区", L), ("隆基乐叶", O), ("经开区管委会", O),
            ("钱虎威", P), ("西安市", L), ("陕西法士特沃克齿轮有限公司", O), ("高勃", P), ("西咸新区", L),
            ("西安莫雷尔智能科技有限公司", O), ("孟庆巍", P), ("中瑞创新创业基地", O), ("西安软件园", L),
            ("高新区草堂基地管办", O), ("苏娟", P),
        ],
    },
    {
        "id": "trh-eco-07",
        "meta": {"source": "raw_news news_000.jsonl:4363 rmrb-20200120-02-01@caspiankexin/people-daily-crawler-date, paragraphs 0-1,10-18,24-30 of 35 (0-based)",
                 "date": "2020-01-20", "category": "economy", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 4363, "id": "rmrb-20200120-02-01@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 39], [132, 872], [1223, 1703]],
                     "sha1": "8f7318ea572d2bbbc5e8798945b2c57b44550200"},
        "ents": [
            ("国家发改委", O), ("国家统计局", O), ("孟玮", P), ("中国", L), ("国家发展改革委", O), ("发改委", O), ("党中央", O),
            ("国务院", O),
        ],
        "block": ["发展中国家"],
    },
]

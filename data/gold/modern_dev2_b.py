"""Records of the dev2 split of the modern gold set, part b: see build_modern.py for the format."""

P, O, L, S = "PERSON", "ORG", "LOC", "SLOGAN"

RECORDS: list[dict] = [
    {
        "id": "m2b-eco-01",
        "meta": {"source": "raw_news news_001.jsonl:6303 rmrb-20231108-19-01@slience-me/data_mining_wordcloud, paragraphs 0-13 of 24 (0-based)",
                 "date": "2023-11-08", "category": "economy", "split": "dev2"},
        "text_ref": {"shard": "news_001.jsonl", "line": 6303, "id": "rmrb-20231108-19-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1337]],
                     "sha1": "65f40057fd014f18672b3acf107fba12820deeee"},
        "ents": [
            ("华彬集团", O), ("一带一路", S), ("新发展格局", S), ("北京市", L), ("昌平区", L), ("京郊", L), ("华彬生态园", L),
            ("北京", L), ("云南省", L), ("大理白族自治州", L), ("华彬健康之都", L), ("海东片区", L), ("泰国", L), ("曼谷", L),
            ("华彬东盟健康产业园", L), ("中国", L), ("健康中国战略", S), ("神农架", L), ("挪威", L), ("VOSS芙丝", O), ("VOSS", O),
            ("湖北省", L), ("竹溪县", L),
        ],
        "block": ["自然"],
    },
    {
        "id": "m2b-eco-02",
        "meta": {"source": "raw_news news_001.jsonl:4740 rmrb-20231011-19-03@slience-me/data_mining_wordcloud, whole article",
                 "date": "2023-10-11", "category": "economy", "split": "dev2"},
        "text_ref": {"shard": "news_001.jsonl", "line": 4740, "id": "rmrb-20231011-19-03@slience-me/data_mining_wordcloud",
                     "segments": [[0, 809]],
                     "sha1": "f21e204ef9e0ba070d4fef45699704e010160e9d"},
        "ents": [
            ("安徽", L), ("亳州市", L), ("亳州市市场监管局", O), ("陆爱民", P), ("杨帆", P), ("市场监管总局", O), ("四个最严", S),
            ("国家市场监督管理总局食品抽检司", O), ("风险控制到位、原因排查到位、整改落实到位、行政处罚到位、信息公开到位", S),
        ],
    },
    {
        "id": "m2b-eco-03",
        "meta": {"source": "raw_news news_001.jsonl:6543 rmrb-20231113-16-01@slience-me/data_mining_wordcloud, paragraphs 0-12 of 20 (0-based)",
                 "date": "2023-11-13", "category": "economy", "split": "dev2"},
        "text_ref": {"shard": "news_001.jsonl", "line": 6543, "id": "rmrb-20231113-16-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1066]],
                     "sha1": "14e5bc45417ce3b62df840c1f2f108317155efed"},
        "ents": [
            ("中国东方航空", O), ("中国东方航空集团有限公司", O), ("东航", O), ("国企改革深化提升行动", S), ("中国商飞", O), ("中国", L),
            ("中国特色现代企业制度", S), ("上海虹桥国际机场", L), ("三超", S), ("客舱部", O), ("技术公司", O), ("结构+场景", S),
        ],
    },
    {
        "id": "m2b-eco-04",
        "meta": {"source": "raw_news news_001.jsonl:6023 rmrb-20231103-08-01@slience-me/data_mining_wordcloud, paragraphs 0-15 of 35 (0-based)",
                 "date": "2023-11-03", "category": "economy", "split": "dev2"},
        "text_ref": {"shard": "news_001.jsonl", "line": 6023, "id": "rmrb-20231103-08-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1244]],
                     "sha1": "cde7a0b157edfaeabe481d339bd8b9e45c3fd88c"},
        "ents": [
            ("生态环境部", O), ("应对气候变化司", O), ("北京市", L), ("密云区", L), ("通州区", L), ("广东省", L), ("深圳市", L),
            ("福田区", L), ("重庆市", L), ("两江新区", L), ("浙江省", L), ("丽水市", L), ("缙云县", L), ("缙云抽水蓄能电站", L),
            ("浙西南", L), ("辽宁省", L), ("阜新市", L), ("彰武县", L), ("湖南省", L), ("湘潭市", L), ("河西污水处理厂", L),
            ("碳达峰", S), ("碳中和", S), ("地上铁租车（深圳）有限公司资财中心", O), ("王建", P), ("深圳", L), ("深圳市生态环境局", O),
        ],
    },
    {
        "id": "m2b-sci-01",
        "meta": {"source": "raw_news news_001.jsonl:1017 rmrb-20230807-02-02@slience-me/data_mining_wordcloud, paragraphs 0-13 of 53 (0-based)",
                 "date": "2023-08-07", "category": "science", "split": "dev2"},
        "text_ref": {"shard": "news_001.jsonl", "line": 1017, "id": "rmrb-20230807-02-02@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1254]],
                     "sha1": "113da96bbcd2698852d955c61d2f4861a5cc83aa"},
        "ents": [
            ("习近平", P), ("亚太", L), ("中国", L), ("北京", L), ("海淀", L), ("海淀区", L), ("中关村软件园", L), ("百度智能驾驶事业群", O),
            ("王翀", P), ("中国工程院", O), ("国家卫星定位系统工程技术研究中心", O), ("刘经南", P),
        ],
    },
    {
        "id": "m2b-sci-02",
        "meta": {"source": "raw_news news_001.jsonl:2245 rmrb-20230826-07-01@slience-me/data_mining_wordcloud, paragraphs 0-9 of 17 (0-based)",
                 "date": "2023-08-26", "category": "science", "split": "dev2"},
        "text_ref": {"shard": "news_001.jsonl", "line": 2245, "id": "rmrb-20230826-07-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1103]],
                     "sha1": "7f6e41a341a2dd788ed8c640af76eda1f7353e89"},
        "ents": [
            ("北京", L), ("中国国际展览中心", L), ("顺义馆", L), ("聚势创新 向光而行", S), ("思灵机器人", O), ("纽瑞芯", O), ("澜舟科技", O),
            ("纳研纳米", O), ("重力聿画", O), ("全应科技", O), ("瓦时智能", O), ("HICOOL基金", O), ("专精特新", S),
        ],
    },
    {
        "id": "m2b-sci-03",
        "meta": {"source": "raw_news news_001.jsonl:3654 rmrb-20230918-13-01@slience-me/data_mining_wordcloud, paragraphs 0-11 of 27 (0-based)",
                 "date": "2023-09-18", "category": "science", "split": "dev2"},
        "text_ref": {"shard": "news_001.jsonl", "line": 3654, "id": "rmrb-20230918-13-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 1164]],
                     "sha1": "881032c1267730beaf0f7b4b3f18b5515cd80a98"},
        "ents": [
            ("中国科学院海洋生物标本馆", O), ("标本馆", O), ("亚洲", L), ("山东", L), ("青岛", L), ("中国科学院海洋研究所", O), ("王永强", P),
            ("中国科学院海洋研究所海洋生物分类与系统演化实验室", O), ("张均龙", P), ("刘瑞玉", P), ("美丽中国", S),
        ],
        "block": ["海洋生物标本馆"],
    },
    {
        "id": "m2b-spo-01",
        "meta": {"source": "raw_news news_001.jsonl:5750 rmrb-20231030-20-01@slience-me/data_mining_wordcloud, paragraphs 0,5-10 of 23 (0-based)",
                 "date": "2023-10-30", "category": "sports", "split": "dev2"},
        "text_ref": {"shard": "news_001.jsonl", "line": 5750, "id": "rmrb-20231030-20-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 25], [210, 1070]],
                     "sha1": "e99c34d99e54eee146efd48061ba6564035c5c74"},
        "ents": [
            ("两创", S), ("杭州", L), ("良渚", L), ("西湖", L), ("大运河", L), ("西泠印社", O), ("南京", L), ("北京", L),
            ("成都", L), ("中国", L), ("祥云小屋", L), ("奥运村", L), ("一起向未来", S), ("郑和", P), ("紫金山天文台", O),
            ("江苏", L), ("南京城", L), ("钱塘江", L), ("钱江", L), ("江南", L),
        ],
        "block": ["自然"],
    },
    {
        "id": "m2b-spo-02",
        "meta": {"source": "raw_news news_001.jsonl:259 rmrb-20230725-15-02@slience-me/data_mining_wordcloud, whole article",
                 "date": "2023-07-25", "category": "sports", "split": "dev2"},
        "text_ref": {"shard": "news_001.jsonl", "line": 259, "id": "rmrb-20230725-15-02@slience-me/data_mining_wordcloud",
                     "segments": [[0, 715]],
                     "sha1": "2fdce2ceb2b7a5269fdfc0154fe383a2ea6bf2e1"},
        "ents": [
            ("巴西女足", O), ("玛塔", P), ("巴拿马女足", O), ("澳大利亚", L), ("非洲", L), ("中美洲", L), ("法国女足", O),
            ("牙买加女足", O), ("英格兰女足", O), ("海地女足", O), ("中国女足", O), ("水庆霞", P),
        ],
        "block": ["北京时间"],
    },
    {
        "id": "m2b-spo-03",
        "meta": {"source": "raw_news news_001.jsonl:923 rmrb-20230804-13-03@slience-me/data_mining_wordcloud, whole article",
                 "date": "2023-08-04", "category": "sports", "split": "dev2"},
        "text_ref": {"shard": "news_001.jsonl", "line": 923, "id": "rmrb-20230804-13-03@slience-me/data_mining_wordcloud",
                     "segments": [[0, 623]],
                     "sha1": "7adbf6f487080ee84883929ed617feb242f81c71"},
        "ents": [
            ("中国代表团", O), ("梁育帅", P), ("成都", L), ("四川大学体育馆", L), ("中国大学生体育代表团", O), ("中国跆拳道国家队", O),
        ],
    },
]

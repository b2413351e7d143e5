"""Records of the train split of the modern gold set, part j: see build_modern.py for the format."""

P, O, L, S = "PERSON", "ORG", "LOC", "SLOGAN"

RECORDS: list[dict] = [
    {
        "id": "trj-sci-01",
        "meta": {"source": "raw_news news_000.jsonl:3018 rmrb-20191030-02-02@caspiankexin/people-daily-crawler-date, paragraphs 0-6,8-12,21 of 22 (0-based)",
                 "date": "2019-10-30", "category": "science", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3018, "id": "rmrb-20191030-02-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 564], [732, 1232], [2307, 2426]],
                     "sha1": "435085aad0e83a5528dd4e2fcc63011d658d0a4b"},
        "ents": [
            ("中共中央政治局", O), ("习近平", P), ("工信部信息化和软件服务业司", O), ("谢少锋", P),
            ("国家互联网应急中心互联网金融安全技术重点实验室", O), ("吴震", P), ("国务院", O), ("十三五", S),
            ("全国区块链和分布式记账技术标准化委员会", O), ("北京大学（天津滨海）新一代信息技术研究院金融科技研究中心", O), ("董宁", P),
        ],
    },
    {
        "id": "trj-sci-02",
        "meta": {"source": "raw_news news_000.jsonl:3904 rmrb-20200113-11-05@caspiankexin/people-daily-crawler-date, paragraphs 0-14 of 21 (0-based)",
                 "date": "2020-01-13", "category": "science", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3904, "id": "rmrb-20200113-11-05@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1236]],
                     "sha1": "9e87411ff195acbc0c84bcbd1b9ce188db009f0e"},
        "ents": [
            ("中国一重", O), ("五创", S), ("中国一重党委", O), ("中国一重重型装备制造厂", O), ("张亮", P), ("重装厂党总支", O),
            ("张红光", P), ("重装厂", O), ("中国一重天津研发中心", O), ("刘敬杰", P), ("大连", L), ("锦州", L), ("锦西", L),
            ("中国", L),
        ],
    },
    {
        "id": "trj-sci-03",
        "meta": {"source": "raw_news news_000.jsonl:6980 rmrb-20200506-01-03@caspiankexin/people-daily-crawler-date, paragraphs 0-7,12-14,18 of 20 (0-based)",
                 "date": "2020-05-06", "category": "science", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 6980, "id": "rmrb-20200506-01-03@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 721], [748, 1214], [1577, 1682]],
                     "sha1": "703e85a096275d2286f30ecb574d2faa94ad5c75"},
        "ents": [
            ("中共中央", O), ("国务院", O), ("中央军委", O), ("新华社", O), ("北京", L), ("载人航天工程空间站阶段飞行任务总指挥部", O),
            ("习近平新时代中国特色社会主义思想", S), ("四个意识", S), ("四个自信", S), ("两个维护", S), ("中国梦", S), ("强军梦", S),
            ("新时代中国特色社会主义", S), ("中国", L), ("习近平", P), ("党中央", O), ("两弹一星", S), ("载人航天精神", S), ("两个一百年", S),
            ("中华民族伟大复兴的中国梦", S), ("余建斌", P), ("刘诗瑶", P), ("中国载人航天工程办公室", O), ("文昌航天发射场", L),
            ("中国航天科技集团有限公司", O), ("中国运载火箭技术研究院", O), ("中国空间技术研究院", O), ("中国航天科工集团有限公司", O),
            ("第二研究院", O),
        ],
        "block": ["不忘初心、牢记使命"],
    },
    {
        "id": "trj-sci-04",
        "meta": {"source": "raw_news news_000.jsonl:7098 rmrb-20200507-12-02@caspiankexin/people-daily-crawler-date, paragraphs 0-2,7-8,12,15 of 16 (0-based)",
                 "date": "2020-05-07", "category": "science", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 7098, "id": "rmrb-20200507-12-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 252], [701, 998], [1401, 1635], [2293, 2313]],
                     "sha1": "c239246db77d2dbb264d4fce50c0e419ad71b431"},
        "ents": [
            ("国家统计局", O), ("上云用数赋智", S), ("马克思", P), ("威廉·配第", P), ("习近平", P), ("中共中央", O), ("国务院", O),
            ("国家发展改革委", O), ("中央网信办", O), ("腾讯", O), ("腾讯公司", O),
        ],
    },
    {
        "id": "trj-sci-05",
        "meta": {"source": "raw_news news_000.jsonl:4575 rmrb-20200122-11-02@caspiankexin/people-daily-crawler-date, paragraphs 0-14 of 20 (0-based)",
                 "date": "2020-01-22", "category": "science", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 4575, "id": "rmrb-20200122-11-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1311]],
                     "sha1": "939c6c2acd6e6afc500a2d5b3d09622bd6f720c5"},
        "ents": [
            ("天津中环集团", O), ("天津中环电子信息集团有限公司", O), ("天津中环集团公司", O), ("中环", O), ("左斌", P),
            ("集团党委", O), ("习近平", P), ("习近平新时代中国特色社会主义思想", S), ("天津中环电子计算机有限公司", O), ("中环集团", O),
            ("天津中环电子公司党委", O), ("高明璋", P), ("天津中环集团公司党委", O), ("不忘初心、牢记使命", S), ("天津市历史纪念馆", O),
            ("中环电子计算机有限公司党委", O), ("制造中心党支部", O), ("刘芳丽", P), ("中环集团公司", O), ("中环电子计算机有限公司", O),
            ("三会一课", S),
        ],
    },
    {
        "id": "trj-sci-06",
        "meta": {"source": "raw_news news_000.jsonl:9389 rmrb-20230716-02-01@slience-me/data_mining_wordcloud, paragraphs 0-14,28-29 of 43 (0-based)",
                 "date": "2023-07-16", "category": "science", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 9389, "id": "rmrb-20230716-02-01@slience-me/data_mining_wordcloud",
                     "segments": [[0, 824], [1724, 1942]],
                     "sha1": "2ba95558ad989942896b62f63f49b49400f558da"},
        "ents": [
            ("山东", L), ("宁津", L), ("德州", L), ("宁津县", L), ("山东天展健身器材有限公司", O), ("赵子立", P),
            ("宁津县健身器材产业发展办公室", O), ("章延民", P), ("宁津县经济开发区", L), ("健身器材产业协会", O), ("迈宝赫", O),
            ("宝德龙", O), ("山东布莱特威健身器材有限公司", O), ("段铁民", P),
        ],
    },
    {
        "id": "trj-sci-07",
        "meta": {"source": "raw_news news_000.jsonl:7312 rmrb-20200511-08-02@caspiankexin/people-daily-crawler-date, paragraphs 0-22 of 29 (0-based)",
                 "date": "2020-05-11", "category": "science", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 7312, "id": "rmrb-20200511-08-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1387]],
                     "sha1": "91f32105f10ce2606149e87e4f48fc67e87cb0bc"},
        "ents": [
            ("上海", L), ("张江", L), ("森亿智能", O), ("马汉东", P), ("张少典", P), ("美国", L), ("哥伦比亚大学", O),
            ("生物医学信息学系", O), ("浦东", L), ("上海市政府", O), ("常兆华", P), ("沪", L), ("上海微创医疗器械（集团）有限公司", O),
            ("微创医疗", O), ("柳叶刀", O), ("欧洲", L), ("中国", L), ("中芯国际", O), ("展锐通讯", O), ("中微半导体", O), ("华领医药", O),
            ("梁昌霖", P), ("地铁2号线", L), ("张江高科站", L), ("叮咚买菜", O), ("武汉", L), ("潘晶", P), ("红杉资本", O),
            ("纪源资本", O), ("真格基金", O), ("腾讯", O), ("国药", O),
        ],
    },
]

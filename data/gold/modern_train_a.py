"""Records of the train split of the modern gold set, part a: see build_modern.py for the format."""

P, O, L, S = "PERSON", "ORG", "LOC", "SLOGAN"

RECORDS: list[dict] = [
    {
        "id": "tra-pol-01",
        "meta": {"source": "raw_news news_000.jsonl:4858 rmrb-20200129-01-04@caspiankexin/people-daily-crawler-date, paragraphs 0-1,6-15,19-21,23-24 of 29 (0-based)",
                 "date": "2020-01-29", "category": "politics", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 4858, "id": "rmrb-20200129-01-04@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 50], [427, 1068], [1325, 1633], [1657, 1817]],
                     "sha1": "4b29e8f755080c5be2f90b727921f4db2550cf6c"},
        "ents": [
            ("习近平", P), ("中国共产党", O), ("中建三局雷神山医院项目指挥部", O), ("天津市", L), ("武汉", L), ("黄挡玉", P), ("火神山医院", O),
            ("河南", L), ("飘安集团党委", O), ("陈广法", P), ("山东", L), ("湖北省", L), ("黄冈市", L), ("山东医疗队普通救护组", O),
            ("山东中医药大学附属医院", O), ("贾新华", P), ("广东", L), ("湖北", L), ("高州市人民医院", O), ("前方第二临时党支部", O), ("邱艳", P),
            ("安徽", L), ("芜湖市", L), ("洪巷镇", L), ("洪巷镇党委", O), ("上海市", L), ("松江区", L), ("车墩镇工业开发公司党支部", O), ("徐瑛", P),
            ("武汉大学人民医院重症医学科", O), ("余追", P), ("武汉金银潭医院", O), ("重庆", L), ("两江新区", L), ("天宫殿街道", L),
            ("东湖北路社区", L), ("谢进文", P), ("天宫殿街道党工委", O), ("杨虹", P),
        ],
    },
    {
        "id": "tra-pol-02",
        "meta": {"source": "raw_news news_000.jsonl:7959 rmrb-20200521-01-07@caspiankexin/people-daily-crawler-date, paragraphs 0-5 of 9 (0-based)",
                 "date": "2020-05-21", "category": "politics", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 7959, "id": "rmrb-20200521-01-07@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1100]],
                     "sha1": "ba7285a1bb32e3ef0d73266254e8daa11a5e8a91"},
        "ents": [
            ("全国政协", O), ("京", L), ("习近平", P), ("党中央", O), ("脱贫攻坚", S), ("全面建成小康社会", S), ("人民政协", O), ("新中国", L),
            ("三大攻坚战", S), ("人民政协为人民", S), ("十三五", S), ("中国共产党", O), ("中国特色社会主义", S), ("中国", L), ("两个一百年", S),
        ],
    },
    {
        "id": "tra-pol-03",
        "meta": {"source": "raw_news news_000.jsonl:3644 rmrb-20200109-10-02@caspiankexin/people-daily-crawler-date, paragraphs 0-5,7 of 18 (0-based)",
                 "date": "2020-01-09", "category": "politics", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3644, "id": "rmrb-20200109-10-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 735], [1145, 1565]],
                     "sha1": "5aecce742f9ac8c6fce44bce787b4de7af6ca509"},
        "ents": [
            ("江苏", L), ("长三角", L), ("娄勤俭", P), ("长三角一体化发展", S), ("党中央", O), ("国务院", O), ("长江三角洲区域一体化发展", S),
            ("江苏省委", O), ("省人大常委会", O), ("长三角区域一体化发展", S), ("习近平", P), ("一极三区一高地", S),
            ("习近平新时代中国特色社会主义思想", S), ("四个意识", S), ("四个自信", S), ("两个维护", S), ("三大要求", S), ("六个一体化", S),
            ("沪", L), ("浙", L), ("皖", L), ("上海", L), ("省委", O), ("江苏省推进长三角一体化发展领导小组", O),
            ("南沿江", L), ("北沿江", L), ("宁淮城际", L), ("徐宿淮盐铁路", L), ("连淮扬镇铁路", L), ("通州湾", L), ("南通", L), ("连云港", L),
            ("徐州", L), ("淮安", L), ("江苏自贸区", L), ("苏南国家自主创新示范区", L), ("南京江北新区", L), ("南京", L), ("苏州", L),
        ],
    },
    {
        "id": "tra-loc-01",
        "meta": {"source": "raw_news news_000.jsonl:3822 rmrb-20200112-01-02@caspiankexin/people-daily-crawler-date, paragraphs 0-1,4-5,18-19,24-28 of 29 (0-based)",
                 "date": "2020-01-12", "category": "local government", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3822, "id": "rmrb-20200112-01-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 42], [197, 371], [1238, 1538], [1811, 2281]],
                     "sha1": "1fcbe6da2a8dce2cf8b6b55f21debcafa1d66ab1"},
        "ents": [
            ("湖南", L), ("花垣县", L), ("排碧乡", L), ("十八洞村", L), ("石爬专", P), ("湖南省", L), ("湘西土家族苗族自治州", L), ("习近平", P),
            ("精准扶贫", S), ("十八洞旅游公司", O), ("十八洞溶洞", L), ("施齐文", P), ("龙明慧", P), ("吉首大学", O), ("天安门城楼", L),
            ("北京", L), ("中央民族歌舞团", O), ("十八洞", L), ("花垣县委", O), ("伍晓霞", P), ("花垣县委宣传部", O), ("周树深", P),
        ],
    },
    {
        "id": "tra-loc-02",
        "meta": {"source": "raw_news news_000.jsonl:7427 rmrb-20200512-13-02@caspiankexin/people-daily-crawler-date, paragraphs 0-16 of 22 (0-based)",
                 "date": "2020-05-12", "category": "local government", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 7427, "id": "rmrb-20200512-13-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1316]],
                     "sha1": "7c9ee752b34bf2179f9af38133eeab02138056d2"},
        "ents": [
            ("宁夏", L), ("银川", L), ("宁夏回族自治区", L), ("银川市", L, [0, 1, 2, 3, 4, 5, 6, 8, 9]), ("银川市委宣传部", O), ("文明办", O), ("代晓宁", P), ("凤凰北街", L),
            ("三合苑小区", L), ("李庆华", P), ("兴庆区", L), ("文化街", L), ("天成社区", L), ("天成小区", L), ("浙江", L), ("陈喜庆", P),
            ("绿色、高端、和谐、宜居", S), ("银川都市圈", L), ("王志侠", P), ("贺兰山路", L), ("中国", L), ("深圳", L), ("李红霞", P), ("解放东路", L),
        ],
    },
    {
        "id": "tra-loc-03",
        "meta": {"source": "raw_news news_000.jsonl:3362 rmrb-20200105-04-02@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-01-05", "category": "local government", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 3362, "id": "rmrb-20200105-04-02@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1212]],
                     "sha1": "19c4fcf040401cbc30c1b72a8736cb1d39dd261f"},
        "ents": [
            ("湖北", L), ("丹江口市", L), ("彭太成", P), ("湖北省", L), ("牛河林业开发管理区", L), ("五谷庙村", L), ("丹江口水库", L), ("丹江", L),
            ("千岛画廊", L), ("丹江口大坝", L), ("彭家湾", L), ("魏家沟", L), ("十堰市", L), ("画廊人家", O), ("十堰市水利工程移民服务中心", O),
            ("丹江口", L), ("丹江口市环境监察大队", O), ("护水队", O), ("刘枝勇", P), ("三官殿办事处", L), ("库区综合执法领导小组", O),
        ],
    },
    {
        "id": "tra-loc-04",
        "meta": {"source": "raw_news news_000.jsonl:4540 rmrb-20200121-19-05@caspiankexin/people-daily-crawler-date, whole article",
                 "date": "2020-01-21", "category": "local government", "split": "train"},
        "text_ref": {"shard": "news_000.jsonl", "line": 4540, "id": "rmrb-20200121-19-05@caspiankexin/people-daily-crawler-date",
                     "segments": [[0, 1008]],
                     "sha1": "4738f565c792036de3b800c03d24d0a455208c60"},
        "ents": [
            ("重庆", L), ("城口县", L), ("高燕镇", L), ("红军村", L), ("红军", O), ("重庆两江新区产业发展集团", O), ("蒋云龙", P),
        ],
    },
]

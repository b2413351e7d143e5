"""Build data/gold/heldout_news.jsonl: a held-out gold set of real news text, annotated by hand.

Same format and method as build_gold.py (whose helpers it imports): each record lists its text
and its entities as ``(surface, label)`` or ``(surface, label, occurrences)``; offsets are
computed, never typed.  A surface is marked at every occurrence (or only at the listed 0-based
occurrence indices), longest surface first, and an occurrence that overlaps a longer span
already placed is dropped.

The texts here are paraphrases, written in our own words, of published reports (2021-2024):
no sentence is copied verbatim, but every annotated entity surface (names, bodies, places,
slogans) is kept exactly, with the same number of occurrences and a similar grammatical role.
See data/gold/HELDOUT.md for the sources and the annotation decisions. The set was annotated
by hand, without running the tagger on it.

Run:  python data/gold/build_heldout.py            (writes the jsonl, prints counts)
      python data/gold/build_heldout.py --review   (also prints every record with its spans)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout_news.jsonl"


def _load_build_gold():
    """build_gold.py is a script, not a package module: load it by path for its helpers."""
    spec = importlib.util.spec_from_file_location("build_gold", HERE / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_bg = _load_build_gold()
build_record = _bg.build_record

P, O, L, S = "PERSON", "ORG", "LOC", "SLOGAN"

RECORDS: list[dict] = [
    {
        "id": "ho-001",
        "meta": {"source": "paraphrased from https://freewechat.com/a/MzA5Mzk0OTQwMA==/2651077263/1 "
                           "(WeChat article, Guizhou provincial report: 省委召开全省领导干部会议 "
                           "传达学习贯彻习近平总书记重要讲话精神和全国两会精神), not verbatim; written from "
                           "paragraphs 1-2 and two sentences of paragraph 3",
                 "date": "2023-03-15", "genre": "provincial"},
        "text": (
            "3月15日，省委召集全省领导干部开会，传达习近平总书记全国两会期间所作重要讲话的精神，"
            "以及十四届全国人大一次会议和全国政协十四届一次会议的精神，并就全省如何抓好落实作出部署。"
            "会议由省委书记、省人大常委会主任徐麟主持，他首先传达了习近平总书记的重要讲话精神。"
            "随后，省委副书记、省长李炳军传达了王沪宁同志在贵州代表团参加审议时的讲话精神；"
            "省人大常委会党组书记、副主任陶长海就十四届全国人大一次会议精神作了传达；"
            "省政协主席赵永清则传达了全国政协十四届一次会议的精神。"
            "省委副书记、省委政法委书记时光辉和各位省委常委出席会议，省人大常委会、省政府以及省政协的领导班子及党组成员，"
            "省法院院长与省检察院检察长，省军区的有关负责同志，还有副省级以上的在职在编及已经离退休的老同志也到会。"
            "徐麟在讲话中说，今年全国两会是党的二十大以后的第一次两会，会议开得民主团结、求实奋进。"
            "他要求全省上下对“两个确立”的决定性意义领悟得更加深刻，更加坚定自觉地拥护“两个确立”，以忠诚的行动践行“两个维护”，"
            "把对总书记、对党中央的感恩之情，从情感上的认同进一步升华为政治上、思想上和理论上的认同，"
            "让“两个确立”、“两个维护”真正落到实际行动中、体现在工作成效里。"
        ),
        "ents": [
            ("省委", O), ("习近平", P), ("全国人大", O), ("全国政协", O), ("省人大常委会", O), ("省人大常委会党组", O),
            ("徐麟", P), ("李炳军", P), ("王沪宁", P), ("贵州代表团", O), ("陶长海", P), ("省政协", O), ("赵永清", P),
            ("省委政法委", O), ("时光辉", P), ("省政府", O), ("省法院", O), ("省检察院", O), ("省军区", O), ("两个确立", S),
            ("两个维护", S), ("党中央", O),
        ],
    },
    {
        "id": "ho-002",
        "meta": {"source": "paraphrased from https://xbzy.whcp.edu.cn/2024/1108/c1843a57027/page.htm "
                           "(Hubei provincial report reposted by Wuhan City Polytechnic: 省委常委会（扩大）会议举行 "
                           "传达学习习近平总书记考察湖北重要讲话精神), not verbatim; written from paragraphs 1-2 "
                           "and the first sentence of paragraph 3",
                 "date": "2024-11-07", "genre": "provincial"},
        "text": (
            "省委常委会于11月7日上午召开扩大会议，传达习近平总书记在湖北考察时发表的重要讲话精神，并研究我省的贯彻落实举措。"
            "会议由省委书记王蒙徽主持。他在会上要求，把习近平总书记在湖北考察期间的重要讲话精神学深悟透，振奋精神、奋发有为，"
            "既要有久久为功的韧劲，又要有善作善成的本领，力争在长江经济带的高质量发展中勇立潮头，"
            "加快把我省打造为中部地区崛起的重要战略支点，努力写好中国式现代化湖北篇章。"
            "会上，省委副书记、省长王忠林传达了习近平总书记在湖北考察时所作的重要讲话精神。"
            "省委副书记诸葛宇杰，省政协党组书记、主席孙伟，以及省人大常委会党组书记、常务副主任王艳玲也出席了会议。"
            "会议认为，当前全省上下正在全面学习、贯彻落实习近平新时代中国特色社会主义思想以及党的二十届三中全会精神，"
            "正是在这样的关键节点，习近平总书记亲自来到湖北考察，饱含着对湖北人民的深切牵挂、对湖北发展的关心厚爱，"
            "对湖北在全面建设社会主义现代化新征程上的发展具有里程碑式的重大意义。"
        ),
        "ents": [
            ("省委常委会", O), ("习近平", P), ("湖北", L), ("省委", O), ("王蒙徽", P), ("长江经济带", L), ("中部地区", L),
            ("中国式现代化", S), ("王忠林", P), ("省政协党组", O), ("孙伟", P), ("诸葛宇杰", P), ("省人大常委会党组", O),
            ("王艳玲", P), ("习近平新时代中国特色社会主义思想", S),
        ],
    },
    {
        "id": "ho-003",
        "meta": {"source": "paraphrased from http://iot.china.com.cn/content/2023-12/27/content_42652076.html "
                           "(中国网, 2023-12-27, author 筠连县委统战部: 筠连县举行2023年12月招商引资项目集中签约仪式), "
                           "not verbatim; two sentences of the speech paragraph and the closing "
                           "figures sentence left out",
                 "date": "2023-12-22", "genre": "county"},
        "text": (
            "筠连县2023年12月招商引资项目集中签约仪式于12月22日在县会议中心举办。"
            "县委书记石进、县政协主席周勇、县人大常委会主任雷敏到场出席，仪式由县委副书记李健主持。"
            "石进在致辞中代表县四家班子，向前来参加签约的各位嘉宾和朋友致以热烈欢迎和诚挚谢意。"
            "他介绍说，今年筠连县牢固树立“发展第一要务”，紧盯“全省抢前列、全市争一流”的目标，"
            "围绕“项目竞进年”这一主题，集中力量抓经济、抓建设、抓招商、抓发展，多项主要经济指标增速较快、位居全市前列；"
            "全县还在国家“国、省联创”营商环境标准化试点的考核验收中拿到96.5分的高分，顺利过关，"
            "让来投资筠连的企业家们能够切实做到“专心创业、放心投资、安心经营”。"
            "随后进行签约，由县委常委、常务副县长陈春代表县人民政府，同各企业代表逐一签署合作协议，到场的县领导一同见证。"
            "李健在仪式上宣布了为签约项目提供服务的产业专班和责任单位。"
            "作为签约企业的代表，东莞市蜀江新能源科技有限公司总经理曾伟在会上发言。"
            "据介绍，此次集中签约项目共4个，总金额达17.51亿元。"
        ),
        "ents": [
            ("筠连县", L), ("县会议中心", L), ("县委", O), ("石进", P), ("县人大常委会", O), ("雷敏", P), ("县政协", O),
            ("周勇", P), ("李健", P), ("发展第一要务", S), ("全省抢前列、全市争一流", S), ("项目竞进年", S), ("筠连", L),
            ("专心创业、放心投资、安心经营", S), ("陈春", P), ("县人民政府", O), ("东莞市蜀江新能源科技有限公司", O), ("曾伟", P),
        ],
    },
    {
        "id": "ho-004",
        "meta": {"source": "paraphrased from https://www.zhonglou.gov.cn/html/czzl/2022/IFIAPOCQ_1212/318544.html "
                           "(常州市钟楼区 government site: district standing committee visits four "
                           "subdistricts), not verbatim; written from paragraphs 1, 4 and 5",
                 "date": "2022-12-07", "genre": "district"},
        "text": (
            "区委常委会成员于12月7日下午一同到五星街道、永红街道、南大街街道和荷花池街道开展集体调研。"
            "区委书记沈东指出，四个板块是推进老城复兴的主战场，要相互联动、协同发力，彼此学习借鉴，为钟楼的经济发展多作贡献。"
            "对于明年的重点工作，沈东要求，四个板块要把学习宣传贯彻党的二十大精神作为首要任务，"
            "努力在推进中国式现代化的钟楼实践中交出一份城区答卷。"
            "各板块主要负责同志要按“五个牢牢把握”所提要求，对照党的二十大的重大部署以及省、市的相关要求逐项对标，"
            "紧扣区委区政府“四大功能区”建设等中心工作狠抓落实，以党的创新理论引领实践、促进发展；"
            "要始终聚焦发展目标，在全力建设“老城复兴样板区”的过程中展现担当。"
            "推进老城复兴，要在规划融入、区域联动和精品串联上下功夫，充分挖掘文旅资源，把点串成线、把珠串成链，"
            "使大运河钟楼段既有形态，又有亮点和故事。"
        ),
        "ents": [
            ("区委常委会", O), ("五星街道", L), ("永红街道", L), ("南大街街道", L), ("荷花池街道", L), ("区委", O),
            ("区政府", O), ("沈东", P), ("钟楼", L), ("中国式现代化", S), ("五个牢牢把握", S), ("四大功能区", S),
            ("老城复兴样板区", S), ("大运河", L),
        ],
    },
    {
        "id": "ho-005",
        "meta": {"source": "paraphrased from http://www.xyxc.com/2022-05/08/content_1380349.htm (莆田市秀屿区 "
                           "news site: district party secretary inspects 东峤镇), not verbatim; written "
                           "from the full report",
                 "date": "2022-05-07", "genre": "district"},
        "text": (
            "区委书记张伯松于5月7日下午前往东峤镇，就村级党建、乡村振兴、镇村常态化疫情防控、基层治理和经济发展等重点工作开展调研，"
            "区委常委、组织部长陈涛陪同。"
            "在东峤镇铁炉村，张伯松一行实地查看了村卫生所建设和疫情防控措施的落实情况，详细询问网格化基层治理以及村集体经济发展情况。"
            "之后，他在东峤镇主持座谈会，听取了镇村两级自换届以来的工作汇报，对已取得的阶段性成效给予充分肯定，并部署了下一步工作。"
            "张伯松指出，一要凝聚合力。"
            "东峤镇人口多、经济体量大，工作中困难多、挑战大，镇两委班子要团结一心、协作配合，"
            "合力解决安全生产、信访调解、社会稳定等方面的难题。二要打造名片。"
            "东峤镇红色文化资源独具特色，要把辖区内的红色文化阵地串联起来，推出红色精品线路，擦亮红廉文化名片，"
            "带动全镇旅游业进一步发展。三要谋划蓝图。"
            "东峤镇要积极融入发展大局，认真谋划发展路径，用好本地优势资源，以文化为抓手，引进企业、促进经济，"
            "共同描绘港兴业旺富美秀屿的新图景。"
        ),
        "ents": [
            ("区委", O), ("张伯松", P), ("东峤镇", L), ("乡村振兴", S), ("组织部", O), ("陈涛", P), ("铁炉村", L),
            ("港兴业旺富美秀屿", S),
        ],
    },
    {
        "id": "ho-006",
        "meta": {"source": "paraphrased from http://scfzyj.com/wqbg/2021-02-23/28626.html (town news: "
                           "武安镇召开镇村干部大会), not verbatim; written from paragraphs 1, 3 and 4",
                 "date": "2021-02-22", "genre": "village"},
        "text": (
            "武安镇于2月22日召开镇村干部大会，全体镇村干部到会，镇长何圣葆主持会议。"
            "何圣葆要求大家振奋精神，以新的面貌和积极向上的姿态投入2021年的各项工作。"
            "会上，他就安全生产、春耕生产、水费收缴、秸秆禁烧、环境整治、森林防火、农交安网格信息录入等工作逐项作了部署，"
            "要求镇村干部结合实际抓好落实。"
            "镇党委书记钟思翰指出，2021年是“十四五”的开局之年，全镇上下要大力弘扬为民服务孺子牛、创新发展拓荒牛、艰苦奋斗老黄牛“三牛”精神，"
            "着力提升生命力、创造力、凝聚力、向心力“四力”，按照青春武安立足近郊、服务城区、振兴乡村的发展定位，"
            "把武安建设成为康养产业的承接地、周末休闲的目的地、鲜活农产品的供应地和产业工人的输出地。"
        ),
        "ents": [
            ("武安镇", L), ("何圣葆", P), ("镇党委", O), ("钟思翰", P), ("十四五", S),
            ("为民服务孺子牛、创新发展拓荒牛、艰苦奋斗老黄牛", S), ("三牛", S), ("四力", S), ("青春武安", S), ("武安", L),
        ],
    },
    {
        "id": "ho-007",
        "meta": {"source": "paraphrased from http://www.tzzx.net/1/39525/2023/10/28198467.html (滕州 local "
                           "news: city committee for the next generation visits 北辛街道), not verbatim; "
                           "written from paragraphs 1 and 3 and the photo/text credit",
                 "date": "2023-10-11", "genre": "community"},
        "text": (
            "市关心下一代工作委员会常务副主任倪建刚一行于10月11日来到北辛街道调研，同行的有副主任、秘书长杨修常和市老干部服务中心主任张坤。"
            "陪同调研的有北辛街道人大工作室主任张志远、党工委委员（组织委员）兼武装部部长严敬以及相关工作岗位的负责同志。"
            "倪建刚表示，街道党群服务中心集党群活动、教育培训、资源整合和群众服务于一身，是强化城市基层治理的重要平台，"
            "让党员和群众出门不远就能找到组织、享受便捷服务。"
            "他提出，要进一步完善功能布局，围绕群众的微需求办好一批微项目，让党群服务体系更加立体、配套设施更加标准、惠民活动更加常态；"
            "党组织要当好“轴心”，通过组织搭台、民主议事、吹哨报到、多方联动，凝聚“党建+志愿”合力、"
            "推进“党建+民生”深度融合；要让大门常开、活动常办，让业务好办、群众常来，"
            "推动服务事项公开亮出、服务资源下沉一线、服务能量直达家门，用服务提升民生福祉、温暖群众人心。文/图：侯成柱"
        ),
        "ents": [
            ("市关心下一代工作委员会", O), ("倪建刚", P), ("杨修常", P), ("市老干部服务中心", O), ("张坤", P), ("北辛街道", L),
            ("北辛街道人大工作室", O), ("张志远", P), ("党工委", O), ("武装部", O), ("严敬", P), ("党建+志愿", S),
            ("党建+民生", S), ("侯成柱", P),
        ],
    },
    {
        "id": "ho-008",
        "meta": {"source": "paraphrased from http://zhld.com/szb/wbpc/col/202311/24/content_218998.html "
                           "(周口晚报, 2023-11-24, A02: 开在村委会里的表彰会), not verbatim; written from "
                           "the full report with byline",
                 "date": "2023-11-23", "genre": "village"},
        "text": (
            "本报讯（记者 陈永团）11月23日，冬日的阳光洒在淮阳区冯塘乡刘庄行政村，村委会的院子里人来人往，"
            "一场农村人居环境整治表彰会正在这里举行。周口日报社携手热心公益的王留长餐饮公司，为12位获奖群众送上奖品。"
            "在表彰会现场，周口日报社党委副书记、总编辑王健同村民们敞开心扉交流："
            "“农村人居环境整治不是哪一个人、哪一家的事，需要大家都参与进来，建设宜居乡村，人人都有责任……”"
            "村民们你一句我一句，纷纷为做好农村人居环境整治出主意、提建议，现场不时响起掌声，气氛十分融洽。"
            "王健还叮嘱驻村队员同村民一道，为“村整洁、户干净、人精神”目标的实现贡献周口报人的力量。"
            "这个村是周口日报社的帮扶村。这些年，刘庄行政村驻村工作队换了一批又一批队员，扎根农村、服务群众的初心却始终未改。"
            "尤其在推进农村人居环境整治的过程中，驻村工作队积极配合当地党委政府，狠抓乡风文明建设，营造了争先进位的良好工作氛围，"
            "为美丽乡村建设提供了实实在在的助力。"
        ),
        "ents": [
            ("陈永团", P), ("淮阳区", L), ("冯塘乡", L), ("刘庄行政村", L), ("村委会", O), ("周口日报社", O),
            ("王留长餐饮公司", O), ("周口日报社党委", O), ("王健", P), ("村整洁、户干净、人精神", S), ("周口", L),
            ("刘庄行政村驻村工作队", O), ("驻村工作队", O), ("美丽乡村", S),
        ],
    },
    {
        "id": "ho-009",
        "meta": {"source": "paraphrased from http://chengshi.smartjx.com/rd/2022/1031/253012213.html (mirror "
                           "of a Heilongjiang provincial daily report, 本报记者 杨桂华: a first secretary "
                           "explains the 20th Party Congress in a Tailai county village), not verbatim; "
                           "written from the byline, paragraphs 1-2, the first sentence of paragraph 3 "
                           "and the last paragraph",
                 "date": "2022-10-31", "genre": "village"},
        "text": (
            "本报记者 杨桂华 文/摄\n"
            "近日，在齐齐哈尔市泰来县和平镇建设村黄家围子屯村民唐洪波的家中，笑声和掌声此起彼伏。"
            "原来，省政协机关驻村第一书记、工作队队长赵大勇正在这里给乡亲们讲解党的二十大精神，不少村民闻讯赶来听讲。"
            "赵大勇向大家介绍，党的二十大报告对全面推进乡村振兴作出部署，提法从过去的“实施”变为如今的“全面推进”，"
            "而乡村振兴的成效也在逐步显现，已是推动高质量发展不可或缺的组成部分。"
            "“村里的地没变，人也没变，变的是思路和整合资源的办法，村集体因此找到了新的增长点。”赵大勇说，"
            "“我们和周边相邻的五个村搞党建联建，各展所长、抱团发展，形成了一个有336名党员、29.8万亩土地参与的致富联合体。”"
            "对村集体经济往哪儿发展，村党支部书记付玉华早已胸有成竹。"
            "唐洪波激动地表示：“现在党的惠民政策真好，今年村里家家户户都增了产、增了收，驻村工作队还来给我们讲党的二十大精神，"
            "全村人都要鼓足干劲，让乡村全面振兴起来，把幸福日子越过越好！”"
        ),
        "ents": [
            ("杨桂华", P), ("齐齐哈尔市", L), ("泰来县", L), ("和平镇", L), ("建设村", L), ("黄家围子屯", L), ("唐洪波", P),
            ("省政协机关", O), ("赵大勇", P), ("乡村振兴", S), ("村党支部", O), ("付玉华", P), ("驻村工作队", O),
            ("工作队", O, [0]),
        ],
    },
]


def main(argv: list[str]) -> int:
    return _bg.main(argv, RECORDS, OUT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Build data/gold/recent_news.jsonl from annotated records: offsets are computed, never typed.

Each record lists its text and its entities as ``(surface, label)`` or
``(surface, label, occurrences)``.  A surface is marked at every occurrence in the text
(or only at the listed 0-based occurrence indices), longest surface first, and an
occurrence that overlaps a longer span already placed is dropped (so 金山区 inside
金山区政府 is never marked twice).  ``block`` lists surfaces that claim their characters
without a label (e.g. an unquoted verb phrase that echoes a slogan).

Run:  python data/gold/build_gold.py            (writes the jsonl, prints counts)
      python data/gold/build_gold.py --review   (also prints every record with its spans)

Labels and boundaries follow the project's annotation guidelines (docs/annotation-guidelines.md in the
shared folder beside the repository); decisions on open cases are listed in data/gold/README.md.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent / "recent_news.jsonl"
LABELS = ("PERSON", "ORG", "LOC", "SLOGAN")

P, O, L, S = "PERSON", "ORG", "LOC", "SLOGAN"

RECORDS: list[dict] = [
    # ------------------------------------------------------------------ national
    {
        "id": "rn-001",
        "meta": {"source": "Xinhua, 2021-07-30, report on the Politburo meeting on the economy "
                           "(reconstructed from memory, not verbatim)",
                 "date": "2021-07-30", "genre": "national"},
        "text": (
            "新华社北京7月30日电 中共中央政治局7月30日召开会议，分析研究当前经济形势，部署下半年经济工作。"
            "中共中央总书记习近平主持会议。会议认为，今年以来，各地区各部门认真贯彻落实党中央、国务院决策部署，"
            "统筹疫情防控和经济社会发展，经济持续稳定恢复，就业形势总体稳定。会议强调，做好下半年经济工作，"
            "要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神，"
            "立足新发展阶段，贯彻新发展理念，构建新发展格局，坚持稳中求进工作总基调，以推动高质量发展为主题，"
            "以深化供给侧结构性改革为主线。会议指出，要统筹有序做好碳达峰、碳中和工作，尽快出台2030年前碳达峰行动方案，"
            "纠正运动式“减碳”。要做好“十四五”规划纲要重大项目的实施，抓紧做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作。"
            "会议要求，各级党委和政府要增强“四个意识”、坚定“四个自信”、做到“两个维护”，确保党中央决策部署落到实处。"
        ),
        "ents": [
            ("新华社", O), ("北京", L), ("中共中央政治局", O), ("中共中央", O), ("习近平", P),
            ("党中央", O), ("国务院", O),
            ("习近平新时代中国特色社会主义思想", S), ("新发展阶段", S), ("新发展理念", S),
            ("新发展格局", S), ("稳中求进工作总基调", S), ("供给侧结构性改革", S),
            ("碳达峰", S), ("碳中和", S), ("十四五", S),
            ("巩固拓展脱贫攻坚成果同乡村振兴有效衔接", S),
            ("四个意识", S), ("四个自信", S), ("两个维护", S),
        ],
    },
    {
        "id": "rn-002",
        "meta": {"source": "Xinhua, 2021-07-01, report on the ceremony marking the CPC centenary "
                           "(reconstructed from memory, not verbatim)",
                 "date": "2021-07-01", "genre": "national"},
        "text": (
            "新华社北京7月1日电 庆祝中国共产党成立100周年大会1日上午在北京天安门广场隆重举行。"
            "中共中央总书记、国家主席、中央军委主席习近平发表重要讲话。他代表党和人民庄严宣告，"
            "经过全党全国各族人民持续奋斗，我们实现了第一个百年奋斗目标，正在意气风发向着全面建成社会主义现代化强国的"
            "第二个百年奋斗目标迈进。李克强主持大会，栗战书、汪洋、王沪宁、赵乐际、韩正和王岐山等在主席台就座。"
            "习近平指出，一百年前，中国共产党的先驱们创建了中国共产党，形成了坚持真理、坚守理想，践行初心、担当使命，"
            "不怕牺牲、英勇斗争，对党忠诚、不负人民的伟大建党精神，这是中国共产党的精神之源。"
            "中华民族是世界上伟大的民族，有着5000多年源远流长的文明历史。习近平强调，全体中国共产党员要牢记初心使命，"
            "坚定理想信念，践行党的宗旨，永远保持同人民群众的血肉联系。中国人民也绝不允许任何外来势力欺负、压迫、奴役我们。"
            "大会在雄壮的《国际歌》声中结束。"
        ),
        "ents": [
            ("新华社", O), ("北京", L), ("中国共产党", O), ("天安门广场", L),
            ("中共中央", O), ("中央军委", O),
            ("习近平", P), ("李克强", P), ("栗战书", P), ("汪洋", P), ("王沪宁", P),
            ("赵乐际", P), ("韩正", P), ("王岐山", P),
            ("第一个百年奋斗目标", S), ("第二个百年奋斗目标", S),
            ("坚持真理、坚守理想，践行初心、担当使命，不怕牺牲、英勇斗争，对党忠诚、不负人民", S),
            ("伟大建党精神", S),
            ("中国", L),  # only in 中国人民 (the other occurrences are inside 中国共产党)
        ],
    },
    {
        "id": "rn-003",
        "meta": {"source": "Xinhua, 2024-03, report on a State Council executive meeting chaired by "
                           "Li Qiang on equipment renewal and trade-in (reconstructed from memory, "
                           "not verbatim)",
                 "date": "2024-03-01", "genre": "national"},
        "text": (
            "新华社北京3月1日电 国务院总理李强3月1日主持召开国务院常务会议，听取关于推动大规模设备更新和消费品以旧换新"
            "工作的汇报，研究进一步稳外贸稳外资有关举措。会议指出，推动新一轮大规模设备更新和消费品以旧换新，"
            "是以习近平同志为核心的党中央作出的重大决策部署。国家发展改革委、工业和信息化部、商务部等部门要加强协同，"
            "分行业分领域制定实施方案。会议强调，要深化“放管服”改革，持续打造市场化、法治化、国际化一流营商环境，"
            "集中力量攻克一批“卡脖子”关键核心技术，高质量共建“一带一路”。会议还研究了其他事项。"
        ),
        "ents": [
            ("新华社", O), ("北京", L), ("国务院", O), ("李强", P), ("习近平", P), ("党中央", O),
            ("国家发展改革委", O), ("工业和信息化部", O), ("商务部", O),
            ("放管服", S), ("一带一路", S),
        ],
    },
    {
        "id": "rn-004",
        "meta": {"source": "Xinhua, 2023-08-24, Foreign Ministry spokesperson on the Fukushima "
                           "discharge (reconstructed from memory, not verbatim)",
                 "date": "2023-08-24", "genre": "foreign affairs"},
        "text": (
            "新华社北京8月24日电 外交部发言人汪文斌24日表示，日本政府无视国际社会的强烈质疑和反对，"
            "单方面强行启动福岛核事故污染水排海，把风险转嫁给全世界，把伤痛延续给人类子孙后代。"
            "中方对此坚决反对和强烈谴责，已向日方提出严正交涉。汪文斌说，太平洋不是日本的下水道，"
            "国际原子能机构的评估报告也不能成为排海的“护身符”。中国海关总署当天宣布全面暂停进口原产地为日本的水产品。"
            "汪文斌表示，中方愿同各方一道，践行全球发展倡议、全球安全倡议，推动构建人类命运共同体。"
        ),
        "ents": [
            ("新华社", O), ("北京", L), ("外交部", O), ("汪文斌", P), ("日本政府", O), ("日本", L),
            ("福岛", L), ("太平洋", L), ("国际原子能机构", O), ("中国海关总署", O),
            ("全球发展倡议", S), ("全球安全倡议", S), ("人类命运共同体", S),
        ],
    },
    {
        "id": "rn-005",
        "meta": {"source": "Xinhua, 2023-04-06, Xi Jinping holds talks with Emmanuel Macron "
                           "(reconstructed from memory, not verbatim)",
                 "date": "2023-04-06", "genre": "foreign affairs"},
        "text": (
            "新华社北京4月6日电 4月6日下午，国家主席习近平在北京人民大会堂同正在中国进行国事访问的法国总统马克龙举行会谈。"
            "习近平指出，中国和法国都是具有独立自主传统的大国，中方愿同法方一道，践行真正的多边主义。"
            "马克龙表示，法方坚持一个中国政策，愿同中方加强在航空、农业、民用核能等领域合作。"
            "会谈后，两国元首共同见证签署农业、科技、航空、文化等领域双边合作文件。"
            "欧盟委员会主席冯德莱恩当天也在北京同中方举行会晤。王毅等参加上述活动。"
        ),
        "ents": [
            ("新华社", O), ("北京", L), ("人民大会堂", L), ("习近平", P), ("中国", L), ("法国", L),
            ("马克龙", P), ("一个中国政策", S), ("欧盟委员会", O), ("冯德莱恩", P), ("王毅", P),
        ],
    },
    {
        "id": "rn-006",
        "meta": {"source": "Xinhua, 2023-03-05, opening of the 1st session of the 14th NPC "
                           "(reconstructed from memory, not verbatim)",
                 "date": "2023-03-05", "genre": "national"},
        "text": (
            "新华社北京3月5日电 第十四届全国人民代表大会第一次会议5日上午在人民大会堂开幕。"
            "国务院总理李克强作政府工作报告。报告回顾过去五年工作时说，我们坚持以习近平新时代中国特色社会主义思想为指导，"
            "发展全过程人民民主，统筹推进疫情防控和经济社会发展。报告提出，今年要在以习近平同志为核心的党中央坚强领导下，"
            "以中国式现代化推进强国建设，加快建设现代化产业体系，有序推进“双碳”工作。"
            "习近平、李强、赵乐际、王沪宁、韩正、蔡奇、丁薛祥、李希等在主席台就座。"
        ),
        "ents": [
            ("新华社", O), ("北京", L), ("全国人民代表大会", O), ("人民大会堂", L), ("国务院", O),
            ("李克强", P), ("习近平新时代中国特色社会主义思想", S), ("全过程人民民主", S),
            ("习近平", P), ("党中央", O), ("中国式现代化", S), ("双碳", S),
            ("李强", P), ("赵乐际", P), ("王沪宁", P), ("韩正", P), ("蔡奇", P), ("丁薛祥", P), ("李希", P),
        ],
    },
    {
        "id": "rn-007",
        "meta": {"source": "Xinhua, 2023-04-03, work conference on the thematic education campaign "
                           "(reconstructed from memory, not verbatim)",
                 "date": "2023-04-03", "genre": "national"},
        "text": (
            "新华社北京4月3日电 学习贯彻习近平新时代中国特色社会主义思想主题教育工作会议3日在京召开。"
            "中共中央总书记、国家主席、中央军委主席习近平出席会议并发表重要讲话。他强调，这次主题教育的总要求是"
            "“学思想、强党性、重实践、建新功”，要以学铸魂、以学增智、以学正风、以学促干。蔡奇主持会议。"
            "会议强调，要锲而不舍落实中央八项规定精神，坚持全面从严治党，严格落实“三会一课”等党内政治生活制度。"
            "中央主题教育领导小组成员，各省区市和新疆生产建设兵团党政主要负责同志等参加会议。"
        ),
        "ents": [
            ("新华社", O), ("北京", L), ("京", L, [1]),
            ("学习贯彻习近平新时代中国特色社会主义思想主题教育", S),
            ("中共中央", O), ("中央军委", O), ("习近平", P),
            ("学思想、强党性、重实践、建新功", S), ("蔡奇", P), ("中央八项规定精神", S),
            ("全面从严治党", S), ("三会一课", S), ("中央主题教育领导小组", O), ("新疆生产建设兵团", O),
        ],
        # 以学铸魂、以学增智、以学正风、以学促干: an unquoted verb phrase that echoes the formula.
        "block": ["以学铸魂、以学增智、以学正风、以学促干"],
    },
    # ------------------------------------------------------------------ Shanghai city
    {
        "id": "rn-008",
        "meta": {"source": "Jiefang Daily, 2023-11-04, city leaders inspect CIIE service "
                           "support (written in the style of the report, from memory)",
                 "date": "2023-11-04", "genre": "municipal"},
        "text": (
            "本报讯（记者 王海燕 陈抒怡）第六届中国国际进口博览会开幕在即。11月3日下午，市委书记陈吉宁，"
            "市委副书记、市长龚正来到国家会展中心和虹桥国际中央商务区，实地检查进博会城市服务保障工作。"
            "陈吉宁指出，要深入学习贯彻习近平总书记关于进博会“越办越好”的重要指示精神，"
            "全力以赴做好安保、交通、防疫、接待等各项服务保障。龚正要求，市公安局、市交通委、市卫生健康委等部门要加强协同，"
            "用好“一网统管”平台，放大进博会溢出效应，更好服务构建新发展格局。市领导诸葛宇杰、华源参加检查。"
        ),
        "ents": [
            ("王海燕", P), ("陈抒怡", P), ("中国", L), ("市委", O), ("陈吉宁", P), ("龚正", P),
            ("国家会展中心", L), ("虹桥国际中央商务区", L), ("习近平", P),
            ("市公安局", O), ("市交通委", O), ("市卫生健康委", O), ("一网统管", S),
            ("新发展格局", S), ("诸葛宇杰", P), ("华源", P),
        ],
    },
    {
        "id": "rn-009",
        "meta": {"source": "Xinhua / Pudong Times, 2021-07-15, release of the opinions on building "
                           "Pudong into a pioneer area (written in the style of the reports, from memory)",
                 "date": "2021-07-15", "genre": "municipal"},
        "text": (
            "新华社上海7月15日电 《中共中央 国务院关于支持浦东新区高水平改革开放打造社会主义现代化建设引领区的意见》"
            "15日对外发布。意见提出，到2035年，浦东现代化城区全面建成。浦东新区区委书记翁建林表示，"
            "浦东将牢记使命、勇当标杆，聚焦集成电路、生物医药、人工智能“三大先导产业”，以张江科学城、临港新片区、"
            "陆家嘴金融城为主要承载区，当好更高水平改革开放的开路先锋。记者了解到，中芯国际、华虹半导体等一批龙头企业"
            "已在张江集聚，复旦大学、上海科技大学为区域输送了大量科技人才。"
        ),
        "ents": [
            ("新华社", O), ("上海", L), ("中共中央", O), ("国务院", O), ("浦东新区", L),
            ("社会主义现代化建设引领区", S), ("浦东", L), ("浦东新区区委", O), ("翁建林", P),
            ("三大先导产业", S), ("张江科学城", L), ("临港新片区", L), ("陆家嘴金融城", L),
            ("中芯国际", O), ("华虹半导体", O), ("张江", L), ("复旦大学", O), ("上海科技大学", O),
        ],
    },
    # ------------------------------------------------------------------ Jinshan district
    {
        "id": "rn-010",
        "meta": {"source": "Jinshan Daily (金山报), 2021-08, district party standing committee "
                           "meeting (written in the style of the paper, from memory; names invented)",
                 "date": "2021-08-16", "genre": "district"},
        "text": (
            "本报讯（记者 朱伟 通讯员 陆敏）8月16日，区委常委会召开会议，传达学习习近平总书记在庆祝中国共产党成立100周年"
            "大会上的重要讲话精神和市委全会精神，研究部署我区贯彻落实工作。区委书记沈国强主持会议并讲话。"
            "会议指出，全区各级党组织要把学习宣传贯彻“七一”重要讲话精神作为当前和今后一个时期的首要政治任务，"
            "与深入开展党史学习教育结合起来，弘扬伟大建党精神，不断增强“四个意识”、坚定“四个自信”、做到“两个维护”。"
            "会议强调，要坚持以人民为中心，扎实推进“我为群众办实事”实践活动，聚焦“上海湾区”城市品牌建设，"
            "加快金山第二工业区、碳谷绿湾产业园转型升级。要防止党建和业务工作“两张皮”，"
            "把学习成效转化为推动金山高质量发展的实际行动。区委副书记、区长顾文杰，区人大常委会主任钱建华，"
            "区政协主席姚丽萍出席会议。区委办、区府办相关负责人列席会议。"
        ),
        "ents": [
            ("朱伟", P), ("陆敏", P), ("区委常委会", O), ("习近平", P), ("中国共产党", O), ("市委", O),
            ("区委", O), ("沈国强", P), ("党史学习教育", S), ("伟大建党精神", S),
            ("四个意识", S), ("四个自信", S), ("两个维护", S), ("以人民为中心", S),
            ("我为群众办实事", S), ("上海湾区", S), ("金山第二工业区", L), ("碳谷绿湾产业园", L),
            ("金山", L), ("顾文杰", P), ("区人大常委会", O), ("钱建华", P), ("区政协", O),
            ("姚丽萍", P), ("区委办", O), ("区府办", O),
        ],
    },
    {
        "id": "rn-011",
        "meta": {"source": "Jinshan Daily (金山报), 2023-03, district head visits enterprises "
                           "(written in the style of the paper, from memory; names invented)",
                 "date": "2023-03-09", "genre": "district"},
        "text": (
            "本报讯（记者 张骏 摄影 徐程）3月9日，区委副书记、区长顾文杰带队走访调研金山工业区、漕泾镇部分重点企业，"
            "现场推进招商引资和重大项目建设。在上海赛科石油化工有限责任公司，顾文杰详细了解企业生产经营和新项目进展。"
            "在位于漕泾镇的上海化学工业区，他察看了巴斯夫新材料项目建设现场。顾文杰强调，要坚决落实区委区政府部署，"
            "各部门要当好服务企业的“店小二”，主动靠前、精准服务，全力打造“金山服务”品牌，加快构建“3+2+X”现代产业体系，"
            "在碳达峰碳中和背景下推动化工产业绿色转型。区委常委、副区长陈立民，区经委、区投资促进办公室、"
            "金山工业区管委会负责人参加调研。"
        ),
        "ents": [
            ("张骏", P), ("徐程", P), ("区委", O), ("顾文杰", P), ("金山工业区", L), ("漕泾镇", L),
            ("上海赛科石油化工有限责任公司", O), ("上海化学工业区", L), ("巴斯夫", O),
            ("区政府", O), ("金山服务", S), ("3+2+X", S), ("碳达峰", S), ("碳中和", S),
            ("陈立民", P), ("区经委", O), ("区投资促进办公室", O), ("金山工业区管委会", O),
        ],
    },
    {
        "id": "rn-012",
        "meta": {"source": "Jinshan Daily (金山报), 2021-03, district mobilisation meeting for Party "
                           "history education (written in the style of the paper, from memory; names invented)",
                 "date": "2021-03-05", "genre": "district"},
        "text": (
            "本报讯（记者 郑斌 通讯员 孙颖）3月5日，金山区党史学习教育动员大会召开。区委书记沈国强作动员讲话。"
            "他指出，开展党史学习教育，是以习近平同志为核心的党中央立足党的百年历史新起点、统筹中华民族伟大复兴战略全局"
            "和世界百年未有之大变局作出的重大决策。沈国强要求，全区各级党组织要按照“学党史、悟思想、办实事、开新局”的要求，"
            "深入学习“四史”，努力做到“学史明理、学史增信、学史崇德、学史力行”，巩固拓展“不忘初心、牢记使命”主题教育成果，"
            "教育引导党员干部不忘初心、牢记使命，以优异成绩迎接建党100周年。会上，区委常委、组织部部长周立新宣读了"
            "《金山区党史学习教育实施方案》。区委党史学习教育领导小组各成员单位主要负责同志，"
            "各街镇（工业区）党（工）委书记参加会议。"
        ),
        "ents": [
            ("郑斌", P), ("孙颖", P), ("金山区", L), ("党史学习教育", S), ("区委", O), ("沈国强", P),
            ("习近平", P), ("党中央", O), ("中华民族伟大复兴战略全局", S), ("世界百年未有之大变局", S),
            ("学党史、悟思想、办实事、开新局", S), ("四史", S),
            ("学史明理、学史增信、学史崇德、学史力行", S),
            ("不忘初心、牢记使命", S, [0]), ("组织部", O), ("周立新", P),
            ("区委党史学习教育领导小组", O),
        ],
        # second 不忘初心、牢记使命 is an unquoted verb phrase in running text: not a SLOGAN
        "block": [("不忘初心、牢记使命", [1])],
    },
    {
        "id": "rn-013",
        "meta": {"source": "Jinshan Daily (金山报), 2022-04, a residential compound during the "
                           "Shanghai lockdown (written in the style of the paper, from memory; names invented)",
                 "date": "2022-04-12", "genre": "community"},
        "text": (
            "本报讯（记者 吴霞 通讯员 叶倩）“阿姨，您家的核酸检测还没做，我们上门来采样。”4月12日上午，"
            "石化街道蒙山居民区党总支书记杨秀芳带着志愿者逐户敲门。疫情发生以来，蒙山居民区严格落实“外防输入、内防反弹”"
            "总策略，坚持“动态清零”总方针不动摇，落实“四早”要求，做到应检尽检、不漏一户。居委会联合石化街道社区卫生服务中心"
            "组建党员突击队，为独居老人、孕产妇等重点人群建立需求清单。居民张建国主动报名当上了楼组长，"
            "每天在小区门口帮忙分发保供物资。“大家齐心协力，就一定能早日战胜疫情。”张建国说。"
            "街道党工委书记孙丽华表示，石化街道将持续开展“我为群众办实事”实践活动，"
            "把党组织的战斗堡垒作用发挥在疫情防控第一线。"
        ),
        "ents": [
            ("吴霞", P), ("叶倩", P), ("石化街道", L), ("蒙山居民区党总支", O), ("杨秀芳", P),
            ("蒙山居民区", L), ("外防输入、内防反弹", S), ("动态清零", S), ("四早", S),
            ("居委会", O), ("石化街道社区卫生服务中心", O), ("张建国", P), ("街道党工委", O),
            ("孙丽华", P), ("我为群众办实事", S),
        ],
    },
    {
        "id": "rn-014",
        "meta": {"source": "Jinshan Daily (金山报), 2022, a rural revitalisation model village "
                           "(written in the style of the paper, from memory; names invented)",
                 "date": "2022-06-20", "genre": "village"},
        "text": (
            "本报讯（记者 陈晨 通讯员 王佳）走进廊下镇中华村，白墙黛瓦的农家小院错落有致，村中河道旁的“共享菜园”里瓜果飘香。"
            "作为上海市第二批乡村振兴示范村，中华村以党建引领乡村振兴，探索“村企结对”新模式，与光明食品集团合作发展特色农业。"
            "村党总支书记沈雪明介绍，村里通过宅基地有偿退出、集中归并，腾出建设用地用于发展农文旅项目，"
            "2021年村级经营性收入突破500万元。“以前年轻人都往城里跑，现在不少人回村开民宿、做电商。”村民王秀英笑着说。"
            "廊下镇党委书记许伟强表示，将深化“三园”工程，把中华村打造成为宜居宜业和美乡村的样板。"
        ),
        "ents": [
            ("陈晨", P), ("王佳", P), ("廊下镇", L), ("中华村", L), ("上海市", L), ("乡村振兴", S),
            ("村企结对", S), ("光明食品集团", O), ("村党总支", O), ("沈雪明", P), ("王秀英", P),
            ("廊下镇党委", O), ("许伟强", P), ("三园", S), ("宜居宜业和美乡村", S),
        ],
    },
    {
        "id": "rn-015",
        "meta": {"source": "Jinshan Daily (金山报), 2023-09, district signs a medical partnership "
                           "(written in the style of the paper, from memory; names invented)",
                 "date": "2023-09-26", "genre": "district"},
        "text": (
            "本报讯（记者 黄艳 通讯员 杨颖）9月26日，金山区政府与复旦大学附属中山医院签约，共建区域医疗中心。"
            "根据协议，中山医院将在心血管、肿瘤等学科向复旦大学附属金山医院派驻专家团队，金山区中心医院、亭林医院等区属医院"
            "也将纳入合作网络，让金山居民在家门口就能享受优质医疗服务。副区长刘芳出席签约仪式。去年以来，"
            "我区深入推进“健康金山”建设，新建改建朱泾、枫泾等5家社区卫生服务中心，家庭医生签约覆盖率达到42%。"
            "区卫生健康委主任郁晓峰表示，将以优质资源下沉为抓手，推动分级诊疗制度落地见效。"
        ),
        "ents": [
            ("黄艳", P), ("杨颖", P), ("金山区政府", O), ("复旦大学附属中山医院", O), ("中山医院", O),
            ("复旦大学附属金山医院", O), ("金山区中心医院", O), ("亭林医院", O), ("金山", L),
            ("刘芳", P), ("健康金山", S), ("朱泾", L), ("枫泾", L), ("区卫生健康委", O),
            ("郁晓峰", P), ("分级诊疗制度", S),
        ],
    },
    {
        "id": "rn-016",
        "meta": {"source": "Jinshan Daily (金山报), 2020-11, local firms at the 3rd CIIE "
                           "(written in the style of the paper, from memory; names invented)",
                 "date": "2020-11-10", "genre": "district"},
        "text": (
            "本报讯（记者 何欣 通讯员 冯晓）第三届进博会期间，金山区组织120余家企业组团参会，现场达成意向采购金额超过3亿元。"
            "“我们今年第三次来进博会，签下了两台进口智能装备。”上海金发科技发展有限公司采购负责人李海涛说。"
            "在疫情防控常态化背景下，区商务委严格落实各项防疫要求，所有参会人员持核酸阴性证明入场。"
            "区商务委主任曹建峰表示，将放大进博会“6天+365天”溢出效应，依托枫泾镇、金山新城等载体，"
            "推动更多展品变商品、展商变投资商。本次组团活动由区商务委、区工商联和上海市外商投资协会联合组织。"
        ),
        "ents": [
            ("何欣", P), ("冯晓", P), ("金山区", L), ("上海金发科技发展有限公司", O), ("李海涛", P),
            ("区商务委", O), ("曹建峰", P), ("6天+365天", S), ("枫泾镇", L), ("金山新城", L),
            ("区工商联", O), ("上海市外商投资协会", O),
        ],
    },
    # ------------------------------------------------------------------ other districts
    {
        "id": "rn-017",
        "meta": {"source": "Songjiang Daily (松江报), 2022-11, G60 Science and Innovation Corridor "
                           "matchmaking conference (written in the style of the paper, from memory; names invented)",
                 "date": "2022-11-08", "genre": "district"},
        "text": (
            "本报讯（记者 李宝花 通讯员 沈晓燕）11月8日，2022长三角G60科创走廊高质量发展要素对接大会在松江举行。"
            "区委书记何建新在致辞中表示，松江将深入贯彻长三角一体化发展国家战略，坚定不移走“科创+产业”道路，"
            "加快打造“6+X”战略性新兴产业集群。近年来，松江区累计引进集成电路、生物医药等领域重大产业项目200余个，"
            "位于九亭镇的九科绿洲、松江综合保税区持续释放创新活力。会上，上海工程技术大学、东华大学与"
            "长三角G60科创走廊联席会议办公室签署产学研合作协议，中国商飞上海飞机设计研究院等12家单位获颁“G60科创之星”。"
            "区委副书记、区长张晓东，区委常委、常务副区长王晨参加活动。"
        ),
        "ents": [
            ("李宝花", P), ("沈晓燕", P), ("长三角G60科创走廊", L), ("松江", L), ("区委", O),
            ("何建新", P), ("长三角一体化发展国家战略", S), ("科创+产业", S), ("6+X", S),
            ("松江区", L), ("九亭镇", L), ("九科绿洲", L), ("松江综合保税区", L),
            ("上海工程技术大学", O), ("东华大学", O), ("长三角G60科创走廊联席会议办公室", O),
            ("中国商飞上海飞机设计研究院", O), ("张晓东", P), ("王晨", P),
        ],
    },
    # ------------------------------------------------------------------ other provinces
    {
        "id": "rn-018",
        "meta": {"source": "Zhejiang Daily, 2021-07, 9th plenary session of the 14th Zhejiang "
                           "provincial party committee on common prosperity (reconstructed from memory, not verbatim)",
                 "date": "2021-07-20", "genre": "provincial"},
        "text": (
            "据浙江日报报道 7月19日至20日，中共浙江省委十四届九次全体（扩大）会议在杭州召开，审议通过"
            "《浙江高质量发展建设共同富裕示范区实施方案（2021—2025年）》。省委书记袁家军作报告，"
            "省委副书记、省长郑栅洁就实施方案作说明。全会强调，要坚持以“八八战略”为统领，忠实践行“绿水青山就是金山银山”理念，"
            "深化“最多跑一次”改革，努力建设“重要窗口”。全会提出，要迭代深化“千万工程”，缩小城乡区域发展差距和收入分配差距，"
            "到2025年推动共同富裕示范区建设取得明显实质性进展。全会号召，全省各级党组织和广大党员干部要坚定扛起“三个地”的"
            "政治责任，为实现共同富裕先行探路。"
        ),
        "ents": [
            ("浙江日报", O), ("中共浙江省委", O), ("杭州", L), ("浙江", L), ("共同富裕示范区", S),
            ("省委", O), ("袁家军", P), ("郑栅洁", P), ("八八战略", S), ("绿水青山就是金山银山", S),
            ("最多跑一次", S), ("重要窗口", S), ("千万工程", S), ("三个地", S), ("共同富裕", S),
        ],
    },
    {
        "id": "rn-019",
        "meta": {"source": "Zhejiang Daily, 2023, feature on Yucun village, Anji county "
                           "(written in the style of such features, from memory; village officials invented)",
                 "date": "2023-03-15", "genre": "village"},
        "text": (
            "本报记者 李月红 通讯员 潘洁\n"
            "初春时节，湖州市安吉县天荒坪镇余村漫山翠竹。2005年8月15日，时任浙江省委书记习近平在这里首次提出"
            "“绿水青山就是金山银山”的重要理念。十多年来，余村关停矿山和水泥厂，发展乡村旅游，村集体经济收入从2005年的"
            "91万元增至2022年的1305万元，并入选文旅部公布的首批全国乡村旅游重点村名录。"
            "“过去靠山吃山，炸山开矿；现在卖的是风景。”村党支部书记俞小平说。今年，余村发布“全球合伙人”招募计划，"
            "吸引了一批青年人才回乡创业。安吉县委负责人表示，将持续深化“两山”转化，打造乡村振兴的县域样板，"
            "让群众在共同富裕路上一个都不掉队。"
        ),
        "ents": [
            ("李月红", P), ("潘洁", P), ("湖州市", L), ("安吉县", L), ("天荒坪镇", L), ("余村", L),
            ("浙江省委", O), ("习近平", P), ("绿水青山就是金山银山", S), ("文旅部", O),
            ("村党支部", O), ("俞小平", P), ("安吉县委", O), ("两山", S), ("乡村振兴", S),
            ("共同富裕", S),
        ],
    },
    {
        "id": "rn-020",
        "meta": {"source": "Nanfang Daily, 2022-12, 2nd plenary session of the 13th Guangdong "
                           "provincial party committee on the 百千万 project (reconstructed from memory, "
                           "not verbatim; day of month approximate)",
                 "date": "2022-12-08", "genre": "provincial"},
        "text": (
            "南方日报讯（记者 黄叙浩 岳宗）12月8日，广东省委十三届二次全会在广州召开。省委书记黄坤明代表省委常委会作报告，"
            "省委副书记、省长王伟中出席会议。全会审议通过《中共广东省委关于实施“百县千镇万村高质量发展工程”"
            "促进城乡区域协调发展的决定》。全会强调，要深入贯彻落实省第十三次党代会部署，坚持“制造业当家”，"
            "锚定“走在前列”总目标，以“百千万工程”为抓手，把县域作为城乡融合发展的重要切入点，推动粤港澳大湾区建设和"
            "“双区”驱动效应持续释放，举全省之力推进横琴粤澳深度合作区、前海深港现代服务业合作区建设。"
        ),
        "ents": [
            ("南方日报", O), ("黄叙浩", P), ("岳宗", P), ("广东省委", O), ("广州", L), ("省委", O),
            ("黄坤明", P), ("省委常委会", O), ("王伟中", P), ("中共广东省委", O),
            ("百县千镇万村高质量发展工程", S), ("制造业当家", S), ("走在前列", S), ("百千万工程", S),
            ("粤港澳大湾区", L), ("双区", S), ("横琴粤澳深度合作区", L), ("前海深港现代服务业合作区", L),
        ],
    },
    {
        "id": "rn-021",
        "meta": {"source": "Kunshan Daily, 2019, county-level river chief system meeting "
                           "(written in the style of the paper, from memory; names invented)",
                 "date": "2019-04-18", "genre": "county"},
        "text": (
            "本报讯（记者 陈明 通讯员 顾嘉怡）近日，昆山市召开全面推行河长制湖长制工作推进会。"
            "市委书记（兼市级总河长）钱振华在会上要求，各级河长要扛起治水主体责任，落实“一河一策”，"
            "推动河长制从“有名”向“有实”转变。今年以来，昆山市持续推进吴淞江、娄江综合整治，淀山湖水质稳定向好，"
            "千灯镇、周庄镇等地完成黑臭水体整治36条。市水务局负责人介绍，全市已建立市、镇、村三级河长体系，"
            "聘请“民间河长”120名。会议指出，要坚持“生态优先、绿色发展”，主动对接长三角生态绿色一体化发展示范区建设，"
            "让昆山重现“水清岸绿、鱼翔浅底”的美景。"
        ),
        "ents": [
            ("陈明", P), ("顾嘉怡", P), ("昆山市", L), ("河长制", S), ("湖长制", S), ("市委", O),
            ("钱振华", P), ("一河一策", S), ("吴淞江", L), ("娄江", L), ("淀山湖", L), ("千灯镇", L),
            ("周庄镇", L), ("市水务局", O), ("生态优先、绿色发展", S),
            ("长三角生态绿色一体化发展示范区", L), ("昆山", L),
        ],
    },
    # ------------------------------------------------------------------ more Shanghai districts
    {
        "id": "rn-022",
        "meta": {"source": "Jiefang Daily / Yangpu Times, 2020-11, first anniversary of the "
                           "'people's city' concept at the Yangpu riverside (written in the style of "
                           "the reports, from memory; district officials and residents invented)",
                 "date": "2020-11-02", "genre": "district"},
        "text": (
            "本报讯（记者 周楠 通讯员 方菁）11月2日是习近平总书记考察杨浦滨江、提出“人民城市人民建，人民城市为人民”"
            "重要理念一周年。当天上午，杨浦区在杨浦滨江召开专题推进会。区委书记郑华明介绍，一年来，杨浦区以“人民城市”"
            "理念为引领，贯通滨江公共空间15.5公里，建成“15分钟社区生活圈”示范点20个，完成老旧小区加装电梯168台。"
            "在定海路街道，居民李桂英家楼下新开了长者食堂，“吃饭不用再跑远路了”。“一网通办”“一网统管”向街道、居民区延伸，"
            "杨浦区还与复旦大学、同济大学共建“大学校区、科技园区、公共社区”三区联动创新生态。区委副书记、区长王建平出席活动。"
        ),
        "ents": [
            ("周楠", P), ("方菁", P), ("习近平", P), ("杨浦滨江", L),
            ("人民城市人民建，人民城市为人民", S), ("杨浦区", L), ("区委", O), ("郑华明", P),
            ("人民城市", S), ("15分钟社区生活圈", S), ("定海路街道", L), ("李桂英", P),
            ("一网通办", S), ("一网统管", S), ("复旦大学", O), ("同济大学", O),
            ("大学校区、科技园区、公共社区", S), ("三区联动", S), ("王建平", P),
        ],
    },
    {
        "id": "rn-023",
        "meta": {"source": "Jinshan Daily (金山报), 2022-05, youth league theme day at a school "
                           "(written in the style of the paper, from memory; names invented)",
                 "date": "2022-05-04", "genre": "community"},
        "text": (
            "本报讯（记者 孙燕 通讯员 赵磊）5月4日，共青团金山区委在华东师范大学第三附属中学举行"
            "“喜迎二十大、永远跟党走、奋进新征程”主题团日活动。团区委书记邵佳怡为新团员佩戴团徽，带领大家重温入团誓词。"
            "活动中，同学们围绕“强国有我”青年誓言开展分享交流，区退役军人事务局干部和枫泾镇新义村的老党员代表讲述了红色故事。"
            "邵佳怡表示，团区委将深化“青年大学习”行动，引导全区青少年坚定不移听党话、跟党走，"
            "在全面建设社会主义现代化国家新征程上贡献青春力量。"
        ),
        "ents": [
            ("孙燕", P), ("赵磊", P), ("共青团金山区委", O), ("华东师范大学第三附属中学", O),
            ("喜迎二十大、永远跟党走、奋进新征程", S), ("团区委", O), ("邵佳怡", P),
            ("强国有我", S), ("区退役军人事务局", O), ("枫泾镇", L), ("新义村", L),
            ("青年大学习", S),
        ],
    },
]


def _occurrences(text: str, surface: str) -> list[int]:
    """All start offsets of surface in text (overlapping occurrences included)."""
    starts, i = [], text.find(surface)
    while i != -1:
        starts.append(i)
        i = text.find(surface, i + 1)
    return starts


def _entries(rec: dict):
    for ent in rec["ents"]:
        surface, label = ent[0], ent[1]
        occ = ent[2] if len(ent) > 2 else None
        yield surface, label, occ
    for blk in rec.get("block", []):
        if isinstance(blk, str):
            yield blk, None, None
        else:
            yield blk[0], None, blk[1]


def build_record(rec: dict) -> tuple[dict, list[str]]:
    """Place spans longest-first without overlap; return the gold record and warnings."""
    text, warnings = rec["text"], []
    cands = []
    for surface, label, occ in _entries(rec):
        starts = _occurrences(text, surface)
        if not starts:
            raise SystemExit(f"{rec['id']}: surface {surface!r} not found in text")
        if occ is not None:
            starts = [starts[k] for k in occ]
        cands += [(s, s + len(surface), label, surface) for s in starts]
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = [None] * len(text)
    placed = []
    for start, end, label, surface in cands:
        if any(t is not None for t in taken[start:end]):
            continue
        for k in range(start, end):
            taken[k] = surface
        placed.append((start, end, label, surface))
    labelled = {(s, l) for s, l, _ in _entries(rec) if l}
    for surface, label in labelled:
        if not any(p[3] == surface and p[2] == label for p in placed):
            warnings.append(f"{rec['id']}: {surface}/{label} listed but never placed")
    spans = [{"start": s, "end": e, "label": l, "text": t}
             for s, e, l, t in sorted(placed) if l is not None]
    gold = {"id": rec["id"], "text": text, "spans": spans, "meta": rec["meta"]}
    return gold, warnings


def cross_check(golds: list[dict], records: list[dict] | None = None) -> list[str]:
    """Flag occurrences of any annotated surface (from any record) left unannotated."""
    records = RECORDS if records is None else records
    lexicon = {(sp["text"], sp["label"]) for g in golds for sp in g["spans"]}
    out = []
    for g in golds:
        rec = next(r for r in records if r["id"] == g["id"])
        blocked = set()
        for surface, label, occ in _entries(rec):
            if label is None:
                starts = _occurrences(g["text"], surface)
                if occ is not None:
                    starts = [starts[k] for k in occ]
                for s in starts:
                    blocked.update(range(s, s + len(surface)))
        covered = set(blocked)
        for sp in g["spans"]:
            covered.update(range(sp["start"], sp["end"]))
        for surface, label in sorted(lexicon):
            if len(surface) < 2:
                continue
            for s in _occurrences(g["text"], surface):
                if not covered.intersection(range(s, s + len(surface))):
                    ctx = g["text"][max(0, s - 8): s + len(surface) + 8]
                    out.append(f"{g['id']}: unannotated {surface}/{label} at {s}: …{ctx}…")
    return out


def render(g: dict) -> str:
    """The text with [surface|LABEL] markup, for reviewing the annotation by eye."""
    text, pieces, pos = g["text"], [], 0
    for sp in g["spans"]:
        pieces.append(text[pos:sp["start"]])
        pieces.append(f"[{sp['text']}|{sp['label'][0]}]")
        pos = sp["end"]
    pieces.append(text[pos:])
    return "".join(pieces)


def main(argv: list[str], records: list[dict] | None = None, out: Path = OUT) -> int:
    """Build ``records`` (default: this file's) into ``out``; print counts and warnings."""
    records = RECORDS if records is None else records
    golds, warnings = [], []
    for rec in records:
        gold, warn = build_record(rec)
        golds.append(gold)
        warnings += warn
    warnings += cross_check(golds, records)
    with out.open("w", encoding="utf-8") as fh:
        for g in golds:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    counts = Counter(sp["label"] for g in golds for sp in g["spans"])
    distinct = {lab: len({sp["text"] for g in golds for sp in g["spans"] if sp["label"] == lab})
                for lab in LABELS}
    chars = sum(len(g["text"]) for g in golds)
    if "--review" in argv:
        for g in golds:
            print(f"== {g['id']}\n{render(g)}\n")
    for w in warnings:
        print("WARNING", w)
    print(f"records={len(golds)} chars={chars} spans={sum(counts.values())} "
          + " ".join(f"{lab}={counts[lab]}" for lab in LABELS))
    print("distinct surfaces: " + " ".join(f"{lab}={distinct[lab]}" for lab in LABELS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

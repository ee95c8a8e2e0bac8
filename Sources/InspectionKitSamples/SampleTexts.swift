import InspectionKit
/// Word lists and templates for realistic zh-Hans sample data.
enum SampleTexts {
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").map(String.init)
    static let givenChars = Array("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰文辉海燕鹏飞宇浩然晓东春梅秋菊俊峰立新德福永胜卫东光荣嘉怡思源雅琴佳欣子涵").map(String.init)
    static let placeNames = ["青溪", "石桥", "柳河", "白沙", "龙泉", "桃源", "金山", "长岭", "双河", "枫林", "云台", "清水", "马鞍", "新丰", "凤鸣", "黄田",
                             "大坪", "安乐", "永兴", "花园", "梅岭", "杨柳", "东湖", "西岗", "南塘", "北坡", "上坝", "下湾", "高峰", "沙坪", "槐树", "荷塘",
                             "古城", "新桥", "太平", "和平", "红星", "光明", "兴隆", "五里"]
    static let departments = ["区财政局", "区教育局", "区卫生健康局", "区民政局", "区住房和城乡建设局", "区农业农村局", "区人力资源和社会保障局",
                              "区自然资源局", "区交通运输局", "区水利局", "区市场监督管理局", "区医疗保障局", "区应急管理局", "区文化和旅游局",
                              "区生态环境局", "区统计局", "区商务局", "区城市管理局"]
    static let enterprises = ["区城市建设投资集团有限公司", "区水务有限公司", "区国有资产经营有限公司"]
    static let schools = ["区第一中学", "区实验小学", "区职业技术学校", "区第二中学"]
    static let hospitals = ["区人民医院", "区中医院", "区妇幼保健院"]
    static let organs = ["区纪委监委机关", "区委组织部", "区审计局", "区委巡察工作领导小组办公室", "区委政法委员会", "区司法局"]
    static let ranks = ["正科级", "副科级", "一级主任科员", "二级主任科员", "四级主任科员", "一级科员"]
    static let villagePosts = ["党支部书记", "村委会主任", "村务监督委员会主任", "村文书", "报账员"]
    static let townshipPosts = ["党委书记", "镇长", "党委副书记", "纪委书记", "财政所所长", "民政办主任"]

    /// A finding template: taxonomy leaf, title and manifestation with placeholders, and its basis: {org} the organization, {n} a
    /// count, {k} a second count no larger than {n}, {yuan} an amount in yuan, {wan} an amount in ten-thousands of yuan, {year} last year.
    struct FindingTemplate {
        let category: String
        let title: String
        let manifestation: String
        let qualification: String
        let basis: String
        let responsibility: ResponsibilityType
        let forVillages: Bool
    }

    static let findings: [FindingTemplate] = [
        .init(category: "1.4.1", title: "低保对象动态管理不到位",
              manifestation: "{org}低保对象动态管理不到位，{n}名已死亡人员仍在领取低保金，累计发放{yuan}元。",
              qualification: "虚报冒领、侵害群众利益", basis: "《社会救助暂行办法》第十一条", responsibility: .direct, forVillages: true),
        .init(category: "2.4.3", title: "优亲厚友违规纳入低保",
              manifestation: "{org}将{n}名村干部近亲属违规纳入低保，涉及资金{yuan}元。",
              qualification: "优亲厚友", basis: "《中国共产党纪律处分条例》第一百二十二条", responsibility: .direct, forVillages: true),
        .init(category: "2.4.1", title: "集体资金资产管理混乱",
              manifestation: "{org}集体资产租赁合同{n}份未经民主程序，{yuan}元租金未入账。",
              qualification: "侵占集体资金资产", basis: "《村集体经济组织财务制度》", responsibility: .principal, forVillages: true),
        .init(category: "2.4.5", title: "村级集体经济发展乏力",
              manifestation: "{org}集体经营性收入连续{n}年低于5万元，集体经济项目{yuan}元投资闲置。",
              qualification: "集体经济管理混乱", basis: "区委关于发展壮大村级集体经济的实施意见", responsibility: .principal, forVillages: true),
        .init(category: "3.3.1", title: "“三会一课”制度落实不到位",
              manifestation: "{org}{year}年支部委员会会议记录缺失{n}次，党课仅开展{k}次。",
              qualification: "基层党组织建设弱化", basis: "《中国共产党支部工作条例（试行）》第十五条", responsibility: .principal, forVillages: true),
        .init(category: "3.3.3", title: "党费收缴管理不规范",
              manifestation: "{org}{n}名党员党费未按标准足额交纳，少交党费{yuan}元。",
              qualification: "党费收缴不规范", basis: "《关于中国共产党党费收缴、使用和管理的规定》", responsibility: .direct, forVillages: true),
        .init(category: "2.3.1", title: "形式主义问题突出",
              manifestation: "{org}{year}年印发文件{n}件，其中{k}件照搬照抄上级文件，以文件落实文件。",
              qualification: "形式主义", basis: "中央八项规定及其实施细则精神", responsibility: .mainLeadership, forVillages: false),
        .init(category: "2.3.4", title: "违规使用公务用车",
              manifestation: "{org}公务用车{n}次节假日私用，产生费用{yuan}元。",
              qualification: "违反中央八项规定精神", basis: "《党政机关公务用车管理办法》", responsibility: .direct, forVillages: false),
        .init(category: "2.3.3", title: "违规公务接待",
              manifestation: "{org}{year}年{n}次公务接待无公函、超标准，涉及金额{yuan}元。",
              qualification: "违反中央八项规定精神", basis: "《党政机关国内公务接待管理规定》", responsibility: .direct, forVillages: false),
        .init(category: "2.3.5", title: "违规发放津贴补贴",
              manifestation: "{org}以加班费名义违规发放津贴补贴{n}人次，共计{yuan}元。",
              qualification: "违反廉洁纪律", basis: "《中国共产党纪律处分条例》第一百零四条", responsibility: .mainLeadership, forVillages: false),
        .init(category: "3.1.2", title: "“三重一大”决策不规范",
              manifestation: "{org}{n}项重大事项未经集体研究即决定，涉及资金{wan}万元。",
              qualification: "违反民主集中制", basis: "《中国共产党党内监督条例》", responsibility: .mainLeadership, forVillages: false),
        .init(category: "3.2.1", title: "选人用人程序不规范",
              manifestation: "{org}{n}名干部选拔任用未按规定开展考察，{k}份干部档案材料缺失。",
              qualification: "选人用人不规范", basis: "《党政领导干部选拔任用工作条例》", responsibility: .mainLeadership, forVillages: false),
        .init(category: "1.1.1", title: "“第一议题”制度落实不到位",
              manifestation: "{org}{year}年党委（党组）会议“第一议题”学习仅{n}次，{k}次以传达代替研讨。",
              qualification: "政治理论武装不到位", basis: "《中国共产党党委（党组）理论学习中心组学习规则》", responsibility: .principal, forVillages: false),
        .init(category: "1.3.1", title: "重大决策部署落实打折扣",
              manifestation: "{org}承担的{n}项重点任务进度滞后，{wan}万元专项资金未按期拨付。",
              qualification: "政治担当不够", basis: "区委重大决策部署督查办法", responsibility: .mainLeadership, forVillages: false),
        .init(category: "2.1.1", title: "主体责任落实不力",
              manifestation: "{org}党委（党组）{year}年专题研究全面从严治党仅{n}次，责任清单{k}项未落实。",
              qualification: "管党治党主体责任缺失", basis: "《党委（党组）落实全面从严治党主体责任规定》", responsibility: .firstResponsible, forVillages: false),
        .init(category: "4.1.1", title: "上轮巡察反馈问题整改不到位",
              manifestation: "{org}上轮巡察反馈的{n}个问题中{k}个仍未整改到位。",
              qualification: "整改不力", basis: "《关于加强巡视整改和成果运用的意见》", responsibility: .principal, forVillages: false),
        .init(category: "4.2.1", title: "审计发现问题整改不到位",
              manifestation: "{org}审计指出的{n}个问题未整改，涉及资金{wan}万元。",
              qualification: "整改不力", basis: "《中华人民共和国审计法》第五十二条", responsibility: .principal, forVillages: false),
        .init(category: "1.4.4", title: "农村危房改造补助发放不规范",
              manifestation: "{org}{n}户不符合条件对象领取危房改造补助，共计{yuan}元。",
              qualification: "虚报冒领", basis: "《农村危房改造补助资金管理办法》", responsibility: .direct, forVillages: true),
    ]

    static let leadSummaries = [
        "反映其在{org}工程项目发包中收受施工方好处费。",
        "反映其利用职务便利为亲属违规办理低保。",
        "反映其长期违规借用下属单位公车。",
        "反映其在干部选拔中打招呼、违规插手。",
        "反映其虚列支出套取集体资金。",
    ]

    static let petitions = [
        "反映{org}村干部优亲厚友，将不符合条件的亲属纳入低保。",
        "反映{org}征地补偿款发放不公开、不透明。",
        "反映{org}公车私用，节假日常见公车停在餐馆门口。",
        "反映{org}集体鱼塘承包未公开招标。",
        "反映邻县某企业拖欠工资问题。",
    ]
}

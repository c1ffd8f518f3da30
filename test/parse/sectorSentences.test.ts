import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { toFullWidth } from "../helpers/fullWidth.js";

/**
 * Sentences in the style of reports from sectors and places the corpus does not hold (公安, 市场监管,
 * 生态环境, 税务, 人社, 交通运输, 应急管理, a county, a district and towns; Yunnan, Gansu, Inner Mongolia,
 * Ningxia, Hainan, Qinghai, Fujian, Hebei, Shanxi, Xinjiang, Jiangxi, Guizhou, Zhejiang, Shaanxi, Hunan),
 * each figure checked by hand: [number, value, unit, indicator, year]. The year is the figure's own
 * when the text names another than the report's (2023), else null. An indicator is null where the
 * catalog has none for what is counted (结案, 移送, 满意率 …), for the level a change starts from with
 * no year named, for a change (同比增长), for a breakdown's part (其中) and for these, not read yet:
 * 办理环境违法案件186起, 审查行政规范性文件8件. Each is read the
 * same with ASCII punctuation and with the full-width punctuation of published pages.
 */
const cases: readonly (readonly [string, string, readonly (readonly [string, string, string, string | null, number | null])[]])[] = [
  ["贵阳市公安局2023年法治政府建设年度报告", "全年共受理行政案件2.35万起,查处行政案件2.1万起,行政拘留3200人,罚款1560.8万元。", [
    ["2.35万起","23500","起",null,null],
    ["2.1万起","21000","起","enforcement.penaltyCases",null],
    ["3200人","3200","人",null,null],
    ["1560.8万元","15608000","元","enforcement.fineAmount",null],
  ]],
  ["贵阳市公安局2023年法治政府建设年度报告", "全年办理行政复议案件12件,行政诉讼案件5件,无败诉案件。民警参加执法资格考试通过率达98.5%。", [
    ["12件","12","件","reconsideration.cases",null],
    ["5件","5","件","litigation.cases",null],
    ["无败诉案件","0","件","litigation.lost",null],
    ["98.5%","98.5","%",null,null],
  ]],
  ["昆明市市场监督管理局2023年法治政府建设年度报告", "全年立案查处各类违法案件1,286件,结案1,102件,罚没款2,345.6万元,移送司法机关18件。", [
    ["1,286件","1286","件","enforcement.penaltyCases",null],
    ["1,102件","1102","件",null,null],
    ["2,345.6万元","23456000","元","enforcement.confiscationAmount",null],
    ["18件","18","件",null,null],
  ]],
  ["昆明市市场监督管理局2023年法治政府建设年度报告", "开展“双随机、一公开”抽查326次,抽查市场主体4,512户,抽查结果公示率100%。", [
    ["326次","326","次","enforcement.randomInspections",null],
    ["4,512户","4512","户","enforcement.randomInspectionSubjects",null],
    ["100%","100","%","disclosure.inspectionPublicityRate",null],
  ]],
  ["兰州市生态环境局2023年法治政府建设年度报告", "全年下达行政处罚决定书156份,罚款金额1,023.45万元,查封扣押23起,移送公安机关行政拘留案件7起。", [
    ["156份","156","份","enforcement.penaltyCases",null],
    ["1,023.45万元","10234500","元","enforcement.fineAmount",null],
    ["23起","23","起","enforcement.coerciveMeasures",null],
    ["7起","7","起",null,null],
  ]],
  ["兰州市生态环境局2023年法治政府建设年度报告", "办理人大代表建议15件、政协委员提案22件,办结率100%,满意率98%。", [
    ["15件","15","件","oversight.proposalsHandled",null],
    ["22件","22","件","oversight.proposalsHandled",null],
    ["100%","100","%","oversight.proposalCompletionRate",null],
    ["98%","98","%",null,null],
  ]],
  ["国家税务总局呼和浩特市税务局2023年法治政府建设年度报告", "全年办理税务行政处罚案件2,156件,其中简易程序案件1,890件,罚款412.3万元。", [
    ["2,156件","2156","件","enforcement.penaltyCases",null],
    ["1,890件","1890","件",null,null],
    ["412.3万元","4123000","元","enforcement.fineAmount",null],
  ]],
  ["国家税务总局呼和浩特市税务局2023年法治政府建设年度报告", "受理税务行政复议申请9件,审结8件,纠错率11.1%。", [
    ["9件","9","件","reconsideration.cases",null],
    ["8件","8","件",null,null],
    ["11.1%","11.1","%","reconsideration.correctionRate",null],
  ]],
  ["银川市人力资源和社会保障局2023年法治政府建设年度报告", "全年受理劳动保障监察投诉举报案件856件,结案率99.2%,为2.3万名劳动者追发工资待遇3.12亿元。", [
    ["856件","856","件","oversight.complaintsReceived",null],
    ["99.2%","99.2","%",null,null],
    ["2.3万名","23000","名",null,null],
    ["3.12亿元","312000000","元",null,null],
  ]],
  ["银川市人力资源和社会保障局2023年法治政府建设年度报告", "全年组织执法人员培训4期,培训执法人员320人次,持证率100%。", [
    ["4期","4","期","leadership.lawTrainingSessions",null],
    ["320人次","320","人次","enforcement.officersTrained",null],
    ["100%","100","%","enforcement.certificationRate",null],
  ]],
  ["海口市交通运输局2023年法治政府建设年度报告", "全年查处各类交通运输违法案件3,215件,罚款386.7万元;查处超限超载车辆1,024台次。", [
    ["3,215件","3215","件","enforcement.penaltyCases",null],
    ["386.7万元","3867000","元","enforcement.fineAmount",null],
    ["1,024台次","1024","台次","transport.overloadVehiclesHandled",null],
  ]],
  ["海口市交通运输局2023年法治政府建设年度报告", "12328热线受理群众诉求5,632件,即时答复率96.5%,办结率100%。", [
    ["5,632件","5632","件",null,null],
    ["96.5%","96.5","%","oversight.hotlineResponseRate",null],
    ["100%","100","%",null,null],
  ]],
  ["西宁市应急管理局2023年法治政府建设年度报告", "全年检查生产经营单位1,856家次,发现并督促整改隐患6,723项,立案处罚82起,罚款298.5万元。", [
    ["1,856家次","1856","家次",null,null],
    ["6,723项","6723","项",null,null],
    ["82起","82","起","enforcement.penaltyCases",null],
    ["298.5万元","2985000","元","enforcement.fineAmount",null],
  ]],
  ["西宁市应急管理局2023年法治政府建设年度报告", "组建应急救援队伍36支,开展应急演练120场次。", [
    ["36支","36","支","emergency.rescueTeams",null],
    ["120场次","120","场次",null,null],
  ]],
  ["德钦县人民政府2023年法治政府建设年度报告", "全县行政机关负责人出庭应诉率达100%,行政复议案件由2022年的6件下降到4件。", [
    ["100%","100","%","litigation.headAppearanceRate",null],
    ["6件","6","件","reconsideration.cases",2022],
    ["4件","4","件","reconsideration.cases",null],
  ]],
  ["德钦县人民政府2023年法治政府建设年度报告", "全年审查行政规范性文件8件,合法性审查率100%,清理规范性文件42件,废止5件。", [
    ["8件","8","件",null,null],
    ["100%","100","%","decisions.legalityReviewRate",null],
    ["42件","42","件",null,null],
    ["5件","5","件","normative.documentsRepealed",null],
  ]],
  ["德钦县人民政府2023年法治政府建设年度报告", "政务服务事项网上可办率达98.6%,全县1,203项政务服务事项实现“一网通办”。", [
    ["98.6%","98.6","%","services.onlineRate",null],
    ["1,203项","1203","项","services.items",null],
  ]],
  ["松山湖镇人民政府2023年法治政府建设工作报告", "全镇调解矛盾纠纷236件,调解成功率98.3%,排查矛盾纠纷312件。", [
    ["236件","236","件","mediation.cases",null],
    ["98.3%","98.3","%","mediation.successRate",null],
    ["312件","312","件","mediation.disputesScreened",null],
  ]],
  ["松山湖镇人民政府2023年法治政府建设工作报告", "开展法治宣传活动45场次,发放宣传资料1.2万份,受教育群众3万余人次。", [
    ["45场次","45","场次",null,null],
    ["1.2万份","12000","份",null,null],
    ["3万余人次","30000","人次",null,null],
  ]],
  ["长沙市岳麓区人民政府2023年法治政府建设年度报告", "区政府共收到行政复议申请87件,受理79件,审结75件,纠错率8%;行政应诉案件62件,败诉3件,败诉率4.8%。", [
    ["87件","87","件","reconsideration.cases",null],
    ["79件","79","件",null,null],
    ["75件","75","件",null,null],
    ["8%","8","%","reconsideration.correctionRate",null],
    ["62件","62","件","litigation.cases",null],
    ["3件","3","件","litigation.lost",null],
    ["4.8%","4.8","%","litigation.lossRate",null],
  ]],
  ["福州市市场监督管理局2023年法治政府建设年度报告", "全年共办理行政处罚案件2,318件,较上年同比下降12.5%;罚没款金额3,456.78万元,同比增长8.2%。", [
    ["2,318件","2318","件","enforcement.penaltyCases",null],
    ["12.5%","12.5","%",null,null],
    ["3,456.78万元","34567800","元","enforcement.confiscationAmount",null],
    ["8.2%","8.2","%",null,null],
  ]],
  ["福州市市场监督管理局2023年法治政府建设年度报告", "行政处罚案件数量由上年的2,650件下降至2,318件,罚没款由3,195万元增加到3,456.78万元。", [
    ["2,650件","2650","件","enforcement.penaltyCases",2022],
    ["2,318件","2318","件","enforcement.penaltyCases",null],
    ["3,195万元","31950000","元",null,null],
    ["3,456.78万元","34567800","元","enforcement.confiscationAmount",null],
  ]],
  ["石家庄市公安局2023年法治政府建设年度报告", "(一)执法数据。全年共查处治安案件1.2万起,行政拘留2,356人,罚款865万元;受理行政复议申请15件,办结15件,维持率86.7%。", [
    ["1.2万起","12000","起","enforcement.penaltyCases",null],
    ["2,356人","2356","人",null,null],
    ["865万元","8650000","元","enforcement.fineAmount",null],
    ["15件","15","件","reconsideration.cases",null],
    ["15件","15","件",null,null],
    ["86.7%","86.7","%",null,null],
  ]],
  ["石家庄市公安局2023年法治政府建设年度报告", "2024年,我局将力争行政复议纠错率控制在5%以内,行政诉讼败诉率不超过3%。", [
    ["5%","5","%","reconsideration.correctionRate",2024],
    ["3%","3","%","litigation.lossRate",2024],
  ]],
  ["太原市生态环境局2023年法治政府建设年度报告", "全年共出动执法人员8,650人次,检查企业3,210家,办理环境违法案件186起,罚款1,325.6万元;按日连续处罚2件,查封扣押31件,移送行政拘留12起。", [
    ["8,650人次","8650","人次","transport.enforcementDeployments",null],
    ["3,210家","3210","家",null,null],
    ["186起","186","起",null,null],
    ["1,325.6万元","13256000","元","enforcement.fineAmount",null],
    ["2件","2","件",null,null],
    ["31件","31","件","enforcement.coerciveMeasures",null],
    ["12起","12","起",null,null],
  ]],
  ["哈密市交通运输局2023年法治政府建设年度报告", "全年路政巡查里程12.6万公里,查处超限超载车辆856台次,卸载货物1.2万吨,罚款128万元。", [
    ["12.6万公里","126000","公里",null,null],
    ["856台次","856","台次","transport.overloadVehiclesHandled",null],
    ["1.2万吨","12000","吨",null,null],
    ["128万元","1280000","元","enforcement.fineAmount",null],
  ]],
  ["赣州市人力资源和社会保障局2023年法治政府建设年度报告", "办理劳动人事争议仲裁案件3,256件,结案率98.6%,调解成功率67.3%;处理劳动保障监察举报投诉1,124件。", [
    ["3,256件","3256","件",null,null],
    ["98.6%","98.6","%",null,null],
    ["67.3%","67.3","%","mediation.successRate",null],
    ["1,124件","1124","件",null,null],
  ]],
  ["铜仁市应急管理局2023年法治政府建设年度报告", "全年执法检查企业1,268家次,查处各类安全生产违法行为2,345项,行政处罚156起,罚款金额486.3万元,其中对个人处罚23起。", [
    ["1,268家次","1268","家次",null,null],
    ["2,345项","2345","项",null,null],
    ["156起","156","起","enforcement.penaltyCases",null],
    ["486.3万元","4863000","元","enforcement.fineAmount",null],
    ["23起","23","起",null,null],
  ]],
  ["铜仁市碧江区人民政府2023年法治政府建设年度报告", "区政府常务会议学法12次,组织领导干部旁听庭审4次,参训干部620人次;区政府聘请法律顾问3名,全区45个部门聘请法律顾问。", [
    ["12次","12","次",null,null],
    ["4次","4","次",null,null],
    ["620人次","620","人次",null,null],
    ["3名","3","名",null,null],
    ["45个","45","个","decisions.legalAdviserUnits",null],
  ]],
  ["铜仁市碧江区人民政府2023年法治政府建设年度报告", "全年区政府作为被告的行政诉讼案件28件,审结24件,败诉2件,败诉率8.3%;负责人出庭应诉26件,出庭率92.9%。", [
    ["28件","28","件","litigation.cases",null],
    ["24件","24","件",null,null],
    ["2件","2","件","litigation.lost",null],
    ["8.3%","8.3","%","litigation.lossRate",null],
    ["26件","26","件","litigation.headAppearances",null],
    ["92.9%","92.9","%","litigation.headAppearanceRate",null],
  ]],
  ["桐乡市乌镇镇人民政府2023年法治政府建设年度报告", "2023年,我镇共受理行政执法事项1,256件,作出行政处罚决定342件,罚款金额86.5万元;化解矛盾纠纷158件,化解率97.5%。", [
    ["1,256件","1256","件",null,null],
    ["342件","342","件","enforcement.penaltyCases",null],
    ["86.5万元","865000","元","enforcement.fineAmount",null],
    ["158件","158","件","mediation.disputesResolved",null],
    ["97.5%","97.5","%",null,null],
  ]],
  ["桐乡市乌镇镇人民政府2023年法治政府建设年度报告", "“八五”普法以来,累计开展法治讲座36场,培育“法律明白人”128名。", [
    ["36场","36","场",null,null],
    ["128名","128","名",null,null],
  ]],
  ["渭南市临渭区人民政府2023年法治政府建设年度报告", "近三年来,全区共办理行政复议案件215件,其中2023年办理82件。", [
    ["三年","3","年",null,null],
    ["215件","215","件","reconsideration.cases",null],
    ["82件","82","件",null,null],
  ]],
  ["大理州市场监督管理局2023年法治政府建设年度报告", "全年受理投诉举报12,356件,办结12,102件,为消费者挽回经济损失865.3万元;抽检食品3,200批次,合格率97.8%。", [
    ["12,356件","12356","件","oversight.complaintsReceived",null],
    ["12,102件","12102","件","oversight.complaintsResolved",null],
    ["865.3万元","8653000","元",null,null],
    ["3,200批次","3200","批次",null,null],
    ["97.8%","97.8","%",null,null],
  ]],
  ["大理州市场监督管理局2023年法治政府建设年度报告", "全面推行“首违不罚”,纳入包容免罚清单事项56项,全年对412家市场主体免予处罚。", [
    ["56项","56","项","enforcement.lenientListItems",null],
    ["412家","412","家",null,null],
  ]],
  ["鄂尔多斯市生态环境局2023年法治政府建设年度报告", "全年共作出行政处罚决定68件(其中按日连续处罚1件),罚没款合计2,136.5万元,较2022年减少18.6%。", [
    ["68件","68","件","enforcement.penaltyCases",null],
    ["1件","1","件",null,null],
    ["2,136.5万元","21365000","元","enforcement.confiscationAmount",null],
    ["18.6%","18.6","%",null,null],
  ]],
  ["鄂尔多斯市生态环境局2023年法治政府建设年度报告", "行政执法公示率100%,执法全过程记录率100%,重大执法决定法制审核率100%。", [
    ["100%","100","%","disclosure.enforcementPublicityRate",null],
    ["100%","100","%",null,null],
    ["100%","100","%",null,null],
  ]],
  ["伊犁州税务局2023年法治政府建设年度报告", "全年累计为纳税人减税降费及退税缓费27.6亿元,办理出口退税1.35万笔。", [
    ["27.6亿元","2760000000","元",null,null],
    ["1.35万笔","13500","笔",null,null],
  ]],
  ["台州市黄岩区人力资源和社会保障局2023年法治政府建设年度报告", "全年办理劳动保障监察案件312件,追讨欠薪3,526万元,涉及劳动者2,148人;劳动人事争议仲裁结案率96.7%。", [
    ["312件","312","件",null,null],
    ["3,526万元","35260000","元",null,null],
    ["2,148人","2148","人",null,null],
    ["96.7%","96.7","%",null,null],
  ]],
  ["台州市黄岩区交通运输局2023年法治政府建设年度报告", "全年共办理交通运输行政许可事项8,562件,网上办理率达99.3%;查处非法营运车辆236辆,罚款236.4万元。", [
    ["8,562件","8562","件","licensing.decisions",null],
    ["99.3%","99.3","%",null,null],
    ["236辆","236","辆",null,null],
    ["236.4万元","2364000","元","enforcement.fineAmount",null],
  ]],
  ["台州市黄岩区交通运输局2023年法治政府建设年度报告", "2024年,我局将力争执法案卷优良率达到95%以上,行政执法人员培训不少于40学时。", [
    ["95%","95","%",null,2024],
    ["40学时","40","学时",null,2024],
  ]],
  ["安顺市应急管理局2023年法治政府建设年度报告", "全年开展执法检查1,025次,检查企业986家,查处隐患3,542条,实施行政处罚112次,罚款金额318.6万元,责令停产停业整顿7家。", [
    ["1,025次","1025","次","enforcement.inspections",null],
    ["986家","986","家",null,null],
    ["3,542条","3542","条",null,null],
    ["112次","112","次","enforcement.penaltyCases",null],
    ["318.6万元","3186000","元","enforcement.fineAmount",null],
    ["7家","7","家",null,null],
  ]],
  ["安顺市西秀区人民政府2023年法治政府建设年度报告", "全区2023年共收到行政复议申请43件,依法受理38件,不予受理5件;审结35件,其中维持24件,撤销3件,确认违法2件,驳回6件,直接纠错率14.3%。", [
    ["43件","43","件","reconsideration.cases",null],
    ["38件","38","件",null,null],
    ["5件","5","件",null,null],
    ["35件","35","件",null,null],
    ["24件","24","件",null,null],
    ["3件","3","件",null,null],
    ["2件","2","件",null,null],
    ["6件","6","件",null,null],
    ["14.3%","14.3","%","reconsideration.correctionRate",null],
  ]],
  ["安顺市西秀区人民政府2023年法治政府建设年度报告", "全区行政机关负责人出庭应诉46件次,出庭率100%;生效行政裁判履行率100%;司法建议、检察建议回复整改率100%。", [
    ["46件次","46","件次","litigation.headAppearances",null],
    ["100%","100","%","litigation.headAppearanceRate",null],
    ["100%","100","%","litigation.judgmentComplianceRate",null],
    ["100%","100","%","litigation.suggestionRectificationRate",null],
  ]],
  ["安顺市西秀区七眼桥镇人民政府2023年法治政府建设年度报告", "全镇排查化解矛盾纠纷128件,化解率98.4%;开展法治宣传24场次,覆盖群众5,600余人次;聘请法律顾问1名。", [
    ["128件","128","件","mediation.disputesResolved",null],
    ["98.4%","98.4","%",null,null],
    ["24场次","24","场次",null,null],
    ["5,600余人次","5600","人次",null,null],
    ["1名","1","名",null,null],
  ]],
  ["安顺市西秀区七眼桥镇人民政府2023年法治政府建设年度报告", "镇综合行政执法队全年办理行政处罚案件42件,罚款金额12.8万元,较上年的9.6万元增长33.3%。", [
    ["42件","42","件","enforcement.penaltyCases",null],
    ["12.8万元","128000","元","enforcement.fineAmount",null],
    ["9.6万元","96000","元","enforcement.fineAmount",2022],
    ["33.3%","33.3","%",null,null],
  ]],
  ["岳阳市市场监督管理局2023年法治政府建设年度报告", "全年开展食品安全监督抽检3,560批次,检查食品生产经营户1.2万户次,开展执法检查46件次。", [
    ["3,560批次","3560","批次",null,null],
    ["1.2万户次","12000","户次",null,null],
    ["46件次","46","件次",null,null],
  ]],
  ["三亚市农业农村局2023年法治政府建设年度报告", "全年检查渔船1,200艘次,查处违法违规案件36起,罚款18.5万元。", [
    ["1,200艘次","1200","艘次",null,null],
    ["36起","36","起","enforcement.penaltyCases",null],
    ["18.5万元","185000","元","enforcement.fineAmount",null],
  ]],
  ["国家税务总局包头市税务局2023年法治政府建设年度报告", "全市税务系统2022年共办理税务行政处罚案件1,856件,罚款326.4万元。", [
    ["1,856件","1856","件","enforcement.penaltyCases",2022],
    ["326.4万元","3264000","元","enforcement.fineAmount",2022],
  ]],
  ["赣州市南康区唐江镇人民政府2023年法治政府建设年度报告", "我镇2022年度排查化解矛盾纠纷96件,化解率97.9%。", [
    ["96件","96","件","mediation.disputesResolved",2022],
    ["97.9%","97.9","%",null,2022],
  ]],
  ["渭南市生态环境局2023年法治政府建设年度报告", "我局自2021年起累计查处环境违法案件320起;全县各级行政机关2022年3月至12月共办理行政应诉案件31件。", [
    ["320起","320","起","enforcement.penaltyCases",null],
    ["31件","31","件","litigation.cases",null],
  ]],
  ["曲靖市公安局2023年法治政府建设年度报告", "全年受理行政复议申请27件,较2022年的19件增长42.1%;行政诉讼败诉率为3.8%,较上年的6.2%下降2.4个百分点。", [
    ["27件","27","件","reconsideration.cases",null],
    ["19件","19","件","reconsideration.cases",2022],
    ["42.1%","42.1","%",null,null],
    ["3.8%","3.8","%","litigation.lossRate",null],
    ["6.2%","6.2","%","litigation.lossRate",2022],
    ["2.4个百分点","2.4","百分点",null,null],
  ]],
  ["石家庄市应急管理局2023年法治政府建设年度报告", "全年实施行政处罚186起,同比2022年的142起增加44起,罚款金额532.6万元。", [
    ["186起","186","起","enforcement.penaltyCases",null],
    ["142起","142","起","enforcement.penaltyCases",2022],
    ["44起","44","起",null,null],
    ["532.6万元","5326000","元","enforcement.fineAmount",null],
  ]],
  ["大理白族自治州公安局2023年法治政府建设年度报告", "2022年全局受理行政复议申请14件,2023年受理21件,同比增长50%。", [
    ["14件","14","件","reconsideration.cases",2022],
    ["21件","21","件","reconsideration.cases",null],
    ["50%","50","%",null,null],
  ]],
  ["吴忠市人力资源和社会保障局2023年法治政府建设年度报告", "2022年受理劳动保障监察投诉举报案件642件,2023年受理715件,办结698件。", [
    ["642件","642","件","oversight.complaintsReceived",2022],
    ["715件","715","件","oversight.complaintsReceived",null],
    ["698件","698","件","oversight.complaintsResolved",null],
  ]],
  ["宁德市霞浦县人民政府2023年法治政府建设年度报告", "全县2022年共办理行政许可事项3.2万件,2023年办理4.1万件;2022年行政诉讼败诉率为8.1%,2023年为5.2%。", [
    ["3.2万件","32000","件","licensing.decisions",2022],
    ["4.1万件","41000","件","licensing.decisions",null],
    ["8.1%","8.1","%","litigation.lossRate",2022],
    ["5.2%","5.2","%","litigation.lossRate",null],
  ]],
  ["黔南州公安局交通管理支队2023年法治政府建设年度报告", "我支队2022年办理行政处罚案件86件,2023年办理102件,同比增长18.6%。", [
    ["86件","86","件","enforcement.penaltyCases",2022],
    ["102件","102","件","enforcement.penaltyCases",null],
    ["18.6%","18.6","%",null,null],
  ]],
  ["安顺市镇宁布依族苗族自治县人民政府2023年法治政府建设年度报告", "全县行政处罚案件2022年1,032件、2023年1,215件,罚款金额2022年186.2万元、2023年215.7万元。", [
    ["1,032件","1032","件","enforcement.penaltyCases",2022],
    ["1,215件","1215","件","enforcement.penaltyCases",null],
    ["186.2万元","1862000","元","enforcement.fineAmount",2022],
    ["215.7万元","2157000","元","enforcement.fineAmount",null],
  ]],
  ["延安市宝塔区人民政府2023年法治政府建设年度报告", "行政应诉案件:2022年29件,2023年31件;负责人出庭应诉:2022年为25件次,2023年为31件次。", [
    ["29件","29","件","litigation.cases",2022],
    ["31件","31","件","litigation.cases",null],
    ["25件次","25","件次","litigation.headAppearances",2022],
    ["31件次","31","件次","litigation.headAppearances",null],
  ]],
  ["国家税务总局鄂尔多斯市税务局2023年法治政府建设年度报告", "2022年全市税务系统共受理纳税人投诉326件,2023年共受理281件,下降13.8%。", [
    ["326件","326","件","oversight.complaintsReceived",2022],
    ["281件","281","件","oversight.complaintsReceived",null],
    ["13.8%","13.8","%",null,null],
  ]],
  ["株洲市生态环境局2023年法治政府建设年度报告", "2023年查处环境违法案件128起,2022年同期为96起,同比增长33.3%,罚款金额986.5万元。", [
    ["128起","128","起","enforcement.penaltyCases",null],
    ["96起","96","起","enforcement.penaltyCases",2022],
    ["33.3%","33.3","%",null,null],
    ["986.5万元","9865000","元","enforcement.fineAmount",null],
  ]],
  // Transactions of government services (办件) are counted by no indicator: services.items and services.onlineItems
  // count the items of the service list (项), licensing.decisions the licensing decisions alone.
  ["上海市浦东新区人民政府2023年法治政府建设年度报告", "全年政务服务事项办件量12.6万件,“一网通办”事项办理12万件,全程网办事项1,180项,行政许可事项办理1.2万件。", [
    ["12.6万件","126000","件",null,null],
    ["12万件","120000","件",null,null],
    ["1,180项","1180","项","services.onlineItems",null],
    ["1.2万件","12000","件","licensing.decisions",null],
  ]],
];

describe("parseReport on the language of sectors the corpus does not hold", () => {
  it(`has ${cases.length} sentences`, () => expect(cases.length).toBeGreaterThanOrEqual(30));

  it.each(cases)("%s: %s", (title, body, expected) => {
    const read = (text: string) =>
      parseReport(`${title}\n${text}`).quantities.map((q) => [q.number, q.value.toString(), q.unit, q.indicator, q.year ?? null]);
    expect(read(body)).toEqual(expected);
    expect(read(toFullWidth(body))).toEqual(expected);
  });
});

package org.zhengwu.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengwu.services.Audience;
import org.zhengwu.services.Fee;
import org.zhengwu.services.LifeEvent;
import org.zhengwu.services.Material;
import org.zhengwu.services.ServiceGuide;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.services.ServiceKind;

/**
 * The demo city's 办事服务, made through the service hall's catalogue as the system: a dozen items of six units
 * with complete guides, online, and one whose guide is still being written, kept offline (its completeness meter
 * shows what it lacks). Codes, phones, fees and places are invented for the fictional 清河市; the legal bases are
 * the real national ones.
 */
@Component
class DemoServiceItems {

    private static final String CENTRE = "清河市民中心二楼综合受理窗口";
    private static final String HOURS = "周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）";
    private static final String COMPLAINT = "12345";

    private final ServiceItems items;

    DemoServiceItems(ServiceItems items) {
        this.items = items;
    }

    /** Creates the items for the units of these codes; returns how many are online. */
    int create(Map<String, Long> units) {
        List<ServiceGuide> online = List.of(
                new ServiceGuide("QH-JYJ-0001", "义务教育阶段学生转学", units.get("jyj"), ServiceKind.PUBLIC_SERVICE,
                        Set.of(Audience.PERSON), Set.of(LifeEvent.SCHOOLING),
                        List.of("《中华人民共和国义务教育法》第十二条", "《中小学生学籍管理办法》第十五条"),
                        List.of("在本市义务教育阶段学校就读、有正式学籍的学生", "因户籍迁移、家庭居住地变动等原因需要转学"),
                        List.of(paper("转学申请表", ""), copy("户口簿或居住证"),
                                conditional("房屋产权证明或租赁合同", "因家庭居住地变动转学的")),
                        List.of("家长向转入学校提出申请", "转入学校审核并出具接收意见", "转出学校核办", "教育局学籍管理部门确认"),
                        15, 5, true, List.of(), CENTRE, HOURS, "0571-6100 2001", COMPLAINT, "学生转学联系单", "",
                        true, 0),
                new ServiceGuide("QH-JYJ-0002", "教师资格认定", units.get("jyj"), ServiceKind.LICENSING,
                        Set.of(Audience.PERSON), Set.of(LifeEvent.EMPLOYMENT), List.of("《教师资格条例》第十三条"),
                        List.of("具备规定学历，普通话水平达到二级乙等以上", "中小学教师资格考试合格"),
                        List.of(paper("教师资格认定申请表", ""), copy("居民身份证"),
                                paper("体检合格证明", "")),
                        List.of("网上申报", "现场确认", "审查", "发证"), 30, 20, true, List.of(), CENTRE, HOURS,
                        "0571-6100 2002", COMPLAINT, "教师资格证书", "", true, 1),
                new ServiceGuide("QH-FGW-0001", "企业投资项目备案", units.get("fgw"), ServiceKind.OTHER_POWER,
                        Set.of(Audience.ENTERPRISE), Set.of(LifeEvent.CONSTRUCTION, LifeEvent.BUSINESS_START),
                        List.of("《企业投资项目核准和备案管理条例》第十三条"),
                        List.of("不属于《政府核准的投资项目目录》范围的企业投资项目"),
                        List.of(electronic("项目备案信息表"), electronic("企业营业执照")),
                        List.of("在线平台填报项目信息", "发展改革委告知备案"), 3, 1, true, List.of(), CENTRE, HOURS,
                        "0571-6100 3001", COMPLAINT, "项目备案证明", "", true, 0),
                new ServiceGuide("QH-STHJJ-0001", "建设项目环境影响报告表审批", units.get("sthjj"), ServiceKind.LICENSING,
                        Set.of(Audience.ENTERPRISE), Set.of(LifeEvent.CONSTRUCTION),
                        List.of("《中华人民共和国环境影响评价法》第二十二条", "《建设项目环境保护管理条例》第九条"),
                        List.of("建设项目符合生态环境分区管控要求", "环境影响报告表编制规范、结论明确"),
                        List.of(paper("建设项目环境影响报告表审批申请书", ""), electronic("环境影响报告表（全本）"),
                                conditional("删除涉及国家秘密、商业秘密内容的说明", "报告表含有不宜公开内容的")),
                        List.of("申请", "受理", "技术评估", "公示", "审批决定"), 30, 15, true, List.of(), CENTRE, HOURS,
                        "0571-6100 4001", COMPLAINT, "环境影响报告表批复", "", true, 1),
                new ServiceGuide("QH-STHJJ-0002", "排污许可证遗失补领", units.get("sthjj"), ServiceKind.PUBLIC_SERVICE,
                        Set.of(Audience.ENTERPRISE), Set.of(LifeEvent.OPERATING_PERMIT), List.of("《排污许可管理条例》第十五条"),
                        List.of("已取得排污许可证的排污单位遗失或损毁许可证正本"),
                        List.of(paper("补领申请书", ""), copy("营业执照")), List.of("申请", "核对", "补发"), 10, 3,
                        false, List.of(new Fee("证书工本费", new BigDecimal("10.00"), "清价费〔2024〕3号（虚构）")),
                        CENTRE, HOURS, "0571-6100 4002", COMPLAINT, "排污许可证（补发）", "", false, 1),
                new ServiceGuide("QH-CGZ-0001", "生育登记", units.get("cgz"), ServiceKind.PUBLIC_SERVICE,
                        Set.of(Audience.PERSON), Set.of(LifeEvent.BIRTH), List.of("《中华人民共和国人口与计划生育法》第十九条"),
                        List.of("夫妻一方户籍在城关镇，或双方在城关镇居住"),
                        List.of(copy("夫妻双方居民身份证"), copy("结婚证")),
                        List.of("网上或窗口申请", "即时办结"), 1, 0, true, List.of(), "城关镇便民服务中心", HOURS,
                        "0571-6200 1001", COMPLAINT, "生育登记服务单", "", true, 0),
                new ServiceGuide("QH-CGZ-0002", "城乡居民基本养老保险参保登记", units.get("cgz"), ServiceKind.PUBLIC_SERVICE,
                        Set.of(Audience.PERSON), Set.of(LifeEvent.SOCIAL_SECURITY, LifeEvent.RETIREMENT),
                        List.of("《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）"),
                        List.of("年满16周岁（不含在校学生），非国家机关和事业单位工作人员，不属于职工基本养老保险覆盖范围",
                                "户籍在城关镇"),
                        List.of(copy("居民身份证"), copy("户口簿")), List.of("网上或窗口申请", "镇社保所核对", "登记参保"), 5, 1,
                        true, List.of(), "城关镇便民服务中心", HOURS, "0571-6200 1002", COMPLAINT, "参保登记回执", "", true, 0),
                new ServiceGuide("QH-FGW-0002", "企业投资项目核准", units.get("fgw"), ServiceKind.LICENSING,
                        Set.of(Audience.ENTERPRISE), Set.of(LifeEvent.CONSTRUCTION),
                        List.of("《企业投资项目核准和备案管理条例》第三条、第六条", "《政府核准的投资项目目录》"),
                        List.of("属于《政府核准的投资项目目录》范围、由市级核准的企业投资项目",
                                "已取得用地（用海）预审意见、选址意见书等前置文件"),
                        List.of(electronic("项目申请书"), copy("城乡规划行政主管部门出具的选址意见书"),
                                copy("自然资源主管部门出具的用地预审意见")),
                        List.of("在线平台申报", "受理", "委托评估", "审查", "核准决定"), 20, 10, true, List.of(), CENTRE, HOURS,
                        "0571-6100 3002", COMPLAINT, "项目核准文件", "", true, 1),
                new ServiceGuide("QH-JYJ-0003", "适龄儿童入学登记", units.get("jyj"), ServiceKind.PUBLIC_SERVICE,
                        Set.of(Audience.PERSON), Set.of(LifeEvent.SCHOOLING), List.of("《中华人民共和国义务教育法》第十一条、第十二条"),
                        List.of("当年8月31日前年满六周岁的儿童", "户籍或父母一方居住证在本市"),
                        List.of(copy("户口簿"), copy("房屋产权证明或租赁合同"),
                                conditional("居住证", "非本市户籍的")),
                        List.of("网上登记", "学校审核", "公布录取名单"), 20, 10, true, List.of(), CENTRE, HOURS,
                        "0571-6100 2003", COMPLAINT, "入学通知书", "", true, 0),
                new ServiceGuide("QH-HXJD-0002", "困难残疾人生活补贴和重度残疾人护理补贴申请", units.get("hxjd"),
                        ServiceKind.BENEFIT, Set.of(Audience.PERSON), Set.of(LifeEvent.SOCIAL_SECURITY),
                        List.of("《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）"),
                        List.of("持有第二代中华人民共和国残疾人证、户籍在河西街道",
                                "生活补贴：享受最低生活保障的残疾人；护理补贴：残疾等级为一级、二级且需要长期照护的重度残疾人"),
                        List.of(paper("残疾人两项补贴申请审批表", ""), copy("中华人民共和国残疾人证"), copy("户口簿")),
                        List.of("申请", "街道受理审核", "区民政局审定", "发放"), 20, 15, true, List.of(), "河西街道便民服务中心",
                        HOURS, "0571-6300 1001", COMPLAINT, "补贴审批结果通知", "", true, 1),
                new ServiceGuide("QH-HXJD-0003", "老年人优待证办理", units.get("hxjd"), ServiceKind.PUBLIC_SERVICE,
                        Set.of(Audience.PERSON), Set.of(LifeEvent.RETIREMENT), List.of("《中华人民共和国老年人权益保障法》第五十七条"),
                        List.of("年满60周岁、户籍或居住证在河西街道的老年人"),
                        List.of(copy("居民身份证"), electronic("近期免冠证件照")),
                        List.of("网上或窗口申请", "街道核对", "制证", "领取或邮寄"), 10, 3, true, List.of(),
                        "河西街道便民服务中心", HOURS, "0571-6300 1002", COMPLAINT, "老年人优待证", "", true, 0),
                new ServiceGuide("QH-SZFBGT-0001", "政府信息公开申请", units.get("szfbgt"), ServiceKind.PUBLIC_SERVICE,
                        Set.of(Audience.PERSON, Audience.ENTERPRISE), Set.of(),
                        List.of("《中华人民共和国政府信息公开条例》第二十七条、第二十九条、第三十三条"),
                        List.of("申请获取清河市人民政府及其办公室制作或保存的政府信息"),
                        List.of(paper("政府信息公开申请表", ""), copy("申请人身份证明")),
                        List.of("提出申请", "登记受理", "检索和征求意见", "作出答复"), 20, 15, true, List.of(), CENTRE, HOURS,
                        "0571-6100 1001", COMPLAINT, "政府信息公开申请答复书", "", true, 0));
        for (ServiceGuide g : online) {
            items.putOnline(items.create(g).id());
        }
        items.create(new ServiceGuide("QH-HXJD-0001", "城乡居民最低生活保障申请", units.get("hxjd"), ServiceKind.BENEFIT,
                Set.of(Audience.PERSON), Set.of(LifeEvent.SOCIAL_SECURITY), List.of("《社会救助暂行办法》第十一条"),
                List.of(), List.of(copy("户口簿")), List.of(), 30, null, true, List.of(), "河西街道便民服务中心", "", "",
                COMPLAINT, "", "", false, 2));
        return online.size();
    }

    private static Material paper(String name, String blankForm) {
        return new Material(name, Material.Form.ORIGINAL, 1, Material.Medium.PAPER, true, "", blankForm, "");
    }

    private static Material copy(String name) {
        return new Material(name, Material.Form.COPY, 1, Material.Medium.PAPER, true, "", "", "");
    }

    private static Material electronic(String name) {
        return new Material(name, Material.Form.ORIGINAL, 1, Material.Medium.ELECTRONIC, true, "", "", "");
    }

    private static Material conditional(String name, String when) {
        return new Material(name, Material.Form.COPY, 1, Material.Medium.PAPER, false, when, "", "");
    }
}

package org.zhengwu.services.internal.application;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Service;
import org.zhengwu.platform.ApplicationClock;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.storage.FileType;
import org.zhengwu.services.SampleApplications;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItems;

/**
 * {@link SampleApplications} for the demo city: forms for 义务教育阶段学生转学, 生育登记, 政府信息公开申请 and
 * 老年人优待证办理, and seven applications — one just submitted, one under review and overdue (submitted weeks ago),
 * one awaiting 补正, one refused, one granted and rated 非常满意, one denied and rated 不满意 with its rectification
 * (整改) closed by a return visit, one suspended (中止) while the applicant's household register is checked. Names,
 * ID numbers and phones are invented (the ID numbers' check characters are right).
 */
@Service
class DemoApplications implements SampleApplications {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final ServiceItems items;
    private final ApplicationForms forms;
    private final ApplicationIntake intake;
    private final ApplicationHandling handling;
    private final UnitScope scope;
    private final SampleRatings ratings;
    private final ApplicationClock clock;

    DemoApplications(ServiceItems items, ApplicationForms forms, ApplicationIntake intake, ApplicationHandling handling,
                     UnitScope scope, SampleRatings ratings, ApplicationClock clock) {
        this.clock = clock;
        this.items = items;
        this.forms = forms;
        this.intake = intake;
        this.handling = handling;
        this.scope = scope;
        this.ratings = ratings;
    }

    @Override
    public int create() {
        scope.requireRoleOrSystem(); // the system alone: any staff member or citizen is refused
        Optional<ServiceItem> transfer = items.byCode("QH-JYJ-0001");
        Optional<ServiceItem> birth = items.byCode("QH-CGZ-0001");
        if (transfer.isEmpty() || birth.isEmpty()) {
            return 0;
        }
        forms.save(transfer.get().id(), List.of(
                FormField.simple("studentName", "学生姓名", FieldType.TEXT, true, ""),
                new FormField("grade", "转入年级", FieldType.CHOICE, true, "", List.of("一年级", "二年级", "三年级", "四年级",
                        "五年级", "六年级", "七年级", "八年级", "九年级"), Set.of(), 0),
                FormField.simple("fromSchool", "转出学校", FieldType.TEXT, true, "学校全称"),
                FormField.simple("toSchool", "拟转入学校", FieldType.TEXT, true, "学校全称"),
                FormField.simple("address", "现居住地址", FieldType.ADDRESS, true, "")));
        forms.save(birth.get().id(), List.of(
                FormField.simple("spouseName", "配偶姓名", FieldType.TEXT, true, ""),
                FormField.simple("spouseId", "配偶身份证号码", FieldType.ID_CARD, true, ""),
                FormField.simple("marriageDate", "结婚登记日期", FieldType.DATE, true, ""),
                FormField.simple("children", "现有子女数", FieldType.NUMBER, true, "不含本次登记"),
                new FormField("marriageScan", "结婚证扫描件", FieldType.ATTACHMENT, false, "", List.of(),
                        Set.of(FileType.PDF, FileType.JPEG, FileType.PNG), 5)));
        String a = apply(transfer.get(), "李华", "330102198503071232", "13805710001", Map.of("studentName", "李小雨",
                "grade", "四年级", "fromSchool", "杭州市文三街小学", "toSchool", "清河市实验小学", "address", "清河市河西街道柳岸小区5幢301室"));
        String b = apply(transfer.get(), "赵敏", "330106199011210021", "13905710002", Map.of("studentName", "赵一鸣",
                "grade", "七年级", "fromSchool", "宁波市第十五中学", "toSchool", "清河市第二中学", "address", "清河市城关镇南门路8号"));
        handling.takeAsSystem(b, ApplicationFlow.Step.ACCEPT, "", null);
        handling.takeAsSystem(b, ApplicationFlow.Step.CORRECT, "户口簿复印件缺少学生本人页，请补充上传。", null);
        String c = apply(birth.get(), "陈静", "330102199203151227", "13705710003", Map.of("spouseName", "周强",
                "spouseId", "330103199001011230", "marriageDate", "2019-10-01", "children", "1"));
        handling.takeAsSystem(c, ApplicationFlow.Step.ACCEPT, "", null);
        handling.takeAsSystem(c, ApplicationFlow.Step.REVIEW, "", null);
        handling.takeAsSystem(c, ApplicationFlow.Step.GRANT, "符合生育登记条件。", null);
        handling.takeAsSystem(c, ApplicationFlow.Step.FINISH, "生育登记服务单已出具。",
                new Upload("生育登记服务单.pdf", PDF.length, new ByteArrayResource(PDF)));
        // submitted and accepted weeks ago and still under review: the demo's overdue application (red in the queue)
        String d = clock.asOf(clock.instant().minus(Duration.ofDays(25)), () -> {
            String n = apply(birth.get(), "孙丽", "330104198807070020", "13605710004", Map.of("spouseName", "吴刚",
                    "spouseId", "330104198605050013", "marriageDate", "2015-05-20", "children", "2"));
            handling.takeAsSystem(n, ApplicationFlow.Step.ACCEPT, "", null);
            handling.takeAsSystem(n, ApplicationFlow.Step.REVIEW, "", null);
            return n;
        });
        String e = apply(transfer.get(), "钱多", "330102198503071232", "13505710005", Map.of("studentName", "钱小多",
                "grade", "二年级", "fromSchool", "清河市实验小学", "toSchool", "清河市实验小学", "address", "清河市人民路1号"));
        handling.takeAsSystem(e, ApplicationFlow.Step.REFUSE, "转出学校与转入学校相同，不属于转学。", null);
        String f = apply(birth.get(), "周芳", "330105199106060023", "13305710006", Map.of("spouseName", "郑伟",
                "spouseId", "330105198904040014", "marriageDate", "2020-08-08", "children", "3"));
        handling.takeAsSystem(f, ApplicationFlow.Step.ACCEPT, "", null);
        handling.takeAsSystem(f, ApplicationFlow.Step.REVIEW, "", null);
        handling.takeAsSystem(f, ApplicationFlow.Step.DENY, "现有子女数已超过本次登记的条件。", null);
        handling.takeAsSystem(f, ApplicationFlow.Step.FINISH, "不予登记告知书已出具。",
                new Upload("不予登记告知书.pdf", PDF.length, new ByteArrayResource(PDF)));
        ratings.rate(c, f);
        return List.of(a, b, c, d, e, f).size() + moreForms();
    }

    /** The forms of two more items and, on the second, an application accepted and then suspended: 1 or 0. */
    private int moreForms() {
        items.byCode("QH-SZFBGT-0001").ifPresent(disclosure -> forms.save(disclosure.id(), List.of(
                new FormField("requested", "所需政府信息的内容描述", FieldType.ADDRESS, true,
                        "文件名称、文号或者便于检索的其他特征性描述", List.of(), Set.of(), 0),
                new FormField("delivery", "获取信息的方式", FieldType.CHOICE, true, "", List.of("电子邮件", "邮寄",
                        "当面领取"), Set.of(), 0))));
        Optional<ServiceItem> elderly = items.byCode("QH-HXJD-0003");
        if (elderly.isEmpty()) {
            return 0;
        }
        forms.save(elderly.get().id(), List.of(
                FormField.simple("birthDate", "出生日期", FieldType.DATE, true, ""),
                FormField.simple("household", "户籍地址", FieldType.ADDRESS, true, "与户口簿一致")));
        String g = apply(elderly.get(), "吴桂英", "33010619590315002X", "13205710007",
                Map.of("birthDate", "1959-03-15", "household", "清河市河西街道柳岸小区2幢101室"));
        handling.takeAsSystem(g, ApplicationFlow.Step.ACCEPT, "", null);
        handling.takeAsSystem(g, ApplicationFlow.Step.SUSPEND, "申请人户籍信息待公安机关核实，核实期间中止办理。", null);
        return 1;
    }

    private String apply(ServiceItem item, String name, String id, String mobile, Map<String, String> own) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put(ApplicationForm.NAME, name);
        typed.put(ApplicationForm.ID_NUMBER, id);
        typed.put(ApplicationForm.MOBILE, mobile);
        typed.putAll(own);
        Map<String, Upload> files = new LinkedHashMap<>();
        for (FormField slot : forms.form(item).materialSlots()) {
            if (slot.required()) {
                files.put(slot.key(), new Upload(slot.label() + ".pdf", PDF.length, new ByteArrayResource(PDF)));
            }
        }
        return intake.submit(item.code(), typed, files).number();
    }
}

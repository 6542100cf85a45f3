package org.zhengwu.services;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Guides for the service hall's tests: a complete one, and the same as the console form's fields. */
public final class Guides {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Guides() {
    }

    /** A fresh code of the catalogue's form. */
    public static String code() {
        return "T" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-" + SEQ.incrementAndGet();
    }

    /** A complete guide of a birth registration item for this unit. */
    public static ServiceGuide complete(String code, long unitId) {
        return new ServiceGuide(code, "出生医学证明办理", unitId, ServiceKind.PUBLIC_SERVICE, Set.of(Audience.PERSON),
                Set.of(LifeEvent.BIRTH), List.of("《中华人民共和国母婴保健法》第二十三条"), List.of("在本市助产机构出生的新生儿"),
                List.of(new Material("父母双方身份证", Material.Form.ORIGINAL, 1, Material.Medium.PAPER, true, "", "", ""),
                        new Material("结婚证", Material.Form.COPY, 1, Material.Medium.PAPER, false, "父母已登记结婚的",
                                "/uploads/forms/blank.pdf", "")),
                List.of("申请", "受理", "审核", "发证"), 20, 5, true, List.of(), "市政务服务中心二楼12号窗口",
                "工作日 9:00-12:00 13:30-17:00", "0571-12345678", "12345", "出生医学证明", "", true, 1);
    }

    /** The same guide with nothing but the name, code, unit and kind: what an editor saves first. */
    public static ServiceGuide bare(String code, long unitId) {
        return new ServiceGuide(code, "再生育审批", unitId, ServiceKind.LICENSING, Set.of(), Set.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, false, List.of(), "", "", "", "", "", "", false, 1);
    }

    /** A complete guide's fields as the console form posts them. */
    public static Map<String, String[]> formOf(String code, long unitId) {
        Map<String, String[]> f = new LinkedHashMap<>();
        f.put("code", new String[] {code});
        f.put("name", new String[] {"食品经营许可"});
        f.put("unitId", new String[] {String.valueOf(unitId)});
        f.put("kind", new String[] {"LICENSING"});
        f.put("audiences", new String[] {"ENTERPRISE"});
        f.put("themes", new String[] {"OPERATING_PERMIT", "BUSINESS_START"});
        f.put("legalBasis", new String[] {"《中华人民共和国食品安全法》第三十五条\n《食品经营许可管理办法》"});
        f.put("conditions", new String[] {"有与经营的食品品种相适应的经营场所"});
        f.put("steps", new String[] {"申请\n受理\n审查\n决定"});
        f.put("statutoryDays", new String[] {"20"});
        f.put("promisedDays", new String[] {"10"});
        f.put("free", new String[] {"false"});
        f.put("feeName", new String[] {"工本费", ""});
        f.put("feeAmount", new String[] {"10.50", ""});
        f.put("feeBasis", new String[] {"浙价费〔2020〕1号", ""});
        f.put("place", new String[] {"市民中心三楼"});
        f.put("hours", new String[] {"工作日"});
        f.put("consultationPhone", new String[] {"0571-87654321"});
        f.put("complaintPhone", new String[] {"12345"});
        f.put("resultName", new String[] {"食品经营许可证"});
        f.put("resultSample", new String[] {""});
        f.put("onlineApplication", new String[] {"true"});
        f.put("visits", new String[] {"0"});
        f.put("materialName", new String[] {"食品经营许可申请书", "", ""});
        f.put("materialForm", new String[] {"ORIGINAL", "ORIGINAL", "ORIGINAL"});
        f.put("materialCopies", new String[] {"1", "1", "1"});
        f.put("materialMedium", new String[] {"ELECTRONIC", "PAPER", "PAPER"});
        f.put("materialRequired", new String[] {"true", "true", "true"});
        f.put("materialCondition", new String[] {"", "", ""});
        f.put("materialBlankForm", new String[] {"/uploads/forms/sq.docx", "", ""});
        f.put("materialSample", new String[] {"", "", ""});
        return f;
    }

    /** Adds every field to the request; {@code changes} replace single fields. */
    public static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, Map<String, String[]> fields,
                                                     String... changes) {
        Map<String, String[]> f = new LinkedHashMap<>(fields);
        for (int i = 0; i + 1 < changes.length; i += 2) {
            f.put(changes[i], new String[] {changes[i + 1]});
        }
        f.forEach(request::param);
        return request;
    }

    public static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }
}

package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.supervision.internal.reporting.InvalidReport;
import org.zhengwu.supervision.internal.stations.Level;
import org.zhengwu.supervision.internal.stations.StationChecklist;
import org.zhengwu.supervision.internal.stations.Stations;

/**
 * The registry of the rural e-commerce stations as the supervisor and the units' staff use it: what a bad form says
 * (and that it stores nothing), the "十个一" checklist ticked with a photo and a non-image refused, the public list in
 * both scripts without the operator, and another unit's staff kept out.
 */
@ZhengwuTest
class StationRegistryTest {

    private static final String BASE = "/admin/supervision/stations";

    @Autowired
    MockMvc mvc;
    @Autowired
    SupervisionDesk desk;
    @Autowired
    StationDesk stationDesk;
    @Autowired
    Stations stations;
    @Autowired
    StationChecklist checklist;
    @Autowired
    DataDirectory data;
    @Autowired
    JdbcClient jdbc;

    StaffUser supervisor;
    SupervisionDesk.UnitStaff a;
    SupervisionDesk.UnitStaff b;
    long center;

    @BeforeEach
    void setUp() {
        supervisor = desk.supervisor();
        a = desk.unit();
        b = desk.unit();
        center = stationDesk.center("2026-01-05T09:00", supervisor, a.unitId());
    }

    private ResultActions postForm(StaffUser who, Map<String, String> typed) throws Exception {
        MockHttpServletRequestBuilder req = post(BASE + "/new").with(as(who)).with(csrf());
        typed.forEach((k, v) -> req.param("s." + k, v));
        req.param("s.services", "快递收发");
        return mvc.perform(req);
    }

    private static String body(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long stationsNamed(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM ec_station WHERE name = ?").param(name).query(Long.class).single();
    }

    @Test
    void aStationWithBadCoordinatesOrWithoutItsOperatorIsRefusedWithTheReasonsAndNothingIsStored() throws Exception {
        String name = ConsoleFixtures.code("坐标有误服务站");
        Map<String, String> typed = stationDesk.typed(Level.TOWNSHIP, center, name, a.unitId());

        // latitude and longitude swapped: 117 is no latitude
        typed.put("latitude", "117.120095");
        typed.put("longitude", "36.651216");
        String swapped = body(postForm(supervisor, typed).andExpect(status().isBadRequest()));
        assertThat(swapped).contains("“纬度”须为十进制度数（最多6位小数，绝对值不超过 90），“117.120095”不行。")
                .contains("“经度”为“36.651216”，不在我国境内").contains("value=\"" + name + "\"");

        // a point in Sydney is a valid coordinate but not in China; seven decimals are more than kept
        typed.put("latitude", "-33.8688");
        typed.put("longitude", "151.2093001");
        assertThat(body(postForm(supervisor, typed).andExpect(status().isBadRequest())))
                .contains("“纬度”为“-33.8688”，不在我国境内（应在 3.8 到 53.6 之间）")
                .contains("“经度”须为十进制度数（最多6位小数，绝对值不超过 180），“151.2093001”不行。");

        // no operator's name, a phone that is none
        typed.put("latitude", "36.65");
        typed.put("longitude", "117.12");
        typed.put("operatorName", "  ");
        typed.put("operatorPhone", "12345");
        assertThat(body(postForm(supervisor, typed).andExpect(status().isBadRequest())))
                .contains("请填写“经营者姓名”。")
                .contains("“经营者电话”须为手机号（11位，1开头）或固定电话（区号-号码），“12345”不是电话号码。");

        // a village point needs a township station above it and its village
        Map<String, String> village = stationDesk.typed(Level.VILLAGE, center, name, a.unitId());
        village.put("village", "");
        assertThat(body(postForm(supervisor, village).andExpect(status().isBadRequest())))
                .contains("村级服务点的“上级站点”须为一个乡镇服务站。").contains("请填写“所在村”。");
        assertThat(stationsNamed(name)).isZero();

        // a second county center is refused
        assertThatThrownBy(() -> desk.at("2026-01-05T10:00", supervisor, () -> stations.create(
                stationDesk.typed(Level.COUNTY, null, name, a.unitId()), List.of())))
                .isInstanceOf(InvalidReport.class).satisfies(e -> assertThat(((InvalidReport) e).problems())
                        .extracting(InvalidReport.Problem::key).contains("stations.check.one-center"));

        // a unit's staff do not register stations
        typed.put("operatorName", "李经营");
        typed.put("operatorPhone", "0531-88886666");
        postForm(a.editor(), typed).andExpect(status().isForbidden());
        assertThat(stationsNamed(name)).isZero();

        // corrected, the supervisor's form is stored, the operator encrypted at rest
        postForm(supervisor, typed).andExpect(status().is3xxRedirection());
        assertThat(stationsNamed(name)).isOne();
        assertThat(jdbc.sql("SELECT operator_phone FROM ec_station WHERE name = ?").param(name).query(String.class)
                .single()).startsWith("zf1:").doesNotContain("88886666");
    }

    @Test
    void anItemOfTheChecklistIsTickedWithAPhotoAndAFileThatIsNoImageIsRefused() throws Exception {
        String name = ConsoleFixtures.code("清单服务站");
        long id = stationDesk.register("2026-01-06T09:00", supervisor, Level.TOWNSHIP, center, name, a.unitId());

        mvc.perform(multipart(BASE + "/" + id + "/check").file(new MockMultipartFile("photo", "标牌.png", "image/png",
                        png())).param("item", "一块标牌").with(as(a.editor())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        // a text file named .png, a real PDF, no file at all: each refused with its reason, nothing ticked
        String renamed = body(mvc.perform(multipart(BASE + "/" + id + "/check").file(new MockMultipartFile("photo",
                "货架.png", "image/png", "这不是图片".getBytes(StandardCharsets.UTF_8))).param("item", "一组货架")
                .with(as(a.editor())).with(csrf())).andExpect(status().isBadRequest()));
        assertThat(renamed).contains("“货架.png”的内容不是扩展名所说的图片（可能是改了扩展名的其他文件），已拒绝，未保存。");
        String pdf = body(mvc.perform(multipart(BASE + "/" + id + "/check").file(new MockMultipartFile("photo",
                "制度.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                .param("item", "一套制度上墙").with(as(a.editor())).with(csrf())).andExpect(status().isBadRequest()));
        assertThat(pdf).contains("“制度.pdf”不是照片：佐证照片只能是 JPG 或 PNG 格式。未保存。");
        assertThat(body(mvc.perform(multipart(BASE + "/" + id + "/check").param("item", "一台电脑")
                .with(as(a.editor())).with(csrf())).andExpect(status().isBadRequest()))).contains("请选择“佐证照片”。");

        List<StationChecklist.Item> items = desk.at("2026-01-06T10:00", a.editor(), () -> checklist.items(id));
        assertThat(items).hasSize(10).filteredOn(StationChecklist.Item::done).extracting(StationChecklist.Item::name)
                .containsExactly("一块标牌");
        String page = body(mvc.perform(get(BASE + "/" + id).with(as(supervisor))).andExpect(status().isOk()));
        assertThat(page).contains("已完成 1 / 10 项").contains("查看照片“标牌.png”").contains("13912345678");
        mvc.perform(get(BASE + "/" + id + "/photo").param("item", "一块标牌").with(as(a.handler())))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"));

        // another unit's staff neither see the station nor tick its list
        mvc.perform(get(BASE + "/" + id).with(as(b.editor()))).andExpect(status().isForbidden());
        mvc.perform(get(BASE + "/" + id + "/photo").param("item", "一块标牌").with(as(b.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(BASE + "/" + id + "/check").file(new MockMultipartFile("photo", "标牌.png", "image/png",
                png())).param("item", "一台电脑").with(as(b.editor())).with(csrf())).andExpect(status().isForbidden());
        assertThat(body(mvc.perform(get(BASE).with(as(b.editor()))).andExpect(status().isOk()))).doesNotContain(name);
        assertThat(body(mvc.perform(get(BASE).with(as(a.editor()))).andExpect(status().isOk()))).contains(name);
        assertThatThrownBy(() -> desk.at("2026-01-06T10:00", b.editor(), () -> stations.station(id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePublicListShowsTheStationsByTownshipInBothScriptsWithoutTheOperator() throws Exception {
        String name = ConsoleFixtures.code("公开名录服务站");
        long township = stationDesk.register("2026-01-07T09:00", supervisor, Level.TOWNSHIP, center, name,
                a.unitId());
        String village = ConsoleFixtures.code("公开名录村服务点");
        stationDesk.register("2026-01-07T09:05", supervisor, Level.VILLAGE, township, village, a.unitId());

        Path simplified = data.publicPages().resolve("dsfwz/index.html");
        Path traditional = data.publicPages().resolve("zh-hant/dsfwz/index.html");
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(traditional)
                && Files.readString(traditional).contains(village.replace("公开名录村服务点", "公開名錄村服務點")));
        assertThat(Files.readString(simplified)).contains("农村电商服务站点", "试验镇", name, village, "乡镇服务站",
                "村级服务点", "试验村", "代购代销、快递收发", "试验镇中心街1号", "运营中")
                .doesNotContain("13912345678", "张经营");
        assertThat(Files.readString(traditional)).contains("農村電商服務站點", "鄉鎮服務站", "運營中")
                .doesNotContain("13912345678");
    }

    @Test
    void aStationsUnitReportsMarketPricesUpwardAndABadPriceOrAnotherUnitsStationIsRefused() throws Exception {
        String name = ConsoleFixtures.code("市场信息服务站");
        long id = stationDesk.register("2026-01-08T09:00", supervisor, Level.TOWNSHIP, center, name, a.unitId());
        String refused = body(mvc.perform(post(BASE + "/market").with(as(a.editor())).with(csrf())
                .param("m.station", String.valueOf(id)).param("m.product", "黄桃").param("m.price", "四元")
                .param("m.priceUnit", "斤").param("m.supply", "8000").param("m.reportedOn", "2026-01-08"))
                .andExpect(status().isBadRequest()));
        assertThat(refused).contains("“价格（元）”须为不小于 0 的数，最多两位小数，“四元”不行。").contains("value=\"黄桃\"");
        mvc.perform(post(BASE + "/market").with(as(b.editor())).with(csrf()).param("m.station", String.valueOf(id))
                .param("m.product", "黄桃").param("m.price", "4.50").param("m.priceUnit", "斤").param("m.supply", "8000")
                .param("m.reportedOn", "2026-01-08")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ec_market_info WHERE station_id = ?").param(id).query(Long.class)
                .single()).isZero();

        desk.at("2026-01-08T10:00", a.editor(), () -> {
            try {
                mvc.perform(post(BASE + "/market").with(as(a.editor())).with(csrf()).param("m.station", String.valueOf(id))
                        .param("m.product", "黄桃").param("m.price", "4.50").param("m.priceUnit", "斤")
                        .param("m.supply", "8000").param("m.reportedOn", "2026-01-08"))
                        .andExpect(status().is3xxRedirection());
                // the center reads it
                assertThat(body(mvc.perform(get(BASE + "/market").with(as(supervisor))).andExpect(status().isOk())))
                        .contains(name).contains("4.50 元/斤");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(body(mvc.perform(get(BASE + "/market").with(as(b.editor())))
                .andExpect(status().isOk()))).doesNotContain(name);
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}

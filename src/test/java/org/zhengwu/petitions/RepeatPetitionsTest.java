package org.zhengwu.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.petitions.RepeatCandidate.Reason;
import org.zhengwu.platform.RuleViolation;

/**
 * Repeat detection on H2 and PostgreSQL, among thirty petitions on other matters: a re-told repeat is found, also in
 * traditional script, an unrelated petition is not, and the same ID number is found while the tables hold no ID
 * number, name or address in clear. The petitions of each test have ids of their own, removed afterwards.
 */
@ZhengwuTest
class RepeatPetitionsTest {

    static final String NOISE = "幸福小区楼下的烧烤店每天夜里营业到凌晨两点，油烟和噪音严重影响居民休息，多次向街道办反映一直没有解决。";

    static final List<String> OTHERS = List.of(
            "村里修路占用了我家的承包地，补偿款至今没有发放到位，要求镇政府依法补偿。",
            "我在建筑工地打工半年，包工头拖欠工资三万元不给，要求劳动监察部门帮忙讨薪。",
            "小区物业公司乱收停车费，业主委员会多次交涉无果，请住建局查处。",
            "学校食堂饭菜价格过高，质量很差，家长要求教育局规范管理。",
            "城东河道有工厂偷排污水，河水发黑发臭，鱼大量死亡，请环保部门查处。",
            "我父亲的低保被取消了，村干部说不清理由，要求民政局重新核查。",
            "新买的商品房交房后墙体开裂漏水，开发商拒绝维修，要求住建局督促整改。",
            "医保报销比例与政策规定不符，医院多收了费用，请医保局核实退还。",
            "老旧小区改造施工把我家门前的下水道堵了，下雨就积水进屋。",
            "拆迁安置房迟迟不能交付，已经过渡五年，过渡费也停发了。",
            "出租车司机绕路多收费，投诉到交通局没有回复。",
            "村集体土地流转收入分配不公开，村民要求公开账目。",
            "养殖场臭气熏天，苍蝇成群，周边村民无法正常生活。",
            "退役军人优抚金发放标准有误，少发了两年，请退役军人事务局核实。",
            "农村危房改造补助被村干部截留，我家一直没有拿到。",
            "公交线路调整后孩子上学要换乘两次，希望恢复原来的线路。",
            "菜市场周边占道经营严重，早高峰交通堵塞，请城管部门整治。",
            "企业职工养老保险断缴，单位不给补缴，请社保局处理。",
            "邻居违章加盖两层楼挡住我家采光，城管执法局一直不拆除。",
            "网购的电器质量有问题，商家拒绝退货，请市场监管局调解。",
            "自来水水压太低，高层住户经常停水，请水务公司解决。",
            "幼儿园收费不透明，另外收取所谓的兴趣班费用。",
            "征地补偿标准比邻村低很多，要求按统一标准补偿。",
            "医院急诊科医生态度恶劣，延误了我母亲的治疗。",
            "物流园大货车夜间进出，噪音很大，道路被压坏了。",
            "小区电梯经常故障困人，物业不维修，请特种设备监管部门检查。",
            "宅基地被邻居侵占，村委会调解不成，请镇政府确权。",
            "农民工子女入学被要求提供五证，无法办理入学手续。",
            "街道办拆除违建时损坏了我家合法的围墙，要求赔偿。",
            "燃气公司上门安全检查强制推销报警器，价格很高。");

    @Autowired
    RepeatPetitions repeats;
    @Autowired
    JdbcClient jdbc;

    long base;

    @BeforeEach
    void others() {
        base = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 1000;
        for (int i = 0; i < OTHERS.size(); i++) {
            repeats.remember(petition(base + 100 + i, List.of("居民" + i), List.of(), "", OTHERS.get(i), false));
        }
    }

    @AfterEach
    void forget() {
        jdbc.sql("DELETE FROM petition_repeat_key WHERE petition_id BETWEEN ? AND ?").params(base, base + 999).update();
        jdbc.sql("DELETE FROM petition_repeat_matter WHERE petition_id BETWEEN ? AND ?").params(base, base + 999).update();
    }

    static PetitionParticulars petition(long id, List<String> names, List<String> idNumbers, String address,
                                        String matter, boolean open) {
        return new PetitionParticulars(id, names, idNumbers, address, matter, open);
    }

    private List<Long> found(PetitionParticulars p) {
        return repeats.candidates(p, 10).stream().map(RepeatCandidate::petitionId).toList();
    }

    @Test
    void aRepeatToldInOtherWordsAndInTraditionalScriptIsFoundAsTheSameMatter() {
        repeats.remember(petition(base + 1, List.of("李秀英"), List.of(), "", NOISE, true));

        PetitionParticulars reworded = petition(base + 2, List.of("王建国"), List.of(), "",
                "多次找街道反映都没解决：幸福小区楼下那家烧烤店天天夜里开到凌晨，噪声加上油烟，居民根本没法休息。", true);
        List<RepeatCandidate> found = repeats.candidates(reworded, 10);
        assertThat(found).isNotEmpty();
        assertThat(found.get(0).petitionId()).isEqualTo(base + 1);
        assertThat(found.get(0).reasons()).containsExactly(Reason.SIMILAR_MATTER);
        assertThat(found.get(0).open()).isTrue();
        assertThat(found).extracting(RepeatCandidate::petitionId).doesNotContain(base + 2);

        PetitionParticulars traditional = petition(base + 3, List.of("張偉"), List.of(), "",
                "幸福小區樓下燒烤店每晚營業到淩晨兩點，油煙噪音嚴重擾民，居民無法休息，向街道辦反映多次仍未解決。", true);
        assertThat(found(traditional)).first().isEqualTo(base + 1);
    }

    @Test
    void anUnrelatedPetitionIsNotFound() {
        repeats.remember(petition(base + 1, List.of("李秀英"), List.of(), "", NOISE, true));

        PetitionParticulars unrelated = petition(base + 2, List.of("赵敏"), List.of(), "",
                "我家的承包地被镇上的光伏项目租用，租金三年没有付，要求按合同支付租金。", true);
        assertThat(found(unrelated)).doesNotContain(base + 1);
        // and none of the thirty others reads like it either, though several share a word (要求, 补偿, 镇政府)
        assertThat(repeats.candidates(unrelated, 10)).allSatisfy(c -> assertThat(c.reasons())
                .doesNotContain(Reason.SIMILAR_MATTER));
    }

    @Test
    void theSameIdNumberIsFoundThoughNoTableHoldsItInClear() {
        repeats.remember(petition(base + 1, List.of("陈志强"), List.of("11010519491231002X"), "清河市城关镇幸福路18号",
                "要求解决拖欠的工程款。", false));

        PetitionParticulars again = petition(base + 2, List.of("陈 志强"), List.of("11010519491231002x"), "",
                "反映社保断缴的事情。", true);
        List<RepeatCandidate> found = repeats.candidates(again, 10);
        assertThat(found).first().satisfies(c -> {
            assertThat(c.petitionId()).isEqualTo(base + 1);
            assertThat(c.reasons()).contains(Reason.SAME_ID_NUMBER, Reason.SAME_NAME).doesNotContain(Reason.SIMILAR_MATTER);
            assertThat(c.open()).isFalse();
        });

        List<String> stored = new ArrayList<>(jdbc.sql("SELECT mac FROM petition_repeat_key WHERE petition_id = ?")
                .param(base + 1).query(String.class).list());
        stored.addAll(jdbc.sql("SELECT words FROM petition_repeat_matter WHERE petition_id = ?")
                .param(base + 1).query(String.class).list());
        assertThat(stored).hasSize(4).allSatisfy(s -> assertThat(s).doesNotContainIgnoringCase("11010519491231002X")
                .doesNotContain("陈志强").doesNotContain("幸福路").doesNotContain("工程款"));
    }

    @Test
    void theSamePlaceIsFoundWrittenWithOtherSpaces() {
        repeats.remember(petition(base + 1, List.of("周磊"), List.of(), "清河市 城关镇 幸福路18号", "反映路灯不亮。", true));
        assertThat(repeats.candidates(petition(base + 2, List.of(), List.of(), "清河市城关镇幸福路１８号",
                "反映下水道堵塞。", true), 10)).first().satisfies(c -> {
                    assertThat(c.petitionId()).isEqualTo(base + 1);
                    assertThat(c.reasons()).containsExactly(Reason.SAME_ADDRESS);
                });
    }

    @Test
    void aPetitionRememberedAgainIsComparedByItsNewMatterAndState() {
        repeats.remember(petition(base + 1, List.of("李秀英"), List.of(), "", OTHERS.get(0) + "（已补充）", true));
        repeats.remember(petition(base + 1, List.of("李秀英"), List.of(), "", NOISE, false));

        List<RepeatCandidate> found = repeats.candidates(petition(base + 2, List.of(), List.of(), "", NOISE, true), 10);
        assertThat(found).first().satisfies(c -> {
            assertThat(c.petitionId()).isEqualTo(base + 1);
            assertThat(c.open()).isFalse();
        });
    }

    @Test
    void aRequestWithoutAPetitionOrWithAnImpossibleLimitIsRefused() {
        assertThatThrownBy(() -> repeats.remember(null)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("petition.repeat.no-petition");
        assertThatThrownBy(() -> repeats.candidates(petition(base + 2, List.of(), List.of(), "", NOISE, true), 0))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("petition.repeat.limit");
    }
}

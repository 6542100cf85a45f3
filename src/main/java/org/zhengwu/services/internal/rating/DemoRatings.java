package org.zhengwu.services.internal.rating;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.zhengwu.services.internal.application.SampleRatings;

/** {@link SampleRatings} through the same commands as real ratings; the return visit is recorded by the system. */
@Service
class DemoRatings implements SampleRatings {

    private final ApplicationRatings ratings;
    private final Rectifications rectifications;
    private final Clock clock;

    DemoRatings(ApplicationRatings ratings, Rectifications rectifications, Clock clock) {
        this.ratings = ratings;
        this.rectifications = rectifications;
        this.clock = clock;
    }

    @Override
    public void rate(String good, String bad) {
        ratings.rate(good, RatingLevel.VERY_SATISFIED.name(), "网上办理很方便，一次都没有跑。");
        ratings.rate(bad, RatingLevel.DISSATISFIED.name(), "不予登记的原因网上没有说清楚，打了三次电话才问明白。");
        rectifications.closeAsSystem(bad, "在办事指南中补充不予登记的情形说明，不予决定书逐条写明依据；对窗口人员进行答复口径培训。",
                LocalDate.now(clock).toString(), "PHONE", "申请人表示已理解不予登记的原因，对整改表示满意。");
    }
}

package org.zhengwu.operations.internal.metrics;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.metrics.OperationalFigures;
import org.zhengwu.publishing.RebuildProgress;
import org.zhengwu.publishing.SiteRebuild;

/** The publishing queue's depth and a full rebuild's progress, as gauges. */
@Component
class PublishingFigures implements OperationalFigures {

    static final Figure QUEUE = Figure.of("zhengwu.publishing.queue", "等待生成页面的发布请求数");
    static final Figure EVENTS = Figure.of("zhengwu.events.unfinished", "尚未处理完的事件数（发布、索引、提醒等）");
    static final Figure REBUILD_RUNNING = Figure.of("zhengwu.rebuild.running", "全站重新生成是否正在进行（1 是，0 否）");
    static final Figure REBUILD_PERCENT = Figure.of("zhengwu.rebuild.percent", "全站重新生成的进度（百分比）");

    private final EventQueue queue;
    private final SiteRebuild rebuild;

    PublishingFigures(EventQueue queue, SiteRebuild rebuild) {
        this.queue = queue;
        this.rebuild = rebuild;
    }

    @Override
    public List<Figure> figures() {
        return List.of(QUEUE, EVENTS, REBUILD_RUNNING, REBUILD_PERCENT);
    }

    @Override
    public Map<Figure, Number> read() {
        EventQueue.Depth depth = queue.depth();
        RebuildProgress p = rebuild.progress();
        return Map.of(QUEUE, depth.publishing(), EVENTS, depth.unfinished(), REBUILD_RUNNING, p.running() ? 1 : 0,
                REBUILD_PERCENT, p.running() ? p.percent() : 0);
    }
}

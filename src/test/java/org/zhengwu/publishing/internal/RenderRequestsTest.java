package org.zhengwu.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.DefaultApplicationArguments;

class RenderRequestsTest {

    private static RenderRequests started(String... args) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("args", new DefaultApplicationArguments(args));
        return new RenderRequests(beans.getBeanProvider(org.springframework.boot.ApplicationArguments.class));
    }

    @Test
    void requestsThatQueuedBehindARenderWhichStartedAfterThemAreDropped() {
        RenderRequests r = started();
        long first = r.ticket("site:1");
        long second = r.ticket("site:1");
        long third = r.ticket("site:1");
        assertThat(r.begin("site:1", first)).isTrue();   // reads the state after all three changes
        assertThat(r.begin("site:1", second)).isFalse();
        assertThat(r.begin("site:1", third)).isFalse();
        long later = r.ticket("site:1");
        assertThat(r.begin("site:1", later)).isTrue();
        assertThat(r.begin("site:2", r.ticket("site:2"))).isTrue();
    }

    @Test
    void aRebuildTakesOverSitesItHasNotReachedYet() {
        RenderRequests r = started();
        assertThat(r.rebuildWillRender(7)).isFalse();
        r.rebuildStarted();
        assertThat(r.rebuildWillRender(7)).isTrue();
        r.rebuildReached(7);
        assertThat(r.rebuildWillRender(7)).isFalse();
        assertThat(r.rebuildWillRender(8)).isTrue();
        assertThat(r.rebuildEnded()).containsExactly(8L); // dropped for the rebuild, which never got there
        assertThat(r.rebuildWillRender(8)).isFalse();
        assertThat(r.rebuildEnded()).isEmpty();
    }

    @Test
    void aProcessStartedAsRebuildIsRebuildingFromTheStart() {
        assertThat(started("rebuild", "--zhengwu.data-dir=/x").rebuildWillRender(1)).isTrue();
        assertThat(started("import", "a.jsonl").rebuildWillRender(1)).isFalse();
    }
}

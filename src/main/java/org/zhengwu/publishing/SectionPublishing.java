package org.zhengwu.publishing;

import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.zhengwu.publishing.internal.SectionRenderer;

/**
 * How a module brings its {@link PublishedSection}'s pages up to date after a change of its own data (from a
 * listener of its own event, after commit). The work runs while no full rebuild renders the sections, so a
 * rebuild's sweep never deletes a page this writes.
 */
@Service
public class SectionPublishing {

    private final SectionRenderer renderer;

    SectionPublishing(SectionRenderer renderer) {
        this.renderer = renderer;
    }

    public void update(Consumer<SectionPages> work) {
        renderer.update(work);
    }
}

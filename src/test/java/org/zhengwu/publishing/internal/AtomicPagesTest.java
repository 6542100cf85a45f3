package org.zhengwu.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.platform.storage.DataDirectory;

/** Readers see a whole old page or a whole new one while it is being replaced, never a part of either. */
class AtomicPagesTest {

    @TempDir
    Path dir;

    @Test
    void aPageBeingRewrittenIsNeverSeenHalfWritten() throws Exception {
        PublicFolder folder = new PublicFolder(new DataDirectory(new ZhengwuProperties(dir, "http://localhost", null)),
                new PublishingProperties(DataSize.ofMegabytes(1), java.time.Duration.ofSeconds(2), 0, true),
                Precompression.of(true));
        byte[] small = "<p>旧页面</p>".repeat(10).getBytes();
        byte[] large = "<p>新页面，内容长得多</p>".repeat(20_000).getBytes();
        String path = "/www/news/1.html";
        folder.write(path, small);
        Path file = folder.root().resolve("www/news/1.html");

        AtomicBoolean done = new AtomicBoolean();
        List<String> torn = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    byte[] seen = Files.readAllBytes(file);
                    if (!Arrays.equals(seen, small) && !Arrays.equals(seen, large)) {
                        torn.add(seen.length + " bytes");
                    }
                } catch (Exception e) {
                    torn.add(e.toString());
                }
            }
        });
        reader.start();
        for (int i = 0; i < 300; i++) {
            folder.write(path, i % 2 == 0 ? large : small);
        }
        done.set(true);
        reader.join();

        assertThat(torn).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(small);
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("1.html");
        }
    }
}

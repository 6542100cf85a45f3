package org.zhengwu.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void anOversizedLineIsCutAndMarkedAndTheNextLineIsReadWhole() throws IOException {
        String huge = "x".repeat(200_000);
        try (LineReader reader = new LineReader(new StringReader("\uFEFF{\"sites\":[]}\r\n" + huge + "\nlast"), 1000)) {
            LineReader.Line first = reader.next();
            assertThat(first.text()).isEqualTo("{\"sites\":[]}");
            LineReader.Line second = reader.next();
            assertThat(second.tooLong()).isTrue();
            assertThat(second.text()).hasSize(1000);
            assertThat(second.number()).isEqualTo(2);
            LineReader.Line third = reader.next();
            assertThat(third.text()).isEqualTo("last");
            assertThat(third.tooLong()).isFalse();
            assertThat(third.number()).isEqualTo(3);
            assertThat(reader.next()).isNull();
        }
    }
}

package org.zhengwu.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;

/** A browser set to English still gets one language on a console page, not English menus around Chinese forms. */
@ZhengwuTest
class ConsoleLanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theConsoleSpeaksChineseWhateverTheBrowserAsksFor() throws Exception {
        mvc.perform(get("/admin/login").locale(Locale.US).header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("政务网站群管理后台")))
                .andExpect(content().string(not(containsString("site group console"))));
    }
}

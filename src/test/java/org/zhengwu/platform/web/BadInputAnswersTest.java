package org.zhengwu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bad requests of issue 11 §2, each answered with a 4xx in the format of its address and no ERROR log line. */
class BadInputAnswersTest extends BadInputTest {

    @Test
    void invalidUtf8InAnOpen311QueryIsA400InItsErrorFormat() throws Exception {
        RawHttp.Answer a = get("/open311/v2/requests.json?service_code=%ff%fe");
        assertThat(a.status()).isEqualTo(400);
        assertRefusalFormat("query", "GET", "/open311/v2/requests.json", a);
        assertThat(a.text()).contains("UTF-8");
    }

    @Test
    void invalidUtf8InAnOpen311PostPercentEncodedOrRawIsA400() throws Exception {
        RawHttp.Answer encoded = form("POST", "/open311/v2/requests.xml",
                "service_code=x&description=%ff%fe&api_key=k".getBytes(StandardCharsets.US_ASCII));
        assertThat(encoded.status()).isEqualTo(400);
        assertRefusalFormat("encoded", "POST", "/open311/v2/requests.xml", encoded);

        byte[] raw = "service_code=x&api_key=k&description=".getBytes(StandardCharsets.US_ASCII);
        raw = Arrays.copyOf(raw, raw.length + 3);
        raw[raw.length - 3] = (byte) 0xff;
        raw[raw.length - 2] = (byte) 0xc3;
        raw[raw.length - 1] = (byte) 0x28;
        RawHttp.Answer bytes = form("POST", "/open311/v2/requests.json", raw);
        assertThat(bytes.status()).isEqualTo(400);
        assertRefusalFormat("raw", "POST", "/open311/v2/requests.json", bytes);
    }

    @Test
    void aNulCharacterInAParameterIsA400InTheFormatOfItsAddress() throws Exception {
        // the fuzz test's find: on PostgreSQL a NUL in the service catalogue's query became a 500
        RawHttp.Answer api = get("/api/v1/service-items?q=a%00b");
        assertThat(api.status()).isEqualTo(400);
        assertRefusalFormat("api", "GET", "/api/v1/service-items", api);
        RawHttp.Answer page = get("/search?q=%E5%8F%91%00");
        assertThat(page.status()).isEqualTo(400);
        assertRefusalFormat("page", "GET", "/search", page);
    }

    @Test
    void aTwentyMegabyteFormPostIsA413() throws Exception {
        byte[] body = new byte[20 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        System.arraycopy("description=".getBytes(StandardCharsets.US_ASCII), 0, body, 0, 12);
        RawHttp.Answer a = form("POST", "/open311/v2/requests.json", body);
        assertThat(a.status()).isEqualTo(413);
        assertRefusalFormat("20 MB", "POST", "/open311/v2/requests.json", a);
    }

    @Test
    void anAddressOverEightKilobytesIsA414InTheFormatOfItsAddress() throws Exception {
        String filler = "a".repeat(9000);
        for (String path : new String[] {"/open311/v2/services.json", "/open311/v2/services.xml", "/api/v1/search",
                "/search", "/hdjl/letters", "/admin/login"}) {
            RawHttp.Answer a = get(path + "?q=" + filler);
            assertThat(a.status()).as(path).isEqualTo(414);
            assertRefusalFormat(path, "GET", path, a);
        }
    }

    @Test
    void theErrorAddressAskedForDirectlyIsAPageThatDoesNotExist() throws Exception {
        RawHttp.Answer a = get("/error");
        assertThat(a.status()).isEqualTo(404);
        assertRefusalFormat("/error", "GET", "/error", a);
        assertThat(a.text()).contains("页面不存在").doesNotContain("999");
    }

    @Test
    void putAndDeleteOnACollectionAre405sNamingTheMethodsItTakes() throws Exception {
        for (String method : new String[] {"PUT", "DELETE"}) {
            RawHttp.Answer a = send(method, "/open311/v2/requests.json", Map.of(), null);
            assertThat(a.status()).as(method).isEqualTo(405);
            assertThat(a.header("allow")).as(method).contains("GET", "POST");
            assertRefusalFormat(method, method, "/open311/v2/requests.json", a);
        }
        RawHttp.Answer services = send("PUT", "/open311/v2/services.xml", Map.of(), null);
        assertThat(services.status()).isEqualTo(405);
        assertThat(services.header("allow")).contains("GET").doesNotContain("POST");
        assertThat(send("PUT", "/open311/v2/nothing.json", Map.of(), null).status()).isEqualTo(404);
    }

    @Test
    void invalidUtf8OnTheSearchAndTheHallIsA400WithoutAStackTraceInTheLog() throws Exception {
        for (String path : new String[] {"/search", "/zh-hant/search", "/api/v1/search", "/hdjl/letters"}) {
            RawHttp.Answer a = get(path + "?q=%ff%fe&year=%c3%28");
            assertThat(a.status()).as(path).isEqualTo(400);
            assertRefusalFormat(path, "GET", path, a);
        }
        assertThat(get("/zh-hant/search?q=%ff").text()).contains("請求無法識別");
    }

    @Test
    void aPathThatTriesToClimbOutOfThePublicFolderGetsTheSiteFrame() throws Exception {
        RawHttp.Answer a = get("/qh/%2e%2e/secret");
        assertThat(a.status()).isEqualTo(400);
        assertRefusalFormat("climb", "GET", "/qh/x", a);
    }
}

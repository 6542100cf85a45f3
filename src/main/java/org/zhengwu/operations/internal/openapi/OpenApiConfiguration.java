package org.zhengwu.operations.internal.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3 document (springdoc, {@code /v3/api-docs}) of the JSON APIs under {@code /api/v1} and of Open311
 * (application.properties chooses the paths): its title, and the content API's key as a bearer scheme required by
 * every operation under {@code /api/v1/content}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String CONTENT_KEY = "contentKey";

    @Bean
    OpenAPI zhengwuOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Zhengwu 政务 API").version("v1")
                        .description("站群的 JSON 接口（办事事项、搜索、机器检查、内容报送）和互动交流的 Open311 GeoReport v2 接口。"
                                + "错误一律为 {\"status\": 代码, \"error\": \"中文说明\"}（Open311 为其规定的 errors 格式）。"))
                .components(new Components().addSecuritySchemes(CONTENT_KEY, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("内容接口密钥（zwapi_…），由系统管理员在“系统 › 内容接口密钥”中按单位签发")));
    }

    @Bean
    OpenApiCustomizer contentKeyRequired() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/v1/content")) {
                item.readOperations().forEach(op -> op.addSecurityItem(new SecurityRequirement().addList(CONTENT_KEY)));
            }
        });
    }
}

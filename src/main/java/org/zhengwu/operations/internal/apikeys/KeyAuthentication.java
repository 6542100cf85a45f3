package org.zhengwu.operations.internal.apikeys;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a content API request in with its key ({@code Authorization: Bearer zwapi_…}): a valid key becomes its unit's
 * editor for this request ({@link KeyPrincipal}); a missing, unknown or revoked key gets a 401 in the API's format
 * and reaches nothing. No session is made: the next request brings its key again.
 */
class KeyAuthentication extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BEARER = "Bearer ";

    private final ContentKeys keys;
    private final MessageSource messages;

    KeyAuthentication(ContentKeys keys, MessageSource messages) {
        this.keys = keys;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String secret = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip() : null;
        Optional<ContentKey> key = secret == null ? Optional.empty() : keys.use(secret);
        if (key.isEmpty()) {
            refuse(response, secret == null ? "operations.api.key.missing" : "operations.api.key.invalid");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new KeyPrincipal(key.get()), null,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void refuse(HttpServletResponse response, String key) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 401);
        body.put("error", messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE));
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}

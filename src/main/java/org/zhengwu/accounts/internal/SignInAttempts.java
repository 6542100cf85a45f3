package org.zhengwu.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengwu.accounts.SignInRecord.Outcome;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;

/**
 * Writes every sign-in attempt twice: to the login history (time, address, browser) and to the audit log, a success
 * as a change, anything else as a refusal.
 */
@Component
public class SignInAttempts {

    private final SignInStore store;
    private final AuditTrail audit;
    private final Clock clock;

    SignInAttempts(SignInStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void record(Long accountId, Long unitId, String username, Outcome outcome) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        String address = request == null ? null : request.getRemoteAddr();
        String agent = request == null ? null : request.getHeader("User-Agent");
        store.append(OffsetDateTime.now(clock), accountId, username == null ? "" : username, outcome, address, agent);
        AuditEvent event = AuditEvent.of(action(outcome), "staff_account", accountId, unitId,
                "用户名 " + username + (agent == null ? "" : "；浏览器 " + agent));
        if (outcome.success()) {
            audit.record(event);
        } else {
            audit.recordRefusal(event);
        }
    }

    private static String action(Outcome outcome) {
        return switch (outcome) {
            case SUCCESS -> "account.sign-in";
            case FAILURE -> "account.sign-in.failure";
            case LOCKED -> "account.sign-in.locked";
            case DISABLED -> "account.sign-in.disabled";
            case SECOND_FACTOR_FAILURE -> "account.sign-in.second-factor-failure";
            case THROTTLED -> "account.sign-in.throttled";
        };
    }
}

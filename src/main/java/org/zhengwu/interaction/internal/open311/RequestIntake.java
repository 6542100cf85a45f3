package org.zhengwu.interaction.internal.open311;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.interaction.InvalidLetter;
import org.zhengwu.interaction.LetterProblem;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.Letters;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;

/**
 * POST a service request: the key is checked (missing, unknown or revoked: 403, recorded as a refusal), the key's
 * rate, then the parameters; the letter goes through the interaction module's own intake with the hall's checks. The
 * letter, the key's last use and the audit record of which key posted it are one transaction: either all are stored
 * or nothing is. The answer carries the tracking number as {@code service_request_id} and the query code, which the
 * writer needs to read the answer in the hall, both in {@code service_notice} and in the extra field
 * {@code query_code}: it is shown this once and never again.
 */
@Service
class RequestIntake {

    private final ApiKeys keys;
    private final Open311Limits limits;
    private final ServiceCatalog catalog;
    private final Letters letters;
    private final AuditTrail audit;
    private final Open311Text text;

    RequestIntake(ApiKeys keys, Open311Limits limits, ServiceCatalog catalog, Letters letters, AuditTrail audit,
                  Open311Text text) {
        this.keys = keys;
        this.limits = limits;
        this.catalog = catalog;
        this.letters = letters;
        this.audit = audit;
        this.text = text;
    }

    /** The key with this secret, counted against its rate; refuses with 403 or 429. */
    ApiKey key(String secret) {
        ApiKey key = keys.valid(secret).orElseThrow(() -> {
            audit.recordRefusal(AuditEvent.of("open311.request.create", "open311-key", null, null,
                    secret == null || secret.isBlank() ? "no api_key" : "unknown or revoked api_key"));
            return new Open311Failure(HttpStatus.FORBIDDEN, text.t("open311.error.key"));
        });
        limits.key(key);
        return key;
    }

    @Transactional
    Open311Document create(ApiKey key, ServiceRequestForm form) {
        List<String> missing = form.missing();
        if (!missing.isEmpty()) {
            throw new Open311Failure(HttpStatus.BAD_REQUEST,
                    missing.stream().map(p -> text.t("open311.error.parameter.required", p)).toList());
        }
        if (catalog.service(form.serviceCode()).isEmpty()) {
            throw catalog.unknown(form.serviceCode());
        }
        LetterReceipt receipt;
        try {
            receipt = letters.submit(form.letter(text::t));
        } catch (InvalidLetter e) {
            List<String> descriptions = new ArrayList<>();
            for (LetterProblem p : e.problems()) {
                descriptions.add(text.t("open311.error.parameter.invalid", ServiceRequestForm.parameter(p),
                        text.t(p.key(), p.args())));
            }
            throw new Open311Failure(HttpStatus.BAD_REQUEST, descriptions);
        }
        keys.used(key);
        audit.record(AuditEvent.of("open311.request.create", "letter", receipt.trackingNumber(), null,
                "API 密钥 " + key.prefix() + "…（" + key.name() + "）"));
        Open311Document.Fields answer = new Open311Document.Fields()
                .put("service_request_id", receipt.trackingNumber())
                .put("service_notice", text.t("open311.notice", receipt.trackingNumber(), receipt.queryCode(),
                        receipt.mailboxName()))
                .put("account_id", null)
                .put("query_code", receipt.queryCode());
        return new Open311Document("service_requests", new Open311Document.Many("request", List.of(answer)));
    }
}

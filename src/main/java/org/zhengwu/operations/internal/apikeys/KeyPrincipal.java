package org.zhengwu.operations.internal.apikeys;

import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;

/**
 * A content API key signed in for one request: the editor of its unit, so the content services and their checks
 * treat it exactly as they treat that unit's editors. Its account id is the key's id negated, which no staff account
 * has; the audit log names it {@code apikey:zwapi_xxxxxx (接口密钥：name)}.
 */
record KeyPrincipal(ContentKey key) implements StaffPrincipal {

    @Override
    public long accountId() {
        return -key.id();
    }

    @Override
    public String username() {
        return "apikey:" + key.prefix();
    }

    @Override
    public String displayName() {
        return "接口密钥：" + key.name();
    }

    @Override
    public Long unitId() {
        return key.unitId();
    }

    @Override
    public StaffRole role() {
        return StaffRole.EDITOR;
    }
}

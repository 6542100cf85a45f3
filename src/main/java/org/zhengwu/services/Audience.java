package org.zhengwu.services;

/** Whom an item serves (服务对象): 个人 or 法人; an item may serve both. Label key {@code service.audience.NAME}. */
public enum Audience {
    /** 个人 (自然人) */
    PERSON,
    /** 法人 (企业和其他组织) */
    ENTERPRISE
}

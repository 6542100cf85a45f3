package org.zhengwu.services;

/**
 * The life events and themes (主题) the hall sorts items by, a fixed list: the first ones for persons, the last ones
 * for enterprises. Label key {@code service.theme.NAME}.
 */
public enum LifeEvent {
    /** 新生儿出生 */
    BIRTH,
    /** 入学教育 */
    SCHOOLING,
    /** 就业创业 */
    EMPLOYMENT,
    /** 婚姻登记 */
    MARRIAGE,
    /** 住房保障 */
    HOUSING,
    /** 社会保障 */
    SOCIAL_SECURITY,
    /** 退休养老 */
    RETIREMENT,
    /** 企业开办 */
    BUSINESS_START,
    /** 工程建设 */
    CONSTRUCTION,
    /** 经营许可 */
    OPERATING_PERMIT,
    /** 企业注销 */
    BUSINESS_CLOSURE
}

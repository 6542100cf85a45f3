package org.zhengwu.services;

/** The kind of a service item (事项类型) as the national catalogue names them; the label key is {@code service.kind.NAME}. */
public enum ServiceKind {
    /** 行政许可 */
    LICENSING,
    /** 行政确认 */
    CONFIRMATION,
    /** 行政给付 */
    BENEFIT,
    /** 行政裁决 */
    RULING,
    /** 行政奖励 */
    REWARD,
    /** 其他行政权力 */
    OTHER_POWER,
    /** 公共服务 */
    PUBLIC_SERVICE
}

package org.zhengwu.services.internal.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhengwu.platform.storage.FileType;
import org.zhengwu.services.Material;
import org.zhengwu.services.ServiceItem;

/**
 * The whole form an applicant fills in for an item: the applicant's name, ID number and mobile (every form has them),
 * the unit's own fields, and one upload slot per material of the guide (required materials required).
 */
public record ApplicationForm(ServiceItem item, List<FormField> own) {

    public static final String NAME = "applicantName";
    public static final String ID_NUMBER = "applicantId";
    public static final String MOBILE = "applicantMobile";
    public static final String MATERIAL_PREFIX = "material-";
    /** Materials accept every known type up to this size. */
    public static final int MATERIAL_MEGABYTES = 10;

    /** The built-in fields' keys, which a unit's own fields may not take. */
    public static final Set<String> RESERVED = Set.of(NAME, ID_NUMBER, MOBILE);

    public ApplicationForm {
        own = List.copyOf(own);
    }

    public static List<FormField> applicantFields() {
        return List.of(FormField.simple(NAME, "申请人姓名", FieldType.TEXT, true, "个人填写本人姓名，企业填写经办人姓名"),
                FormField.simple(ID_NUMBER, "身份证号码", FieldType.ID_CARD, true, "18 位居民身份证号码"),
                FormField.simple(MOBILE, "手机号码", FieldType.MOBILE, true, "用于接收办理进度通知"));
    }

    /** The upload slots of the guide's materials. */
    public List<FormField> materialSlots() {
        List<FormField> slots = new ArrayList<>();
        List<Material> materials = item.guide().materials();
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            slots.add(new FormField(MATERIAL_PREFIX + (i + 1), m.name(), FieldType.ATTACHMENT, m.required(),
                    m.required() ? "" : m.neededWhen(), List.of(), Set.of(FileType.values()), MATERIAL_MEGABYTES));
        }
        return slots;
    }

    /** Every field in the order the form shows them. */
    public List<FormField> fields() {
        List<FormField> all = new ArrayList<>(applicantFields());
        all.addAll(own);
        all.addAll(materialSlots());
        return all;
    }

    public Optional<FormField> field(String key) {
        return fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }
}

package org.zhengwu.services.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import org.zhengwu.platform.abuse.FormGuard;
import org.zhengwu.platform.web.FormProblems;
import org.zhengwu.services.internal.application.Problem;
import org.zhengwu.services.internal.application.Upload;

/** Reading the hall's posted forms: the typed fields without the guard's, the files by field, problems in words. */
final class PublicForms {

    /** Parameters that belong to the page, not to the applicant's answers. */
    private static final Set<String> PAGE_FIELDS = Set.of(FormGuard.TOKEN_FIELD, FormGuard.TRAP_FIELD, "_csrf");

    private PublicForms() {
    }

    /** Every typed parameter but the page's own, the first value of each (a repeated field is not ours to guess). */
    static Map<String, String> typed(HttpServletRequest request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!PAGE_FIELDS.contains(k) && v.length > 0) {
                typed.put(k, v[0]);
            }
        });
        return typed;
    }

    static Map<String, Upload> files(HttpServletRequest request) {
        Map<String, Upload> files = new LinkedHashMap<>();
        MultipartHttpServletRequest m = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (m != null) {
            m.getMultiFileMap().forEach((k, list) -> {
                if (!list.isEmpty()) {
                    MultipartFile f = list.get(0);
                    files.put(k, new Upload(f.getOriginalFilename(), f.getSize(), f));
                }
            });
        }
        return files;
    }

    static FormProblems problems(ServiceText t, List<Problem> problems) {
        return new FormProblems(problems.stream().map(p -> new FormProblems.Item(p.field(), t.t(p.key(), p.args())))
                .toList());
    }
}

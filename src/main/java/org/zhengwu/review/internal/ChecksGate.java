package org.zhengwu.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengwu.checks.CheckAttachment;
import org.zhengwu.checks.CheckReport;
import org.zhengwu.checks.CheckSubject;
import org.zhengwu.checks.ContentChecks;
import org.zhengwu.checks.Finding;
import org.zhengwu.content.Attachment;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentVersion;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.SafePaths;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.review.GateVerdict;
import org.zhengwu.review.SubmissionGate;
import org.zhengwu.sites.SiteDirectory;

/**
 * The machine checks before review: the version about to be submitted (title, body, attachments) goes through
 * {@link ContentChecks}; a blocking finding (banned word, personal data) stops the submission unless a reviewer has
 * overridden that version with a reason. The same report is shown to the editor and to the reviewers.
 */
@Component
class ChecksGate implements SubmissionGate {

    private static final String UPLOADS = "/uploads/";

    private final ContentChecks checks;
    private final ContentQueries contents;
    private final SiteDirectory sites;
    private final DataDirectory data;
    private final MessageSource messages;

    ChecksGate(ContentChecks checks, ContentQueries contents, SiteDirectory sites, DataDirectory data,
               MessageSource messages) {
        this.checks = checks;
        this.contents = contents;
        this.sites = sites;
        this.data = data;
        this.messages = messages;
    }

    @Override
    public GateVerdict check(long itemId, int version) {
        return contents.version(itemId, version).map(ContentVersion::content)
                .or(() -> contents.latestVersion(itemId))
                .map(item -> verdict(report(item)))
                .orElse(GateVerdict.clear());
    }

    /** The findings of this version of an item. */
    CheckReport report(ContentItem item) {
        Long unitId = sites.site(item.siteId()).map(s -> s.unitId()).orElse(null);
        String address = sites.site(item.siteId()).flatMap(s -> sites.column(item.columnId())
                .map(c -> PublicPaths.item(s.code(), c.code(), item.id()))).orElse(null);
        List<CheckAttachment> files = new ArrayList<>();
        for (Attachment a : contents.attachments(List.of(item.id())).getOrDefault(item.id(), List.of())) {
            if (a.path() != null && a.path().startsWith(UPLOADS)) {
                SafePaths.below(data.uploads(), a.path().substring(UPLOADS.length()))
                        .ifPresent(p -> files.add(CheckAttachment.of(a.fileName(), p)));
            }
        }
        return checks.check(new CheckSubject(unitId, item.title(), item.bodyHtml(), files, address));
    }

    /** One line per finding for the editor: where it is and what is wrong, in the console's language. */
    GateVerdict verdict(CheckReport report) {
        List<String> blocking = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Finding f : report.findings()) {
            (f.blocking() ? blocking : warnings).add(line(f));
        }
        return new GateVerdict(blocking, warnings);
    }

    private String line(Finding f) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String field = f.field() == Finding.Field.ATTACHMENT
                ? messages.getMessage("checks.field.ATTACHMENT", new Object[] {f.attachment()}, zh)
                : messages.getMessage("checks.field." + f.field().name(), null, zh);
        String where = f.field() == Finding.Field.TITLE
                ? messages.getMessage("checks.findings.position.title", new Object[] {f.column()}, zh)
                : f.kind() == Finding.Kind.UNCHECKED_ATTACHMENT ? ""
                : messages.getMessage("checks.findings.position", new Object[] {f.line(), f.column()}, zh);
        return field + where + "：" + messages.getMessage(f.messageKey(), f.messageArgs(), zh);
    }
}

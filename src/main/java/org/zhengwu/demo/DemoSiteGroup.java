package org.zhengwu.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.interaction.LetterReceipt;
import org.zhengwu.interaction.MailboxDetails;
import org.zhengwu.interaction.MailboxKind;
import org.zhengwu.interaction.Mailboxes;
import org.zhengwu.interaction.SampleLetter;
import org.zhengwu.interaction.SampleLetters;
import org.zhengwu.petitions.SamplePetitions;
import org.zhengwu.services.SampleApplications;
import org.zhengwu.supervision.SampleSupervision;
import org.zhengwu.platform.storage.AtomicFiles;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.SafePaths;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnDetails;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.NewSite;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

/**
 * Creates the demo site group of a fictional city when the group is empty: sites, columns, footers and items, all
 * published through the content module so that publishing renders them like any editor's work; the interaction
 * hall's mailboxes and a few made-up letters in different states, through the interaction module. Everything happens in
 * one transaction: either the whole demo is there or nothing is, and a group with any unit or site is never touched.
 */
@Service
public class DemoSiteGroup {

    /**
     * What was created; {@code letters} are the receipts of the sample letters, whose query codes exist nowhere else
     * (the start-up log shows them, so a visitor can try the look-up).
     */
    public record Created(String city, int sites, int columns, int items, int mailboxes, List<LetterReceipt> letters,
                          Duration took) {
    }

    private final SiteAdministration sites;
    private final SiteDirectory directory;
    private final Mailboxes mailboxes;
    private final SampleLetters samples;
    private final ContentEditing editing;
    private final DataDirectory dataDirectory;
    private final DemoSurveys surveys;
    private final DemoServiceItems serviceItems;
    private final DemoInvestment investment;
    private final DemoPetitionWork petitionWork;
    private final DemoStations stations;
    private final SampleApplications applications;
    private final SampleSupervision supervision;
    private final SamplePetitions petitions;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;
    private final Resource definition = new ClassPathResource("demo/site-group.yaml");

    DemoSiteGroup(SiteAdministration sites, SiteDirectory directory, ContentEditing editing, DataDirectory dataDirectory,
                  DemoSurveys surveys, PlatformTransactionManager transactions, Mailboxes mailboxes,
                  SampleLetters samples, DemoServiceItems serviceItems, SampleApplications applications,
                  SampleSupervision supervision, java.time.Clock clock, DemoInvestment investment,
                  DemoPetitionWork petitionWork, DemoStations stations, SamplePetitions petitions) {
        this.supervision = supervision;
        this.petitions = petitions;
        this.clock = clock;
        this.investment = investment;
        this.petitionWork = petitionWork;
        this.stations = stations;
        this.surveys = surveys;
        this.serviceItems = serviceItems;
        this.applications = applications;
        this.sites = sites;
        this.directory = directory;
        this.mailboxes = mailboxes;
        this.samples = samples;
        this.editing = editing;
        this.dataDirectory = dataDirectory;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Creates the demo if the group has no unit and no site yet; otherwise does nothing and returns empty. */
    public Optional<Created> createIfEmpty() {
        if (!groupIsEmpty()) {
            return Optional.empty();
        }
        long started = System.nanoTime();
        DemoDefinition demo = DemoDefinition.load(definition);
        copyImages(demo);
        return Optional.ofNullable(transaction.execute(status -> {
            if (!groupIsEmpty()) {
                return null;
            }
            for (DemoDefinition.DemoUnit u : demo.unitsOrNone()) {
                sites.addUnit(u.code(), u.name(), UnitKind.parse(u.kind()));
            }
            int[] columns = {0};
            int items = 0;
            DemoDates dates = DemoDates.movedTo(demo, java.time.LocalDate.now(clock));
            for (DemoDefinition.DemoSite s : demo.sites()) {
                Site site = open(s);
                Map<String, Long> columnIds = new HashMap<>();
                addColumns(site.id(), null, s.columns(), columnIds, columns);
                items += addItems(s, columnIds, dates);
            }
            surveys.create();
            Map<String, Long> units = new HashMap<>();
            directory.units().forEach(u -> units.put(u.code(), u.id()));
            int order = 0;
            for (DemoDefinition.DemoMailbox m : demo.mailboxesOrNone()) {
                order += 10;
                mailboxes.create(new MailboxDetails(m.code(), m.name(), MailboxKind.valueOf(m.kind()), m.description(),
                        m.leaderName(), unit(units, m.unitCode()), Integer.parseInt(m.answerDays()), order));
            }
            serviceItems.create(units);
            investment.create(units);
            stations.create(units);
            applications.create();
            supervision.create();
            petitionWork.create(units);
            petitions.create(units);
            List<LetterReceipt> letters = new ArrayList<>();
            List<DemoDefinition.DemoLetter> demoLetters = demo.lettersOrNone();
            for (int i = 0; i < demoLetters.size(); i++) {
                DemoDefinition.DemoLetter l = demoLetters.get(i);
                boolean answered = l.answer() != null && !Boolean.parseBoolean(l.answerInReview());
                // answered letters came in over the last few weeks and took 2 to 10 working days; open ones came now
                int handling = answered ? 2 + (i * 5) % 9 : 0;
                int ago = answered ? handling + 2 + 2 * (demoLetters.size() - 1 - i) : 0;
                letters.add(samples.create(new SampleLetter(l.mailbox(), l.name(), l.phone(), l.subject(), l.text(),
                        Boolean.parseBoolean(l.publicWish()), unit(units, l.unitCode()), l.answer(),
                        Boolean.parseBoolean(l.answerInReview()), l.rating(), l.refusalKind(), l.refusalReason(),
                        Boolean.parseBoolean(l.published()), ago, handling)));
            }
            return new Created(demo.city(), demo.sites().size(), columns[0], items, demo.mailboxesOrNone().size(),
                    letters, Duration.ofNanos(System.nanoTime() - started));
        }));
    }

    private static Long unit(Map<String, Long> units, String code) {
        if (code == null) {
            return null;
        }
        Long id = units.get(code);
        if (id == null) {
            throw new IllegalStateException("demo names unit " + code + " that the demo does not have");
        }
        return id;
    }

    private boolean groupIsEmpty() {
        directory.reload();
        return directory.units().isEmpty() && directory.sites().isEmpty();
    }

    private Site open(DemoDefinition.DemoSite s) {
        DemoDefinition.Footer f = s.footer();
        return sites.openSite(new NewSite(s.unitCode(), s.unitName(), UnitKind.parse(s.kind()), s.code(), s.name(), null,
                Boolean.TRUE.equals(s.portal()), new Site.Theme(null, Site.Theme.DEFAULT_COLOR),
                new Site.FooterIdentity(f.sponsor(), f.organizer(), f.contact(), f.siteIdentifier(), f.icpRecord(),
                        f.policeRecord()),
                s.sortOrder() == null ? 0 : s.sortOrder()));
    }

    private void addColumns(long siteId, Long parentId, List<DemoDefinition.DemoColumn> list, Map<String, Long> ids,
                            int[] count) {
        int order = 0;
        for (DemoDefinition.DemoColumn c : list) {
            order += 10;
            Column column = sites.addColumn(siteId, new ColumnDetails(parentId, c.code(), c.name(), ColumnKind.parse(c.kind()),
                    order, null, c.updateIntervalDays(), null));
            ids.put(c.code(), column.id());
            count[0]++;
            addColumns(siteId, column.id(), c.childrenOrNone(), ids, count);
        }
    }

    /**
     * Saves and publishes a site's items in file order, their dates moved to the day of the demo; interpretations find
     * their policy by key. The demo is the system's own content, so it is published directly, not through the review
     * chain.
     */
    private int addItems(DemoDefinition.DemoSite s, Map<String, Long> columnIds, DemoDates dates) {
        Map<String, Long> byKey = new HashMap<>();
        for (DemoDefinition.DemoItem i : s.items()) {
            Long columnId = columnIds.get(i.column());
            if (columnId == null) {
                throw new IllegalStateException("demo item \"" + i.title() + "\" names column " + i.column()
                        + " that site " + s.code() + " does not have");
            }
            Long interpretsId = null;
            if (i.interprets() != null) {
                interpretsId = byKey.get(i.interprets());
                if (interpretsId == null) {
                    throw new IllegalStateException("demo item \"" + i.title() + "\" interprets unknown key " + i.interprets());
                }
            }
            long id = editing.createDraft(new ContentDraft(columnId, i.title(), i.subtitle(), i.source(), null,
                    dates.move(i.publishedAt()), i.summary(), i.body(), i.cover(), null, Boolean.TRUE.equals(i.pinned()),
                    i.issuingAuthority(), i.documentNo(), i.writtenDate(), i.topicCategory(), i.validity(), interpretsId));
            editing.publish(id);
            if (i.key() != null) {
                byKey.put(i.key(), id);
            }
        }
        return s.items().size();
    }

    /** Puts the images the items use under the uploads folder, where covers and bodies point. */
    private void copyImages(DemoDefinition demo) {
        Set<String> names = new LinkedHashSet<>();
        for (DemoDefinition.DemoSite s : demo.sites()) {
            for (DemoDefinition.DemoItem i : s.items()) {
                for (String text : new String[] {i.cover(), i.body()}) {
                    if (text != null) {
                        Matcher m = DemoDefinition.IMAGE.matcher(text);
                        while (m.find()) {
                            names.add(m.group(1));
                        }
                    }
                }
            }
        }
        Path folder = dataDirectory.uploads();
        for (String name : names) {
            Path target = SafePaths.below(folder, "demo/" + name)
                    .orElseThrow(() -> new IllegalStateException("bad demo image name " + name));
            try (InputStream in = new ClassPathResource("demo/images/" + name).getInputStream()) {
                AtomicFiles.write(target, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("demo image " + name, e);
            }
        }
    }
}

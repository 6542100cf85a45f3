package org.zhengwu.checks.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;

/**
 * The security administrator's word lists: list, add, delete, import a text file, export. Words are stored with their
 * folded form (simplified, lower case), which must be new across all three lists. Every change is audited in the
 * same transaction; the matcher is rebuilt after commit. Callers check the role; this class checks the input.
 */
@Service
public class WordLists {

    public static final int MAX_LENGTH = 50;
    public static final int PAGE_SIZE = 50;
    public static final int MAX_IMPORT_BYTES = 5 << 20;
    public static final int MAX_IMPORT_LINES = 100_000;
    static final String TYPO_ARROW = "=>";

    public record Page(List<ListedWord> words, int page, int pages, int total) {
    }

    /** A line of an import that was not taken: its number (from 1), its text and why. */
    public record BadLine(int number, String text, String key, List<String> args) {

        public Object[] messageArgs() {
            return args.toArray();
        }
    }

    public record ImportResult(WordKind kind, int added, int duplicates, List<BadLine> bad) {
    }

    private record Candidate(WordKind kind, String word, String folded, String replacement) {

        WordStore.NewWord toNew() {
            return new WordStore.NewWord(kind, word, folded, replacement);
        }
    }

    private final WordStore store;
    private final WordIndex index;
    private final ScriptFolding folding;
    private final AuditTrail audit;
    private final UnitScope scope;
    private final Clock clock;

    WordLists(WordStore store, WordIndex index, ScriptFolding folding, AuditTrail audit, UnitScope scope, Clock clock) {
        this.store = store;
        this.index = index;
        this.folding = folding;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    /** A page (from 1) of one list, newest first, filtered by a part of the word or its right form. */
    @Transactional(readOnly = true)
    public Page page(WordKind kind, String query, int page) {
        String q = query == null || query.isBlank() ? null : folding.fold(query.strip());
        int total = store.count(kind, q);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(1, Math.min(page, pages));
        return new Page(store.page(kind, q, (p - 1) * PAGE_SIZE, PAGE_SIZE), p, pages, total);
    }

    @Transactional
    public ListedWord add(WordKind kind, String word, String replacement) {
        Candidate c = candidate(kind, word, replacement);
        store.byFolded(c.folded()).ifPresent(existing -> {
            throw new RuleViolation("checks.word.duplicate", c.word(), existing.word());
        });
        long id;
        try {
            id = store.insert(c.toNew(), actor(), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("checks.word.duplicate", c.word(), c.word());
        }
        audit.record(AuditEvent.of("checks.word.add", "check_word", id, null, describe(c.kind(), c.word(), c.replacement())));
        index.changed();
        return store.byId(id).orElseThrow();
    }

    @Transactional
    public ListedWord delete(long id) {
        ListedWord w = store.byId(id).orElseThrow(() -> new NotFound("checks.word.not-found", id));
        store.delete(id);
        audit.record(AuditEvent.of("checks.word.delete", "check_word", id, null, describe(w.kind(), w.word(), w.replacement())));
        index.changed();
        return w;
    }

    /**
     * Adds the words of a UTF-8 text file to one list: one word a line, {@code wrong=>right} for typos; blank lines
     * and lines starting with {@code #} are passed over. Words already listed (or twice in the file) are skipped and
     * counted; each bad line is reported with its number and the rest is stored. A file that is not UTF-8 text (or
     * too large) is refused whole and nothing is stored.
     */
    @Transactional
    public ImportResult importFile(WordKind kind, byte[] bytes) {
        if (bytes.length > MAX_IMPORT_BYTES) {
            throw new RuleViolation("checks.import.too-large", MAX_IMPORT_BYTES >> 20);
        }
        String text = utf8Text(bytes);
        String[] lines = text.split("\n", -1);
        if (lines.length > MAX_IMPORT_LINES) {
            throw new RuleViolation("checks.import.too-many-lines", MAX_IMPORT_LINES);
        }
        Set<String> known = store.allFolded();
        Set<String> seen = new HashSet<>();
        List<WordStore.NewWord> fresh = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        int duplicates = 0;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                Candidate c = fromLine(kind, line);
                if (known.contains(c.folded()) || !seen.add(c.folded())) {
                    duplicates++;
                } else {
                    fresh.add(c.toNew());
                }
            } catch (RuleViolation e) {
                bad.add(new BadLine(k + 1, line.length() > 80 ? line.substring(0, 80) + "…" : line, e.key(),
                        List.of(e.args()).stream().map(String::valueOf).toList()));
            }
        }
        store.insertAll(fresh, actor(), OffsetDateTime.now(clock));
        audit.record(AuditEvent.of("checks.words.import", "check_word", null, null, kind.name() + ": 新增" + fresh.size()
                + "，重复跳过" + duplicates + "，错误行" + bad.size()));
        if (!fresh.isEmpty()) {
            index.changed();
        }
        return new ImportResult(kind, fresh.size(), duplicates, bad);
    }

    /** One list as a text file that {@link #importFile} reads back. */
    @Transactional
    public String export(WordKind kind) {
        List<ListedWord> words = store.list(kind);
        StringBuilder out = new StringBuilder();
        for (ListedWord w : words) {
            out.append(w.word());
            if (w.replacement() != null) {
                out.append(TYPO_ARROW).append(w.replacement());
            }
            out.append('\n');
        }
        audit.record(AuditEvent.of("checks.words.export", "check_word", null, null, kind.name() + ": " + words.size()));
        return out.toString();
    }

    private Candidate fromLine(WordKind kind, String line) {
        int arrow = line.indexOf(TYPO_ARROW);
        if (kind == WordKind.TYPO) {
            if (arrow < 0) {
                throw new RuleViolation("checks.import.typo-needs-arrow");
            }
            return candidate(kind, line.substring(0, arrow), line.substring(arrow + TYPO_ARROW.length()));
        }
        if (arrow >= 0) {
            throw new RuleViolation("checks.import.arrow-only-typo");
        }
        return candidate(kind, line, null);
    }

    private Candidate candidate(WordKind kind, String word, String replacement) {
        if (kind == null) {
            throw new RuleViolation("checks.word.kind.required");
        }
        String w = word == null ? "" : word.strip();
        String r = replacement == null || replacement.isBlank() ? null : replacement.strip();
        if (w.isEmpty()) {
            throw new RuleViolation("checks.word.required");
        }
        if (w.length() > MAX_LENGTH) {
            throw new RuleViolation("checks.word.too-long", MAX_LENGTH);
        }
        if (w.contains(TYPO_ARROW) || hasControl(w)) {
            throw new RuleViolation("checks.word.invalid");
        }
        String folded = folding.fold(w);
        if (kind != WordKind.TYPO) {
            if (r != null) {
                throw new RuleViolation("checks.word.replacement.only-typo");
            }
            return new Candidate(kind, w, folded, null);
        }
        if (r == null) {
            throw new RuleViolation("checks.word.replacement.required");
        }
        if (r.length() > MAX_LENGTH) {
            throw new RuleViolation("checks.word.replacement.too-long", MAX_LENGTH);
        }
        if (r.contains(TYPO_ARROW) || hasControl(r)) {
            throw new RuleViolation("checks.word.replacement.invalid");
        }
        if (folding.fold(r).equals(folded)) {
            throw new RuleViolation("checks.word.replacement.same");
        }
        return new Candidate(kind, w, folded, r);
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    private static String utf8Text(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RuleViolation("checks.import.empty");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new RuleViolation("checks.import.not-text");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new RuleViolation("checks.import.not-text");
        }
    }

    private static String describe(WordKind kind, String word, String replacement) {
        return kind.name() + ": " + word + (replacement == null ? "" : TYPO_ARROW + replacement);
    }

    private String actor() {
        return scope.current().map(StaffPrincipal::username).orElse("系统");
    }
}

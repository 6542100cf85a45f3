package org.zhengwu.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The rules of group commit, on a database of its own: nobody hears "saved" before the commit, many callers share
 * commits, one bad item fails alone, a caller's own transaction is joined, and the writer writes with the caller's
 * request (for the audit log's who and from where).
 */
class GroupCommitTest {

    /** Counts the commits that reach the database. */
    static final class CountingTransactions extends DataSourceTransactionManager {
        final AtomicInteger commits = new AtomicInteger();

        CountingTransactions(JdbcDataSource ds) {
            super(ds);
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            super.doCommit(status);
            commits.incrementAndGet();
        }
    }

    JdbcDataSource ds;
    JdbcClient jdbc;
    CountingTransactions transactions;
    GroupCommit<String, String> commits;
    final CountDownLatch release = new CountDownLatch(1);
    final List<RequestAttributes> seenRequests = new ArrayList<>();

    @BeforeEach
    void setUp() {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:group-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(ds);
        jdbc.sql("CREATE TABLE item (name VARCHAR(40) PRIMARY KEY)").update();
        transactions = new CountingTransactions(ds);
        commits = new GroupCommit<>("test-writer", transactions, 64, write());
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        commits.close();
        jdbc.sql("SHUTDOWN").update();
    }

    /** Inserts the item; "bad" breaks the rule of its row, "slow" waits until the test releases it. */
    private Function<String, String> write() {
        return name -> {
            synchronized (seenRequests) {
                seenRequests.add(RequestContextHolder.getRequestAttributes());
            }
            if (name.startsWith("slow")) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (name.equals("bad")) {
                throw new IllegalArgumentException("bad item");
            }
            jdbc.sql("INSERT INTO item (name) VALUES (?)").param(name).update();
            return "saved " + name;
        };
    }

    private boolean stored(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE name = ?").param(name).query(Long.class).single() == 1;
    }

    @Test
    void everyCallerHearsSavedOnlyAfterItsItemIsCommittedAndCallersShareCommits() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            String name = "item-" + i;
            answers.add(callers.submit(() -> {
                String answer = commits.submit(name);
                // read on another connection: committed, or it would not be seen
                return answer.equals("saved " + name) && stored(name);
            }));
        }
        for (Future<Boolean> a : answers) {
            assertThat(a.get(30, TimeUnit.SECONDS)).isTrue();
        }
        callers.shutdown();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM item").query(Long.class).single()).isEqualTo(800);
        assertThat(transactions.commits.get()).isLessThan(800);
    }

    @Test
    void aBadItemFailsAloneAndTheOthersOfItsGroupAreSaved() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        Future<String> slow = callers.submit(() -> commits.submit("slow"));
        while (seenRequests.isEmpty()) { // the writer is inside the first group, holding it open
            Thread.sleep(5);
        }
        Future<String> first = callers.submit(() -> commits.submit("good-1"));
        Future<String> bad = callers.submit(() -> commits.submit("bad"));
        Future<String> second = callers.submit(() -> commits.submit("good-2"));
        while (commits.queued() < 3) { // all three wait for the next group
            Thread.sleep(5);
        }
        release.countDown();

        assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("saved slow");
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("saved good-1");
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("saved good-2");
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad item");
        assertThat(stored("good-1")).isTrue();
        assertThat(stored("good-2")).isTrue();
        assertThat(stored("bad")).isFalse();
        callers.shutdown();
    }

    @Test
    void aCallerInsideATransactionWritesInItAndSharesItsRollback() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            assertThat(commits.submit("inside")).isEqualTo("saved inside");
            status.setRollbackOnly();
        });
        assertThat(stored("inside")).isFalse();
        assertThat(seenRequests).hasSize(1);
    }

    @Test
    void theWriterWritesWithTheCallersRequest() {
        ServletRequestAttributes request = new ServletRequestAttributes(new MockHttpServletRequest());
        RequestContextHolder.setRequestAttributes(request);
        try {
            commits.submit("from-a-request");
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(seenRequests).containsExactly(request);
        assertThat(stored("from-a-request")).isTrue();
    }

    @Test
    void afterCloseItemsAreStillWrittenOneByOne() {
        commits.close();
        assertThat(commits.submit("late")).isEqualTo("saved late");
        assertThat(stored("late")).isTrue();
    }
}

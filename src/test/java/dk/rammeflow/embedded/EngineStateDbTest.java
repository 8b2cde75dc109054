package dk.rammeflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.db.ColumnFamily;
import io.camunda.zeebe.db.TransactionContext;
import io.camunda.zeebe.db.ZeebeDbInconsistentException;
import io.camunda.zeebe.db.impl.DbCompositeKey;
import io.camunda.zeebe.db.impl.DbLong;
import io.camunda.zeebe.db.impl.DbString;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EngineStateDbTest {

  EngineStateDb<ZbColumnFamilies> db;
  TransactionContext context;
  DbLong first;
  DbLong second;
  DbCompositeKey<DbLong, DbLong> pair;
  DbString value;
  ColumnFamily<DbCompositeKey<DbLong, DbLong>, DbString> pairs;
  ColumnFamily<DbLong, DbString> jobs;

  @BeforeEach
  void setUp() {
    db = new EngineStateDb<>();
    context = db.createContext();
    first = new DbLong();
    second = new DbLong();
    pair = new DbCompositeKey<>(first, second);
    value = new DbString();
    pairs = db.createColumnFamily(ZbColumnFamilies.ELEMENT_INSTANCE_CHILD_PARENT, context, pair, value);
    jobs = db.createColumnFamily(ZbColumnFamilies.JOBS, context, new DbLong(), new DbString());
  }

  private void putPair(long a, long b, String v) {
    first.wrapLong(a);
    second.wrapLong(b);
    value.wrapString(v);
    pairs.upsert(pair, value);
  }

  private List<String> prefix(long a) {
    List<String> seen = new ArrayList<>();
    DbLong prefix = new DbLong();
    prefix.wrapLong(a);
    pairs.whileEqualPrefix(prefix, (k, v) -> {
      seen.add(k.first().getValue() + "/" + k.second().getValue() + "=" + v);
    });
    return seen;
  }

  @Test
  void iteratesInUnsignedByteOrderOfTheKeysNotInInsertionOrder() {
    putPair(2, 1, "c");
    putPair(1, 300, "b");
    putPair(1, 2, "a");
    putPair(-1, 0, "negative sorts last (unsigned)");

    List<String> all = new ArrayList<>();
    pairs.forEach((k, v) -> all.add(k.first().getValue() + "/" + k.second().getValue()));

    assertThat(all).containsExactly("1/2", "1/300", "2/1", "-1/0");
  }

  @Test
  void aPrefixWalkSeesOnlyItsPrefixAndStopsAtTheFirstKeyPastIt() {
    putPair(1, 1, "a");
    putPair(1, 2, "b");
    putPair(2, 1, "c");
    putPair(3, 1, "d");
    DbLong job = new DbLong();
    job.wrapLong(1);
    DbString jobValue = new DbString();
    jobValue.wrapString("other family");
    jobs.upsert(job, jobValue);

    assertThat(prefix(1)).containsExactly("1/1=a", "1/2=b");
    assertThat(prefix(2)).containsExactly("2/1=c");
    assertThat(prefix(4)).isEmpty();

    // The walk stops at the first key past the prefix: the visitor is not asked about key 2/1.
    List<Long> visited = new ArrayList<>();
    DbLong prefix = new DbLong();
    prefix.wrapLong(1);
    pairs.whileEqualPrefix(prefix, (k, v) -> {
      visited.add(k.second().getValue());
      return true;
    });
    assertThat(visited).containsExactly(1L, 2L);
    assertThat(pairs.countEqualPrefix(prefix)).isEqualTo(2);
    assertThat(pairs.count()).isEqualTo(4);
    assertThat(jobs.count()).isEqualTo(1);
  }

  @Test
  void aVisitorReturningFalseStopsTheWalkAndStartKeysSkipAhead() {
    putPair(1, 1, "a");
    putPair(1, 2, "b");
    putPair(1, 3, "c");
    List<Long> visited = new ArrayList<>();
    pairs.whileTrue((k, v) -> {
      visited.add(k.second().getValue());
      return visited.size() < 2;
    });
    assertThat(visited).containsExactly(1L, 2L);

    visited.clear();
    DbLong prefix = new DbLong();
    prefix.wrapLong(1);
    first.wrapLong(1);
    second.wrapLong(2);
    pairs.whileEqualPrefix(prefix, pair, (k, v) -> visited.add(k.second().getValue()));
    assertThat(visited).containsExactly(2L, 3L);
  }

  @Test
  void aTransactionSeesItsOwnWritesMergedInOrderAndOthersSeeThemOnlyAfterCommit() throws Exception {
    putPair(1, 1, "committed");
    putPair(1, 3, "to be deleted");
    TransactionContext other = db.createContext();
    ColumnFamily<DbCompositeKey<DbLong, DbLong>, DbString> otherView =
        db.createColumnFamily(ZbColumnFamilies.ELEMENT_INSTANCE_CHILD_PARENT, other, new DbCompositeKey<>(new DbLong(), new DbLong()), new DbString());

    var transaction = context.getCurrentTransaction();
    putPair(1, 2, "uncommitted");
    putPair(1, 1, "overwritten");
    first.wrapLong(1);
    second.wrapLong(3);
    pairs.deleteExisting(pair);

    assertThat(prefix(1)).containsExactly("1/1=overwritten", "1/2=uncommitted");
    assertThat(otherView.count()).isEqualTo(2);
    List<String> othersSee = new ArrayList<>();
    otherView.forEach(v -> othersSee.add(v.toString()));
    assertThat(othersSee).containsExactly("committed", "to be deleted");

    transaction.commit();

    othersSee.clear();
    otherView.forEach(v -> othersSee.add(v.toString()));
    assertThat(othersSee).containsExactly("overwritten", "uncommitted");
  }

  @Test
  void aRollbackDropsTheTransactionsWritesAndDeletes() throws Exception {
    putPair(1, 1, "kept");
    var transaction = context.getCurrentTransaction();
    putPair(1, 2, "dropped");
    first.wrapLong(1);
    second.wrapLong(1);
    pairs.deleteExisting(pair);
    assertThat(prefix(1)).containsExactly("1/2=dropped");

    transaction.rollback();

    assertThat(prefix(1)).containsExactly("1/1=kept");
  }

  @Test
  void anOperationOutsideATransactionCommitsAtOnceAndAFailedOneLeavesNothing() {
    putPair(5, 1, "a");
    assertThat(db.size()).isEqualTo(1);

    assertThatThrownBy(() -> context.runInTransaction(() -> {
      putPair(5, 2, "b");
      throw new IllegalStateException("processing failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(prefix(5)).containsExactly("5/1=a");
  }

  @Test
  void consistencyChecksRefuseADuplicateInsertAndAnUpdateOrDeleteOfAMissingKey() {
    putPair(1, 1, "a");
    first.wrapLong(1);
    second.wrapLong(1);
    assertThatThrownBy(() -> pairs.insert(pair, value)).isInstanceOf(ZeebeDbInconsistentException.class);
    second.wrapLong(9);
    assertThatThrownBy(() -> pairs.update(pair, value)).isInstanceOf(ZeebeDbInconsistentException.class);
    assertThatThrownBy(() -> pairs.deleteExisting(pair)).isInstanceOf(ZeebeDbInconsistentException.class);
    pairs.deleteIfExists(pair);
    assertThat(pairs.exists(pair)).isFalse();
    second.wrapLong(1);
    assertThat(pairs.exists(pair)).isTrue();
    assertThat(pairs.get(pair).toString()).isEqualTo("a");
  }

  @Test
  void aVisitorMayDeleteAndWriteWhileWalking() {
    for (long i = 1; i <= 5; i++) {
      putPair(7, i, "v" + i);
    }
    context.runInTransaction(() -> {
      DbLong prefix = new DbLong();
      prefix.wrapLong(7);
      DbCompositeKey<DbLong, DbLong> toDelete = new DbCompositeKey<>(new DbLong(), new DbLong());
      pairs.whileEqualPrefix(prefix, (k, v) -> {
        toDelete.first().wrapLong(k.first().getValue());
        toDelete.second().wrapLong(k.second().getValue());
        pairs.deleteExisting(toDelete);
      });
    });
    assertThat(prefix(7)).isEmpty();
    assertThat(pairs.isEmpty()).isTrue();
    assertThat(db.isEmpty(ZbColumnFamilies.ELEMENT_INSTANCE_CHILD_PARENT, context)).isTrue();
  }

  @Test
  void theCommittedStateReadBackRestoresAnEqualDatabase() {
    putPair(1, 1, "a");
    putPair(2, 2, "b");
    List<Map.Entry<byte[], byte[]>> entries = new ArrayList<>();
    db.forEachCommitted((k, v) -> entries.add(new AbstractMap.SimpleEntry<>(k.clone(), v.clone())));

    EngineStateDb<ZbColumnFamilies> restored = new EngineStateDb<>();
    restored.restore(entries);
    var view = restored.createColumnFamily(ZbColumnFamilies.ELEMENT_INSTANCE_CHILD_PARENT, restored.createContext(), new DbCompositeKey<>(new DbLong(), new DbLong()), new DbString());
    List<String> seen = new ArrayList<>();
    view.forEach(v -> seen.add(v.toString()));
    assertThat(seen).containsExactly("a", "b");
  }
}

package dk.rammeflow.benchmark;

import dk.rammeflow.embedded.EngineStateDb;
import io.camunda.zeebe.db.ColumnFamily;
import io.camunda.zeebe.db.TransactionContext;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.DbCompositeKey;
import io.camunda.zeebe.db.impl.DbLong;
import io.camunda.zeebe.db.impl.DbString;
import io.camunda.zeebe.process.test.engine.db.InMemoryDbFactory;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints how long short prefix walks take in the state database as the number of live
 * entries grows, for the test engine's in-memory database and for {@link EngineStateDb}. The engine
 * walks short prefixes (an element instance's children, a process instance's variables) all the
 * time, so this cost per walk is paid per command. Run with
 * {@code mvn test -Dtest=EngineStateDbBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EngineStateDbBenchmark {

  @Test
  void prefixWalksAsTheDatabaseGrows() {
    System.out.printf("%nBENCHMARK state database: microseconds per prefix walk of 5 entries, in a transaction with one pending write%n");
    System.out.printf("%10s %22s %18s%n", "entries", "test engine InMemoryDb", "EngineStateDb");
    for (int entries : new int[] {1_000, 10_000, 50_000}) {
      double inMemory = walk(new InMemoryDbFactory<ZbColumnFamilies>().createDb(), entries);
      double ours = walk(new EngineStateDb<>(), entries);
      System.out.printf("%10d %22.1f %18.1f%n", entries, inMemory, ours);
    }
  }

  /** Fills the database with {@code entries} entries in groups of 5 by prefix, then walks prefixes. */
  private static double walk(ZeebeDb<ZbColumnFamilies> db, int entries) {
    TransactionContext context = db.createContext();
    DbLong parent = new DbLong();
    DbLong child = new DbLong();
    DbCompositeKey<DbLong, DbLong> key = new DbCompositeKey<>(parent, child);
    DbString value = new DbString();
    value.wrapString("a value of some length, as the engine's records have");
    ColumnFamily<DbCompositeKey<DbLong, DbLong>, DbString> family =
        db.createColumnFamily(ZbColumnFamilies.ELEMENT_INSTANCE_PARENT_CHILD, context, key, value);
    for (int i = 0; i < entries; i++) {
      parent.wrapLong(i / 5);
      child.wrapLong(i);
      family.upsert(key, value);
    }
    int walks = Math.max(200, 2_000_000 / entries);
    long[] seen = {0};
    DbLong prefix = new DbLong();
    long started = 0;
    for (int round = 0; round < 2; round++) { // the first round warms up
      started = System.nanoTime();
      for (int w = 0; w < walks; w++) {
        context.runInTransaction(() -> {
          parent.wrapLong(entries / 5 + 1);
          child.wrapLong(1);
          family.upsert(key, value);
          prefix.wrapLong((long) (Math.random() * (entries / 5)));
          family.whileEqualPrefix(prefix, (k, v) -> {
            seen[0]++;
          });
        });
      }
    }
    return (System.nanoTime() - started) / 1_000.0 / walks;
  }
}

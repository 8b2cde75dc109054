package dk.rammeflow.embedded;

import io.camunda.zeebe.db.ColumnFamily;
import io.camunda.zeebe.db.DbKey;
import io.camunda.zeebe.db.DbValue;
import io.camunda.zeebe.db.KeyValuePairVisitor;
import io.camunda.zeebe.db.TransactionContext;
import io.camunda.zeebe.db.TransactionOperation;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.ZeebeDbInconsistentException;
import io.camunda.zeebe.db.ZeebeDbTransaction;
import io.camunda.zeebe.db.impl.DbNil;
import io.camunda.zeebe.db.impl.ZeebeDbConstants;
import io.camunda.zeebe.protocol.ColumnFamilyScope;
import io.camunda.zeebe.protocol.EnumValue;
import io.camunda.zeebe.protocol.ScopedColumnFamily;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.File;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The embedded engine's state database: a {@link ZeebeDb} over one sorted map of byte keys, in
 * place of the in-memory database of zeebe-process-test-engine 8.8.21, which copies the whole
 * database into a new map for every prefix iteration and keeps walking past the end of the prefix.
 *
 * <p>Keys are the column family's {@link EnumValue#getValue() value} as 8 big-endian bytes followed
 * by the key's bytes, compared unsigned, as RocksDB orders them in a cluster. A transaction keeps its
 * writes (and deletes, as tombstones) in a sorted map of its own; reads and iterations see the
 * transaction's writes over the committed state, merged on the fly, without copying, and an
 * iteration stops at the first key past its prefix. Visitors may write and delete while iterating
 * (both maps are concurrent skip lists, whose iterators are weakly consistent). A commit applies the
 * writes to the committed map; a rollback drops them. Like the database it replaces, it checks
 * consistency (insert of an existing key, update or delete of a missing one) and has no locking
 * between transactions: the engine writes from one actor.
 *
 * <p>The committed state can be read and replaced as sorted entries ({@link #forEachCommitted},
 * {@link #restore}), which is what a snapshot of the embedded runtime stores. Committed values are
 * kept shortened by {@link StateValueCodec} (about a third of their size) and handed out decoded.
 */
public final class EngineStateDb<C extends Enum<? extends EnumValue> & EnumValue & ScopedColumnFamily>
    implements ZeebeDb<C> {

  private static final byte[] TOMBSTONE = new byte[0];
  private static final int CF_PREFIX = Long.BYTES;

  private final ConcurrentSkipListMap<byte[], byte[]> committed = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
  private final MeterRegistry meterRegistry = new SimpleMeterRegistry();

  @Override
  public <K extends DbKey, V extends DbValue> ColumnFamily<K, V> createColumnFamily(
      C columnFamily, TransactionContext context, K keyInstance, V valueInstance) {
    return new Family<>(columnFamily, (Context) context, keyInstance, valueInstance);
  }

  @Override
  public void createSnapshot(File snapshotDir) {
    throw new UnsupportedOperationException("The embedded runtime writes its own snapshots (EngineStateDb.forEachCommitted)");
  }

  @Override
  public Optional<String> getProperty(String propertyName) {
    return Optional.empty();
  }

  @Override
  public TransactionContext createContext() {
    return new Context(this);
  }

  @Override
  public boolean isEmpty(C column, TransactionContext context) {
    return createColumnFamily(column, context, NoKey.INSTANCE, DbNil.INSTANCE).isEmpty();
  }

  @Override
  public MeterRegistry getMeterRegistry() {
    return meterRegistry;
  }

  @Override
  public void close() {
    committed.clear();
  }

  /** Every committed entry in key order (full keys, column family prefix included). */
  public void forEachCommitted(BiConsumer<byte[], byte[]> consumer) {
    committed.forEach((key, value) -> consumer.accept(key, StateValueCodec.decode(value)));
  }

  /** The number of committed entries. */
  public int size() {
    return committed.size();
  }

  /** Replaces the committed state with the given entries, as read back from {@link #forEachCommitted}. */
  public void restore(Iterable<Map.Entry<byte[], byte[]>> entries) {
    committed.clear();
    for (Map.Entry<byte[], byte[]> entry : entries) {
      committed.put(entry.getKey(), StateValueCodec.encode(entry.getValue()));
    }
  }

  private static byte[] fullKey(long columnFamily, DbKey key) {
    byte[] bytes = new byte[CF_PREFIX + key.getLength()];
    MutableDirectBuffer buffer = new UnsafeBuffer(bytes);
    buffer.putLong(0, columnFamily, ZeebeDbConstants.ZB_DB_BYTE_ORDER);
    key.write(buffer, CF_PREFIX);
    return bytes;
  }

  private static byte[] valueBytes(DbValue value) {
    byte[] bytes = new byte[value.getLength()];
    value.write(new UnsafeBuffer(bytes), 0);
    return bytes;
  }

  private static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  /**
   * One transaction context: at most one open transaction at a time, as the engine uses it from
   * one actor. Outside a transaction, every operation runs in a transaction of its own.
   */
  static final class Context implements TransactionContext {

    private final EngineStateDb<?> db;
    private final Transaction transaction = new Transaction();

    Context(EngineStateDb<?> db) {
      this.db = db;
    }

    @Override
    public void runInTransaction(TransactionOperation operations) {
      try {
        if (transaction.open) {
          operations.run();
        } else {
          transaction.begin();
          try {
            operations.run();
            transaction.commit();
          } catch (Exception e) {
            transaction.rollback();
            throw e;
          }
        }
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new RuntimeException("Unexpected error in a state database transaction", e);
      }
    }

    @Override
    public ZeebeDbTransaction getCurrentTransaction() {
      if (!transaction.open) {
        transaction.begin();
      }
      return transaction;
    }

    private final class Transaction implements ZeebeDbTransaction {

      private final ConcurrentSkipListMap<byte[], byte[]> writes = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
      private boolean open;

      void begin() {
        writes.clear();
        open = true;
      }

      @Override
      public void run(TransactionOperation operations) throws Exception {
        operations.run();
      }

      @Override
      public void commit() {
        for (Map.Entry<byte[], byte[]> write : writes.entrySet()) {
          if (write.getValue() == TOMBSTONE) {
            db.committed.remove(write.getKey());
          } else {
            db.committed.put(write.getKey(), StateValueCodec.encode(write.getValue()));
          }
        }
        writes.clear();
        open = false;
      }

      @Override
      public void rollback() {
        writes.clear();
        open = false;
      }
    }

    private byte[] get(byte[] key) {
      byte[] written = transaction.writes.get(key);
      if (written != null) {
        return written == TOMBSTONE ? null : written;
      }
      return StateValueCodec.decode(db.committed.get(key));
    }

    private void put(byte[] key, byte[] value) {
      transaction.writes.put(key, value);
    }

    private void delete(byte[] key) {
      transaction.writes.put(key, TOMBSTONE);
    }

    /**
     * Visits the entries from {@code seek} on while their keys start with {@code prefix}: the
     * transaction's writes merged over the committed state; a tombstone hides the committed entry.
     */
    private void iterate(byte[] seek, byte[] prefix, EntryVisitor visitor) {
      Iterator<Map.Entry<byte[], byte[]>> base = tail(db.committed, seek);
      Iterator<Map.Entry<byte[], byte[]>> own = tail(transaction.writes, seek);
      Map.Entry<byte[], byte[]> b = next(base);
      Map.Entry<byte[], byte[]> o = next(own);
      while (b != null || o != null) {
        Map.Entry<byte[], byte[]> current;
        boolean committed = false;
        if (o == null) {
          current = b;
          committed = true;
          b = next(base);
        } else if (b == null) {
          current = o;
          o = next(own);
        } else {
          int order = Arrays.compareUnsigned(b.getKey(), o.getKey());
          if (order < 0) {
            current = b;
            committed = true;
            b = next(base);
          } else {
            current = o;
            o = next(own);
            if (order == 0) {
              b = next(base);
            }
          }
        }
        if (!startsWith(current.getKey(), prefix)) {
          return;
        }
        if (current.getValue() == TOMBSTONE) {
          continue;
        }
        if (!visitor.visit(current.getKey(), committed ? StateValueCodec.decode(current.getValue()) : current.getValue())) {
          return;
        }
      }
    }

    private static Iterator<Map.Entry<byte[], byte[]>> tail(NavigableMap<byte[], byte[]> map, byte[] from) {
      return map.tailMap(from, true).entrySet().iterator();
    }

    private static Map.Entry<byte[], byte[]> next(Iterator<Map.Entry<byte[], byte[]>> iterator) {
      return iterator.hasNext() ? iterator.next() : null;
    }
  }

  private interface EntryVisitor {
    boolean visit(byte[] key, byte[] value);
  }

  /** A column family: keys prefixed with the family's value, read and written through a context. */
  private static final class Family<K extends DbKey, V extends DbValue> implements ColumnFamily<K, V> {

    private final ScopedColumnFamily scope;
    private final long prefix;
    private final String name;
    private final Context context;
    private final K keyInstance;
    private final V valueInstance;

    Family(Enum<?> columnFamily, Context context, K keyInstance, V valueInstance) {
      this.scope = (ScopedColumnFamily) columnFamily;
      this.prefix = ((EnumValue) columnFamily).getValue();
      this.name = columnFamily.name();
      this.context = context;
      this.keyInstance = keyInstance;
      this.valueInstance = valueInstance;
    }

    private byte[] key(DbKey key) {
      return fullKey(prefix, key);
    }

    @Override
    public void insert(K key, V value) {
      context.runInTransaction(() -> {
        byte[] k = key(key);
        if (context.get(k) != null) {
          throw new ZeebeDbInconsistentException("Key " + key + " in ColumnFamily " + name + " already exists");
        }
        context.put(k, valueBytes(value));
      });
    }

    @Override
    public void update(K key, V value) {
      context.runInTransaction(() -> {
        byte[] k = key(key);
        if (context.get(k) == null) {
          throw new ZeebeDbInconsistentException("Key " + key + " in ColumnFamily " + name + " does not exist");
        }
        context.put(k, valueBytes(value));
      });
    }

    @Override
    public void upsert(K key, V value) {
      context.runInTransaction(() -> context.put(key(key), valueBytes(value)));
    }

    private byte[] read(K key) {
      byte[][] found = new byte[1][];
      context.runInTransaction(() -> found[0] = context.get(key(key)));
      return found[0];
    }

    @Override
    public V get(K key) {
      byte[] value = read(key);
      if (value == null) {
        return null;
      }
      valueInstance.wrap(new UnsafeBuffer(value), 0, value.length);
      return valueInstance;
    }

    @Override
    public V get(K key, Supplier<V> valueSupplier) {
      byte[] value = read(key);
      if (value == null) {
        return null;
      }
      V copy = valueSupplier.get();
      copy.wrap(new UnsafeBuffer(value), 0, value.length);
      return copy;
    }

    @Override
    public void forEach(Consumer<V> consumer) {
      visit(NoKey.INSTANCE, NoKey.INSTANCE, (k, v) -> {
        consumer.accept(v);
        return true;
      });
    }

    @Override
    public void forEach(BiConsumer<K, V> consumer) {
      visit(NoKey.INSTANCE, NoKey.INSTANCE, (k, v) -> {
        consumer.accept(k, v);
        return true;
      });
    }

    @Override
    public void whileTrue(K startAtKey, KeyValuePairVisitor<K, V> visitor) {
      visit(startAtKey == null ? NoKey.INSTANCE : startAtKey, NoKey.INSTANCE, visitor);
    }

    @Override
    public void whileTrue(KeyValuePairVisitor<K, V> visitor) {
      visit(NoKey.INSTANCE, NoKey.INSTANCE, visitor);
    }

    @Override
    public void whileEqualPrefix(DbKey keyPrefix, BiConsumer<K, V> visitor) {
      visit(keyPrefix, keyPrefix, (k, v) -> {
        visitor.accept(k, v);
        return true;
      });
    }

    @Override
    public void whileEqualPrefix(DbKey keyPrefix, KeyValuePairVisitor<K, V> visitor) {
      visit(keyPrefix, keyPrefix, visitor);
    }

    @Override
    public void whileEqualPrefix(DbKey keyPrefix, K startAtKey, KeyValuePairVisitor<K, V> visitor) {
      visit(startAtKey == null ? keyPrefix : startAtKey, keyPrefix, visitor);
    }

    /**
     * Visits from {@code startAt} while keys start with {@code prefix}. The start key is searched
     * within the family; a start before the prefix begins at the prefix's first entry.
     */
    private void visit(DbKey startAt, DbKey prefix, KeyValuePairVisitor<K, V> visitor) {
      byte[] prefixBytes = key(prefix);
      byte[] start = key(startAt);
      byte[] from = Arrays.compareUnsigned(start, prefixBytes) < 0 ? prefixBytes : start;
      context.runInTransaction(() -> context.iterate(from, prefixBytes, (k, v) -> {
        keyInstance.wrap(new UnsafeBuffer(k, CF_PREFIX, k.length - CF_PREFIX), 0, k.length - CF_PREFIX);
        valueInstance.wrap(new UnsafeBuffer(v), 0, v.length);
        return visitor.visit(keyInstance, valueInstance);
      }));
    }

    @Override
    public void deleteExisting(K key) {
      context.runInTransaction(() -> {
        byte[] k = key(key);
        if (context.get(k) == null) {
          throw new ZeebeDbInconsistentException("Key " + key + " in ColumnFamily " + name + " does not exist");
        }
        context.delete(k);
      });
    }

    @Override
    public void deleteIfExists(K key) {
      context.runInTransaction(() -> context.delete(key(key)));
    }

    @Override
    public boolean exists(K key) {
      return read(key) != null;
    }

    @Override
    public boolean isEmpty() {
      boolean[] empty = {true};
      context.runInTransaction(() -> context.iterate(key(NoKey.INSTANCE), key(NoKey.INSTANCE), (k, v) -> {
        empty[0] = false;
        return false;
      }));
      return empty[0];
    }

    @Override
    public long count() {
      return countEqualPrefix(NoKey.INSTANCE);
    }

    @Override
    public long countEqualPrefix(DbKey prefix) {
      long[] count = {0};
      byte[] prefixBytes = key(prefix);
      context.runInTransaction(() -> context.iterate(prefixBytes, prefixBytes, (k, v) -> {
        count[0]++;
        return true;
      }));
      return count[0];
    }

    @Override
    public ColumnFamilyScope partitionScope() {
      return scope.partitionScope();
    }
  }

  /** The empty key: a prefix that every key of a column family starts with. */
  static final class NoKey implements DbKey {

    static final NoKey INSTANCE = new NoKey();

    @Override
    public void wrap(DirectBuffer buffer, int offset, int length) {}

    @Override
    public int getLength() {
      return 0;
    }

    @Override
    public int write(MutableDirectBuffer buffer, int offset) {
      return 0;
    }
  }
}

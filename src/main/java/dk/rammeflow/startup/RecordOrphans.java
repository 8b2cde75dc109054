package dk.rammeflow.startup;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The orphan check of one kind of record: every unfinished record with a known process instance (key above 0;
 * records from before instances were kept are left alone) whose instance is no longer active is marked.
 */
public abstract class RecordOrphans<T> implements OrphanCheck {

  private final String recordKind;
  private final Supplier<List<T>> records;
  private final Predicate<T> unfinished;
  private final ToLongFunction<T> processInstanceKey;
  private final Function<T, String> id;
  private final Consumer<T> markOrphaned;

  protected RecordOrphans(String recordKind, Supplier<List<T>> records, Predicate<T> unfinished, ToLongFunction<T> processInstanceKey,
      Function<T, String> id, Consumer<T> markOrphaned) {
    this.recordKind = recordKind;
    this.records = records;
    this.unfinished = unfinished;
    this.processInstanceKey = processInstanceKey;
    this.id = id;
    this.markOrphaned = markOrphaned;
  }

  @Override
  public String recordKind() {
    return recordKind;
  }

  @Override
  public List<String> markOrphaned(ProcessInstanceProbe probe) {
    List<T> orphaned = records.get().stream()
        .filter(r -> unfinished.test(r) && processInstanceKey.applyAsLong(r) > 0 && !probe.isActive(processInstanceKey.applyAsLong(r)))
        .toList();
    orphaned.forEach(markOrphaned);
    return orphaned.stream().map(id).toList();
  }
}

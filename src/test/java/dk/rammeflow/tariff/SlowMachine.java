package dk.rammeflow.tariff;

import java.util.function.Supplier;

/**
 * Retries a {@link dk.rammeflow.testkit.ProcessTestKit} wait a few times: on a loaded CI machine a job that renders a
 * workbook and mails a dozen members can take longer than the kit's 20 seconds. Only the waiting is repeated.
 */
final class SlowMachine {

  private SlowMachine() {}

  static <T> T await(Supplier<T> wait) {
    AssertionError last = null;
    for (int attempt = 0; attempt < 4; attempt++) {
      try {
        return wait.get();
      } catch (AssertionError e) {
        last = e;
      }
    }
    throw last;
  }

  static void await(Runnable wait) {
    await(() -> {
      wait.run();
      return null;
    });
  }
}

package nl.k80.wendbaar.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for what the job executor does after a request: the first non-null value within a minute. */
public final class Eventually {

  private Eventually() {}

  public static <T> T value(Supplier<T> value) {
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < until) {
      T found = value.get();
      if (found != null) {
        return found;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("not within 60 s");
  }
}

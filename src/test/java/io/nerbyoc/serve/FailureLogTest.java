package io.nerbyoc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class FailureLogTest {
  /** What was logged: the message, and whether it carried a stack trace. */
  private final List<String> logged = new ArrayList<>();
  private long now;

  private final Logger logger = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
      (proxy, method, args) -> {
        if (method.getName().equals("error") && args != null) {
          boolean stack = false;
          if (args[args.length - 1] instanceof Object[] varargs && varargs.length > 0) {
            stack = varargs[varargs.length - 1] instanceof Throwable;
          } else {
            stack = args[args.length - 1] instanceof Throwable;
          }
          logged.add((stack ? "STACK " : "LINE ") + args[0]);
        }
        return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
      });

  private static RuntimeException bug(String where) {
    RuntimeException e = new IllegalStateException("bug");
    e.setStackTrace(new StackTraceElement[] {new StackTraceElement("io.nerbyoc.X", where, "X.java", 1)});
    return e;
  }

  @Test
  void one_stack_per_cause_per_minute_then_a_count() {
    FailureLog log = new FailureLog(logger, () -> now);
    for (int i = 0; i < 10_000; i++) {
      log.failed(bug("a"), "failed on {} characters", 10);
    }
    log.failed(bug("b"), "failed on {} characters", 10); // another cause: its own stack
    assertEquals(List.of("STACK failed on {} characters", "STACK failed on {} characters"), logged);
    now += FailureLog.WINDOW_NANOS / 2;
    log.reportExpired();
    assertEquals(2, logged.size()); // the minute is not over: nothing yet
    now += FailureLog.WINDOW_NANOS;
    log.reportExpired();
    assertEquals(3, logged.size());
    assertTrue(logged.get(2).startsWith("LINE {} more failures with the same cause"), logged.get(2));
    log.failed(bug("a"), "failed on {} characters", 10); // a new minute: the stack again
    assertEquals("STACK failed on {} characters", logged.get(3));
  }
}

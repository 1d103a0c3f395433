package dev.relaymanager.acceptance.simhost.http;

import java.util.function.BooleanSupplier;

/**
 * One route of the simulated host.
 *
 * @param method HTTP method
 * @param pattern path with {@code :name} segments and an optional trailing {@code *}
 * @param guard middleware chain
 * @param handler the handler
 * @param present false while a version knob hides the route (then it answers gin's plain 404)
 * @param idempotent true when {@code Idempotency-Key} applies
 * @param complianceExempt true for the two routes the compliance guard lets through
 */
public record Route(
    String method,
    String pattern,
    Guard guard,
    Handler handler,
    BooleanSupplier present,
    boolean idempotent,
    boolean complianceExempt) {

  /** A route that is always present. */
  public static Route of(String method, String pattern, Guard guard, Handler handler) {
    return new Route(method, pattern, guard, handler, () -> true, false, false);
  }

  /** This route, present only while the supplier says so. */
  public Route when(BooleanSupplier supplier) {
    return new Route(method, pattern, guard, handler, supplier, idempotent, complianceExempt);
  }

  /** This route with Idempotency-Key support. */
  public Route idempotentRoute() {
    return new Route(method, pattern, guard, handler, present, true, complianceExempt);
  }

  /** This route exempt from the compliance guard. */
  public Route exempt() {
    return new Route(method, pattern, guard, handler, present, idempotent, true);
  }
}

package nl.k80.wendbaar.intake;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Dates as K80 sees them: Dutch time, from the engine's clock (which process tests can move). */
public final class K80Time {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  private K80Time() {}
}

package nl.k80.wendbaar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Time as K80 counts it: Dutch calendar days, from the engine's clock (which process tests move).
 * Every date, moment and lead time in whole days goes through here.
 */
public final class K80Time {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  public static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
  }

  public static OffsetDateTime now() {
    return moment(ClockUtil.getCurrentTime());
  }

  /** A moment of the engine (java.util.Date), in Dutch time; null stays null. */
  public static OffsetDateTime moment(Date date) {
    return date == null ? null : date.toInstant().atZone(ZONE).toOffsetDateTime();
  }

  /** The Dutch calendar day of a moment; null stays null. */
  public static LocalDate dayOf(OffsetDateTime moment) {
    return moment == null ? null : moment.atZoneSameInstant(ZONE).toLocalDate();
  }

  /** The first moment of a Dutch calendar day. */
  public static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toOffsetDateTime();
  }

  /** Whole Dutch calendar days from one moment to another; null when either is unknown. */
  public static Integer daysBetween(OffsetDateTime from, OffsetDateTime to) {
    return from == null || to == null ? null : (int) ChronoUnit.DAYS.between(dayOf(from), dayOf(to));
  }

  private K80Time() {}
}

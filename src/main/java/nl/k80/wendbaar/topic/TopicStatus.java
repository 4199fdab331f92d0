package nl.k80.wendbaar.topic;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a topic stands, as the register records it, and where in topicIntake each status is: the
 * activities a topic waits at while it has that status, or the end event that closes it with it.
 */
public enum TopicStatus implements Choice {
  IN_SCREENING("In screening", true, TopicIntake.SCREEN),
  AANVULLEN_GEVRAAGD("Aanvulling gevraagd", true, TopicIntake.SUPPLEMENT),
  BIJ_BESTUUR("Voorgelegd aan het DB", true, TopicIntake.BOARD_DECISION),
  IN_PLANNING("Plan van aanpak", true, TopicIntake.PLAN),
  IN_UITVOERING("In uitvoering", true, TopicIntake.EXECUTE),
  AANSLUITEN("Aansluiten bij partner", true, TopicIntake.JOIN_PARTNER),
  GEVOLGD("Gevolgd", true, TopicIntake.WATCH_PERIOD, TopicIntake.REASSESS),
  AFGEROND("Afgerond", false, TopicIntake.COMPLETED),
  AANGESLOTEN("Aangesloten bij partner", false, TopicIntake.JOINED_PARTNER),
  NIET_OPGEPAKT("Niet opgepakt", false, TopicIntake.NOT_TAKEN_UP),
  DUBBEL("Gesloten: dubbel aangemeld", false, TopicIntake.CLOSED_AS_DUPLICATE),
  NIET_AANGEVULD("Gesloten: niet aangevuld", false, TopicIntake.CLOSED_NOT_SUPPLEMENTED),
  /** Ended by an operator (Cockpit, REST), at none of the topic's own end events. */
  GEANNULEERD("Geannuleerd door een beheerder", false);

  private final String label;
  private final boolean open;
  private final List<String> activities;

  TopicStatus(String label, boolean open, String... activities) {
    this.label = label;
    this.open = open;
    this.activities = List.of(activities);
  }

  @Override
  public String label() {
    return label;
  }

  public boolean isOpen() {
    return open;
  }

  /** Not yet past screening: a member sees it only among their own submissions. */
  public boolean beforeScreening() {
    return this == IN_SCREENING || this == AANVULLEN_GEVRAAGD || this == DUBBEL || this == NIET_AANGEVULD;
  }

  /** Being planned or executed: counts against its portfolio's maximum (activeTopicsInPortfolio). */
  public boolean inWork() {
    return this == IN_PLANNING || this == IN_UITVOERING;
  }

  /** The statuses in work, as stored in the register. */
  public static List<String> inWorkNames() {
    return Arrays.stream(values()).filter(TopicStatus::inWork).map(Enum::name).toList();
  }

  /** Completed work: the end of the lead time from decision to completion. */
  public boolean completed() {
    return this == AFGEROND || this == AANGESLOTEN;
  }

  /** The status of a topic waiting at this activity; empty where a topic does not wait with a status of its own. */
  public static Optional<TopicStatus> waitingAt(String activityId) {
    return Arrays.stream(values()).filter(status -> status.open && status.activities.contains(String.valueOf(activityId)))
        .findFirst();
  }

  /** The status of a topic whose process ended at this activity; anything but the topic's own end events is a cancellation. */
  public static TopicStatus endedAt(String activityId) {
    return Arrays.stream(values()).filter(status -> !status.open && status.activities.contains(String.valueOf(activityId)))
        .findFirst().orElse(GEANNULEERD);
  }

  /** The status a decision the topic acts on puts it in. */
  public static TopicStatus after(Decision decision) {
    return switch (decision) {
      case OPPAKKEN -> IN_PLANNING;
      case AANSLUITEN -> AANSLUITEN;
      case VOLGEN -> GEVOLGD;
      case NIET_OPPAKKEN -> NIET_OPGEPAKT;
      case VOORLEGGEN_DB -> BIJ_BESTUUR;
    };
  }
}

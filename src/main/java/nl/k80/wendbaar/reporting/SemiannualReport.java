package nl.k80.wendbaar.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The network's report on the topics of a period [from, to) and on everything still open on the
 * day it was compiled. Kept as a JSON snapshot in the report process, so the mail says exactly
 * what the secretariat reviewed.
 */
public record SemiannualReport(
    LocalDate from,
    LocalDate to,
    LocalDate compiledOn,
    int submitted,
    List<ThemeRow> perTheme,
    List<TopicLine> takenUp,
    List<TopicLine> declined,
    LeadTime toDecision,
    LeadTime toCompletion,
    List<TopicLine> longestWaiting,
    Map<String, Integer> openPerStatus) {

  /** Topics of one theme submitted in the period, by what became of them (Outcomes). */
  public record ThemeRow(String theme, Map<String, Integer> perOutcome, int total) {}

  /** One topic as the report lists it; labels in Dutch, dates in Dutch time. */
  public record TopicLine(String reference, String title, String theme, String portfolio, String status,
      String decidedBy, String motivation, LocalDate submittedOn, LocalDate decidedOn, LocalDate completedOn,
      Integer assessmentVersion, Integer daysOpen, String processInstanceId) {}

  /** The median in days over a number of topics; null median when there were none. */
  public record LeadTime(Double medianDays, int topics) {}
}

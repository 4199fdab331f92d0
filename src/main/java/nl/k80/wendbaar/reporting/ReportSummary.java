package nl.k80.wendbaar.reporting;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.k80.wendbaar.reporting.SemiannualReport.LeadTime;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Theme;
import nl.k80.wendbaar.topic.TopicStatus;

/**
 * The report in a few lines for the review form: numbers and references only, no titles, so it
 * stays within what a Camunda string variable holds (4000 characters) whatever the topics are called.
 */
final class ReportSummary {

  private static final NumberFormat DAYS = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl"));

  static String of(SemiannualReport report) {
    StringBuilder text = new StringBuilder();
    text.append("Aangemeld in de periode: ").append(report.submitted()).append('\n');
    for (String outcome : Outcomes.LABELS.keySet()) {
      int count = report.perTheme().stream().mapToInt(row -> row.perOutcome().get(outcome)).sum();
      text.append("  ").append(Outcomes.label(outcome)).append(": ").append(count).append('\n');
    }
    String perTheme = report.perTheme().stream().filter(row -> row.total() > 0)
        .map(row -> Choice.label(Theme.class, row.theme()) + " " + row.total()).collect(Collectors.joining(", "));
    text.append("Per thema: ").append(perTheme.isEmpty() ? "geen" : perTheme).append('\n');
    text.append("Opgepakt of aangesloten (lopend of afgerond in de periode): ").append(report.takenUp().size())
        .append('\n');
    text.append("Niet opgepakt in de periode: ").append(report.declined().size()).append('\n');
    text.append("Doorlooptijd aanmelding tot besluit (mediaan): ").append(days(report.toDecision())).append('\n');
    text.append("Doorlooptijd besluit tot afronding (mediaan): ").append(days(report.toCompletion())).append('\n');
    text.append("Nu open: ").append(report.openPerStatus().entrySet().stream()
        .map(open -> Choice.label(TopicStatus.class, open.getKey()) + " " + open.getValue()).collect(Collectors.joining(", ")))
        .append('\n');
    text.append("Langst wachtend: ").append(report.longestWaiting().stream()
        .map(topic -> topic.reference() + " (" + topic.daysOpen() + " dagen)").collect(Collectors.joining(", ")));
    return text.toString();
  }

  static String days(LeadTime leadTime) {
    if (leadTime.medianDays() == null) {
      return "geen thema's";
    }
    return DAYS.format(leadTime.medianDays()) + " dagen (" + leadTime.topics() + " thema's)";
  }

  private ReportSummary() {}
}

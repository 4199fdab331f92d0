package nl.k80.wendbaar.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.assessment.AssessmentProperties;
import nl.k80.wendbaar.reporting.SemiannualReport.LeadTime;
import nl.k80.wendbaar.reporting.SemiannualReport.ThemeRow;
import nl.k80.wendbaar.reporting.SemiannualReport.TopicLine;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Theme;
import org.springframework.stereotype.Component;

/** The data of the board dashboard in Cockpit (see DashboardPlugin), all from the topic register. */
@Component
public class BoardDashboard {

  static final int REGISTER_PAGE = 50;
  /** Upper bounds in days of the lead-time buckets; the last bucket holds the rest. */
  private static final int[] LEAD_TIME_BOUNDS = {7, 14, 30, 60, 90};
  private static final LocalDate EVER = LocalDate.of(2000, 1, 1);

  private final RegisterQueries register;
  private final AssessmentProperties assessment;

  BoardDashboard(RegisterQueries register, AssessmentProperties assessment) {
    this.register = register;
    this.assessment = assessment;
  }

  public Data data() {
    LocalDate tomorrow = K80Time.today().plusDays(1);
    Map<String, RegisterQueries.OpenTopics> open = register.openPerPortfolio();
    List<PortfolioLoad> portfolios = new ArrayList<>();
    // Every portfolio, and the board, which holds the topics outside the agenda and those it keeps to itself.
    for (Theme theme : Theme.values()) {
      RegisterQueries.OpenTopics topics = open.getOrDefault(theme.portfolioGroup(), new RegisterQueries.OpenTopics(0, 0));
      portfolios.add(new PortfolioLoad(theme.portfolioGroup(), theme.portfolioName(), topics.active(), topics.all(),
          assessment.getMaxActiveTopics()));
    }
    int[] counts = register.decisionLeadTimes(LEAD_TIME_BOUNDS);
    List<Bucket> leadTimes = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      leadTimes.add(new Bucket(bucketLabel(i), counts[i]));
    }
    return new Data(Choice.labels(Theme.class), Outcomes.LABELS, register.perTheme(EVER, tomorrow), portfolios, leadTimes,
        register.toDecision(EVER, tomorrow), register.toCompletion(EVER, tomorrow));
  }

  public List<TopicLine> search(String text) {
    return register.search(text, REGISTER_PAGE);
  }

  private static String bucketLabel(int i) {
    if (i == 0) {
      return "0–" + LEAD_TIME_BOUNDS[0] + " dagen";
    }
    if (i == LEAD_TIME_BOUNDS.length) {
      return "meer dan " + LEAD_TIME_BOUNDS[i - 1] + " dagen";
    }
    return (LEAD_TIME_BOUNDS[i - 1] + 1) + "–" + LEAD_TIME_BOUNDS[i] + " dagen";
  }

  /** Everything the dashboard draws, labels included so the page holds no copy of them. */
  public record Data(Map<String, String> themes, Map<String, String> outcomes, List<ThemeRow> decisionsPerTheme,
      List<PortfolioLoad> portfolios, List<Bucket> leadTimes, LeadTime toDecision, LeadTime toCompletion) {}

  /** Topics being planned or executed against the maximum the afwegingskader allows, and all open ones. */
  public record PortfolioLoad(String group, String name, int active, int open, int capacity) {}

  public record Bucket(String label, int topics) {}
}

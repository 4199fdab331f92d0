package nl.k80.wendbaar.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.k80.wendbaar.K80Time;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Compiles the report over the whole months before this one and keeps it in the process: the
 * full report as JSON (readable in Cockpit), the CSV as a file, and a short summary for the
 * secretariat's review form.
 */
@Component("compileReport")
class CompileReport implements JavaDelegate {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("nl"));

  private final ReportBuilder builder;
  private final ReportProperties properties;
  private final ObjectMapper json;

  CompileReport(ReportBuilder builder, ReportProperties properties, ObjectMapper json) {
    this.builder = builder;
    this.properties = properties;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) throws JsonProcessingException {
    LocalDate to = K80Time.today().withDayOfMonth(1);
    LocalDate from = to.minusMonths(properties.getMonths());
    SemiannualReport report = builder.compile(from, to);
    execution.setVariable("reportPeriod", period(from, to));
    execution.setVariable("reportSummary", ReportSummary.of(report));
    execution.setVariable("report", SpinValues.jsonValue(json.writeValueAsString(report)).create());
    execution.setVariable("reportCsv", Variables.fileValue("k80-rapportage-" + from + "-" + to.minusDays(1) + ".csv")
        .file(builder.csv(from, to)).mimeType("text/csv").encoding("UTF-8").create());
  }

  /** "december 2025 t/m mei 2026". */
  static String period(LocalDate from, LocalDate to) {
    return MONTH.format(from) + " t/m " + MONTH.format(to.minusMonths(1));
  }
}

package nl.k80.wendbaar.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.reporting.SemiannualReport.ThemeRow;
import nl.k80.wendbaar.reporting.SemiannualReport.TopicLine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/** Compiles the semiannual report and its CSV from the topic register. */
@Component
class ReportBuilder {

  static final int LONGEST_WAITING = 10;
  private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
  /** Excel in a Dutch locale expects semicolons, and reads UTF-8 only after a byte order mark. */
  private static final CSVFormat EXCEL_NL = CSVFormat.EXCEL.builder().setDelimiter(';')
      .setHeader("Kenmerk", "Titel", "Thema", "Portefeuille", "Status", "Besloten door", "Motivering",
          "Aangemeld op", "Besloten op", "Afgerond op", "Versie afwegingskader")
      .get();

  private final RegisterQueries register;

  ReportBuilder(RegisterQueries register) {
    this.register = register;
  }

  /** The report on [from, to), compiled today. */
  SemiannualReport compile(LocalDate from, LocalDate to) {
    List<ThemeRow> perTheme = register.perTheme(from, to);
    return new SemiannualReport(from, to, K80Time.today(),
        perTheme.stream().mapToInt(ThemeRow::total).sum(),
        perTheme,
        register.takenUpOpenOrClosedSince(from),
        register.declinedIn(from, to),
        register.toDecision(from, to),
        register.toCompletion(from, to),
        register.longestOpen(LONGEST_WAITING),
        register.openPerStatus());
  }

  /** Every topic submitted in [from, to), one row each. */
  byte[] csv(LocalDate from, LocalDate to) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      writer.write('\uFEFF');
      CSVPrinter csv = new CSVPrinter(writer, EXCEL_NL);
      for (TopicLine topic : register.submittedIn(from, to)) {
        csv.printRecord(topic.reference(), written(topic.title()), topic.theme(), topic.portfolio(), topic.status(),
            topic.decidedBy(), written(topic.motivation()), format(topic.submittedOn()), format(topic.decidedOn()),
            format(topic.completedOn()), topic.assessmentVersion() == null ? "" : topic.assessmentVersion());
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Text somebody wrote (a title, a motivation) as a cell that Excel shows and never evaluates: one
   * starting with =, +, -, @, a tab or a carriage return would be read as a formula (CSV injection),
   * so it gets Excel's own text mark, a leading apostrophe.
   */
  static String written(String text) {
    return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static String format(LocalDate date) {
    return date == null ? "" : DUTCH_DATE.format(date);
  }
}

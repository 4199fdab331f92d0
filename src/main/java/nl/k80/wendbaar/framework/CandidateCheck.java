package nl.k80.wendbaar.framework;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Decision;
import nl.k80.wendbaar.topic.FrameworkChange;
import nl.k80.wendbaar.topic.Theme;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.xml.instance.DomElement;

/**
 * Checks a candidate DRD before anybody looks at it, against the version now in force: it parses;
 * it uses no expression language but FEEL; it has the three decisions with the same ids, inputs
 * (expression and type, in order) and output names; every decision and portfolio group it can give
 * is one the process knows; and every combination of the input space yields exactly one decision,
 * all within a time limit. Each finding is a Dutch sentence naming what is wrong; no findings means
 * the candidate passed.
 */
final class CandidateCheck {

  /** Examples of failing combinations named per kind of failure; the count says the rest. */
  static final int EXAMPLES = 3;
  static final int MAX_FAILURE_KINDS = 5;
  private static final Pattern LITERAL = Pattern.compile("\\s*\"([^\"]*)\"\\s*");
  private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern LOOP_KEYWORD = Pattern.compile("\\b(for|some|every|function)\\b");
  /** The last word before an opening parenthesis: the function called (a grouping parenthesis has none). */
  private static final Pattern FUNCTION_CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
  private static final Set<String> BOUNDED_FUNCTIONS = Set.of("string", "not");
  /** The names Camunda's DMN engine evaluates with FEEL ("feel" in any case, the others exactly). */
  private static final Set<String> FEEL = Set.of(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
      DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

  record Result(List<String> findings, Framework candidate) {
    boolean passed() {
      return findings.isEmpty();
    }
  }

  private CandidateCheck() {}

  static Result check(byte[] candidateDmn, DmnModelInstance inForce, InputSpace space,
      Function<byte[], Framework> parse, Duration timeLimit) {
    long deadline = System.nanoTime() + timeLimit.toNanos();
    DmnModelInstance model;
    try {
      model = Framework.model(candidateDmn);
    } catch (RuntimeException e) {
      return failed("Het bestand is geen geldig DMN-model (zoals Camunda Modeler het opslaat): "
          + firstLine(e) + ".");
    }
    List<String> findings = new ArrayList<>();
    feelOnly(model.getDocument().getRootElement(), findings);
    if (!findings.isEmpty()) {
      return new Result(List.copyOf(findings), null);
    }
    for (String id : FrameworkChange.DECISIONS) {
      compareDecision(id, table(inForce, id), table(model, id), findings);
    }
    knownValues(model, findings);
    boundedCells(model, findings);
    if (!findings.isEmpty()) {
      return new Result(List.copyOf(findings), null);
    }
    Framework candidate;
    try {
      candidate = parse.apply(candidateDmn);
    } catch (RuntimeException e) {
      return failed("De beslissingen zijn niet uit te voeren: " + firstLine(e) + ".");
    }
    exhaustive(candidate, space, deadline, timeLimit, findings);
    return new Result(List.copyOf(findings), findings.isEmpty() ? candidate : null);
  }

  private static Result failed(String finding) {
    return new Result(List.of(finding), null);
  }

  private static DecisionTable table(DmnModelInstance model, String decisionId) {
    if (model.getModelElementById(decisionId) instanceof org.camunda.bpm.model.dmn.instance.Decision decision
        && decision.getExpression() instanceof DecisionTable table) {
      return table;
    }
    return null;
  }

  private static void compareDecision(String id, DecisionTable expected, DecisionTable candidate,
      List<String> findings) {
    if (candidate == null) {
      findings.add("Beslissing '" + id + "' ontbreekt (of is geen beslistabel); het proces roept haar bij die id aan.");
      return;
    }
    List<Input> expectedInputs = List.copyOf(expected.getInputs());
    List<Input> inputs = List.copyOf(candidate.getInputs());
    if (inputs.size() != expectedInputs.size()) {
      findings.add("Beslissing '" + id + "' heeft " + inputs.size() + " invoerkolommen; verwacht "
          + expectedInputs.size() + " (" + String.join(", ", expressions(expectedInputs)) + ").");
    } else {
      for (int i = 0; i < inputs.size(); i++) {
        String want = expression(expectedInputs.get(i));
        String got = expression(inputs.get(i));
        if (!want.equals(got) || !same(expectedInputs.get(i).getInputExpression().getTypeRef(),
            inputs.get(i).getInputExpression().getTypeRef())) {
          findings.add("Beslissing '" + id + "', invoerkolom " + (i + 1) + " ('" + inputs.get(i).getLabel()
              + "'): verwacht invoer '" + abbreviate(want) + "' van type " + expectedInputs.get(i).getInputExpression()
              .getTypeRef() + ", gevonden '" + abbreviate(got) + "' van type " + inputs.get(i).getInputExpression()
              .getTypeRef() + ". Invoer wijzigen gaat via de ontwikkelaars.");
        }
      }
    }
    List<String> expectedOutputs = outputNames(expected.getOutputs());
    List<String> outputs = outputNames(candidate.getOutputs());
    if (!expectedOutputs.equals(outputs)) {
      findings.add("Beslissing '" + id + "' heeft uitvoer " + outputs + "; verwacht " + expectedOutputs
          + ". Het proces leest de uitvoer bij die namen.");
    }
  }

  /**
   * No expression language but FEEL, on any element (the file's, a table's, a cell's): JUEL and
   * scripts reach Java, and a candidate is evaluated 31,320 times by the check, as the engine, before
   * anybody looked at it. Checked on the XML, before the engine reads the decisions.
   */
  private static void feelOnly(DomElement element, List<String> findings) {
    String language = element.getAttribute("expressionLanguage");
    if (language != null && !FEEL.contains(language)
        && !language.equalsIgnoreCase(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE)) {
      findings.add("Het bestand gebruikt expressietaal '" + abbreviate(language) + "' (" + placeOf(element)
          + "); alleen FEEL is toegestaan, want andere expressietalen kunnen programmacode op de server uitvoeren.");
    }
    element.getChildElements().forEach(child -> feelOnly(child, findings));
  }

  /** "outputEntry in regel 6 van 'topicAssessment'": the element, and the rule (as Modeler numbers it) and decision. */
  private static String placeOf(DomElement element) {
    String rule = null;
    String decision = null;
    for (DomElement around = element; around != null; around = around.getParentElement()) {
      if (rule == null && "rule".equals(around.getLocalName())) {
        List<DomElement> rules = around.getParentElement().getChildElements().stream()
            .filter(sibling -> "rule".equals(sibling.getLocalName())).toList();
        rule = String.valueOf(rules.indexOf(around) + 1);
      } else if (decision == null && "decision".equals(around.getLocalName())) {
        decision = around.getAttribute("id");
      }
    }
    return element.getLocalName() + (rule != null ? " in regel " + rule : "")
        + (decision != null ? " van '" + decision + "'" : "");
  }

  /**
   * Rule cells compare, give fixed values and join text; nothing in them may loop or call other
   * functions. The check evaluates every cell for thousands of combinations before anybody looked:
   * "for i in 1..5000000" took 3 s and 850 MB for one, enough to stop the server, and regular
   * expressions can take exponential time. The input expressions must equal the version in force.
   */
  private static void boundedCells(DmnModelInstance model, List<String> findings) {
    for (String id : FrameworkChange.DECISIONS) {
      DecisionTable table = table(model, id);
      if (table == null) {
        continue;
      }
      int number = 0;
      for (Rule rule : table.getRules()) {
        number++;
        String place = "Regel " + number + " van '" + id + "'";
        List<String> cells = new ArrayList<>();
        rule.getInputEntries().forEach(entry -> cells.add(textOf(entry.getText())));
        rule.getOutputEntries().forEach(entry -> cells.add(textOf(entry.getText())));
        cells.stream().map(CandidateCheck::unbounded).filter(Objects::nonNull).findFirst()
            .ifPresent(found -> findings.add(place + " gebruikt " + found
                + "; in een regel zijn alleen vergelijkingen, vaste waarden, tekst en de functies string() en not()"
                + " toegestaan: lussen en andere functies kunnen de server lamleggen."));
      }
    }
  }

  private static String textOf(Text text) {
    return text == null ? "" : text.getTextContent();
  }

  /** What in a cell could run unbounded ("'for'", "de functie 'matches'"), or null; text in quotes is text. */
  private static String unbounded(String cell) {
    String code = STRING_LITERAL.matcher(cell).replaceAll("\"\"");
    Matcher keyword = LOOP_KEYWORD.matcher(code);
    if (keyword.find()) {
      return "'" + keyword.group(1) + "'";
    }
    Matcher call = FUNCTION_CALL.matcher(code);
    while (call.find()) {
      if (!BOUNDED_FUNCTIONS.contains(call.group(1))) {
        return "de functie '" + call.group(1) + "'";
      }
    }
    return null;
  }

  /** Every decision and portfolio group an output entry can give must be one the process knows. */
  private static void knownValues(DmnModelInstance model, List<String> findings) {
    literals(model, FrameworkChange.ROUTING, "portfolioGroup", Theme.portfolioGroups(), "portefeuillegroep", findings);
    literals(model, FrameworkChange.ASSESSMENT, "decision", Choice.codes(Decision.class), "besluit", findings);
  }

  private static void literals(DmnModelInstance model, String decisionId, String outputName,
      Collection<String> known, String what, List<String> findings) {
    DecisionTable table = table(model, decisionId);
    if (table == null) {
      return;
    }
    List<Output> outputs = List.copyOf(table.getOutputs());
    int column = outputNames(outputs).indexOf(outputName);
    if (column < 0) {
      return;
    }
    int number = 0;
    for (Rule rule : table.getRules()) {
      number++;
      String text = List.copyOf(rule.getOutputEntries()).get(column).getText().getTextContent();
      Matcher literal = LITERAL.matcher(text);
      if (!literal.matches()) {
        findings.add("Regel " + number + " van '" + decisionId + "' geeft als " + what + " '" + abbreviate(text)
            + "'; alleen een vaste waarde tussen aanhalingstekens is toegestaan: " + String.join(", ", known) + ".");
      } else if (!known.contains(literal.group(1))) {
        findings.add("Regel " + number + " van '" + decisionId + "' geeft " + what + " \"" + literal.group(1)
            + "\", dat het proces niet kent. Bekend zijn: " + String.join(", ", known) + ".");
      }
    }
  }

  /**
   * Over the whole input space: every combination must give one decision, a portfolio group, a score
   * and a motivation. Stops at the deadline: the bounded cells keep one combination cheap, but a file
   * of 1 MB holds enough of them to keep a job thread busy for a quarter of an hour.
   */
  private static void exhaustive(Framework candidate, InputSpace space, long deadline, Duration timeLimit,
      List<String> findings) {
    Map<String, List<Inputs>> failures = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int index = 0; index < space.size(); index++) {
      if (System.nanoTime() - deadline > 0) {
        findings.add("Het voorstel is te zwaar om door te rekenen: na " + timeLimit.toSeconds() + " seconden waren "
            + index + " van de " + space.size() + " combinaties van invoer nagegaan. Elke afweging rekent met deze"
            + " regels; houd ze zo beknopt als in de geldende versie (een paar waarden per cel).");
        return;
      }
      Inputs inputs = space.inputs(index);
      Framework.Outcome outcome = candidate.evaluate(inputs);
      if (outcome.failed()) {
        String reason = firstLine(outcome.failure());
        counts.merge(reason, 1, Integer::sum);
        List<Inputs> examples = failures.computeIfAbsent(reason, r -> new ArrayList<>());
        if (examples.size() < EXAMPLES) {
          examples.add(inputs);
        }
      }
    }
    failures.entrySet().stream().limit(MAX_FAILURE_KINDS).forEach(failure -> findings.add("Voor "
        + counts.get(failure.getKey()) + " van de " + space.size() + " combinaties van invoer geeft het afwegingskader"
        + " niet precies één besluit (" + failure.getKey() + "), bijvoorbeeld: "
        + String.join("; ", failure.getValue().stream().map(Inputs::describe).toList()) + "."));
    if (failures.size() > MAX_FAILURE_KINDS) {
      findings.add("En " + (failures.size() - MAX_FAILURE_KINDS) + " andere soorten fouten; los eerst deze op.");
    }
  }

  private static List<String> expressions(List<Input> inputs) {
    return inputs.stream().map(CandidateCheck::expression).map(CandidateCheck::abbreviate).toList();
  }

  private static String expression(Input input) {
    return input.getInputExpression() == null || input.getInputExpression().getText() == null ? ""
        : input.getInputExpression().getText().getTextContent().strip();
  }

  private static List<String> outputNames(Collection<Output> outputs) {
    return outputs.stream().map(Output::getName).toList();
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
  }

  private static String firstLine(Throwable e) {
    return firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  private static String firstLine(String message) {
    String line = message.lines().findFirst().orElse(message).strip();
    return line.length() <= 300 ? line : line.substring(0, 297) + "...";
  }
}

package nl.k80.wendbaar.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Coverage;
import nl.k80.wendbaar.topic.Impact;
import nl.k80.wendbaar.topic.Reach;
import nl.k80.wendbaar.topic.RequestedRole;
import nl.k80.wendbaar.topic.Theme;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/** The DRD from decisions/, on a bare DMN engine: no process engine, no Spring. */
final class Afwegingskader {

  static final List<String> THEMES = Choice.codes(Theme.class);
  static final List<String> IMPACTS = Choice.codes(Impact.class);
  static final List<String> MEMBERS = Choice.codes(Reach.class);
  static final List<String> COVERAGES = Choice.codes(Coverage.class);
  static final List<String> ROLES = Choice.codes(RequestedRole.class);

  final DmnEngine engine = engine();
  final Map<String, DmnDecision> decisions = new HashMap<>();

  /** The DMN engine as the application configures it: Camunda's default with FEEL parsed once. */
  static DmnEngine engine() {
    return ParsedFeelCache.dmnEngineConfiguration().buildEngine();
  }

  Afwegingskader() {
    try (InputStream dmn = Afwegingskader.class.getResourceAsStream("/decisions/topicAssessment.dmn")) {
      engine.parseDecisions(dmn).forEach(decision -> decisions.put(decision.getKey(), decision));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  DmnDecisionResultEntries evaluate(String decisionKey, Map<String, Object> variables) {
    return engine.evaluateDecision(decisions.get(decisionKey), variables).getSingleResult();
  }

  /**
   * The topicAssessment table alone, its required decisions cut off, so a test can feed it any
   * relevance score directly, also scores that no valid topic reaches through the whole DRD.
   */
  DmnDecisionResultEntries evaluateAssessmentTableAlone(Map<String, Object> variables) {
    DmnModelInstance model;
    try (InputStream dmn = Afwegingskader.class.getResourceAsStream("/decisions/topicAssessment.dmn")) {
      model = Dmn.readModelFromStream(dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Decision assessment = model.getModelElementById("topicAssessment");
    assessment.getInformationRequirements().clear();
    return engine.evaluateDecision(engine.parseDecision("topicAssessment", model), variables).getSingleResult();
  }

  /** A topic that scores exactly as the arguments say, with every other input valid. */
  static Map<String, Object> topic(String theme, String impact, String members, String covered, Integer weeks,
      int activeTopics) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("theme", theme);
    variables.put("smallMunicipalityImpact", impact);
    variables.put("membersAffected", members);
    variables.put("coveredElsewhere", covered);
    variables.put("requestedRole", "LOBBY");
    variables.put("weeksToDeadline", weeks);
    variables.put("activeTopicsInPortfolio", activeTopics);
    variables.put("maxActiveTopics", 3);
    return variables;
  }
}

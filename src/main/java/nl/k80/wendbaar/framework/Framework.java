package nl.k80.wendbaar.framework;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.k80.wendbaar.assessment.ParsedFeelCache;
import nl.k80.wendbaar.topic.FrameworkChange;
import nl.k80.wendbaar.topic.Theme;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.DmnHitPolicyException;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/**
 * One version of the afwegingskader's DRD, on a DMN engine of its own (configured like the process
 * engine's), that answers what it decides for given inputs. Each distinct combination is evaluated
 * once: the input space and the past topics meet the same combinations many times.
 */
final class Framework {

  /** What one evaluation gave, or why it gave nothing usable (Dutch, for a finding). */
  record Outcome(String decision, String portfolioGroup, Integer relevanceScore, String failure) {
    boolean failed() {
      return failure != null;
    }
  }

  private static final DmnEngine ENGINE = ParsedFeelCache.dmnEngineConfiguration().buildEngine();

  private final DmnDecision assessment;
  private final Map<Inputs, Outcome> outcomes = new ConcurrentHashMap<>();

  private Framework(DmnDecision assessment) {
    this.assessment = assessment;
  }

  /** Reads a DRD; a file that is no DMN, or whose decisions the engine cannot build, fails with the reason. */
  static Framework parse(byte[] dmn) {
    DmnDecisionRequirementsGraph graph = ENGINE.parseDecisionRequirementsGraph(model(dmn));
    return new Framework(graph.getDecision(FrameworkChange.ASSESSMENT));
  }

  /** Only the model, for a candidate whose decisions the engine cannot build. */
  static DmnModelInstance model(byte[] dmn) {
    return Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
  }

  Outcome evaluate(Inputs inputs) {
    return outcomes.computeIfAbsent(inputs, this::evaluateOnce);
  }

  private Outcome evaluateOnce(Inputs inputs) {
    DmnDecisionResult result;
    try {
      result = ENGINE.evaluateDecision(assessment, inputs.variables());
    } catch (DmnHitPolicyException e) {
      return new Outcome(null, null, null, "meer dan één regel past waar de hit policy dat niet toestaat: "
          + e.getMessage());
    } catch (RuntimeException e) {
      return new Outcome(null, null, null, "fout bij het evalueren: " + e.getMessage());
    }
    if (result.isEmpty()) {
      return new Outcome(null, null, null, "geen enkele regel van '" + FrameworkChange.ASSESSMENT + "' past");
    }
    if (result.size() > 1) {
      return new Outcome(null, null, null, "meer dan één besluit");
    }
    Map<String, Object> entries = result.getSingleResult().getEntryMap();
    Object decision = entries.get("decision");
    Object group = entries.get("portfolioGroup");
    Object score = entries.get("relevanceScore");
    if (decision == null) {
      return new Outcome(null, null, null, "geen besluit");
    }
    if (group == null) {
      return new Outcome(decision.toString(), null, null, "geen portefeuillegroep");
    }
    // The task after the decision goes to this group: never to officials, the secretariat or operators.
    if (!Theme.portfolioGroups().contains(group.toString())) {
      return new Outcome(decision.toString(), group.toString(), null,
          "portefeuillegroep \"" + group + "\" kent het proces niet");
    }
    if (!(score instanceof Number number)) {
      return new Outcome(decision.toString(), group.toString(), null, "geen relevantiescore");
    }
    // The submitter's mail, the register and the topics API tell every decision with its motivation.
    if (!(entries.get("motivation") instanceof String motivation) || motivation.isBlank()) {
      return new Outcome(decision.toString(), group.toString(), number.intValue(), "geen motivering");
    }
    return new Outcome(decision.toString(), group.toString(), number.intValue(), null);
  }
}

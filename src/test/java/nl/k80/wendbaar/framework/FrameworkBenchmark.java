package nl.k80.wendbaar.framework;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.k80.wendbaar.assessment.AssessmentProperties;
import nl.k80.wendbaar.support.Postgres;
import nl.k80.wendbaar.support.RunningApp;
import nl.k80.wendbaar.topic.FrameworkChange;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The checks and the what-if of a proposed change over the whole input space and 100,000 topics
 * assessed before, as the process's job does them (CheckCandidate, CompareCandidate), on the
 * embedded default (H2 file) and on PostgreSQL. The decision history is seeded as Camunda writes it
 * (an evaluation of topicAssessment with its topicRelevance, their inputs and the decision). Not a
 * unit test: ./mvnw -Pbenchmark test-compile exec:exec
 * -Dbenchmark.class=nl.k80.wendbaar.framework.FrameworkBenchmark (-Dbenchmark.databases=h2 or
 * postgresql for one); the figures go in the README.
 */
public final class FrameworkBenchmark {

  static final int TOPICS = 100_000;
  static final int RUNS = 5;

  public static void main(String[] args) {
    String databases = System.getProperty("benchmark.databases", "h2,postgresql");
    if (databases.contains("h2")) {
      measure("H2 (bestand, embedded default)", Map.of("spring.datasource.url",
          "jdbc:h2:file:./target/benchmark/k80-framework-" + System.nanoTime() + ";DB_CLOSE_ON_EXIT=FALSE"));
    }
    if (databases.contains("postgresql")) {
      measure("PostgreSQL (embedded, zonky)", Map.of("spring.datasource.url", Postgres.newDatabase(),
          "spring.datasource.username", "postgres", "spring.datasource.password", "postgres"));
    }
    System.exit(0);
  }

  static void measure(String database, Map<String, String> datasource) {
    Map<String, String> properties = new HashMap<>(datasource);
    properties.put("camunda.bpm.job-execution.enabled", "false");
    try (RunningApp app = RunningApp.start("demo", properties)) {
      JdbcTemplate jdbc = app.context().getBean(JdbcTemplate.class);
      long seeding = System.nanoTime();
      seed(app, jdbc);
      System.out.printf("%s: %,d assessed topics seeded in %d s%n", database, TOPICS,
          (System.nanoTime() - seeding) / 1_000_000_000);
      boolean postgres = properties.get("spring.datasource.url").startsWith("jdbc:postgresql");
      jdbc.execute(postgres ? "VACUUM ANALYZE" : "ANALYZE");

      FrameworkVersions versions = app.context().getBean(FrameworkVersions.class);
      PastAssessments past = app.context().getBean(PastAssessments.class);
      int max = app.context().getBean(AssessmentProperties.class).getMaxActiveTopics();
      byte[] candidate = Candidates.bytes(Candidates.takeUpFromSeven());
      for (int run = 1; run <= RUNS; run++) {
        // As for a first proposal: nothing parsed yet; the check's evaluations of the candidate serve the what-if.
        ParsedFrameworks frameworks = new ParsedFrameworks();
        long start = System.nanoTime();
        byte[] inForce = versions.inForce().dmn();
        CandidateCheck.Result checked = CandidateCheck.check(candidate, Framework.model(inForce), new InputSpace(max),
            frameworks::of, Duration.ofMinutes(5));
        long checkedAt = System.nanoTime();
        List<PastAssessment> topics = past.all();
        long readAt = System.nanoTime();
        WhatIf whatIf = WhatIf.compare(frameworks.of(inForce), frameworks.of(candidate), new InputSpace(max), topics);
        long done = System.nanoTime();
        System.out.printf("%s, run %d: controles %d ms (%s), geschiedenis lezen %d ms (%,d thema's),"
            + " wat-als %d ms (%,d combinaties anders, %d gebieden, %,d thema's anders); totaal %d ms%n",
            database, run, (checkedAt - start) / 1_000_000, checked.passed() ? "geslaagd" : "fouten",
            (readAt - checkedAt) / 1_000_000, topics.size(), (done - readAt) / 1_000_000,
            whatIf.changedCombinations(), whatIf.regions().size(), whatIf.changedTopics(),
            (done - start) / 1_000_000);
      }
    }
  }

  /** One evaluation per topic, as Camunda's history has it, with a register row carrying reference and title. */
  static void seed(RunningApp app, JdbcTemplate jdbc) {
    DecisionDefinition assessment = definition(app, FrameworkChange.ASSESSMENT);
    DecisionDefinition relevance = definition(app, FrameworkChange.RELEVANCE);
    String[] themes = {"NABIJHEID", "VITALE_KERNEN", "WONEN", "SOCIAAL_DOMEIN", "LANDELIJK_GEBIED", "FINANCIEN",
        "WERKGEVERSCHAP", "OVERIG"};
    String[] impacts = {"SPECIFIEK", "ALGEMEEN", "NIET"};
    String[] reaches = {"MEESTE", "DEEL", "ENKELE"};
    String[] coverages = {"NEE", "DEELS", "JA"};
    Framework shipped = Framework.parse(Candidates.bytes(Candidates.shipped()));
    Random random = new Random(7);
    List<Object[]> register = new ArrayList<>();
    List<Object[]> instances = new ArrayList<>();
    List<Object[]> inputs = new ArrayList<>();
    List<Object[]> outputs = new ArrayList<>();
    Timestamp evaluated = Timestamp.from(Instant.now().minusSeconds(86_400));
    for (int i = 1; i <= TOPICS; i++) {
      String reference = String.format("K80-%d-%04d", 2016 + i / 10_000, i % 10_000 + 1);
      String processInstance = "pi-" + reference;
      Inputs topic = new Inputs(themes[random.nextInt(8)], impacts[random.nextInt(3)], reaches[random.nextInt(3)],
          coverages[random.nextInt(3)], random.nextInt(3) == 0 ? null : random.nextInt(40), random.nextInt(6), 3);
      String decision = shipped.evaluate(topic).decision();
      String root = "root-" + i;
      String child = "rel-" + i;
      instances.add(new Object[] {root, assessment.getId(), assessment.getKey(), processInstance, evaluated, null});
      instances.add(new Object[] {child, relevance.getId(), relevance.getKey(), processInstance, evaluated, root});
      Object[][] relevanceInputs = {{"rel_theme", topic.theme()}, {"rel_impact", topic.impact()},
          {"rel_members", topic.members()}, {"rel_covered", topic.coverage()}, {"rel_weeks", topic.weeksToDeadline()}};
      for (Object[] input : relevanceInputs) {
        inputs.add(input(child + input[0], child, (String) input[0], input[1]));
      }
      Object[][] assessmentInputs = {{"as_impact", topic.impact()}, {"as_theme", topic.theme()},
          {"as_covered", topic.coverage()}, {"as_active", topic.activeTopics()}, {"as_max", 3},
          {"as_weeks", topic.weeksToDeadline()}};
      for (Object[] input : assessmentInputs) {
        inputs.add(input(root + input[0], root, (String) input[0], input[1]));
      }
      outputs.add(new Object[] {root + "-decision", root, "as_decision", "decision", "string", decision});
      register.add(new Object[] {reference, processInstance, "Thema " + i, topic.theme(), evaluated});
      if (instances.size() >= 20_000) {
        flush(jdbc, instances, inputs, outputs, register);
      }
    }
    flush(jdbc, instances, inputs, outputs, register);
  }

  static Object[] input(String id, String instance, String clause, Object value) {
    return new Object[] {id, instance, clause, value == null ? "null" : value instanceof String ? "string" : "integer",
        value instanceof String text ? text : null, value instanceof Integer number ? number.longValue() : null};
  }

  static void flush(JdbcTemplate jdbc, List<Object[]> instances, List<Object[]> inputs, List<Object[]> outputs,
      List<Object[]> register) {
    jdbc.batchUpdate("INSERT INTO k80_topic (reference, process_instance_id, title, theme, source, municipality,"
        + " status, submitted_at, submitter) VALUES (?, ?, ?, ?, 'LID', 'Wijdemeren', 'AFGEROND', ?, 'ambtenaar')",
        register);
    register.clear();
    jdbc.batchUpdate("INSERT INTO ACT_HI_DECINST (ID_, DEC_DEF_ID_, DEC_DEF_KEY_, PROC_INST_ID_, EVAL_TIME_,"
        + " ROOT_DEC_INST_ID_) VALUES (?, ?, ?, ?, ?, ?)", instances);
    jdbc.batchUpdate("INSERT INTO ACT_HI_DEC_IN (ID_, DEC_INST_ID_, CLAUSE_ID_, VAR_TYPE_, TEXT_, LONG_)"
        + " VALUES (?, ?, ?, ?, ?, ?)", inputs);
    jdbc.batchUpdate("INSERT INTO ACT_HI_DEC_OUT (ID_, DEC_INST_ID_, CLAUSE_ID_, VAR_NAME_, VAR_TYPE_, TEXT_)"
        + " VALUES (?, ?, ?, ?, ?, ?)", outputs);
    instances.clear();
    inputs.clear();
    outputs.clear();
  }

  static DecisionDefinition definition(RunningApp app, String key) {
    return app.engine().getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key)
        .latestVersion().singleResult();
  }
}

package nl.k80.wendbaar.assessment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Evaluations per second of the afwegingskader, single thread: standalone on the DMN engine, a
 * trivial one-rule table as yardstick in the same run, and through the process engine with full
 * history. Not a test: run it with the command in the README ("Benchmark").
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AssessmentBenchmark {

  static final Map<String, Object> TOPIC = Map.of("theme", "WONEN", "smallMunicipalityImpact", "SPECIFIEK",
      "membersAffected", "DEEL", "coveredElsewhere", "DEELS", "requestedRole", "LOBBY", "weeksToDeadline", 10,
      "activeTopicsInPortfolio", 1, "maxActiveTopics", 3);

  @State(Scope.Benchmark)
  public static class Standalone {
    DmnEngine engine;
    DmnDecision assessment;
    DmnDecision trivial;

    @Setup
    public void setUp() {
      engine = Afwegingskader.engine();
      assessment = engine.parseDecision("topicAssessment",
          AssessmentBenchmark.class.getResourceAsStream("/decisions/topicAssessment.dmn"));
      trivial = engine.parseDecision("trivial", AssessmentBenchmark.class.getResourceAsStream("/benchmark/trivial.dmn"));
    }
  }

  @State(Scope.Benchmark)
  public static class WithProcessEngine {
    ProcessEngine processEngine;

    @Setup(Level.Trial)
    public void setUp() {
      StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
      configuration.setJdbcUrl("jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1");
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setHistoryTimeToLive("P3650D");
      configuration.setJobExecutorActivate(false);
      configuration.setProcessEnginePlugins(List.of(new ParsedFeelCachePlugin()));
      processEngine = configuration.buildProcessEngine();
      processEngine.getRepositoryService().createDeployment()
          .addClasspathResource("decisions/topicAssessment.dmn").deploy();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      processEngine.close();
    }
  }

  @Benchmark
  public Object trivialTableStandalone(Standalone state) {
    return state.engine.evaluateDecision(state.trivial, TOPIC).getSingleResult();
  }

  @Benchmark
  public Object topicAssessmentStandalone(Standalone state) {
    return state.engine.evaluateDecision(state.assessment, TOPIC).getSingleResult();
  }

  @Benchmark
  public Object topicAssessmentWithFullHistory(WithProcessEngine state) {
    return state.processEngine.getDecisionService().evaluateDecisionByKey("topicAssessment")
        .variables(TOPIC).evaluate().getSingleResult();
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(AssessmentBenchmark.class.getSimpleName()).build()).run();
  }
}

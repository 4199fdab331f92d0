package nl.k80.wendbaar.assessment;

import camundajar.impl.scala.util.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;

/**
 * Camunda's FEEL engine parses every expression of a decision table again on every evaluation;
 * for the afwegingskader (about sixty expressions) parsing was most of the cost of a decision.
 * This keeps each parsed expression, keyed by its text, for the engine's lifetime. Only the text
 * of deployed decisions is ever parsed, never user input, so the cache stays small; it is
 * emptied should it ever grow past MAX_EXPRESSIONS (after many redeployments).
 */
public final class ParsedFeelCache {

  static final int MAX_EXPRESSIONS = 10_000;

  /** Camunda's default DMN engine configuration with the caching FEEL engine. */
  public static DefaultDmnEngineConfiguration dmnEngineConfiguration() {
    DefaultDmnEngineConfiguration configuration = new DefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new Factory());
    return configuration;
  }

  static final class Factory extends ScalaFeelEngineFactory {
    @Override
    public org.camunda.bpm.dmn.feel.impl.FeelEngine createInstance() {
      return new ScalaFeelEngine(customFunctionProviders) {
        @Override
        protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
            ValueMapper.CompositeValueMapper valueMapper) {
          FeelEngine configured = super.buildFeelEngine(functions, valueMapper);
          return new Caching(configured);
        }
      };
    }
  }

  /** The FEEL engine as Camunda configures it, parsing each distinct expression once. */
  static final class Caching extends FeelEngine {
    private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
    private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

    Caching(FeelEngine configured) {
      super(configured.functionProvider(), configured.valueMapper(), configured.configuration(), configured.clock());
    }

    @Override
    public Either<Failure, ParsedExpression> parseExpression(String expression) {
      return cached(expressions, expression, super::parseExpression);
    }

    @Override
    public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
      return cached(unaryTests, expression, super::parseUnaryTests);
    }

    private static Either<Failure, ParsedExpression> cached(Map<String, Either<Failure, ParsedExpression>> cache,
        String expression, Function<String, Either<Failure, ParsedExpression>> parse) {
      if (cache.size() > MAX_EXPRESSIONS) {
        cache.clear();
      }
      return cache.computeIfAbsent(expression, parse);
    }
  }

  private ParsedFeelCache() {}
}

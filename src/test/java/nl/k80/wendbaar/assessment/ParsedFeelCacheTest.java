package nl.k80.wendbaar.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.feel.FeelEngine;
import org.junit.jupiter.api.Test;

/** The cache hands back the parse of an expression it has seen; the DMN tests prove decisions stay the same. */
class ParsedFeelCacheTest {

  final ParsedFeelCache.Caching feel = new ParsedFeelCache.Caching(new FeelEngine.Builder().build());

  @Test
  void eachExpressionIsParsedOnce() {
    assertThat(feel.parseUnaryTests("\"WONEN\", \"FINANCIEN\"")).isSameAs(feel.parseUnaryTests("\"WONEN\", \"FINANCIEN\""));
    assertThat(feel.parseExpression("score + 1")).isSameAs(feel.parseExpression("score + 1"));
    assertThat(feel.parseExpression("score + 1")).isNotSameAs(feel.parseExpression("score + 2"));
  }

  @Test
  void aBrokenExpressionStillFails() {
    assertThat(feel.parseExpression("score +").isLeft()).isTrue();
    assertThat(feel.evalExpression("score + 1", Map.of("score", 2)).toOption().get()).isEqualTo(3L);
  }

  @Test
  void theCacheEmptiesItselfInsteadOfGrowingWithoutBound() {
    var before = feel.parseExpression("x + 0");
    for (int i = 1; i <= ParsedFeelCache.MAX_EXPRESSIONS + 1; i++) {
      feel.parseExpression("x + " + i);
    }
    assertThat(feel.parseExpression("x + 0")).as("parsed anew after the cache was emptied").isNotSameAs(before);
  }
}

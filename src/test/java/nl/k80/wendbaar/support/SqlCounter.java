package nl.k80.wendbaar.support;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts the SQL the application sends, per kind and table, split by who sent it: a web request
 * (Tomcat's threads) or the job executor. For the load benchmark's profile, not for tests.
 */
public final class SqlCounter implements ApplicationContextInitializer<ConfigurableApplicationContext>,
    QueryExecutionListener {

  private static final Pattern STATEMENT = Pattern.compile(
      "^\\s*(insert\\s+into|update|delete\\s+from|select\\b.*?\\bfrom)\\s+([\\w.]+)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Who sent a statement: a web request (Tomcat's threads) or the job executor. */
  public enum Origin { REQUEST, BACKGROUND }

  private final Map<Origin, Map<String, LongAdder>> statements = Map.of(
      Origin.REQUEST, new ConcurrentHashMap<>(), Origin.BACKGROUND, new ConcurrentHashMap<>());
  private final Map<Origin, LongAdder> rows = Map.of(Origin.REQUEST, new LongAdder(), Origin.BACKGROUND,
      new LongAdder());

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
            ? ProxyDataSourceBuilder.create(dataSource).listener(SqlCounter.this).build() : bean;
      }
    });
  }

  @Override
  public void beforeQuery(ExecutionInfo execution, java.util.List<QueryInfo> queries) {
  }

  @Override
  public void afterQuery(ExecutionInfo execution, java.util.List<QueryInfo> queries) {
    Origin origin = Thread.currentThread().getName().contains("exec-") ? Origin.REQUEST : Origin.BACKGROUND;
    for (QueryInfo query : queries) {
      String statement = describe(query.getQuery());
      statements.get(origin).computeIfAbsent(statement, k -> new LongAdder()).increment();
      if (execution.getResult() instanceof Integer updated && !statement.startsWith("SELECT")) {
        rows.get(origin).add(updated);
      } else if (execution.getResult() instanceof int[] batch) {
        for (int updated : batch) {
          rows.get(origin).add(Math.max(updated, 0));
        }
      }
    }
  }

  /** "INSERT ACT_RU_VARIABLE", "SELECT ACT_RU_TASK", ... */
  static String describe(String sql) {
    Matcher statement = STATEMENT.matcher(sql);
    if (!statement.find()) {
      return sql.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
    }
    return statement.group(1).split("\\s+")[0].toUpperCase(Locale.ROOT) + " "
        + statement.group(2).toUpperCase(Locale.ROOT);
  }

  public void reset() {
    statements.values().forEach(Map::clear);
    rows.values().forEach(LongAdder::reset);
  }

  /** Statements per kind and table sent from the origin, divided by a number of requests. */
  public Map<String, Double> statementsPer(Origin origin, int requests) {
    Map<String, Double> per = new TreeMap<>();
    statements.get(origin).forEach((statement, count) -> per.put(statement, count.doubleValue() / requests));
    return per;
  }

  public double totalStatementsPer(Origin origin, int requests) {
    return statements.get(origin).values().stream().mapToLong(LongAdder::sum).sum() / (double) requests;
  }

  public double rowsWrittenPer(Origin origin, int requests) {
    return rows.get(origin).doubleValue() / requests;
  }
}

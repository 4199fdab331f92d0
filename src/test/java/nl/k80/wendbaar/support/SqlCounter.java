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

  private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> rows = new ConcurrentHashMap<>();

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
    String who = Thread.currentThread().getName().contains("exec-") ? "request" : "background";
    for (QueryInfo query : queries) {
      String key = who + " " + describe(query.getQuery());
      statements.computeIfAbsent(key, k -> new LongAdder()).increment();
      if (execution.getResult() instanceof Integer updated && !key.contains("SELECT")) {
        rows.computeIfAbsent(who, k -> new LongAdder()).add(updated);
      } else if (execution.getResult() instanceof int[] batch) {
        for (int updated : batch) {
          rows.computeIfAbsent(who, k -> new LongAdder()).add(Math.max(updated, 0));
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
    statements.clear();
    rows.clear();
  }

  /** Statements per kind and table, for who ("request" or "background"), divided by a number of requests. */
  public Map<String, Double> statementsPer(String who, int requests) {
    Map<String, Double> per = new TreeMap<>();
    statements.forEach((key, count) -> {
      if (key.startsWith(who + " ")) {
        per.put(key.substring(who.length() + 1), count.doubleValue() / requests);
      }
    });
    return per;
  }

  public double totalStatementsPer(String who, int requests) {
    return statementsPer(who, requests).values().stream().mapToDouble(Double::doubleValue).sum();
  }

  public double rowsWrittenPer(String who, int requests) {
    LongAdder written = rows.get(who);
    return written == null ? 0 : written.doubleValue() / requests;
  }
}

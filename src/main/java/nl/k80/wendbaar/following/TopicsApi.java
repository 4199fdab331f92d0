package nl.k80.wendbaar.following;

import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.k80.wendbaar.platform.PlainText;
import nl.k80.wendbaar.topic.Choice;
import nl.k80.wendbaar.topic.Decider;
import nl.k80.wendbaar.topic.Decision;
import nl.k80.wendbaar.topic.Source;
import nl.k80.wendbaar.topic.Theme;
import nl.k80.wendbaar.topic.TopicIntake;
import nl.k80.wendbaar.topic.TopicStatus;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The topics API (contract, "Following topics"): an official's own submissions, and every topic
 * that has passed screening for every logged-in user. Read-only; who the caller is comes from
 * the security chain (HTTP Basic or the webapps' session, see security.WebSecurity).
 */
@RestController
@RequestMapping(path = "/api/topics", produces = "application/json")
class TopicsApi {

  static final int MAX_SIZE = 100;

  private final TopicQueries queries;
  private final TaskService taskService;

  TopicsApi(TopicQueries queries, TaskService taskService) {
    this.queries = queries;
    this.taskService = taskService;
  }

  /** The caller's own topics, newest first; a topic waiting for the caller carries the task. */
  @GetMapping("/mine")
  List<TopicItem> mine(Principal caller) {
    List<TopicQueries.Row> rows = queries.mine(caller.getName());
    if (rows.isEmpty()) {
      return List.of();
    }
    // The caller's own tasks are few, however many topics they submitted over the years.
    Map<String, String> waiting = taskService.createTaskQuery().taskAssignee(caller.getName())
        .processDefinitionKey(TopicIntake.PROCESS).list().stream()
        .collect(Collectors.toMap(Task::getProcessInstanceId, Task::getId, (first, second) -> first));
    return rows.stream().map(row -> waiting.containsKey(row.processInstanceId())
        ? row.item().withTask(waiting.get(row.processInstanceId())) : row.item()).toList();
  }

  record Page(List<TopicItem> items, int page, int size, long total) {}

  /** Every topic past screening that matches, newest first, a page at a time. */
  @GetMapping
  Page passedScreening(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
      @RequestParam(required = false) String status, @RequestParam(required = false) String decision,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    int pageSize = number("size", size, 20, 1, MAX_SIZE);
    if (q != null && !PlainText.isPlain(q)) {
      throw new InvalidParameter("q", "q moet " + PlainText.RULE + " zijn.");
    }
    TopicStatus wanted = code("status", status, TopicStatus.class);
    if (wanted != null && wanted.beforeScreening()) {
      throw new InvalidParameter("status", "Thema's met status " + wanted.name() + " staan niet in deze lijst: alleen"
          + " thema's die de screening zijn gepasseerd.");
    }
    TopicQueries.Page found = queries.passedScreening(new TopicQueries.Filter(q, name(code("theme", theme, Theme.class)),
        name(wanted), name(code("decision", decision, Decision.class)), pageNumber, pageSize));
    return new Page(found.items(), pageNumber, pageSize, found.total());
  }

  record Labels(Map<String, String> themes, Map<String, String> sources, Map<String, String> statuses,
      List<String> statusesPastScreening, Map<String, String> decisions, Map<String, String> deciders,
      Map<String, String> portfolios) {}

  /** The Dutch names of every code an item may carry, and the statuses the list can filter on. */
  @GetMapping("/labels")
  Labels labels() {
    return new Labels(Choice.labels(Theme.class), Choice.labels(Source.class), Choice.labels(TopicStatus.class),
        Arrays.stream(TopicStatus.values()).filter(status -> !status.beforeScreening()).map(Enum::name).toList(),
        Choice.labels(Decision.class), Choice.labels(Decider.class), Arrays.stream(Theme.values())
            .collect(Collectors.toMap(Theme::portfolioGroup, Theme::portfolioName, (a, b) -> a, LinkedHashMap::new)));
  }

  /** A request parameter that cannot be: HTTP 400 naming it. */
  static class InvalidParameter extends RuntimeException {

    final String parameter;

    InvalidParameter(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }
  }

  @ExceptionHandler(InvalidParameter.class)
  ProblemDetail invalid(InvalidParameter invalid) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
    problem.setTitle("Ongeldige parameter " + invalid.parameter);
    problem.setProperty("parameter", invalid.parameter);
    return problem;
  }

  private static int number(String parameter, String value, int absent, int min, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // answered below, as any other value out of range
    }
    throw new InvalidParameter(parameter, parameter + " moet een geheel getal van " + min + " tot en met " + max
        + " zijn, niet '" + value + "'.");
  }

  private static <T extends Enum<T> & Choice> T code(String parameter, String value, Class<T> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    T choice = Choice.of(type, value.strip());
    if (choice == null) {
      throw new InvalidParameter(parameter, parameter + " '" + value + "' bestaat niet; kies uit "
          + String.join(", ", Choice.codes(type)) + ".");
    }
    return choice;
  }

  private static String name(Enum<?> choice) {
    return choice == null ? null : choice.name();
  }
}

package nl.k80.wendbaar.platform;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * A refused request answers with why it was refused. Camunda's REST resources wrap some engine
 * exceptions in an answer of their own: .../start treats every engine exception as a server error
 * (500), even a refused form or the engine's own "bad user request" (e.g. skipCustomListeners
 * without start instructions), and .../attachment/create answers any refusal with 400 "Task id is
 * null". These mappers, ahead of Camunda's own, answer 403 with the reason for a refusal, 400
 * for invalid input, 404 for what no longer exists (NotFound) and 409 for a change that lost a race
 * with another request (Camunda: 500), and leave every other error as Camunda renders it. Invalid
 * input includes a body that is no JSON or JSON of the wrong shape (400 saying where, where Camunda
 * answered with an empty message and Jersey with plain text), and text the database cannot store
 * or search (PostgreSQL: a NUL, e.g. in a query parameter or a login name; Camunda answered 500).
 * Jersey discovers them (META-INF/services) in each of its applications, so both REST roots,
 * /engine-rest and the webapps' /camunda/api/engine, answer alike.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class RestErrorStatus implements AutoDiscoverable {

  /** PostgreSQL's "invalid byte sequence" (a NUL) and "untranslatable character". */
  private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> mapper : new Class<?>[] {CauseDecides.class, UnreadableJson.class, MisshapenJson.class,
        UnstorableText.class, Missing.class, Concurrent.class}) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper);
      }
    }
  }

  static boolean unstorableText(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static Response badText() {
    return badRequest("Ongeldige invoer: alleen " + PlainText.RULE + ".");
  }

  static Response badRequest(String message) {
    return answer(Response.Status.BAD_REQUEST, message);
  }

  /** Camunda's JSON error shape with our status and (Dutch) message. */
  static Response answer(Response.Status status, String message) {
    return ExceptionHandlerHelper.getInstance().getResponse(new InvalidRequestException(status, message));
  }

  @Priority(1)
  public static class CauseDecides implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      if (unstorableText(exception)) {
        return badText();
      }
      Response camundas = ExceptionHandlerHelper.getInstance().getResponse(exception);
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof AuthorizationException refusal) {
          return ExceptionHandlerHelper.getInstance().getResponse(refusal);
        }
        if (cause instanceof NotFound missing) {
          return Missing.answer(missing);
        }
        if (cause instanceof OptimisticLockingException) {
          return Concurrent.answer();
        }
        if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException) {
          return Response.status(Response.Status.BAD_REQUEST).entity(camundas.getEntity())
              .type(camundas.getMediaType()).build();
        }
      }
      return camundas;
    }
  }

  @Priority(1)
  public static class UnreadableJson implements ExceptionMapper<JsonParseException> {

    @Override
    public Response toResponse(JsonParseException exception) {
      return answer(exception);
    }

    static Response answer(JsonParseException exception) {
      JsonLocation at = exception.getLocation();
      return badRequest("De aanvraag is geen geldige JSON (regel " + at.getLineNr() + ", kolom " + at.getColumnNr()
          + ").");
    }
  }

  /**
   * Names the place in the body by its path, e.g. 'variables' or 'variables.title.value'. Jackson
   * also wraps JSON that breaks off inside a value in this, with the parse error as its cause.
   */
  @Priority(1)
  public static class MisshapenJson implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
      if (exception.getCause() instanceof JsonParseException unreadable) {
        return UnreadableJson.answer(unreadable);
      }
      String path = exception.getPath().stream()
          .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return badRequest(path.isEmpty() ? "De aanvraag heeft als geheel niet de verwachte vorm."
          : "Ongeldige waarde voor '" + path + "': niet de vorm die deze aanvraag verwacht.");
    }
  }

  @Priority(1)
  public static class Missing implements ExceptionMapper<NotFound> {

    @Override
    public Response toResponse(NotFound exception) {
      return answer(exception);
    }

    static Response answer(NotFound exception) {
      return RestErrorStatus.answer(Response.Status.NOT_FOUND, exception.getMessage());
    }
  }

  /**
   * The same task or topic changed by another request at the same moment (a double click, a portal's
   * retry, two colleagues): the engine rolled this one back, so nothing of it was stored.
   */
  @Priority(1)
  public static class Concurrent implements ExceptionMapper<OptimisticLockingException> {

    @Override
    public Response toResponse(OptimisticLockingException exception) {
      return answer();
    }

    static Response answer() {
      return RestErrorStatus.answer(Response.Status.CONFLICT, "Deze taak of dit thema is op hetzelfde moment door"
          + " een andere aanvraag gewijzigd; van deze aanvraag is niets opgeslagen. Vernieuw de pagina en probeer het"
          + " zo nodig opnieuw.");
    }
  }

  @Priority(1)
  public static class UnstorableText implements ExceptionMapper<ProcessEnginePersistenceException> {

    @Override
    public Response toResponse(ProcessEnginePersistenceException exception) {
      return unstorableText(exception) ? badText() : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }
}

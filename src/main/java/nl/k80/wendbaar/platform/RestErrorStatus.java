package nl.k80.wendbaar.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * A refused request answers with why it was refused. Camunda's REST resources wrap some engine
 * exceptions in an answer of their own: .../start treats every engine exception as a server error
 * (500), even a refused form or the engine's own "bad user request" (e.g. skipCustomListeners
 * without start instructions), and .../attachment/create answers any refusal with 400 "Task id is
 * null". This mapper, ahead of Camunda's own, answers 403 with the reason for a refusal and 400 for
 * invalid input, and leaves every other error as Camunda renders it. Jersey discovers it
 * (META-INF/services) in each of its applications, so both REST roots, /engine-rest and the webapps'
 * /camunda/api/engine, answer alike.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class RestErrorStatus implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(CauseDecides.class)) {
      context.register(CauseDecides.class);
    }
  }

  @Priority(1)
  public static class CauseDecides implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      Response camundas = ExceptionHandlerHelper.getInstance().getResponse(exception);
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof AuthorizationException refusal) {
          return ExceptionHandlerHelper.getInstance().getResponse(refusal);
        }
        if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException) {
          return Response.status(Response.Status.BAD_REQUEST).entity(camundas.getEntity())
              .type(camundas.getMediaType()).build();
        }
      }
      return camundas;
    }
  }
}

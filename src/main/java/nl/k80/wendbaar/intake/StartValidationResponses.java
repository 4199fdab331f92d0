package nl.k80.wendbaar.intake;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * A refused submission is HTTP 400 on every route into a process. Camunda's REST API answers a
 * refused form with 400 on submit-form but with 500 on .../start, where it treats every engine
 * exception as a server error, even the engine's own "bad user request" (e.g. skipCustomListeners
 * without start instructions); this mapper, ahead of Camunda's own, corrects that status and leaves
 * every other error as Camunda renders it. Jersey discovers it (META-INF/services) in each of its
 * applications, so both REST roots, /engine-rest and the webapps' /camunda/api/engine, answer alike.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class StartValidationResponses implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(ValidationAsBadRequest.class)) {
      context.register(ValidationAsBadRequest.class);
    }
  }

  @Priority(1)
  public static class ValidationAsBadRequest implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      Response camundas = ExceptionHandlerHelper.getInstance().getResponse(exception);
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException) {
          return Response.status(Response.Status.BAD_REQUEST).entity(camundas.getEntity())
              .type(camundas.getMediaType()).build();
        }
      }
      return camundas;
    }
  }
}

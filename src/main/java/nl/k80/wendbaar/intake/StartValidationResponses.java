package nl.k80.wendbaar.intake;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * A refused submission is HTTP 400 on every route into topicIntake. Camunda's REST API answers
 * the form's refusal with 400 on submit-form but with 500 on .../start, where it treats every
 * engine exception as a server error; this mapper, ahead of Camunda's own, corrects that status
 * and leaves every other error as Camunda renders it.
 */
@Component
class StartValidationResponses implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(ValidationAsBadRequest.class);
  }

  @Priority(1)
  static class ValidationAsBadRequest implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      Response camundas = ExceptionHandlerHelper.getInstance().getResponse(exception);
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException) {
          return Response.status(Response.Status.BAD_REQUEST).entity(camundas.getEntity())
              .type(camundas.getMediaType()).build();
        }
      }
      return camundas;
    }
  }
}

package nl.k80.wendbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * The answers to a change that lost a race with another request, on both ways it reaches the REST
 * API: thrown as it is (e.g. a claim), or wrapped by a resource (e.g. submit-form answers 500).
 * IntakeHttpTest shows the race itself, which the task row lock now turns into 404s.
 */
class RestErrorStatusTest {

  static final OptimisticLockingException LOST_RACE = new OptimisticLockingException(
      "ENGINE-03005 Execution of 'UPDATE TaskEntity[1]' failed. Entity was updated by another transaction concurrently.");

  @Test
  void aChangeThatLostARaceAnswers409SayingNothingWasStored() {
    Response direct = new RestErrorStatus.Concurrent().toResponse(LOST_RACE);
    Response wrapped = new RestErrorStatus.CauseDecides().toResponse(
        new RestException(Response.Status.INTERNAL_SERVER_ERROR, LOST_RACE, "Cannot submit task form 1"));
    for (Response response : new Response[] {direct, wrapped}) {
      assertThat(response.getStatus()).isEqualTo(409);
      assertThat(((ExceptionDto) response.getEntity()).getMessage())
          .startsWith("Deze taak of dit thema is op hetzelfde moment door een andere aanvraag gewijzigd")
          .contains("niets opgeslagen");
    }
  }
}

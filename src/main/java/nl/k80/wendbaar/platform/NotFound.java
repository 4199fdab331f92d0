package nl.k80.wendbaar.platform;

import org.camunda.bpm.engine.exception.NotFoundException;

/**
 * Something a request names does not exist (any more). Camunda's REST API answers its own
 * NotFoundException with 400 and a missing task with 500; RestErrorStatus answers this with 404.
 */
public class NotFound extends NotFoundException {

  public NotFound(String message) {
    super(message);
  }
}

package nl.k80.wendbaar.intake;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Camunda's history producer, without its second record of every submitted form field: the
 * variable's own history (who, which step, which value, when) already keeps each of them whole, and
 * that second copy, in a column of 4000 characters, failed a submission with a longer text and cost
 * ten extra rows per submission.
 */
class VariableHistory extends CacheAwareHistoryEventProducer {

  @Override
  public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
      String taskId) {
    return null;
  }
}

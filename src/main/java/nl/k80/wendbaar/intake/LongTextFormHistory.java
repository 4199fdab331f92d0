package nl.k80.wendbaar.intake;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Camunda's history producer, except that the record of a submitted form field keeps at most the
 * 4000 characters its column holds. That record repeats the variable, whose own history keeps the
 * whole text (LongTextSerializer); without the cut a long description failed the submission.
 */
class LongTextFormHistory extends CacheAwareHistoryEventProducer {

  @Override
  public HistoryEvent createFormPropertyUpdateEvt(ExecutionEntity execution, String propertyId, String propertyValue,
      String taskId) {
    String kept = propertyValue != null && propertyValue.length() > LongTextSerializer.COLUMN_LENGTH
        ? propertyValue.substring(0, LongTextSerializer.COLUMN_LENGTH - 1) + "…" : propertyValue;
    return super.createFormPropertyUpdateEvt(execution, propertyId, kept, taskId);
  }
}

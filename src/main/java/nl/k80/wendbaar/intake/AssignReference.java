package nl.k80.wendbaar.intake;

import nl.k80.wendbaar.K80Time;
import nl.k80.wendbaar.topic.TopicIntake;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gives an accepted topic its reference: business key and variable "reference". */
@Component("assignReference")
class AssignReference implements JavaDelegate {

  private final ReferenceNumbers referenceNumbers;

  AssignReference(ReferenceNumbers referenceNumbers) {
    this.referenceNumbers = referenceNumbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = referenceNumbers.next(K80Time.today().getYear());
    execution.setProcessBusinessKey(reference);
    execution.setVariable(TopicIntake.REFERENCE, reference);
  }
}

package nl.k80.wendbaar.register;

import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** A topic as the register takes it: its process instance and its variables, live or from history. */
record TopicFacts(String processInstanceId, Function<String, Object> variables) {

  static TopicFacts of(DelegateExecution topic) {
    return new TopicFacts(topic.getProcessInstanceId(), topic::getVariable);
  }

  static TopicFacts of(String processInstanceId, Map<String, Object> variables) {
    return new TopicFacts(processInstanceId, variables::get);
  }

  Object get(String variable) {
    return variables.apply(variable);
  }
}

package nl.k80.wendbaar.security;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Reads each start event's and user task's "accepts" extension property (StepInputs) whenever the
 * engine parses a process, at deployment and when it loads a definition after a restart.
 */
class StepInputsParseListener extends AbstractBpmnParseListener {

  @Override
  public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
    remember(startEvent, activity);
  }

  @Override
  public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
    remember(userTask, activity);
  }

  private static void remember(Element step, ActivityImpl activity) {
    Element extensions = step.element("extensionElements");
    Element properties = extensions == null ? null
        : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return;
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (StepInputs.PROPERTY.equals(property.attribute("name"))) {
        activity.getProperties().set(StepInputs.KEY, StepInputs.parse(property.attribute("value", "")));
      }
    }
  }
}

package nl.k80.wendbaar.intake;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.springframework.stereotype.Component;

/**
 * Lets the engine keep the contract's long texts: LongTextSerializer ahead of its own String
 * serializer, and VariableHistory as its history producer.
 */
@Component
class LongTextPlugin extends AbstractProcessEnginePlugin {

  @Override
  @SuppressWarnings("rawtypes")
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(new LongTextSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
    configuration.setHistoryEventProducer(new VariableHistory());
  }
}

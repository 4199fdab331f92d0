package nl.k80.wendbaar.assessment;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Gives the process engine's DMN engine the FEEL engine that parses each expression once (ParsedFeelCache). */
@Component
public class ParsedFeelCachePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDmnEngineConfiguration(ParsedFeelCache.dmnEngineConfiguration());
  }
}

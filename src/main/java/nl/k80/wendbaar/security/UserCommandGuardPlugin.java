package nl.k80.wendbaar.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Installs the UserCommandGuard and the parse listener that reads each step's StepInputs from the BPMN. */
@Component
class UserCommandGuardPlugin extends AbstractProcessEnginePlugin {

  private final JdbcTemplate jdbc;

  UserCommandGuardPlugin(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<org.camunda.bpm.engine.impl.interceptor.CommandInterceptor> interceptors =
        configuration.getCustomPostCommandInterceptorsTxRequired() == null ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new UserCommandGuard(List.of(new TaskExistsRule(jdbc), new ModelRouteRule(), new StepInputRule(),
        new TaskClaimRule(), new JobsAndIncidentsRule(), new WrittenRecordRule(), new OwnAccountRule(),
        new StrongPasswordRule())));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    List<org.camunda.bpm.engine.impl.interceptor.CommandInterceptor> outside =
        configuration.getCustomPreCommandInterceptorsTxRequired() == null ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    outside.add(new UserCommandGuard.Nesting());
    configuration.setCustomPreCommandInterceptorsTxRequired(outside);

    List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> parseListeners =
        configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    parseListeners.add(new StepInputsParseListener());
    configuration.setCustomPreBPMNParseListeners(parseListeners);
  }
}

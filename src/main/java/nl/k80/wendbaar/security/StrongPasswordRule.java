package nl.k80.wendbaar.security;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * A new password that breaks Camunda's password policy is a bad request (HTTP 400) saying in Dutch
 * which rules it breaks; the engine itself would answer 500 "Password does not match policy". For
 * administrators too: Admin's forms send them here.
 */
class StrongPasswordRule implements CommandRule {

  private static final Map<String, String> DUTCH = Map.of(
      "PASSWORD_POLICY_LENGTH", "minstens %s tekens",
      "PASSWORD_POLICY_LOWERCASE", "minstens %s kleine letter(s)",
      "PASSWORD_POLICY_UPPERCASE", "minstens %s hoofdletter(s)",
      "PASSWORD_POLICY_DIGIT", "minstens %s cijfer(s)",
      "PASSWORD_POLICY_SPECIAL", "minstens %s bijzonder(e) teken(s)",
      "PASSWORD_POLICY_USER_DATA", "zonder eigen gegevens (gebruikersnaam, naam, e-mailadres)");

  @Override
  public boolean appliesToAdministrators() {
    return true;
  }

  @Override
  public void check(Command<?> command, CommandContext context) {
    if (!(command instanceof SaveUserCmd) || !context.getProcessEngineConfiguration().isEnablePasswordPolicy()
        || Boolean.TRUE.equals(CommandArguments.read(command, "skipPasswordPolicy", Boolean.class))
        || !(CommandArguments.read(command, "user", Object.class) instanceof UserEntity user) || !user.hasNewPassword()) {
      return;
    }
    PasswordPolicyResult result = context.getProcessEngineConfiguration().getIdentityService()
        .checkPasswordAgainstPolicy(CommandArguments.read(user, "newPassword", String.class), user);
    if (!result.isValid()) {
      throw new BadUserRequestException("Het wachtwoord voldoet niet aan het wachtwoordbeleid: "
          + result.getViolatedRules().stream().map(StrongPasswordRule::dutch).collect(Collectors.joining(", ")) + ".");
    }
  }

  private static String dutch(PasswordPolicyRule rule) {
    String template = DUTCH.getOrDefault(rule.getPlaceholder(), rule.getPlaceholder());
    return rule.getParameters() == null || rule.getParameters().isEmpty() ? template.replace("%s", "")
        : String.format(template, rule.getParameters().values().iterator().next());
  }
}

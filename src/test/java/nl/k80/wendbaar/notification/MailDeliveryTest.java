package nl.k80.wendbaar.notification;

import static nl.k80.wendbaar.intake.IntakeHttpTest.SUBMIT;
import static nl.k80.wendbaar.intake.IntakeHttpTest.form;
import static nl.k80.wendbaar.intake.IntakeHttpTest.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.k80.wendbaar.support.DemoAppTest;
import nl.k80.wendbaar.support.HttpApi;
import nl.k80.wendbaar.support.MailParts;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Mail as users receive it, through a real SMTP server (GreenMail). The job executor is off so
 * the test runs the mail jobs itself, as the executor would after the deciding transaction.
 */
@DemoAppTest
@TestPropertySource(properties = {"spring.mail.port=3025", "camunda.bpm.job-execution.enabled=false",
    "k80.mail.retry-cycle=R3/PT1S", "k80.mail.base-url=https://wendbaar.k80.example",
    // Shorter than the default minute, so the test of a mail server that never answers is quick.
    "spring.mail.properties[mail.smtp.timeout]=2000"})
class MailDeliveryTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort
  int port;

  @Autowired
  ManagementService managementService;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  IdentityService identityService;

  HttpApi as(String user) {
    return HttpApi.basic(port, user, user);
  }

  List<Job> mailJobs() {
    return managementService.createJobQuery().processDefinitionKey("topicMail").list();
  }

  void sendAllMail() {
    mailJobs().forEach(job -> managementService.executeJob(job.getId()));
    assertThat(mailJobs()).isEmpty();
  }

  MimeMessage mailTo(String address, String subjectPart) throws Exception {
    for (MimeMessage message : smtp.getReceivedMessages()) {
      boolean addressed = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(recipient -> recipient.toString().equals(address));
      if (addressed && message.getSubject().contains(subjectPart)) {
        return message;
      }
    }
    throw new AssertionError("no mail to " + address + " about '" + subjectPart + "' among "
        + Arrays.stream(smtp.getReceivedMessages()).map(m -> {
          try {
            return m.getSubject();
          } catch (Exception e) {
            return "?";
          }
        }).toList());
  }

  String submit(Map<String, Object> values) {
    return as("ambtenaar").post(SUBMIT, form(values)).json().get("businessKey").asText();
  }

  String task(String reference) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
  }

  @Test
  void aSubmissionIsConfirmedToTheSubmitterAndAnnouncedToTheSecretariat() throws Exception {
    String reference = submit(topic());
    assertThat(smtp.getReceivedMessages()).as("nothing is sent inside the submitting transaction").isEmpty();
    sendAllMail();

    MimeMessage confirmation = mailTo("ambtenaar@k80.example", "Aanmelding ontvangen");
    assertThat(confirmation.getSubject()).contains(reference, "Energiecongestie in kleine kernen");
    assertThat(confirmation.getFrom()[0].toString()).contains("noreply@k80.example");
    assertThat(confirmation.getMessageID()).endsWith("@k80-wendbaar>");
    assertThat(MailParts.part(confirmation, "text/plain")).contains("kenmerk " + reference);
    assertThat(MailParts.part(confirmation, "text/html")).contains(reference, "Energiecongestie in kleine kernen");

    MimeMessage announcement = mailTo("secretaris@k80.example", "Nieuwe taak");
    assertThat(MailParts.part(announcement, "text/plain")).contains("Screenen " + reference)
        .contains("https://wendbaar.k80.example/camunda/app/tasklist/default/#/?task=" + task(reference));
  }

  @Test
  void theSubmitterHearsWhatToSupplementTheDecisionAndTheResult() throws Exception {
    String asked = submit(topic());
    as("secretaris").post("/engine-rest/task/" + task(asked) + "/submit-form",
        form(Map.of("screeningOutcome", "AANVULLEN", "screeningRemark", "Welke netbeheerder?")));
    String decided = submit(topic());
    as("secretaris").post("/engine-rest/task/" + task(decided) + "/submit-form",
        form(Map.of("screeningOutcome", "COMPLEET")));
    as("ph-wonen").post("/engine-rest/task/" + task(decided) + "/submit-form",
        form(Map.of("approachPlan", "Lobby bij het Rijk")));
    as("ph-wonen").post("/engine-rest/task/" + task(decided) + "/submit-form",
        form(Map.of("resultSummary", "Netcongestie staat op de agenda van het Rijk")));
    sendAllMail();

    assertThat(MailParts.part(mailTo("ambtenaar@k80.example", "Graag aanvullen"), "text/plain")).contains("Welke netbeheerder?");
    String decision = MailParts.part(mailTo("ambtenaar@k80.example", decided + " Energiecongestie in kleine kernen: Besluit"),
        "text/plain");
    assertThat(decision).contains("Besluit van het afwegingskader: Oppakken.", "Oppakken: het thema is zeer relevant");
    assertThat(MailParts.part(mailTo("ph-wonen@k80.example", "Nieuwe taak"), "text/plain")).contains("Plan van aanpak " + decided);
    assertThat(MailParts.part(mailTo("ambtenaar@k80.example", "Afgerond"), "text/plain"))
        .contains("Netcongestie staat op de agenda van het Rijk");
  }

  @Test
  void whatUsersTypedIsEscapedInTheHtmlPart() throws Exception {
    Map<String, Object> values = topic();
    values.put("title", "<script>alert('x')</script> Netcongestie");
    submit(values);
    sendAllMail();
    String html = MailParts.part(mailTo("ambtenaar@k80.example", "Aanmelding ontvangen"), "text/html");
    assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void anAccountWithAnAddressThatIsNoneCostsTheOthersNoMail() throws Exception {
    // Two more members of the secretariat: a typo in Admin, and an address list from a provider's claim.
    Map<String, String> broken = Map.of("kapot-adres", "kapot@",
        "lijst-adres", "lijst@k80.example, meelezer@elders.example");
    broken.forEach((id, email) -> {
      User user = identityService.newUser(id);
      user.setEmail(email);
      user.setPassword("Zx9!vQ2#mLp7-wT");
      identityService.saveUser(user);
      identityService.createMembership(id, "secretariaat");
    });
    try {
      String reference = submit(topic());
      sendAllMail();
      assertThat(mailTo("ambtenaar@k80.example", "Aanmelding ontvangen").getSubject()).contains(reference);
      assertThat(mailTo("secretaris@k80.example", "Nieuwe taak").getSubject()).contains(reference);
      assertThat(Arrays.stream(smtp.getReceivedMessages()).map(message -> {
        try {
          return Arrays.toString(message.getAllRecipients());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      })).noneMatch(recipients -> recipients.contains("meelezer") || recipients.contains("kapot"));
    } finally {
      broken.keySet().forEach(identityService::deleteUser);
    }
  }

  @Test
  void aMailServerOutageCostsNoSubmissionAndTheMailArrivesLater() throws Exception {
    smtp.stop();
    String reference = submit(topic());
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);
    Job confirmation = mailJobs().get(0);
    assertThat(tryToRun(confirmation)).isFalse();
    Job waiting = managementService.createJobQuery().jobId(confirmation.getId()).singleResult();
    assertThat(waiting.getRetries()).isPositive();
    assertThat(waiting.getExceptionMessage()).isNotBlank();

    smtp.start();
    sendAllMail();
    assertThat(mailTo("ambtenaar@k80.example", "Aanmelding ontvangen")).isNotNull();
  }

  @Test
  void aMailServerThatAcceptsButNeverAnswersFailsTheTryInsteadOfHoldingTheJobThread() throws Exception {
    smtp.stop();
    String reference = submit(topic());
    Job confirmation = mailJobs().get(0);
    // Before the timeouts, this try waited for the server's greeting forever.
    List<Socket> held = new CopyOnWriteArrayList<>();
    try (ServerSocket silent = new ServerSocket(ServerSetupTest.SMTP.getPort())) {
      new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept());
          }
        } catch (IOException closed) {
          // The test closed the server socket.
        }
      }).start();
      assertThat(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> tryToRun(confirmation))).isFalse();
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
    Job waiting = managementService.createJobQuery().jobId(confirmation.getId()).singleResult();
    assertThat(waiting.getRetries()).isPositive();
    assertThat(waiting.getExceptionMessage()).containsIgnoringCase("timed out");

    smtp.start();
    sendAllMail();
    assertThat(mailTo("ambtenaar@k80.example", reference)).isNotNull();
  }

  @Test
  void aMailThatKeepsFailingBecomesAnIncidentAndRetryingItSendsIt() throws Exception {
    smtp.stop();
    submit(topic());
    Job job = mailJobs().stream().filter(j -> variable(j, "mailEvents").contains("ACCEPTED")).findFirst().orElseThrow();
    for (int tries = 0; tries < 10 && retriesLeft(job) > 0; tries++) {
      tryToRun(job);
    }
    assertThat(retriesLeft(job)).isZero();
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId())
        .singleResult();
    assertThat(incident).as("incident after the last try").isNotNull();
    assertThat(incident.getIncidentMessage()).containsIgnoringCase("connect");

    smtp.start();
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());
    assertThat(mailTo("ambtenaar@k80.example", "Aanmelding ontvangen")).isNotNull();
    assertThat(managementService.createJobQuery().jobId(job.getId()).count()).isZero();
  }

  private String variable(Job job, String name) {
    return (String) runtimeService.getVariable(job.getProcessInstanceId(), name);
  }

  private int retriesLeft(Job job) {
    return managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries();
  }

  private boolean tryToRun(Job job) {
    try {
      managementService.executeJob(job.getId());
      return true;
    } catch (RuntimeException failed) {
      return false;
    }
  }
}

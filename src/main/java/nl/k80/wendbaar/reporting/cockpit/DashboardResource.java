package nl.k80.wendbaar.reporting.cockpit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import nl.k80.wendbaar.identity.K80Groups;
import nl.k80.wendbaar.platform.PlainText;
import nl.k80.wendbaar.reporting.BoardDashboard;
import nl.k80.wendbaar.reporting.SemiannualReport.TopicLine;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * The dashboard's data. Cockpit lets any logged-in user of the engine reach plugin resources, so
 * this resource itself admits only the board, the secretariat and administrators.
 */
public class DashboardResource extends AbstractCockpitPluginResource {

  private final BoardDashboard dashboard;

  DashboardResource(String engineName, BoardDashboard dashboard) {
    super(engineName);
    this.dashboard = dashboard;
  }

  @GET
  @Path("dashboard")
  @Produces(MediaType.APPLICATION_JSON)
  public BoardDashboard.Data data() {
    requireBoardOrSecretariat();
    return dashboard.data();
  }

  @GET
  @Path("topics")
  @Produces(MediaType.APPLICATION_JSON)
  public List<TopicLine> topics(@QueryParam("q") String text) {
    requireBoardOrSecretariat();
    if (text != null && !PlainText.isPlain(text)) {
      throw new InvalidRequestException(Status.BAD_REQUEST, "q moet " + PlainText.RULE + " zijn.");
    }
    return dashboard.search(text);
  }

  private void requireBoardOrSecretariat() {
    Authentication user = getCurrentAuthentication();
    if (user == null || !K80Groups.readsAllTopics(user.getGroupIds())) {
      throw new InvalidRequestException(Status.FORBIDDEN,
          "Het bestuursdashboard is er voor het Dagelijks Bestuur, het secretariaat en beheerders.");
    }
  }
}

package nl.k80.wendbaar.reporting.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import nl.k80.wendbaar.reporting.BoardDashboard;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/** Cockpit creates this resource per request (JAX-RS); the dashboard's data comes from the Spring context. */
@Path("plugin/" + DashboardPlugin.ID)
public class DashboardRootResource extends AbstractCockpitPluginRootResource {

  public DashboardRootResource() {
    super(DashboardPlugin.ID);
  }

  @Path("{engineName}")
  public DashboardResource engine(@PathParam("engineName") String engineName) {
    BoardDashboard dashboard = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
        .getBean(BoardDashboard.class);
    return subResource(new DashboardResource(engineName, dashboard), engineName);
  }
}

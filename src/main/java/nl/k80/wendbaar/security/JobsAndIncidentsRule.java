package nl.k80.wendbaar.security;

import java.util.List;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobListener;

/**
 * Jobs and incidents are the engine's and its administrators': nobody else runs, reschedules,
 * suspends, deletes or retries a job, or raises, resolves or annotates an incident. Camunda checks
 * jobs through their process, so a job that belongs to none (the history cleanup that enforces the
 * retention period, a batch's jobs) was open to every user: an official could delete it. And
 * Camunda books every failed run a user asks for, a refused one too, as the job's failure
 * (FailedJobListener takes one of its retries): anyone could wear out any job, a mail or the report,
 * by asking to run it a few times. So a user's run is refused and its refusal counts for nothing.
 */
class JobsAndIncidentsRule extends RefusedCommandsRule {

  JobsAndIncidentsRule() {
    super("Niet toegestaan: alleen een beheerder mag jobs en incidenten van de engine uitvoeren, plannen of wijzigen",
        List.of(ExecuteJobsCmd.class, SetJobRetriesCmd.class, AbstractSetJobsRetriesBatchCmd.class,
            SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class, SetJobPriorityCmd.class,
            SetJobDefinitionPriorityCmd.class, AbstractSetJobStateCmd.class, AbstractSetJobDefinitionStateCmd.class,
            DeleteJobCmd.class, FailedJobListener.class,
            CreateIncidentCmd.class, ResolveIncidentCmd.class, SetAnnotationForIncidentCmd.class));
  }
}

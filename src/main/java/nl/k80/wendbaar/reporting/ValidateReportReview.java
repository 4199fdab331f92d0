package nl.k80.wendbaar.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** End listener of reviewReport: the secretariat's remark is optional text of at most 2000 characters. */
@Component("validateReportReview")
class ValidateReportReview implements ExecutionListener {

  static final int MAX_REMARK = 2000;

  @Override
  public void notify(DelegateExecution review) {
    Object remark = review.getVariable("reportRemark");
    if (remark != null && !(remark instanceof String text && text.length() <= MAX_REMARK)) {
      throw new FormFieldValidationException("reportRemark",
          "Ongeldige invoer voor veld 'reportRemark': tekst van hoogstens " + MAX_REMARK + " tekens.");
    }
  }
}

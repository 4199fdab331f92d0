package nl.k80.wendbaar.intake;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Camunda keeps a String variable in a column of 4000 characters, but the contract allows texts of
 * up to 5000 (a description, a plan, a motivation): a longer text would fail the whole request
 * with HTTP 500. This serializer takes only the texts longer than that column and keeps them, UTF-8,
 * in Camunda's byte array table; they stay String variables to the REST API, Tasklist and Cockpit.
 */
class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

  /** The length of Camunda's TEXT_ columns. */
  static final int COLUMN_LENGTH = 4000;

  LongTextSerializer() {
    super(ValueType.STRING);
  }

  @Override
  public String getName() {
    return "longString";
  }

  @Override
  protected boolean canWriteValue(TypedValue value) {
    return super.canWriteValue(value) && value.getValue() instanceof String text && text.length() > COLUMN_LENGTH;
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
    return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
  }

  @Override
  public void writeValue(StringValue value, ValueFields fields) {
    fields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public StringValue readValue(ValueFields fields, boolean asTransientValue) {
    return Variables.stringValue(new String(fields.getByteArrayValue(), StandardCharsets.UTF_8), asTransientValue);
  }
}

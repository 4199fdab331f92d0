// Rewrites (or with --check, only compares) the BPMN and DMN models in the layout Camunda Modeler
// saves them in: the same moddle libraries and formatter that Modeler uses, so that the next save
// in Modeler changes only what was edited.
import { BpmnModdle } from 'bpmn-moddle';
import { DmnModdle } from 'dmn-moddle';
import camundaBpmn from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };
import camundaDmn from 'camunda-dmn-moddle/resources/camunda.json' with { type: 'json' };
import fs from 'node:fs';
import path from 'node:path';

const check = process.argv.includes('--check');
const folders = ['processes', 'decisions'];
const moddles = {
  '.bpmn': [new BpmnModdle({ camunda: camundaBpmn }), 'bpmn:Definitions'],
  '.dmn': [new DmnModdle({ camunda: camundaDmn }), 'dmn:Definitions'],
};

function modelFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return modelFiles(file);
    return moddles[path.extname(entry.name)] ? [file] : [];
  });
}

let unformatted = 0;
for (const file of folders.flatMap(modelFiles)) {
  const [moddle, root] = moddles[path.extname(file)];
  const xml = fs.readFileSync(file, 'utf8');
  const { rootElement, warnings } = await moddle.fromXML(xml, root);
  if (warnings.length) {
    console.error(`${file}: ${warnings.map(warning => warning.message).join('; ')}`);
    unformatted++;
    continue;
  }
  const { xml: formatted } = await moddle.toXML(rootElement, { format: true });
  const saved = formatted.endsWith('\n') ? formatted : formatted + '\n';
  if (saved === xml) continue;
  if (check) {
    console.error(`${file} is not in Camunda Modeler's layout: run npm run format:models`);
    unformatted++;
  } else {
    fs.writeFileSync(file, saved);
    console.log(`formatted ${file}`);
  }
}
process.exit(unformatted ? 1 : 0);

// The case's BPMN diagram with bpmn-js, marked as Operate marks it: active elements, completed
// elements, taken sequence flows and incidents. The page embeds the state as JSON; the XML comes
// from the Orchestration Cluster API through the application.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

async function show(root) {
  const state = JSON.parse(document.getElementById(root.dataset.state).textContent);
  const canvasElement = root.querySelector('.diagram-canvas');
  const viewer = new NavigatedViewer({ container: canvasElement });
  const response = await fetch(root.dataset.xmlUrl, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  await viewer.importXML(await response.text());
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const mark = (ids, marker) => ids.forEach((id) => registry.get(id) && canvas.addMarker(id, marker));
  mark(state.completed, 'rf-completed');
  mark(state.takenFlows, 'rf-taken');
  mark(state.active, 'rf-active');
  mark(state.incidents, 'rf-incident');
  canvas.zoom('fit-viewport', 'auto');
}

document.querySelectorAll('[data-bpmn-diagram]').forEach((root) => {
  show(root).catch((e) => {
    root.querySelector('.diagram-canvas').textContent = `Diagrammet kunne ikke vises (${e.message}).`;
  });
});

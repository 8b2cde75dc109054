// Outside-client check: deploys a process with a Camunda user task over gRPC, starts it, finds
// the task over the REST API, completes it with variables and waits for the process to complete.
import { Camunda8 } from '@camunda8/sdk'
import { readFileSync } from 'node:fs'

// The REST API needs sign-in: HTTP Basic as a secretariat user, given by the caller in
// CAMUNDA_BASIC_AUTH_USERNAME / CAMUNDA_BASIC_AUTH_PASSWORD (the embedded gRPC port binds to localhost, no sign-in).
const [grpcPort, restPort] = process.argv.slice(2)
const c8 = new Camunda8({
  ZEEBE_GRPC_ADDRESS: `grpc://127.0.0.1:${grpcPort}`,
  ZEEBE_REST_ADDRESS: `http://127.0.0.1:${restPort}`,
  CAMUNDA_AUTH_STRATEGY: 'BASIC',
  CAMUNDA_BASIC_AUTH_USERNAME: process.env.CAMUNDA_BASIC_AUTH_USERNAME,
  CAMUNDA_BASIC_AUTH_PASSWORD: process.env.CAMUNDA_BASIC_AUTH_PASSWORD,
  CAMUNDA_LOG_LEVEL: 'error',
})
const zeebe = c8.getZeebeGrpcApiClient()
const rest = c8.getCamundaRestClient()
const fail = (message) => { console.error(`outside-client check FAILED: ${message}`); process.exit(1) }

const anonymous = await fetch(`http://127.0.0.1:${restPort}/v2/user-tasks/search`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
if (anonymous.status !== 401) fail(`the task search answered ${anonymous.status} without credentials, expected 401`)

const model = new URL('../../src/test/resources/processes/smoke-user-task.bpmn', import.meta.url)
const form = new URL('../../src/test/resources/processes/smoke-godkend.form', import.meta.url)
await zeebe.deployResources([
  { name: 'smoke-user-task.bpmn', process: readFileSync(model) },
  { name: 'smoke-godkend.form', form: readFileSync(form) },
])
const finished = zeebe.createProcessInstanceWithResult({
  bpmnProcessId: 'smoke-user-task',
  variables: { sagId: 'NODE-1' },
  requestTimeout: 60000,
})

let task
for (let i = 0; i < 100 && !task; i++) {
  const found = await rest.searchUserTasks({ filter: { state: 'CREATED', elementId: 'approve', candidateGroup: 'sekretariatet' } })
  task = found.items.find((t) => t.processDefinitionId === 'smoke-user-task')
  if (!task) await new Promise((r) => setTimeout(r, 100))
}
if (!task) fail('no open user task found over REST')
if (task.name !== 'Godkend sag') fail(`unexpected task name ${task.name}`)

await rest.completeUserTask({ userTaskKey: task.userTaskKey, variables: { beslutning: 'godkendt', begrundelse: 'Ingen bemærkninger – Læsø' } })
const result = await finished
if (result.variables.begrundelse !== 'Ingen bemærkninger – Læsø') fail(`process completed with ${JSON.stringify(result.variables)}`)
console.log(`outside-client check passed: @camunda8/sdk deployed, started, found task ${task.userTaskKey} over REST with Basic credentials (401 without), completed it; process ${result.processInstanceKey} completed with its variables`)
zeebe.close()
process.exit(0)

// The JavaScript side of the Bolt benchmark: the same two queries and worker counts as the C# runner
// (../Workload.cs), through the official driver's executeQuery (a managed, retried write transaction,
// exactly what BoltDriver.ExecuteQueryAsync does). Prints one JSON line per cell.
import neo4j from 'neo4j-driver'
import { readFileSync } from 'node:fs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : fallback
}
const seconds = Number(arg('seconds', '5'))
const warmup = Number(arg('warmup', '1'))
const workerCounts = arg('workers', '1,8,32').split(',').map(Number)
const queries = {
  small: 'RETURN $x AS x',
  // Over 2 kB of query text: large enough to span several TCP segments (the Nagle case).
  large: 'RETURN $x AS x /* ' + 'padding '.repeat(270) + '*/'
}
const version = JSON.parse(readFileSync(new URL('./node_modules/neo4j-driver/package.json', import.meta.url))).version

const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'graphserver'),
  { maxConnectionPoolSize: 100 })

async function run (query, workers, duration) {
  let count = 0
  const deadline = performance.now() + duration * 1000
  const worker = async (id) => {
    let i = 0
    while (performance.now() < deadline) {
      await driver.executeQuery(query, { x: id * 1000000 + i++ })
      count++
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: workers }, (_, id) => worker(id)))
  return count / ((performance.now() - start) / 1000)
}

try {
  await driver.verifyConnectivity()
  for (const [name, query] of Object.entries(queries)) {
    for (const workers of workerCounts) {
      await run(query, workers, warmup)
      const qps = await run(query, workers, seconds)
      console.log(JSON.stringify({ client: `neo4j-driver ${version}`, query: name, workers, qps }))
    }
  }
} finally {
  await driver.close()
}

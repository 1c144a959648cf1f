-- wrk script: POSTs one small query again and again, so after the first request it is served from the document cache.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = '{"query":"{ country(id: \\"country:KE\\") { id iso2 name } }"}'

-- Any non-2xx answer would make the numbers meaningless: report how many there were.
function done(summary, latency, requests)
  io.write(string.format("non-200 responses: %d\n", summary.errors.status))
end

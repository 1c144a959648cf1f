using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Access;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Mutations;

/// <summary>
/// The write API driven end to end through HTTP, the same steps on any store: every step's answer (with the reads that
/// check it) is recorded under its name, so the two stores can be compared whole and snapshotted once. All records
/// written are synthetic; the one existing source cited is the seed's first.
/// </summary>
internal sealed class WriteScenario(HttpClient client)
{
    public const string Place = "location:synthetic-write-test";
    public const string Unit = "unit:synthetic-write-test";
    public const string NewSource = "source:synthetic-write-test";

    private static readonly string SeedSource = SeedExpectations.FirstSourceId;
    private static readonly string SeedFighter = SeedExpectations.Nodes("Fighter").OrderBy(n => n.Id, StringComparer.Ordinal).First().Id;

    public JsonObject Answers { get; } = [];

    public async Task RunAsync()
    {
        await StepAsync("createLocation with a new inline source", "editor", $$"""
            mutation { createLocation(input: { id: "{{Place}}", name: "Synthetic place", kind: CITY, synthetic: true,
              sources: [{ quote: "synthetic test passage", source: { id: "{{NewSource}}", publisher: "Synthetic test publisher",
                title: "Synthetic test source", kind: NEWS, publishedAt: "2024-03", synthetic: true } }] })
            { location { id name kind version sources { id quote } } errors { __typename ... on Error { message } } } }
            """);
        await StepAsync("createUnit with an existing source", "editor", $$"""
            mutation { createUnit(input: { id: "{{Unit}}", name: "Synthetic unit", kind: ASSAULT, synthetic: true,
              sources: [{ id: "{{SeedSource}}", quote: "unit passage" }] }) { unit { id version sources { id quote } } errors { __typename } } }
            """);
        await StepAsync("createLocation without a source", "editor", """
            mutation { createLocation(input: { id: "location:synthetic-unsourced", name: "Unsourced", synthetic: true, sources: [] })
            { location { id } errors { __typename ... on Error { message } ... on SourceRequiredError { path } } } }
            """);
        await StepAsync("the unsourced location was not written", "editor", """{ location(id: "location:synthetic-unsourced") { id } }""");
        await StepAsync("createLocation again refuses the stored id", "editor", $$"""
            mutation { createLocation(input: { id: "{{Place}}", name: "Again", sources: [{ id: "{{SeedSource}}" }] })
            { location { id } errors { __typename ... on StaleVersionError { id currentVersion } } } }
            """);
        await StepAsync("updateLocation at version 1", "editor", $$"""
            mutation { updateLocation(input: { id: "{{Place}}", version: 1, name: "Synthetic place, renamed", latitude: 48.5,
              sources: [{ id: "{{SeedSource}}", quote: "update passage" }] })
            { location { id name kind latitude version sources { id quote } } errors { __typename } } }
            """);
        await StepAsync("a stale updateLocation", "editor", $$"""
            mutation { updateLocation(input: { id: "{{Place}}", version: 1, name: "Lost update", sources: [{ id: "{{SeedSource}}" }] })
            { location { id } errors { __typename ... on Error { message } ... on StaleVersionError { id currentVersion } } } }
            """);
        await StepAsync("updateLocation of an unknown id", "editor", $$"""
            mutation { updateLocation(input: { id: "location:synthetic-missing", version: 1, sources: [{ id: "{{SeedSource}}" }] })
            { location { id } errors { __typename ... on NotFoundError { id } } } }
            """);
        await StepAsync("the place after the stale update", "editor", $$"""{ location(id: "{{Place}}") { name version } }""");
        await StepAsync("link SERVED_IN with a role", "editor", $$"""
            mutation { link(input: { type: SERVED_IN, from: "{{SeedFighter}}", to: "{{Unit}}", role: "synthetic test role",
              confidence: REPORTED, sources: [{ id: "{{SeedSource}}", quote: "link passage" }] })
            { relationship { type from { id } to { id } } errors { __typename } } }
            """);
        await StepAsync("link with a property the type does not declare", "editor", $$"""
            mutation { link(input: { type: DEPLOYED_TO, from: "{{Unit}}", to: "{{Place}}", role: "none", sources: [{ id: "{{SeedSource}}" }] })
            { relationship { type } errors { __typename ... on Error { message } ... on ValidationError { path } } } }
            """);
        await StepAsync("the unit's members read back with sources", "editor", $$"""
            { unit(id: "{{Unit}}") { members { totalCount edges { role confidence sources { id quote } node { id } } } } }
            """);
        await StepAsync("unlink SERVED_IN", "editor", $$"""
            mutation { unlink(input: { type: SERVED_IN, from: "{{SeedFighter}}", to: "{{Unit}}", sources: [{ id: "{{SeedSource}}" }] })
            { relationship { type } errors { __typename } } }
            """);
        await StepAsync("unlink again finds nothing", "editor", $$"""
            mutation { unlink(input: { type: SERVED_IN, from: "{{SeedFighter}}", to: "{{Unit}}", sources: [{ id: "{{SeedSource}}" }] })
            { relationship { type } errors { __typename ... on NotFoundError { id } } } }
            """);
        await StepAsync("the unit's members after unlink", "editor", $$"""{ unit(id: "{{Unit}}") { members { totalCount } } }""");
        await StepAsync("importBatch with one bad row", "editor", $$"""
            mutation { importBatch(input: {
              nodes: [
                { label: Location, id: "location:synthetic-batch-a", properties: { name: "Batch A", synthetic: true }, sources: [{ id: "{{SeedSource}}" }] },
                { label: Offer, id: "offer:synthetic-batch-b", properties: { salaryAmount: "a lot", synthetic: true }, sources: [{ id: "{{SeedSource}}" }] }],
              relationships: [{ type: DEPLOYED_TO, from: "{{Unit}}", to: "location:synthetic-batch-a", sources: [{ id: "{{SeedSource}}" }] }] })
            { batch { nodeIds } errors { __typename ... on Error { message } ... on ValidationError { path } ... on SourceRequiredError { path } } } }
            """);
        await StepAsync("nothing of the bad batch was written", "editor", """
            { a: location(id: "location:synthetic-batch-a") { id } b: offer(id: "offer:synthetic-batch-b") { id } }
            """);
        await StepAsync("importBatch", "editor", $$"""
            mutation { importBatch(input: {
              nodes: [
                { label: Location, id: "location:synthetic-batch-a", properties: { name: "Batch A", kind: "front_sector", synthetic: true },
                  sources: [{ id: "{{SeedSource}}", quote: "batch passage" }] },
                { label: Offer, id: "offer:synthetic-batch-b", properties: { salaryAmount: 2000, benefits: ["housing"], synthetic: true },
                  sources: [{ id: "{{NewSource}}" }] }],
              relationships: [{ type: DEPLOYED_TO, from: "{{Unit}}", to: "location:synthetic-batch-a", properties: { confidence: "claimed" },
                sources: [{ id: "{{SeedSource}}", quote: "deployment passage" }] }] })
            { batch { nodeIds relationshipCount } errors { __typename } } }
            """);
        await StepAsync("the batch read back", "editor", $$"""
            { unit(id: "{{Unit}}") { deployedTo { edges { confidence sources { id quote } node { id name kind version sources { id quote } } } } }
              offer(id: "offer:synthetic-batch-b") { salaryAmount benefits version sources { id } } }
            """);
        await StepAsync("a stale deleteLocation", "editor", $$"""
            mutation { deleteLocation(input: { id: "{{Place}}", version: 1, sources: [{ id: "{{SeedSource}}" }] })
            { deletedId errors { __typename ... on StaleVersionError { id currentVersion } } } }
            """);
        await StepAsync("deleteLocation", "editor", $$"""
            mutation { deleteLocation(input: { id: "{{Place}}", version: 2, sources: [{ id: "{{SeedSource}}", quote: "deletion passage" }] })
            { deletedId errors { __typename } } }
            """);
        await StepAsync("the deleted place is gone", "editor", $$"""{ location(id: "{{Place}}") { id } }""");
        await StepAsync("a viewer may not write", "viewer", $$"""
            mutation { createLocation(input: { id: "location:synthetic-viewer", name: "Viewer", sources: [{ id: "{{SeedSource}}" }] }) { location { id } } }
            """);
        await StepAsync("an analyst may not write", "analyst", $$"""
            mutation { updateUnit(input: { id: "{{Unit}}", version: 1, name: "Analyst", sources: [{ id: "{{SeedSource}}" }] }) { unit { id } } }
            """);
        await StepAsync("the unit is unchanged", "editor", $$"""{ unit(id: "{{Unit}}") { name version } }""");
        await StepAsync("the audit log holds every write", "admin", "{ auditLog(first: 500) { entries { actor role kind operationName touchedIds } } }");
    }

    private async Task StepAsync(string name, string role, string query)
    {
        var (response, body) = await AuthenticatedClient.PostAsync(client, query, bearer: TestTokens.For(role, subject: "writer"));
        Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {body.ToJsonString()}");
        // Only the write steps' entries (the log also holds the seed import's); error locations are left to the GraphQL tests.
        if (body["data"]?["auditLog"]?["entries"] is JsonArray entries)
        {
            var writes = entries.Where(e => e!["actor"]!.GetValue<string>() == "writer").Select(e => e!.DeepClone()).ToArray();
            body["data"]!["auditLog"]!["entries"] = new JsonArray(writes);
        }

        foreach (var error in ComparableAnswers.WithoutTraceIds(body)["errors"]?.AsArray() ?? [])
        {
            error!.AsObject().Remove("locations");
        }

        Answers[name] = body;
    }
}

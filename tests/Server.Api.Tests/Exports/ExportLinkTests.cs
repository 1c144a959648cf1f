using GraphServer.Api.Exports;
using GraphServer.Api.Tests.Http;

namespace GraphServer.Api.Tests.Exports;

/// <summary>GraphQL's exportLink gives the address of the same selection's file, and that address downloads it.</summary>
public sealed class ExportLinkTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    [Fact]
    public async Task Export_link_gives_the_address_of_the_neighborhood_or_path_file_and_that_address_answers()
    {
        const string Query = """
            { hood: exportLink(format: GEXF, ids: ["country:KE", "country:IN"], depth: 2, types: [TARGETS, CITES], asOf: "2025-11-20")
              path: exportLink(format: CSV, from: "country:KE", to: "location:syn-front-1", maxHops: 6) }
            """;

        var response = await server.SendAsync(Requests.Get("query=" + Requests.Encode(Query)));

        Assert.Equal(200, response.Status);
        var data = response.ParseJson()["data"]!;
        var hood = data["hood"]!.GetValue<string>();
        var path = data["path"]!.GetValue<string>();
        Assert.Equal("/export/gexf?ids=country%3AKE%2Ccountry%3AIN&depth=2&types=TARGETS%2CCITES&asOf=2025-11-20", hood);
        Assert.Equal("/export/csv/path?from=country%3AKE&to=location%3Asyn-front-1&maxHops=6", path);
        var file = await ExportResponse.GetAsync(server.Client, hood);
        Assert.Equal(200, file.Status);
        Assert.Equal((await ExportResponse.GetAsync(server.Client, "/export/gexf?ids=country:KE,country:IN&depth=2&types=TARGETS,CITES&asOf=2025-11-20")).Body.Length, file.Body.Length);
        Assert.Equal(200, (await ExportResponse.GetAsync(server.Client, path)).Status);
    }

    [Fact]
    public async Task The_schemas_export_formats_are_the_servers()
    {
        var response = await server.SendAsync(Requests.Get("query=" + Requests.Encode("{ __type(name: \"ExportFormat\") { enumValues { name } } }")));

        var names = response.ParseJson()["data"]!["__type"]!["enumValues"]!.AsArray().Select(v => v!["name"]!.GetValue<string>());
        Assert.Equal(ExportFormats.Names.Select(n => n.ToUpperInvariant()), names);
    }
}

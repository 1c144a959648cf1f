namespace GraphServer.Seed.Tests.Import;

/// <summary>
/// Small import files, one record per line so each record's line number is plain to see. Every record is synthetic
/// and cites the fixture's own synthetic source; no real person or case appears.
/// </summary>
internal static class ImportFixtures
{
    public const string Source = "source:test-import";

    /// <summary>Line 3: source, 4: recruiter, 5: offer, 6: fighter; lines 9-11 relationships (one to the seed's country:KE).</summary>
    public static string Json(string recruiterKind = "agency") => $$"""
        {
          "nodes": [
            {"label": "Source", "id": "{{Source}}", "publisher": "GraphServer tests", "title": "Synthetic import fixture", "kind": "research", "synthetic": true},
            {"label": "Recruiter", "id": "recruiter:test-a", "name": "Recruiter-TEST-A", "kind": "{{recruiterKind}}", "synthetic": true, "sources": [{"id": "{{Source}}"}]},
            {"label": "Offer", "id": "offer:test-a", "promisedRole": "driver", "salaryAmount": 2000, "benefits": ["visa"], "synthetic": true, "sources": [{"id": "{{Source}}"}]},
            {"label": "Fighter", "id": "fighter:test-a", "alias": "Fighter-TEST-A", "status": "captured", "synthetic": true, "sources": [{"id": "{{Source}}"}]}
          ],
          "relationships": [
            {"type": "PLACED", "from": "recruiter:test-a", "to": "offer:test-a", "sources": [{"id": "{{Source}}"}]},
            {"type": "ANSWERED", "from": "fighter:test-a", "to": "offer:test-a", "sources": [{"id": "{{Source}}"}], "confidence": "claimed"},
            {"type": "TARGETS", "from": "offer:test-a", "to": "country:KE", "sources": [{"id": "{{Source}}"}]}
          ]
        }
        """;

    /// <summary>Line 1 header; 2 source, 3 unit, 4 location, 5 fighter; 6-7 relationships.</summary>
    public static string Csv(string unitKind = "assault", string deployedRole = "") => $"""
        record,label,id,type,from,to,synthetic,sources,publisher,title,kind,name,alias,status,role
        node,Source,source:test-csv,,,,true,,GraphServer tests,Synthetic CSV fixture,research,,,,
        node,Unit,unit:test-b,,,,true,source:test-csv,,,{unitKind},Unit-TEST-B,,,
        node,Location,location:test-b,,,,true,source:test-csv,,,front_sector,Location-TEST-B,,,
        node,Fighter,fighter:test-b,,,,true,source:test-csv,,,,,Fighter-TEST-B,deployed,
        relationship,,,SERVED_IN,fighter:test-b,unit:test-b,,source:test-csv,,,,,,,assault infantry
        relationship,,,DEPLOYED_TO,unit:test-b,location:test-b,,source:test-csv|{Source},,,,,,,{deployedRole}
        """;
}

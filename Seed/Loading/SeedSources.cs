namespace GraphServer.Seed.Loading;

/// <summary>Source ids of the seed that other parts of the Seed project refer to.</summary>
internal static class SeedSources
{
    /// <summary>The seed's Source for demonstration records; generated sources cite it too.</summary>
    public const string SyntheticDemo = "source:graphserver-synthetic-demo";
}

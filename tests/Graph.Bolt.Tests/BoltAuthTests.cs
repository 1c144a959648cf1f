namespace GraphServer.Bolt.Tests;

public sealed class BoltAuthTests
{
    [Fact]
    public void ToString_never_shows_the_password_or_token()
    {
        Assert.DoesNotContain("s3cret", BoltAuth.Basic("neo4j", "s3cret").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("tok3n", BoltAuth.Bearer("tok3n").ToString(), StringComparison.Ordinal);
        Assert.Contains("neo4j", BoltAuth.Basic("neo4j", "s3cret").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Driver_options_print_no_credentials_either()
    {
        var text = new { Auth = BoltAuth.Basic("neo4j", "s3cret") }.ToString();
        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
    }
}

namespace GraphServer.Tests.Shared;

/// <summary>
/// Test projects run in parallel processes but share one Neo4j database. A test that empties and reloads the database
/// holds this lock, an exclusive file lock that the operating system releases even if the process dies.
/// </summary>
internal sealed class Neo4jDatabaseLock : IDisposable
{
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), "graphserver-neo4j-tests.lock");
    private readonly FileStream _file;

    private Neo4jDatabaseLock(FileStream file) => _file = file;

    public static async Task<Neo4jDatabaseLock> AcquireAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new Neo4jDatabaseLock(new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}

namespace GraphServer.Seed.Progress;

/// <summary>Receives how far a long run is; the display decides how often to show it.</summary>
internal interface IProgressSink
{
    void Report(string stage, long done, long total);
}

namespace GraphServer.Bolt;

/// <summary>A Cypher <c>Point</c>: Point2D (structure 0x58) when <see cref="Z"/> is null, else Point3D (0x59).</summary>
public readonly record struct Point(int Srid, double X, double Y, double? Z = null)
{
    /// <summary>WGS-84 longitude/latitude, as <c>point({longitude, latitude})</c> creates.</summary>
    public const int Wgs84 = 4326;
    public const int Wgs84_3D = 4979;
    public const int Cartesian = 7203;
    public const int Cartesian3D = 9157;
}

namespace GraphServer.Bolt.PackStream;

/// <summary>Structure tags of the Bolt 5 value structures (Bolt spec, "Structure semantics").</summary>
internal static class StructTag
{
    public const byte Node = 0x4E;
    public const byte Relationship = 0x52;
    public const byte UnboundRelationship = 0x72;
    public const byte Path = 0x50;
    public const byte Date = 0x44;
    public const byte Time = 0x54;
    public const byte LocalTime = 0x74;
    /// <summary>DateTime with offset; Bolt 5 sends UTC seconds (0x46 was the pre-5 local-seconds form).</summary>
    public const byte DateTime = 0x49;
    /// <summary>DateTime with zone id; Bolt 5 sends UTC seconds (0x66 was the pre-5 local-seconds form).</summary>
    public const byte DateTimeZoneId = 0x69;
    public const byte LocalDateTime = 0x64;
    public const byte Duration = 0x45;
    public const byte Point2D = 0x58;
    public const byte Point3D = 0x59;
}

namespace GraphServer.Bolt.PackStream;

/// <summary>Hydrates Bolt 5 structures into the public value types.</summary>
internal static class ValueDecoder
{
    public static object ReadStructure(ref PackStreamReader reader, byte tag, int fieldCount)
    {
        switch (tag)
        {
            case StructTag.Node:
                Expect(tag, fieldCount, 4);
                return ReadNode(ref reader);
            case StructTag.Relationship:
                Expect(tag, fieldCount, 8);
                return ReadRelationship(ref reader);
            case StructTag.UnboundRelationship:
                Expect(tag, fieldCount, 4);
                return ReadUnbound(ref reader);
            case StructTag.Path:
                Expect(tag, fieldCount, 3);
                return ReadPath(ref reader);
            case StructTag.Date:
                Expect(tag, fieldCount, 1);
                return new LocalDate(reader.ReadInt());
            case StructTag.Time:
                Expect(tag, fieldCount, 2);
                return new OffsetTime(reader.ReadInt(), (int)reader.ReadInt());
            case StructTag.LocalTime:
                Expect(tag, fieldCount, 1);
                return new LocalTime(reader.ReadInt());
            case StructTag.DateTime:
                Expect(tag, fieldCount, 3);
                return new ZonedDateTime(reader.ReadInt(), (int)reader.ReadInt(), (int)reader.ReadInt());
            case StructTag.DateTimeZoneId:
                Expect(tag, fieldCount, 3);
                return ZonedDateTime.InZone(reader.ReadInt(), (int)reader.ReadInt(), reader.ReadString());
            case StructTag.LocalDateTime:
                Expect(tag, fieldCount, 2);
                return new LocalDateTime(reader.ReadInt(), (int)reader.ReadInt());
            case StructTag.Duration:
                Expect(tag, fieldCount, 4);
                return new Duration(reader.ReadInt(), reader.ReadInt(), reader.ReadInt(), (int)reader.ReadInt());
            case StructTag.Point2D:
                Expect(tag, fieldCount, 3);
                return new Point((int)reader.ReadInt(), ReadFloat(ref reader), ReadFloat(ref reader));
            case StructTag.Point3D:
                Expect(tag, fieldCount, 4);
                return new Point((int)reader.ReadInt(), ReadFloat(ref reader), ReadFloat(ref reader), ReadFloat(ref reader));
            default:
                throw new ProtocolException($"Unknown structure tag 0x{tag:X2} with {fieldCount} fields.");
        }
    }

    private static Node ReadNode(ref PackStreamReader reader)
    {
        var id = reader.ReadInt();
        var labels = new string[reader.ReadListHeader()];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = reader.ReadString();
        }

        var properties = reader.ReadMap();
        return new Node(id, reader.ReadString(), labels, properties);
    }

    private static Relationship ReadRelationship(ref PackStreamReader reader)
    {
        var id = reader.ReadInt();
        var start = reader.ReadInt();
        var end = reader.ReadInt();
        var type = reader.ReadString();
        var properties = reader.ReadMap();
        var elementId = reader.ReadString();
        var startElementId = reader.ReadString();
        var endElementId = reader.ReadString();
        return new Relationship(id, elementId, start, startElementId, end, endElementId, type, properties);
    }

    private static UnboundRelationship ReadUnbound(ref PackStreamReader reader)
    {
        var id = reader.ReadInt();
        var type = reader.ReadString();
        var properties = reader.ReadMap();
        return new UnboundRelationship(id, reader.ReadString(), type, properties);
    }

    /// <summary>
    /// A path is sent as its distinct nodes and relationships plus a walk of indices: pairs of (relationship index, node
    /// index), where relationship index i > 0 means rels[i-1] walked forwards and -i means walked backwards.
    /// </summary>
    private static GraphPath ReadPath(ref PackStreamReader reader)
    {
        var nodes = reader.ReadList().Cast<Node>().ToList();
        var rels = reader.ReadList().Cast<UnboundRelationship>().ToList();
        var indices = reader.ReadList();
        if (nodes.Count == 0 || indices.Count % 2 != 0)
        {
            throw new ProtocolException("Malformed path structure.");
        }

        var walkNodes = new List<Node>(indices.Count / 2 + 1) { nodes[0] };
        var walkRels = new List<Relationship>(indices.Count / 2);
        var previous = nodes[0];
        for (var i = 0; i < indices.Count; i += 2)
        {
            var relIndex = (long)indices[i]!;
            var next = nodes[(int)(long)indices[i + 1]!];
            var forwards = relIndex > 0;
            var rel = rels[(int)Math.Abs(relIndex) - 1];
            walkRels.Add(forwards ? rel.Bind(previous, next) : rel.Bind(next, previous));
            walkNodes.Add(next);
            previous = next;
        }

        return new GraphPath(walkNodes, walkRels);
    }

    private static double ReadFloat(ref PackStreamReader reader) =>
        reader.ReadValue() is double value ? value : throw new ProtocolException("Expected a float.");

    private static void Expect(byte tag, int actual, int expected)
    {
        if (actual != expected)
        {
            throw new ProtocolException($"Structure 0x{tag:X2} should have {expected} fields, found {actual}.");
        }
    }
}

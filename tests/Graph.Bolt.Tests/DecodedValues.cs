using System.Collections;

namespace GraphServer.Bolt.Tests;

/// <summary>
/// Structural equality of decoded values, deeper than the types' own: nodes and relationships are compared field by
/// field (their Equals looks at the element id only), lists and maps item by item, byte arrays by content.
/// </summary>
internal static class DecodedValues
{
    public static void AssertSame(object? expected, object? actual, string path = "value")
    {
        switch (expected)
        {
            case null:
                Assert.True(actual is null, $"{path}: expected null, got {actual}");
                break;
            case Node node:
                var other = Assert.IsType<Node>(actual);
                Assert.Equal((node.Id, node.ElementId), (other.Id, other.ElementId));
                Assert.Equal(node.Labels, other.Labels);
                AssertSame(node.Properties, other.Properties, path + ".properties");
                break;
            case Relationship rel:
                var otherRel = Assert.IsType<Relationship>(actual);
                Assert.Equal(
                    (rel.Id, rel.ElementId, rel.Type, rel.StartNodeId, rel.StartNodeElementId, rel.EndNodeId, rel.EndNodeElementId),
                    (otherRel.Id, otherRel.ElementId, otherRel.Type, otherRel.StartNodeId, otherRel.StartNodeElementId, otherRel.EndNodeId,
                        otherRel.EndNodeElementId));
                AssertSame(rel.Properties, otherRel.Properties, path + ".properties");
                break;
            case GraphPath graphPath:
                var otherPath = Assert.IsType<GraphPath>(actual);
                AssertSame(graphPath.Nodes.ToList<object?>(), otherPath.Nodes.ToList<object?>(), path + ".nodes");
                AssertSame(graphPath.Relationships.ToList<object?>(), otherPath.Relationships.ToList<object?>(), path + ".relationships");
                break;
            case byte[] bytes:
                Assert.Equal(bytes, Assert.IsType<byte[]>(actual));
                break;
            case IReadOnlyDictionary<string, object?> map:
                var otherMap = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(actual);
                Assert.Equal(map.Keys.Order(StringComparer.Ordinal), otherMap.Keys.Order(StringComparer.Ordinal));
                foreach (var (key, value) in map)
                {
                    AssertSame(value, otherMap[key], $"{path}.{key}");
                }

                break;
            case IList list:
                var otherList = Assert.IsAssignableFrom<IList>(actual);
                Assert.Equal(list.Count, otherList.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    AssertSame(list[i], otherList[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(Equals(expected, actual),
                    $"{path}: expected {expected} ({expected.GetType().Name}), got {actual} ({actual?.GetType().Name})");
                break;
        }
    }
}

using System.Text;
using System.Text.Json;

namespace Lodestar.Domain.Privacy.Pii;

/// <summary>One key of the rules' paths: the rule that ends here, or the keys below it.</summary>
internal sealed class PiiPathNode
{
    private readonly List<(string Name, byte[] Utf8, PiiPathNode Node)> _children = [];

    /// <summary>Set on the last key of a path; checked rules never nest, so such a node has no children.</summary>
    public PiiRule? Rule { get; set; }

    public PiiPathNode? this[string name]
    {
        get
        {
            foreach (var (key, _, node) in _children)
            {
                if (key == name)
                    return node;
            }

            return null;
        }
    }

    public PiiPathNode Add(string name)
    {
        if (this[name] is { } existing)
            return existing;
        var child = new PiiPathNode();
        _children.Add((name, Encoding.UTF8.GetBytes(name), child));
        return child;
    }

    /// <summary>The node for a property's key, compared as UTF-8 so that no name is allocated (a node has few keys).</summary>
    public PiiPathNode? Find(JsonProperty property)
    {
        foreach (var (_, utf8, node) in _children)
        {
            if (property.NameEquals(utf8))
                return node;
        }

        return null;
    }
}

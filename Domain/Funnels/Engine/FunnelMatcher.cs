using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Funnels.Engine;

/// <summary>An event with filters, and the steps and exclusions it stands for.</summary>
internal sealed class FunnelMatcher(string name, IReadOnlyList<PropertyFilter> filters)
{
    public string Event { get; } = name;

    public IReadOnlyList<PropertyFilter> Filters { get; } = filters;

    public uint Steps { get; set; }

    public uint Exclusions { get; set; }
}

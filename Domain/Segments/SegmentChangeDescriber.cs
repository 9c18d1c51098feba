namespace Lodestar.Domain.Segments;

/// <summary>Says in words what a save changed, for the edit history.</summary>
public static class SegmentChangeDescriber
{
    public static string Describe(Segment before, string name, string? description, string? definition, int refreshMinutes)
    {
        var changes = new List<string>();
        if (before.Name != name)
            changes.Add($"renamed from \"{before.Name}\" to \"{name}\"");
        if ((before.Description ?? "") != (description ?? ""))
            changes.Add("description changed");
        if (before.Definition != definition)
            changes.Add("rule changed");
        if (before.RefreshMinutes != refreshMinutes)
            changes.Add($"refresh every {refreshMinutes} min (was {before.RefreshMinutes})");
        return changes.Count == 0 ? "" : char.ToUpperInvariant(changes[0][0]) + string.Join("; ", changes)[1..] + ".";
    }
}

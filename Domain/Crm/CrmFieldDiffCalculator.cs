namespace Lodestar.Domain.Crm;

/// <summary>Which fields a save changed: compares a record's named values before and after, in field order.</summary>
public static class CrmFieldDiffCalculator
{
    /// <param name="before">The values before the save; null for a new record (every value set counts).</param>
    public static IReadOnlyList<(string Field, string? Old, string? New)> Changes(
        IReadOnlyList<(string Field, string? Value)>? before, IReadOnlyList<(string Field, string? Value)> after)
    {
        var old = before?.ToDictionary(f => f.Field, f => f.Value) ?? [];
        var changes = new List<(string, string?, string?)>();
        foreach (var (field, value) in after)
        {
            var previous = old.GetValueOrDefault(field);
            if (!string.Equals(previous, value, StringComparison.Ordinal))
                changes.Add((field, previous, value));
        }

        return changes;
    }
}

using System.Globalization;

namespace Lodestar.Domain.Privacy.Retention;

/// <summary>The limit of every data class, in the job's order, and who set them last.</summary>
public sealed record RetentionSettings(IReadOnlyList<RetentionClassSetting> Classes, DateTime? UpdatedAt, string? UpdatedBy)
{
    /// <summary>Days to keep a class's records; null = forever.</summary>
    public int? DaysFor(string @class) => Classes.FirstOrDefault(c => c.Class == @class)?.Days;

    /// <summary>For the audit log: each class whose limit differs from <paramref name="before"/>, old → new.</summary>
    public string DescribeChangeFrom(RetentionSettings before)
    {
        var changes = Classes.Where(c => before.DaysFor(c.Class) != c.Days)
            .Select(c => $"{c.Class}: {Describe(before.DaysFor(c.Class))} → {Describe(c.Days)}").ToList();
        return changes.Count == 0 ? "no change" : string.Join("; ", changes);
    }

    private static string Describe(int? days) => days switch
    {
        null => "forever",
        1 => "1 day",
        { } d => d.ToString(CultureInfo.InvariantCulture) + " days",
    };
}

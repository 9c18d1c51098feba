namespace Lodestar.Domain.Identity.Matching;

/// <summary>
/// How one field is compared: ordered levels, best first, the first that holds wins (Splink's comparison levels).
/// Levels may test other fields too (<see cref="ComparisonLevel.Field"/>); the comparison is <see cref="Missing"/>,
/// and carries no weight, when no field it tests has a value on both sides.
/// </summary>
public sealed class FieldComparison
{
    /// <summary>Level index of a pair with nothing to compare: a value missing on one side (or both).</summary>
    public const int Missing = 15;

    /// <summary>Levels fit in four bits of the comparison vector, with <see cref="Missing"/> kept apart.</summary>
    public const int MaxLevels = 15;

    private static readonly int FieldCount = Enum.GetValues<PersonField>().Length;

    private readonly PersonField[] _fields;

    /// <param name="name">Shown in the model and the evidence; the field's name when null.</param>
    public FieldComparison(PersonField field, IReadOnlyList<ComparisonLevel> levels, string? name = null)
    {
        if (levels.Count is < 2 or > MaxLevels)
            throw new ArgumentException($"A comparison needs 2 to {MaxLevels} levels; {field} has {levels.Count}.", nameof(levels));
        if (levels[^1].Test != LevelTest.Else)
            throw new ArgumentException($"The last level of {field} must be Else, so every pair gets a level.", nameof(levels));
        Field = field;
        Levels = levels;
        Name = name ?? field.ToString();
        _fields = [field, .. levels.SelectMany(Chain).Select(l => l.Field).OfType<PersonField>().Where(f => f != field).Distinct()];
    }

    public PersonField Field { get; }

    public string Name { get; }

    public IReadOnlyList<ComparisonLevel> Levels { get; }

    /// <summary>Every field the levels test, the comparison's own first.</summary>
    public IReadOnlyList<PersonField> Fields => _fields;

    /// <summary>The index of the first level that holds for two normalised records, or <see cref="Missing"/>.</summary>
    public int Compare(PersonRecord left, PersonRecord right)
    {
        var columns = new string?[FieldCount][];
        foreach (var field in _fields)
            columns[(int)field] = [left.Get(field), right.Get(field)];
        return Compare(columns, 0, 1);
    }

    /// <param name="columns">Normalised values by <see cref="PersonField"/>, then by record.</param>
    internal int Compare(string?[][] columns, int left, int right)
    {
        if (!AnyFieldOnBothSides(columns, left, right))
            return Missing;

        // Levels on the own field check presence before measuring, so the empty stand-ins are never measured.
        var own = columns[(int)Field];
        var measures = new Measures(own[left] ?? "", own[right] ?? "");
        for (var i = 0; i < Levels.Count; i++)
        {
            var holds = true;
            for (var level = Levels[i]; level is not null && holds; level = level.And)
            {
                var column = level.Field is { } other ? columns[(int)other] : own;
                holds = level.Test == LevelTest.Else ||
                        (column[left] is { } a && column[right] is { } b &&
                         (level.Field is null ? measures.Holds(level) : new Measures(a, b).Holds(level)));
            }

            if (holds)
                return i;
        }

        return Levels.Count - 1;
    }

    private bool AnyFieldOnBothSides(string?[][] columns, int left, int right)
    {
        foreach (var field in _fields)
        {
            if (columns[(int)field][left] is not null && columns[(int)field][right] is not null)
                return true;
        }

        return false;
    }

    private static IEnumerable<ComparisonLevel> Chain(ComparisonLevel level)
    {
        for (ComparisonLevel? l = level; l is not null; l = l.And)
            yield return l;
    }
}

namespace Lodestar.Domain.Segments.Queries;

/// <summary>
/// A profile's computed value, as text or as a number (the other null). A class with settable members because EF Core
/// translates member access after an object initializer, not after a constructor call.
/// </summary>
internal sealed class Value
{
    public long ProfileId { get; init; }

    public string? Text { get; init; }

    public double? Number { get; init; }
}

namespace Lodestar.Domain.Identity.Matching;

/// <summary>One part of a blocking rule's key: a field, or its Soundex code, or its first characters.</summary>
public sealed record BlockingKey(PersonField Field, BlockingTransform Transform = BlockingTransform.Exact, int Length = 0)
{
    /// <summary>The key part of a normalised value, or null when the value is missing (such records are not blocked).</summary>
    public string? Of(string? value)
    {
        if (value is null)
            return null;
        var key = Transform switch
        {
            BlockingTransform.Soundex => Soundex.Encode(value),
            BlockingTransform.Prefix => value.Length <= Length ? value : value[..Length],
            _ => value,
        };
        return key.Length == 0 ? null : key;
    }
}

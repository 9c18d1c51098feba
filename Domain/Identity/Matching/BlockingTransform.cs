namespace Lodestar.Domain.Identity.Matching;

/// <summary>What part of a field a blocking key uses.</summary>
public enum BlockingTransform
{
    Exact,
    Soundex,

    /// <summary>The first <see cref="BlockingKey.Length"/> characters.</summary>
    Prefix,
}

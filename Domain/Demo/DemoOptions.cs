namespace Lodestar.Domain.Demo;

/// <summary>The <c>Demo</c> configuration section.</summary>
public sealed class DemoOptions
{
    /// <summary>Fill an empty database with the demo workspace on start. Defaults to true on the embedded default.</summary>
    public bool? Seed { get; set; }

    /// <summary>How many people the demo workspace has (about 40 events each).</summary>
    public int People { get; set; } = 5_000;

    public int RandomSeed { get; set; } = 20_261_123;
}
